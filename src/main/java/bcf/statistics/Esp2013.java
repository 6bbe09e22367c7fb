package bcf.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The European Standard Population 2013: 19 five-year bands, {@code 0-4} to {@code 85-89} and
 * {@code 90+}, weighting 100,000 people. The standard for directly standardised rates in English
 * public-health reporting.
 */
public final class Esp2013 {

  private static final List<String> BANDS =
      List.of(
          "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
          "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+");

  private static final double[] WEIGHTS = {
    5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000,
    2500, 1500, 1000
  };

  private Esp2013() {}

  /** The 19 band labels, youngest first. */
  public static List<String> bands() {
    return BANDS;
  }

  /**
   * The standard weight of a band. Spaces are ignored and an en dash reads as a hyphen ({@code "5 –
   * 9"} is {@code 5-9}); no other spelling is accepted.
   *
   * @throws IllegalArgumentException for any other label, listing the 19 labels
   */
  public static double weight(String band) {
    int exact = BANDS.indexOf(band);
    if (exact >= 0) {
      return WEIGHTS[exact];
    }
    String label = band == null ? "" : band.replaceAll("\\s", "").replace('\u2013', '-');
    int index = BANDS.indexOf(label);
    if (index < 0) {
      throw new IllegalArgumentException(
          "'"
              + band
              + "' is not an age band of the European Standard Population 2013 (the bands are "
              + String.join(", ", BANDS)
              + ")");
    }
    return WEIGHTS[index];
  }

  /**
   * The 19 bands with their standard weights, given each band's count and population, youngest
   * first.
   *
   * @throws IllegalArgumentException unless there are 19 counts and 19 populations
   */
  public static List<AgeBand> withCounts(double[] counts, double[] populations) {
    if (counts.length != BANDS.size() || populations.length != BANDS.size()) {
      throw new IllegalArgumentException(
          "the European Standard Population 2013 has "
              + BANDS.size()
              + " bands: give "
              + BANDS.size()
              + " counts and populations, not "
              + counts.length
              + " and "
              + populations.length);
    }
    List<AgeBand> bands = new ArrayList<>();
    for (int i = 0; i < BANDS.size(); i++) {
      bands.add(new AgeBand(BANDS.get(i), counts[i], populations[i], WEIGHTS[i]));
    }
    return List.copyOf(bands);
  }
}
