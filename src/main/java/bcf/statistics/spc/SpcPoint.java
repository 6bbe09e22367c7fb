package bcf.statistics.spc;

/**
 * One charted point: its position and label, the value, its segment's centre line and process
 * limits, and its judgement. {@code rule} is the first special-cause rule the point meets ({@link
 * #OUTSIDE_LIMITS}, {@link #TREND}, {@link #TWO_IN_THREE}, {@link #SHIFT}) or null for common
 * cause; {@code type} is {@link #IMPROVEMENT}, {@link #CONCERN}, {@link #NEUTRAL} or {@link
 * #COMMON}.
 */
public record SpcPoint(
    int index,
    String label,
    double value,
    int segment,
    double mean,
    double lowerProcessLimit,
    double upperProcessLimit,
    boolean specialCause,
    String rule,
    String type) {

  public static final String OUTSIDE_LIMITS = "outside-limits";
  public static final String TREND = "trend";
  public static final String TWO_IN_THREE = "two-in-three";
  public static final String SHIFT = "shift";

  public static final String IMPROVEMENT = "improvement";
  public static final String CONCERN = "concern";
  public static final String NEUTRAL = "neutral";
  public static final String COMMON = "common";
}
