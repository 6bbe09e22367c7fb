package bcf.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import bcf.kernel.Polarity;
import org.junit.jupiter.api.Test;

/** Fingertips' comparisons with a benchmark, and quintiles as Excel's PERCENTILE.INC finds them. */
class BenchmarksTest {

  /** 65/100: 95% 0.5525 to 0.7364; 99.8% wider, about 0.49 to 0.778. */
  private static final Interval AT95 = Intervals.wilson(65, 100, 0.95);

  private static final Interval AT998 = Intervals.wilson(65, 100, 0.998);

  @Test
  void a_benchmark_inside_the_interval_is_similar_whatever_the_polarity() {
    for (Polarity polarity : Polarity.values()) {
      assertThat(Benchmarks.compare(AT95, 0.60, polarity)).isEqualTo(Comparison.SIMILAR);
      assertThat(Benchmarks.compare(AT95, AT95.lower(), polarity)).isEqualTo(Comparison.SIMILAR);
    }
  }

  @Test
  void an_area_above_the_benchmark_is_better_worse_or_higher_by_polarity() {
    assertThat(Benchmarks.compare(AT95, 0.50, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.BETTER);
    assertThat(Benchmarks.compare(AT95, 0.50, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.WORSE);
    assertThat(Benchmarks.compare(AT95, 0.50, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.HIGHER);
  }

  @Test
  void an_area_below_the_benchmark_is_worse_better_or_lower_by_polarity() {
    assertThat(Benchmarks.compare(AT95, 0.80, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.WORSE);
    assertThat(Benchmarks.compare(AT95, 0.80, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.BETTER);
    assertThat(Benchmarks.compare(AT95, 0.80, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.LOWER);
    assertThat(Comparison.NOT_COMPARED.label()).isEqualTo("not compared");
  }

  @Test
  void an_unpublished_area_or_a_missing_benchmark_is_not_compared() {
    Interval unpublished = Interval.notPublished("Dobson", 0.95, "fewer than 10 events");
    assertThat(Benchmarks.compare(unpublished, 0.5, Polarity.HIGH_IS_GOOD))
        .isEqualTo(Comparison.NOT_COMPARED);
    assertThat(Benchmarks.compare(AT95, Double.NaN, Polarity.HIGH_IS_GOOD))
        .isEqualTo(Comparison.NOT_COMPARED);
  }

  @Test
  void two_levels_tell_95_percent_from_99_8_percent() {
    assertThat(AT998.lower()).isBetween(0.48, 0.50);
    assertThat(AT998.upper()).isBetween(0.77, 0.79);
    BenchmarkResult similar = Benchmarks.compare(AT95, AT998, 0.70, Polarity.HIGH_IS_GOOD);
    assertThat(similar).isEqualTo(new BenchmarkResult(Comparison.SIMILAR, false));
    assertThat(similar.description()).isEqualTo("similar");

    BenchmarkResult between = Benchmarks.compare(AT95, AT998, 0.52, Polarity.HIGH_IS_GOOD);
    assertThat(between).isEqualTo(new BenchmarkResult(Comparison.BETTER, false));
    assertThat(between.description()).isEqualTo("better at 95%");

    BenchmarkResult beyond = Benchmarks.compare(AT95, AT998, 0.45, Polarity.HIGH_IS_GOOD);
    assertThat(beyond).isEqualTo(new BenchmarkResult(Comparison.BETTER, true));
    assertThat(beyond.description()).isEqualTo("significantly better at 99.8%");

    assertThat(Benchmarks.compare(AT95, AT998, 0.45, Polarity.LOW_IS_GOOD).description())
        .isEqualTo("significantly worse at 99.8%");
    assertThat(Benchmarks.compare(AT95, AT998, 0.76, Polarity.LOW_IS_GOOD))
        .isEqualTo(new BenchmarkResult(Comparison.BETTER, false));
    assertThat(Benchmarks.compare(AT95, AT998, 0.85, Polarity.NO_JUDGEMENT))
        .isEqualTo(new BenchmarkResult(Comparison.LOWER, true));
  }

  @Test
  void two_levels_must_be_given_inner_first() {
    assertThatThrownBy(() -> Benchmarks.compare(AT998, AT95, 0.5, Polarity.HIGH_IS_GOOD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be above the inner");
  }

  @Test
  void the_benchmark_control_limits_use_fingertips_rounded_z() {
    // N = 1000, P0 = 0.5, E = 500: [1003.8416 -/+ 1.96 sqrt(1003.8416)] / 2007.6832 at z 1.96
    Interval at95 = Benchmarks.controlLimits(1000, 0.5, 0.95);
    assertThat(at95.lower()).isCloseTo(0.4690690341793595, within(1e-12));
    assertThat(at95.upper()).isCloseTo(0.5309309658206406, within(1e-12));
    Interval at998 = Benchmarks.controlLimits(1000, 0.5, 0.998);
    assertThat(at998.lower()).isCloseTo(0.4513712821819954, within(1e-12));
    assertThat(at998.upper()).isCloseTo(0.5486287178180046, within(1e-12));
  }

  @Test
  void a_proportion_is_compared_with_the_benchmark_control_limits() {
    assertThat(Benchmarks.compareProportion(520, 1000, 0.5, Polarity.HIGH_IS_GOOD))
        .isEqualTo(new BenchmarkResult(Comparison.SIMILAR, false));
    assertThat(Benchmarks.compareProportion(540, 1000, 0.5, Polarity.HIGH_IS_GOOD))
        .isEqualTo(new BenchmarkResult(Comparison.BETTER, false));
    assertThat(Benchmarks.compareProportion(560, 1000, 0.5, Polarity.HIGH_IS_GOOD))
        .isEqualTo(new BenchmarkResult(Comparison.BETTER, true));
    assertThat(Benchmarks.compareProportion(560, 1000, 0.5, Polarity.LOW_IS_GOOD))
        .isEqualTo(new BenchmarkResult(Comparison.WORSE, true));
    assertThat(Benchmarks.compareProportion(460, 1000, 0.5, Polarity.HIGH_IS_GOOD))
        .isEqualTo(new BenchmarkResult(Comparison.WORSE, false));
    assertThat(Benchmarks.compareProportion(440, 1000, 0.5, Polarity.LOW_IS_GOOD))
        .isEqualTo(new BenchmarkResult(Comparison.BETTER, true));
    assertThat(Benchmarks.compareProportion(440, 1000, 0.5, Polarity.NO_JUDGEMENT))
        .isEqualTo(new BenchmarkResult(Comparison.LOWER, true));
    assertThatThrownBy(() -> Benchmarks.compareProportion(1001, 1000, 0.5, Polarity.HIGH_IS_GOOD))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Benchmarks.compareProportion(10, 1000, 1.5, Polarity.HIGH_IS_GOOD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("benchmark proportion");
  }

  @Test
  void quintile_bounds_are_excel_percentile_inc() {
    // sorted 15 20 35 40 50, h = 4p: 0.8 -> 15 + 0.8*5; 1.6 -> 20 + 0.6*15; 2.4 -> 35 + 0.4*5;
    // 3.2 -> 40 + 0.2*10
    Quintiles q = Benchmarks.quintiles(new double[] {40, 15, 50, 35, 20});
    assertThat(q.q20()).isCloseTo(19, within(1e-12));
    assertThat(q.q40()).isCloseTo(29, within(1e-12));
    assertThat(q.q60()).isCloseTo(37, within(1e-12));
    assertThat(q.q80()).isCloseTo(42, within(1e-12));
    // 1..10, h = 9p: 1.8 -> 2.8, 3.6 -> 4.6, 5.4 -> 6.4, 7.2 -> 8.2
    Quintiles tens = Benchmarks.quintiles(new double[] {10, 3, 7, 1, 5, 9, 2, 8, 4, 6});
    assertThat(tens)
        .satisfies(t -> assertThat(t.q20()).isCloseTo(2.8, within(1e-12)))
        .satisfies(t -> assertThat(t.q40()).isCloseTo(4.6, within(1e-12)))
        .satisfies(t -> assertThat(t.q60()).isCloseTo(6.4, within(1e-12)))
        .satisfies(t -> assertThat(t.q80()).isCloseTo(8.2, within(1e-12)));
    assertThat(Benchmarks.percentileInc(new double[] {40, 15, 50, 35, 20}, 0)).isEqualTo(15);
    assertThat(Benchmarks.percentileInc(new double[] {40, 15, 50, 35, 20}, 1)).isEqualTo(50);
    assertThat(Benchmarks.percentileInc(new double[] {7}, 0.4)).isEqualTo(7);
  }

  @Test
  void a_value_is_placed_in_its_quintile_bounds_belonging_below() {
    Quintiles q = Benchmarks.quintiles(new double[] {40, 15, 50, 35, 20});
    assertThat(q.quintile(15)).isEqualTo(1);
    assertThat(q.quintile(19)).isEqualTo(1);
    assertThat(q.quintile(20)).isEqualTo(2);
    assertThat(q.quintile(35)).isEqualTo(3);
    assertThat(q.quintile(40)).isEqualTo(4);
    assertThat(q.quintile(42.5)).isEqualTo(5);
    assertThatThrownBy(() -> Benchmarks.quintiles(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
