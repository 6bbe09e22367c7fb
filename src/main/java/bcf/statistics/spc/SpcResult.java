package bcf.statistics.spc;

import java.util.List;

/**
 * An XmR chart: the last segment's centre line and process limits (the ones the icons are read
 * from), every point with its judgement, the segments, and the two Making Data Count icons.
 *
 * <p>{@code variation} comes from the last point: {@link #COMMON_CAUSE}, or {@code
 * special-cause-improvement-high|low}, {@code special-cause-concern-high|low}, {@code
 * special-cause-neutral-high|low}, high or low being the side of the mean (for a trend, the
 * direction) of that special cause, as the icons are named. {@code assurance} is {@link
 * #CONSISTENTLY_PASSES}, {@link #CONSISTENTLY_FAILS} or {@link #INCONSISTENT}, and null without a
 * target or without a polarity.
 */
public record SpcResult(
    double mean,
    double lowerProcessLimit,
    double upperProcessLimit,
    List<SpcPoint> points,
    String variation,
    String assurance,
    List<SpcSegment> segments,
    SpcOptions options) {

  public static final String COMMON_CAUSE = "common-cause";
  public static final String CONSISTENTLY_PASSES = "consistently-passes";
  public static final String CONSISTENTLY_FAILS = "consistently-fails";
  public static final String INCONSISTENT = "inconsistent";

  public SpcResult {
    points = List.copyOf(points);
    segments = List.copyOf(segments);
  }

  public SpcSegment lastSegment() {
    return segments.get(segments.size() - 1);
  }
}
