package bcf.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import bcf.kernel.Polarity;
import org.junit.jupiter.api.Test;

/** Fingertips' recent trend: the chi-squared test for trend over the last five points. */
class TrendsTest {

  private static final double[] THOUSANDS = {1000, 1000, 1000, 1000, 1000};

  @Test
  void a_steadily_rising_proportion_is_increasing() {
    double[] counts = {100, 120, 140, 160, 180};
    // N = 5000, R = 700, sum r t = 2300, sum n t = 15000, sum n t^2 = 55000:
    // chi2 = 5000 (5000*2300 - 700*15000)^2 / [700 * 4300 * (5000*55000 - 15000^2)] = 33.22...
    assertThat(Trends.chiSquared(counts, THOUSANDS))
        .isCloseTo(5000 * 1e6 * 1e6 / (700.0 * 4300 * 5e7), within(1e-9))
        .isCloseTo(33.2226, within(1e-4));
    assertThat(Trends.recent(counts, THOUSANDS)).isEqualTo(Trend.INCREASING);
    assertThat(Trend.INCREASING.describe(Polarity.HIGH_IS_GOOD))
        .isEqualTo("increasing and getting better");
    assertThat(Trend.INCREASING.describe(Polarity.LOW_IS_GOOD))
        .isEqualTo("increasing and getting worse");
    assertThat(Trend.INCREASING.describe(Polarity.NO_JUDGEMENT)).isEqualTo("increasing");
  }

  @Test
  void a_steadily_falling_proportion_is_decreasing() {
    double[] counts = {180, 160, 140, 120, 100};
    assertThat(Trends.recent(counts, THOUSANDS)).isEqualTo(Trend.DECREASING);
    assertThat(Trend.DECREASING.describe(Polarity.HIGH_IS_GOOD))
        .isEqualTo("decreasing and getting worse");
    assertThat(Trend.DECREASING.describe(Polarity.LOW_IS_GOOD))
        .isEqualTo("decreasing and getting better");
  }

  @Test
  void only_the_last_five_points_count() {
    double[] counts = {900, 10, 100, 120, 140, 160, 180};
    double[] denominators = {1000, 1000, 1000, 1000, 1000, 1000, 1000};
    assertThat(Trends.recent(counts, denominators)).isEqualTo(Trend.INCREASING);
  }

  @Test
  void a_flat_series_has_no_significant_change() {
    double[] counts = {100, 100, 100, 100, 100};
    assertThat(Trends.chiSquared(counts, THOUSANDS)).isZero();
    assertThat(Trends.recent(counts, THOUSANDS)).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
    assertThat(Trend.NO_SIGNIFICANT_CHANGE.describe(Polarity.HIGH_IS_GOOD))
        .isEqualTo("no significant change");
  }

  @Test
  void a_rise_too_small_for_the_threshold_is_no_significant_change() {
    double[] counts = {10, 12, 14, 16, 18};
    double[] hundreds = {100, 100, 100, 100, 100};
    // the same proportions as the rising series, from a tenth of the people: chi2 = 3.322
    assertThat(Trends.chiSquared(counts, hundreds)).isCloseTo(3.3223, within(1e-4));
    assertThat(Trends.recent(counts, hundreds)).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
  }

  @Test
  void a_slope_that_flips_when_a_point_is_left_out_is_not_significant() {
    // 12%, 10%, 9%, 8% then 40%: the full fit rises (chi2 about 219), but without the last point
    // it falls: 4000*910 - 390*10000 < 0
    double[] counts = {120, 100, 90, 80, 400};
    assertThat(Trends.chiSquared(counts, THOUSANDS)).isGreaterThan(200);
    assertThat(Trends.recent(counts, THOUSANDS)).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
    double[] withoutTheJump = {120, 100, 90, 80, 70};
    assertThat(Trends.recent(withoutTheJump, THOUSANDS)).isEqualTo(Trend.DECREASING);
  }

  @Test
  void fewer_than_five_points_cannot_be_calculated() {
    double[] counts = {100, 120, 140, 160};
    double[] denominators = {1000, 1000, 1000, 1000};
    assertThat(Trends.recent(counts, denominators)).isEqualTo(Trend.CANNOT_BE_CALCULATED);
    assertThat(Trend.CANNOT_BE_CALCULATED.describe(Polarity.LOW_IS_GOOD))
        .isEqualTo("cannot be calculated");
    double[] gap = {100, 120, Double.NaN, 160, 180};
    assertThat(Trends.recent(gap, THOUSANDS)).isEqualTo(Trend.CANNOT_BE_CALCULATED);
  }

  @Test
  void no_events_at_all_is_no_change_and_mismatched_inputs_are_refused() {
    assertThat(Trends.recent(new double[5], THOUSANDS)).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
    assertThatThrownBy(() -> Trends.recent(new double[5], new double[4]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 counts but 4 denominators");
    assertThatThrownBy(() -> Trends.recent(new double[] {1, 2, 3, 4, -5}, THOUSANDS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
