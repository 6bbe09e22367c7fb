package bcf.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The reference values of the indicator methods (from PHEindicatormethods' own tests), at 95%, and
 * the refusals of impossible inputs.
 */
class IntervalsTest {

  /** 1e-12 relative: the quantiles of Commons Statistics reproduce the references this closely. */
  private static final Percentage CLOSE = withinPercentage(1e-10);

  private static void assertLimits(Interval interval, double lower, double upper) {
    assertThat(interval.lower()).isCloseTo(lower, CLOSE);
    assertThat(interval.upper()).isCloseTo(upper, CLOSE);
  }

  static final double[] DSR_COUNTS = {
    127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91
  };
  static final double[] DSR_POPULATIONS = {
    636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207
  };
  static final double[] MEAN_VALUES = {
    33.09375, 48.38596, 64.83495, 67.98475, 22.93556, 71.23587, 38.78465, 82.37927
  };

  @Test
  void z_is_the_two_sided_normal_quantile() {
    assertThat(Intervals.z(0.95)).isCloseTo(1.959963984540054, CLOSE);
    assertThat(Intervals.z(0.998)).isCloseTo(3.090232306167813, CLOSE);
  }

  @Test
  void byar_reproduces_the_reference_counts() {
    Interval at65 = Intervals.byar(65, 0.95);
    assertThat(at65.value()).isEqualTo(65);
    assertThat(at65.method()).isEqualTo("Byar");
    assertThat(at65.confidence()).isEqualTo(0.95);
    assertLimits(at65, 50.163187710459454, 82.849138545939837);
    assertLimits(Intervals.byar(1045, 0.95), 982.59320180733255, 1110.3312129856499);
    assertLimits(Intervals.byar(1, 0.95), 0.013072132901504351, 5.5637555824752605);
  }

  @Test
  void byar_of_no_events_has_lower_limit_zero_and_the_usual_upper_limit() {
    Interval zero = Intervals.byar(0, 0.95);
    assertThat(zero.lower()).isZero();
    double z = Intervals.z(0.95);
    assertThat(zero.upper()).isCloseTo(Math.pow(1 - 1 / 9.0 + z / 3, 3), CLOSE);
    // (8/9 + 1.959964/3)^3 by hand
    assertThat(zero.upper()).isCloseTo(3.66801, withinPercentage(0.001));
  }

  @Test
  void wilson_reproduces_the_reference_proportions() {
    Interval p = Intervals.wilson(65, 100, 0.95);
    assertThat(p.value()).isEqualTo(0.65);
    assertThat(p.method()).isEqualTo("Wilson");
    assertLimits(p, 0.55254443296887967, 0.73635751756902468);
    Interval q = Intervals.wilson(1045, 5000, 0.95);
    assertThat(q.value()).isCloseTo(0.209, CLOSE);
    assertLimits(q, 0.19795549880013297, 0.22049130373189027);
  }

  @Test
  void a_proportion_scales_the_wilson_interval_by_the_multiplier() {
    Interval percent = Intervals.proportion(65, 100, 100, 0.95);
    assertThat(percent.value()).isCloseTo(65, CLOSE);
    assertLimits(percent, 55.254443296887967, 73.635751756902468);
  }

  @Test
  void wilson_at_the_extremes_stays_within_zero_and_one() {
    Interval none = Intervals.wilson(0, 20, 0.95);
    assertThat(none.lower()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(none.upper()).isBetween(0.15, 0.17);
    Interval all = Intervals.wilson(20, 20, 0.95);
    assertThat(all.upper()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test
  void a_crude_rate_of_few_events_takes_exact_limits() {
    Interval rate = Intervals.crudeRate(1, 100, 100_000, 0.95);
    assertThat(rate.value()).isCloseTo(1000, CLOSE);
    assertThat(rate.method()).isEqualTo("Exact");
    assertLimits(rate, 25.317807984289896, 5571.6433909388979);
  }

  @Test
  void a_crude_rate_of_ten_or_more_events_takes_byar_limits() {
    Interval rate = Intervals.crudeRate(20, 100, 100_000, 0.95);
    assertThat(rate.value()).isCloseTo(20000, CLOSE);
    assertThat(rate.method()).isEqualTo("Byar");
    assertLimits(rate, 12211.428834875936, 30889.880369197064);
    assertThat(Intervals.crudeRate(9, 100, 100_000, 0.95).method()).isEqualTo("Exact");
    assertThat(Intervals.crudeRate(10, 100, 100_000, 0.95).method()).isEqualTo("Byar");
  }

  @Test
  void exact_poisson_limits_of_no_events_start_at_zero() {
    Interval zero = Intervals.poissonExact(0, 0.95);
    assertThat(zero.lower()).isZero();
    // -ln(0.025): the upper limit of a Poisson mean when nothing was seen
    assertThat(zero.upper()).isCloseTo(-Math.log(0.025), CLOSE);
    assertThat(zero.method()).isEqualTo("Exact");
  }

  @Test
  void the_mean_has_a_t_interval() {
    Interval mean = Intervals.mean(MEAN_VALUES, 0.95);
    assertThat(mean.value()).isCloseTo(53.704345, CLOSE);
    assertThat(mean.method()).isEqualTo("t");
    assertLimits(mean, 36.168325241336504, 71.240364758663517);
  }

  @Test
  void the_dobson_dsr_with_esp_2013_reproduces_the_reference() {
    Interval dsr = Intervals.dsr(Esp2013.withCounts(DSR_COUNTS, DSR_POPULATIONS), 100_000, 0.95);
    assertThat(dsr.method()).isEqualTo("Dobson");
    assertThat(dsr.value()).isCloseTo(10430.247991469423, CLOSE);
    assertLimits(dsr, 9717.709067985681, 11178.94091547925);
  }

  @Test
  void a_dsr_of_fewer_than_ten_events_is_not_published() {
    List<AgeBand> bands =
        List.of(new AgeBand("0-4", 4, 100, 5000), new AgeBand("5-9", 5, 120, 5500));
    Interval dsr = Intervals.dsr(bands, 100_000, 0.95);
    assertThat(dsr.published()).isFalse();
    assertThat(dsr.value()).isNaN();
    assertThat(dsr.method()).isEqualTo("Dobson");
    assertThat(dsr.note()).isEqualTo("not published: fewer than 10 events");
    List<AgeBand> ten = List.of(new AgeBand("0-4", 5, 100, 5000), new AgeBand("5-9", 5, 120, 5500));
    assertThat(Intervals.dsr(ten, 100_000, 0.95).published()).isTrue();
  }

  @Test
  void at_99_8_percent_every_interval_is_wider_than_at_95_percent() {
    assertWider(Intervals.byar(65, 0.998), Intervals.byar(65, 0.95));
    assertWider(Intervals.wilson(65, 100, 0.998), Intervals.wilson(65, 100, 0.95));
    assertWider(Intervals.crudeRate(1, 100, 1e5, 0.998), Intervals.crudeRate(1, 100, 1e5, 0.95));
    assertWider(Intervals.crudeRate(20, 100, 1e5, 0.998), Intervals.crudeRate(20, 100, 1e5, 0.95));
    assertWider(Intervals.mean(MEAN_VALUES, 0.998), Intervals.mean(MEAN_VALUES, 0.95));
    List<AgeBand> bands = Esp2013.withCounts(DSR_COUNTS, DSR_POPULATIONS);
    assertWider(Intervals.dsr(bands, 1e5, 0.998), Intervals.dsr(bands, 1e5, 0.95));
    assertThat(Intervals.byar(65, 0.998).confidence()).isEqualTo(0.998);
  }

  private static void assertWider(Interval wide, Interval narrow) {
    assertThat(wide.value()).isEqualTo(narrow.value());
    assertThat(wide.lower()).isLessThan(narrow.lower());
    assertThat(wide.upper()).isGreaterThan(narrow.upper());
  }

  @Test
  void impossible_inputs_are_refused_with_the_reason() {
    assertThatThrownBy(() -> Intervals.wilson(101, 100, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 <= numerator <= denominator");
    assertThatThrownBy(() -> Intervals.wilson(-1, 100, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 <= numerator <= denominator");
    assertThatThrownBy(() -> Intervals.wilson(0, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator must be positive");
    assertThatThrownBy(() -> Intervals.byar(-1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must not be negative");
    assertThatThrownBy(() -> Intervals.crudeRate(3, 0, 1e5, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator must be positive");
    assertThatThrownBy(() -> Intervals.mean(new double[] {1}, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 values");
    assertThatThrownBy(() -> Intervals.z(95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly between 0 and 1");
    assertThatThrownBy(() -> Intervals.z(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Intervals.proportion(1, 2, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multiplier");
    List<AgeBand> empty = List.of(new AgeBand("0-4", 20, 0, 5000));
    assertThatThrownBy(() -> Intervals.dsr(empty, 1e5, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("population of band 0-4 must be positive");
  }

  @Test
  void the_esp_2013_weights_are_looked_up_by_label() {
    assertThat(Esp2013.bands()).hasSize(19).startsWith("0-4").endsWith("90+");
    assertThat(Esp2013.weight("0-4")).isEqualTo(5000);
    assertThat(Esp2013.weight("45-49")).isEqualTo(7000);
    assertThat(Esp2013.weight(" 85 - 89 ")).isEqualTo(1500);
    assertThat(Esp2013.weight("90+")).isEqualTo(1000);
    assertThat(Esp2013.bands().stream().mapToDouble(Esp2013::weight).sum()).isEqualTo(100_000);
    assertThatThrownBy(() -> Esp2013.weight("90-94"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'90-94' is not an age band")
        .hasMessageContaining("0-4, 5-9, 10-14");
  }
}
