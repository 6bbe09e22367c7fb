package bcf.statistics;

/**
 * How an area compares with a benchmark, as Fingertips colours it: better, similar or worse when
 * the metric has a polarity, higher or lower when it has none, not compared when either figure is
 * missing.
 */
public enum Comparison {
  BETTER("better"),
  SIMILAR("similar"),
  WORSE("worse"),
  HIGHER("higher"),
  LOWER("lower"),
  NOT_COMPARED("not compared");

  private final String label;

  Comparison(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
