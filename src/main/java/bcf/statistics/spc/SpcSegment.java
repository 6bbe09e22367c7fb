package bcf.statistics.spc;

/**
 * One stretch of a chart between re-basings, points {@code start} (inclusive) to {@code end}
 * (exclusive), with the centre line and limits computed from its first {@code basedOn} points:
 * {@code amr} the average moving range after any screening, the process limits at mean ± 2.66 AMR,
 * the 2-sigma lines at mean ± (2/3)(2.66) AMR and the 1-sigma lines at mean ± (1/3)(2.66) AMR (for
 * charts that shade the zones).
 */
public record SpcSegment(
    int start,
    int end,
    int basedOn,
    double mean,
    double amr,
    int screenedOut,
    double lowerProcessLimit,
    double upperProcessLimit,
    double lowerTwoSigma,
    double upperTwoSigma,
    double lowerOneSigma,
    double upperOneSigma) {

  public int size() {
    return end - start;
  }
}
