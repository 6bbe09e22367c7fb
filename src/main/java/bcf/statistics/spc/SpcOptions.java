package bcf.statistics.spc;

import bcf.kernel.Polarity;
import java.util.List;

/**
 * How to draw an XmR chart: which direction is good ({@link Polarity#NO_JUDGEMENT} gives neutral
 * special causes and no assurance), an optional target for the assurance icon, whether to screen
 * outlying moving ranges (the Excel tool does not; NHSRplotthedots does by default), after how many
 * points of each segment the limits are fixed (null: computed from every point of the segment), and
 * the 0-based indices where a re-based segment starts.
 */
public record SpcOptions(
    Polarity polarity, Double target, boolean screening, Integer fixAfter, List<Integer> rebaseAt) {

  /** Limits need this many points before they may be fixed, as Making Data Count advises. */
  public static final int MINIMUM_FIX_AFTER = 12;

  public SpcOptions {
    polarity = polarity == null ? Polarity.NO_JUDGEMENT : polarity;
    if (target != null && !Double.isFinite(target)) {
      throw new IllegalArgumentException("the target must be a finite number, not " + target);
    }
    if (fixAfter != null && fixAfter < MINIMUM_FIX_AFTER) {
      throw new IllegalArgumentException(
          "limits can be fixed only after at least "
              + MINIMUM_FIX_AFTER
              + " points, not after "
              + fixAfter);
    }
    rebaseAt = rebaseAt == null ? List.of() : List.copyOf(rebaseAt);
    int previous = 0;
    for (int index : rebaseAt) {
      if (index <= previous) {
        throw new IllegalArgumentException(
            "re-base points must be increasing and after the first point (index 0): " + rebaseAt);
      }
      previous = index;
    }
  }

  /** No judgement, no target, screening on, limits from every point, one segment. */
  public static SpcOptions defaults() {
    return new SpcOptions(Polarity.NO_JUDGEMENT, null, true, null, List.of());
  }

  public SpcOptions withPolarity(Polarity polarity) {
    return new SpcOptions(polarity, target, screening, fixAfter, rebaseAt);
  }

  public SpcOptions withTarget(Double target) {
    return new SpcOptions(polarity, target, screening, fixAfter, rebaseAt);
  }

  public SpcOptions withScreening(boolean screening) {
    return new SpcOptions(polarity, target, screening, fixAfter, rebaseAt);
  }

  public SpcOptions withFixAfter(Integer fixAfter) {
    return new SpcOptions(polarity, target, screening, fixAfter, rebaseAt);
  }

  public SpcOptions withRebaseAt(List<Integer> rebaseAt) {
    return new SpcOptions(polarity, target, screening, fixAfter, rebaseAt);
  }
}
