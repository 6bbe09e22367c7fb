package bcf.statistics.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class YScaleTest {

  static boolean isNice(double step) {
    double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
    for (double nice : new double[] {1, 2, 2.5, 5, 10}) {
      if (Math.abs(mantissa - nice) < 1e-9) {
        return true;
      }
    }
    return false;
  }

  @Test
  void data_far_from_zero_keep_the_axis_close_to_them() {
    YScale scale = YScale.covering(2231, 2572);

    assertThat(scale.tickLabels()).containsExactly("2,200", "2,300", "2,400", "2,500", "2,600");
  }

  @Test
  void data_near_zero_start_the_axis_at_zero() {
    assertThat(YScale.covering(40, 95).tickLabels()).startsWith("0").endsWith("100");
    assertThat(YScale.covering(51, 95).tickLabels().get(0)).isEqualTo("50");
    assertThat(YScale.covering(-95, -40).tickLabels()).startsWith("-100").endsWith("0");
  }

  @Test
  void a_quarter_step_gets_the_decimals_it_needs_on_every_tick() {
    YScale scale = YScale.covering(0, 1.1);

    assertThat(scale.step()).isEqualByComparingTo("0.25");
    assertThat(scale.tickLabels()).containsExactly("0.00", "0.25", "0.50", "0.75", "1.00", "1.25");
  }

  @Test
  void steps_are_one_two_two_and_a_half_or_five_times_a_power_of_ten() {
    double[][] ranges = {{0, 7}, {3, 3.3}, {-0.004, 0.013}, {1e6, 3.7e6}, {81, 89}, {-2.6, 5.6}};
    for (double[] range : ranges) {
      YScale scale = YScale.covering(range[0], range[1]);
      assertThat(isNice(scale.step().doubleValue())).as("step %s", scale.step()).isTrue();
      assertThat(scale.min().doubleValue()).isLessThanOrEqualTo(range[0]);
      assertThat(scale.max().doubleValue()).isGreaterThanOrEqualTo(range[1]);
      assertThat(scale.ticks()).hasSizeBetween(4, 8);
    }
  }

  @Test
  void a_flat_range_is_padded() {
    YScale scale = YScale.covering(85, 85);

    assertThat(scale.min().doubleValue()).isLessThan(85);
    assertThat(scale.max().doubleValue()).isGreaterThan(85);
    assertThat(YScale.covering(0, 0).max()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(YScale.covering(-3, -3).max().doubleValue()).isGreaterThan(-3);
  }

  @Test
  void fraction_runs_from_the_bottom_to_the_top() {
    YScale scale = YScale.covering(0, 100);

    assertThat(scale.fraction(0)).isEqualTo(0);
    assertThat(scale.fraction(100)).isEqualTo(1);
  }
}
