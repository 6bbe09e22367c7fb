package bcf.statistics;

/**
 * The four bounds that split a set of values into quintiles (Excel PERCENTILE.INC at 0.2, 0.4, 0.6
 * and 0.8, as Fingertips uses them). A value equal to a bound belongs to the lower quintile.
 */
public record Quintiles(double q20, double q40, double q60, double q80) {

  /**
   * The quintile a value is in: 1 (lowest, up to and including {@code q20}) to 5 (above {@code
   * q80}).
   *
   * @throws IllegalArgumentException for NaN
   */
  public int quintile(double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("NaN is in no quintile");
    }
    if (value <= q20) {
      return 1;
    }
    if (value <= q40) {
      return 2;
    }
    if (value <= q60) {
      return 3;
    }
    return value <= q80 ? 4 : 5;
  }
}
