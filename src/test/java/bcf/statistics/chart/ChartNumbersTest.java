package bcf.statistics.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChartNumbersTest {

  @Test
  void values_keep_three_significant_figures_but_never_lose_whole_digits() {
    assertThat(ChartNumbers.value(2345.678)).isEqualTo("2,346");
    assertThat(ChartNumbers.value(1234567.0)).isEqualTo("1,234,567");
    assertThat(ChartNumbers.value(85.123)).isEqualTo("85.1");
    assertThat(ChartNumbers.value(8.5123)).isEqualTo("8.51");
    assertThat(ChartNumbers.value(0.01234)).isEqualTo("0.0123");
    assertThat(ChartNumbers.value(-1234.5)).isEqualTo("-1,235");
    assertThat(ChartNumbers.value(999.7)).isEqualTo("1,000");
  }

  @Test
  void trailing_zeros_are_dropped_and_zero_has_no_sign() {
    assertThat(ChartNumbers.value(12.0)).isEqualTo("12");
    assertThat(ChartNumbers.value(2.50)).isEqualTo("2.5");
    assertThat(ChartNumbers.value(-0.0)).isEqualTo("0");
    assertThat(ChartNumbers.value(-0.0000001)).isEqualTo("0");
  }

  @Test
  void missing_values_are_empty() {
    assertThat(ChartNumbers.value((Double) null)).isEmpty();
    assertThat(ChartNumbers.value(Double.NaN)).isEmpty();
    assertThat(ChartNumbers.value(Double.POSITIVE_INFINITY)).isEmpty();
  }

  @Test
  void coordinates_have_at_most_two_decimals_and_a_point() {
    assertThat(ChartNumbers.coord(12.3456)).isEqualTo("12.35");
    assertThat(ChartNumbers.coord(100)).isEqualTo("100");
    assertThat(ChartNumbers.coord(7.5)).isEqualTo("7.5");
    assertThat(ChartNumbers.coord(-0.001)).isEqualTo("0");
    assertThat(ChartNumbers.coord(1234.5)).isEqualTo("1234.5");
  }

  @Test
  void ticks_share_their_decimals() {
    assertThat(ChartNumbers.tick(new BigDecimal("5"), 1)).isEqualTo("5.0");
    assertThat(ChartNumbers.tick(new BigDecimal("12500"), 0)).isEqualTo("12,500");
    assertThat(ChartNumbers.tick(new BigDecimal("-0.00"), 2)).isEqualTo("0.00");
  }
}
