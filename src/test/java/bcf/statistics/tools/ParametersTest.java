package bcf.statistics.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.Polarity;
import org.junit.jupiter.api.Test;

/** The parameters of the statistics tools, read one way and refused with the caller's name. */
class ParametersTest {

  @Test
  void a_level_reads_fractions_and_percentages() {
    assertThat(Parameters.level("confidence", "0.95")).isEqualTo(0.95);
    assertThat(Parameters.level("confidence", "99.8")).isEqualTo(0.998);
    assertThat(Parameters.level("confidence", " 95% ")).isEqualTo(0.95);
    for (String bad : new String[] {"0", "1", "2", "0.2", "100", "-5", "high", ""}) {
      assertThatThrownBy(() -> Parameters.level("--confidence", bad))
          .isInstanceOf(ParameterException.class)
          .hasMessage(
              "--confidence takes a level from 0.5 to below 1, such as 0.95 or 0.998 (or 95, 99.8),"
                  + " not '"
                  + bad
                  + "'");
    }
    assertThatThrownBy(() -> Parameters.level("confidence", null))
        .hasMessageEndingWith("not nothing");
  }

  @Test
  void a_multiplier_is_above_zero_and_may_group_thousands() {
    assertThat(Parameters.multiplier("multiplier", "100,000")).isEqualTo(100_000);
    assertThat(Parameters.multiplier("multiplier", "1_000")).isEqualTo(1000);
    assertThatThrownBy(() -> Parameters.multiplier("multiplier", "0"))
        .hasMessageStartingWith("multiplier takes a number above zero");
    assertThatThrownBy(() -> Parameters.multiplier("multiplier", "1e400"))
        .hasMessage("multiplier: '1e400' is too large a number (bcf reads numbers up to 1e100)");
  }

  @Test
  void a_target_is_a_finite_number() {
    assertThat(Parameters.number("target", "-1.5")).isEqualTo(-1.5);
    assertThatThrownBy(() -> Parameters.number("target", "lots"))
        .hasMessage("target takes a number, not 'lots'");
    assertThatThrownBy(() -> Parameters.number("target", "1e400"))
        .hasMessage("target: '1e400' is too large a number (bcf reads numbers up to 1e100)");
    assertThatThrownBy(() -> Parameters.number("--target", null))
        .hasMessage("--target takes a number");
  }

  @Test
  void limits_are_fixed_after_at_least_twelve_points() {
    assertThat(Parameters.fixAfter("fixAfter", "12")).isEqualTo(12);
    assertThatThrownBy(() -> Parameters.fixAfter("fixAfter", "11"))
        .hasMessage("fixAfter: limits can be fixed only after at least 12 points, not after 11");
    assertThatThrownBy(() -> Parameters.fixAfter("fixAfter", "twelve"))
        .hasMessage("fixAfter takes a number of points, not 'twelve'");
  }

  @Test
  void a_polarity_is_a_direction_or_a_code() {
    assertThat(Parameters.polarity("polarity", "up")).isEqualTo(Polarity.HIGH_IS_GOOD);
    assertThat(Parameters.polarity("polarity", "low-is-good")).isEqualTo(Polarity.LOW_IS_GOOD);
    assertThatThrownBy(() -> Parameters.polarity("--polarity", "sideways"))
        .hasMessageStartingWith("--polarity: 'sideways' is not a polarity");
  }

  @Test
  void a_metric_type_names_the_choices() {
    assertThat(IntervalsCsv.MetricType.parse("metricType", " DSR "))
        .isEqualTo(IntervalsCsv.MetricType.DSR);
    assertThatThrownBy(() -> IntervalsCsv.MetricType.parse("metricType", null))
        .hasMessage("give metricType rate, proportion, mean or dsr");
  }
}
