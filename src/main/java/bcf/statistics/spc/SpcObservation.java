package bcf.statistics.spc;

/**
 * One value of a series to chart, in time order, with an optional label for its period ({@code
 * 2024-05}, {@code Q1 2024-25}); the label is carried through to the chart, never interpreted.
 */
public record SpcObservation(String label, double value) {

  public SpcObservation {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "a charted value must be a finite number, not " + value + labelled(label));
    }
  }

  public static SpcObservation of(double value) {
    return new SpcObservation(null, value);
  }

  private static String labelled(String label) {
    return label == null ? "" : " (period " + label + ")";
  }
}
