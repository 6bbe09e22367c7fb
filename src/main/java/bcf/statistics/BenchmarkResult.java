package bcf.statistics;

/**
 * A comparison at two levels: {@code comparison} at the inner (95%) level, and whether the
 * difference holds at the outer (99.8%) level too, so that "significantly better at 99.8%" can be
 * told from "better at 95%". {@code beyond998} is false for similar and not compared.
 */
public record BenchmarkResult(Comparison comparison, boolean beyond998) {

  public BenchmarkResult {
    if (beyond998 && (comparison == Comparison.SIMILAR || comparison == Comparison.NOT_COMPARED)) {
      throw new IllegalArgumentException(comparison.label() + " cannot be beyond 99.8%");
    }
  }

  /**
   * For people: {@code similar}, {@code not compared}, {@code worse at 95%} or {@code significantly
   * better at 99.8%}.
   */
  public String description() {
    if (comparison == Comparison.SIMILAR || comparison == Comparison.NOT_COMPARED) {
      return comparison.label();
    }
    return beyond998
        ? "significantly " + comparison.label() + " at 99.8%"
        : comparison.label() + " at 95%";
  }
}
