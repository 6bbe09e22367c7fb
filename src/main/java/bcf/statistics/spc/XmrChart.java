package bcf.statistics.spc;

import bcf.kernel.Polarity;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes an XmR (individuals) chart as NHS England's Making Data Count and NHSRplotthedots do:
 * centre line and process limits per segment, the four special-cause rules within each segment,
 * improvement or concern by polarity, and the variation and assurance icons. One pass per rule over
 * primitive arrays, so a chart of n points costs O(n). See the package documentation for the
 * choices where the sources differ.
 */
public final class XmrChart {

  /** Process limits lie this many average moving ranges from the mean (3 sigma). */
  static final double LIMIT = 2.66;

  /** The 2-sigma line, as NHSRplotthedots computes it: 2 × (2.66 / 3). */
  static final double TWO_SIGMA = 2 * (LIMIT / 3);

  static final double ONE_SIGMA = LIMIT / 3;

  /** A moving range at least this many times the average is screened out (Nelson's D4 3.267). */
  static final double SCREEN = 3.267;

  /** Runs: 7 points each beyond the previous (6 moves), or 7 points on one side of the mean. */
  static final int RUN = 7;

  private XmrChart() {}

  /**
   * The chart of {@code observations}, in time order.
   *
   * @throws IllegalArgumentException for fewer than 2 points, a re-base index beyond the series or
   *     a segment of fewer than 2 points
   */
  public static SpcResult calculate(List<SpcObservation> observations, SpcOptions options) {
    int n = observations.size();
    if (n < 2) {
      throw new IllegalArgumentException(
          "an XmR chart needs at least 2 points, not " + n + " (a moving range needs two values)");
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = observations.get(i).value();
    }
    int[] starts = segmentStarts(n, options.rebaseAt());
    Judgement judgement = new Judgement(n);
    List<SpcSegment> segments = new ArrayList<>(starts.length);
    for (int s = 0; s < starts.length; s++) {
      int start = starts[s];
      int end = s + 1 < starts.length ? starts[s + 1] : n;
      SpcSegment segment = limits(y, start, end, options);
      segments.add(segment);
      judgement.judge(y, segment);
    }
    Polarity polarity = options.polarity();
    List<SpcPoint> points = new ArrayList<>(n);
    for (int s = 0; s < segments.size(); s++) {
      SpcSegment segment = segments.get(s);
      for (int i = segment.start(); i < segment.end(); i++) {
        String rule = judgement.rule[i];
        points.add(
            new SpcPoint(
                i,
                observations.get(i).label(),
                y[i],
                s,
                segment.mean(),
                segment.lowerProcessLimit(),
                segment.upperProcessLimit(),
                rule != null,
                rule,
                rule == null ? SpcPoint.COMMON : type(polarity, judgement.direction[i])));
      }
    }
    SpcSegment last = segments.get(segments.size() - 1);
    return new SpcResult(
        last.mean(),
        last.lowerProcessLimit(),
        last.upperProcessLimit(),
        points,
        variation(points.get(n - 1), judgement.direction[n - 1]),
        assurance(options, last),
        segments,
        options);
  }

  private static int[] segmentStarts(int n, List<Integer> rebaseAt) {
    int[] starts = new int[rebaseAt.size() + 1];
    for (int k = 0; k < rebaseAt.size(); k++) {
      int index = rebaseAt.get(k);
      if (index >= n) {
        throw new IllegalArgumentException(
            "re-base index " + index + " is beyond the last point (index " + (n - 1) + ")");
      }
      starts[k + 1] = index;
    }
    for (int k = 0; k < starts.length; k++) {
      int end = k + 1 < starts.length ? starts[k + 1] : n;
      if (end - starts[k] < 2) {
        throw new IllegalArgumentException(
            "each segment needs at least 2 points; the one starting at index "
                + starts[k]
                + " has "
                + (end - starts[k]));
      }
    }
    return starts;
  }

  /**
   * Centre line and limits from the segment's first {@code fixAfter} points (all when null or when
   * the segment is shorter). Screening drops moving ranges at or above 3.267 AMR and recomputes the
   * AMR once, as NHSRplotthedots does; a flat stretch (AMR 0) is not screened, which would drop
   * every moving range.
   */
  static SpcSegment limits(double[] y, int start, int end, SpcOptions options) {
    int basedOn = end - start;
    if (options.fixAfter() != null && options.fixAfter() < basedOn) {
      basedOn = options.fixAfter();
    }
    int baseEnd = start + basedOn;
    double mean = mean(y, start, baseEnd);
    int ranges = basedOn - 1;
    double sum = 0;
    for (int i = start + 1; i < baseEnd; i++) {
      sum += Math.abs(y[i] - y[i - 1]);
    }
    double amr = sum / ranges;
    int screenedOut = 0;
    if (options.screening() && amr > 0) {
      double threshold = SCREEN * amr;
      double kept = 0;
      int keptCount = 0;
      for (int i = start + 1; i < baseEnd; i++) {
        double range = Math.abs(y[i] - y[i - 1]);
        if (range < threshold) {
          kept += range;
          keptCount++;
        }
      }
      amr = kept / keptCount;
      screenedOut = ranges - keptCount;
    }
    return new SpcSegment(
        start,
        end,
        basedOn,
        mean,
        amr,
        screenedOut,
        mean - LIMIT * amr,
        mean + LIMIT * amr,
        mean - TWO_SIGMA * amr,
        mean + TWO_SIGMA * amr,
        mean - ONE_SIGMA * amr,
        mean + ONE_SIGMA * amr);
  }

  /**
   * The mean with R's second, correcting pass, so that a flat series of 0.1s has mean 0.1 exactly
   * and no point of it sits a rounding error above its mean.
   */
  static double mean(double[] y, int from, int to) {
    int n = to - from;
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += y[i];
    }
    double mean = sum / n;
    double correction = 0;
    for (int i = from; i < to; i++) {
      correction += y[i] - mean;
    }
    return mean + correction / n;
  }

  private static String type(Polarity polarity, int direction) {
    switch (polarity) {
      case HIGH_IS_GOOD:
        return direction > 0 ? SpcPoint.IMPROVEMENT : SpcPoint.CONCERN;
      case LOW_IS_GOOD:
        return direction < 0 ? SpcPoint.IMPROVEMENT : SpcPoint.CONCERN;
      default:
        return SpcPoint.NEUTRAL;
    }
  }

  private static String variation(SpcPoint last, int direction) {
    if (!last.specialCause()) {
      return SpcResult.COMMON_CAUSE;
    }
    return "special-cause-" + last.type() + (direction > 0 ? "-high" : "-low");
  }

  /**
   * Making Data Count assurance from the last segment's limits: the whole process on the passing
   * side of the target consistently passes, on the failing side consistently fails; a target on or
   * between the limits is hit and miss.
   */
  private static String assurance(SpcOptions options, SpcSegment last) {
    Double target = options.target();
    Polarity polarity = options.polarity();
    if (target == null || polarity == Polarity.NO_JUDGEMENT) {
      return null;
    }
    boolean highIsGood = polarity == Polarity.HIGH_IS_GOOD;
    if (target > last.upperProcessLimit()) {
      return highIsGood ? SpcResult.CONSISTENTLY_FAILS : SpcResult.CONSISTENTLY_PASSES;
    }
    if (target < last.lowerProcessLimit()) {
      return highIsGood ? SpcResult.CONSISTENTLY_PASSES : SpcResult.CONSISTENTLY_FAILS;
    }
    return SpcResult.INCONSISTENT;
  }

  /** The special-cause rules, applied segment by segment, into arrays indexed by point. */
  private static final class Judgement {

    /** -1, 0 or +1: below, on or above the segment's mean. */
    final int[] side;

    final boolean[] outside;
    final boolean[] beyondTwoSigma;

    /** +1 rising, -1 falling, 0 not part of a 7-point trend. */
    final int[] trend;

    final boolean[] twoInThree;
    final boolean[] shift;

    /** The first rule met, or null. */
    final String[] rule;

    /** +1 high (above the mean, or rising), -1 low, for each special cause. */
    final int[] direction;

    Judgement(int n) {
      side = new int[n];
      outside = new boolean[n];
      beyondTwoSigma = new boolean[n];
      trend = new int[n];
      twoInThree = new boolean[n];
      shift = new boolean[n];
      rule = new String[n];
      direction = new int[n];
    }

    void judge(double[] y, SpcSegment segment) {
      int start = segment.start();
      int end = segment.end();
      for (int i = start; i < end; i++) {
        side[i] = y[i] > segment.mean() ? 1 : y[i] < segment.mean() ? -1 : 0;
        outside[i] = y[i] > segment.upperProcessLimit() || y[i] < segment.lowerProcessLimit();
        // "Close to the limits": beyond the 2-sigma line but not outside the process limits.
        beyondTwoSigma[i] =
            !outside[i] && (y[i] > segment.upperTwoSigma() || y[i] < segment.lowerTwoSigma());
      }
      trends(y, start, end);
      twoInThree(start, end);
      shifts(start, end);
      for (int i = start; i < end; i++) {
        if (outside[i]) {
          rule[i] = SpcPoint.OUTSIDE_LIMITS;
          direction[i] = side[i];
        } else if (trend[i] != 0) {
          rule[i] = SpcPoint.TREND;
          direction[i] = trend[i];
        } else if (twoInThree[i]) {
          rule[i] = SpcPoint.TWO_IN_THREE;
          direction[i] = side[i];
        } else if (shift[i]) {
          rule[i] = SpcPoint.SHIFT;
          direction[i] = side[i];
        }
      }
    }

    /**
     * Seven points each strictly above (below) the one before: all seven are flagged, and every
     * later point while the run lasts. A turning point shared by a falling and a rising run takes
     * the later run's direction, as NHSRplotthedots does.
     */
    private void trends(double[] y, int start, int end) {
      int rises = 0;
      int falls = 0;
      for (int i = start + 1; i < end; i++) {
        rises = y[i] > y[i - 1] ? rises + 1 : 0;
        falls = y[i] < y[i - 1] ? falls + 1 : 0;
        int moves = Math.max(rises, falls);
        int dir = rises > 0 ? 1 : -1;
        if (moves == RUN - 1) {
          for (int k = i - (RUN - 1); k <= i; k++) {
            trend[k] = dir;
          }
        } else if (moves >= RUN) {
          trend[i] = dir;
        }
      }
    }

    /**
     * Two or three of three consecutive points beyond the 2-sigma line (within the limits), all
     * three on the same side of the mean: the points beyond the line are flagged, not the third
     * (NHSRplotthedots' {@code ptd_two_in_three} and {@code ptd_part_of_two_in_three}).
     */
    private void twoInThree(int start, int end) {
      for (int w = start; w + 2 < end; w++) {
        int s = side[w];
        if (s == 0 || side[w + 1] != s || side[w + 2] != s) {
          continue;
        }
        int beyond =
            (beyondTwoSigma[w] ? 1 : 0)
                + (beyondTwoSigma[w + 1] ? 1 : 0)
                + (beyondTwoSigma[w + 2] ? 1 : 0);
        if (beyond >= 2) {
          for (int k = w; k <= w + 2; k++) {
            if (beyondTwoSigma[k]) {
              twoInThree[k] = true;
            }
          }
        }
      }
    }

    /** Seven or more consecutive points on one side of the mean; a point on the mean breaks it. */
    private void shifts(int start, int end) {
      int run = 0;
      for (int i = start; i < end; i++) {
        run = side[i] == 0 ? 0 : i > start && side[i] == side[i - 1] ? run + 1 : 1;
        if (run == RUN) {
          for (int k = i - (RUN - 1); k <= i; k++) {
            shift[k] = true;
          }
        } else if (run > RUN) {
          shift[i] = true;
        }
      }
    }
  }
}
