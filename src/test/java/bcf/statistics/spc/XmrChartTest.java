package bcf.statistics.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import bcf.kernel.Polarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** XmR charts as Making Data Count and NHSRplotthedots draw them. */
class XmrChartTest {

  private static final double[] REFERENCE = {1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1};

  private static final SpcOptions DEFAULTS = SpcOptions.defaults();

  static List<SpcObservation> series(double... values) {
    List<SpcObservation> list = new ArrayList<>();
    for (double value : values) {
      list.add(SpcObservation.of(value));
    }
    return list;
  }

  static SpcResult chart(SpcOptions options, double... values) {
    return XmrChart.calculate(series(values), options);
  }

  /** The rule of each point, null for common cause. */
  static List<String> rules(SpcResult result) {
    return result.points().stream().map(SpcPoint::rule).toList();
  }

  static List<Integer> special(SpcResult result) {
    return result.points().stream().filter(SpcPoint::specialCause).map(SpcPoint::index).toList();
  }

  static List<Integer> range(int from, int toInclusive) {
    return IntStream.rangeClosed(from, toInclusive).boxed().toList();
  }

  @Nested
  class The_reference_example {

    @Test
    void with_screening_has_limits_from_an_average_moving_range_of_one() {
      SpcResult result = chart(DEFAULTS, REFERENCE);
      assertThat(result.mean()).isCloseTo(1.9444, within(0.00005));
      assertThat(result.mean()).isEqualTo(35.0 / 18);
      assertThat(result.lowerProcessLimit()).isCloseTo(-0.7156, within(0.00005));
      assertThat(result.upperProcessLimit()).isCloseTo(4.6044, within(0.00005));
      SpcSegment segment = result.lastSegment();
      assertThat(segment.amr()).isEqualTo(1.0);
      assertThat(segment.screenedOut()).isEqualTo(2);
      assertThat(segment.basedOn()).isEqualTo(18);
    }

    @Test
    void with_screening_the_10_is_the_only_special_cause_outside_the_limits() {
      SpcResult result = chart(DEFAULTS, REFERENCE);
      assertThat(special(result)).containsExactly(4);
      SpcPoint ten = result.points().get(4);
      assertThat(ten.value()).isEqualTo(10);
      assertThat(ten.rule()).isEqualTo(SpcPoint.OUTSIDE_LIMITS);
      assertThat(ten.type()).isEqualTo(SpcPoint.NEUTRAL);
      assertThat(result.points().get(3).type()).isEqualTo(SpcPoint.COMMON);
      assertThat(result.points().get(3).rule()).isNull();
    }

    @Test
    void without_screening_the_limits_are_wider_and_the_10_still_outside() {
      SpcResult result = chart(DEFAULTS.withScreening(false), REFERENCE);
      assertThat(result.mean()).isCloseTo(1.9444, within(0.00005));
      assertThat(result.lowerProcessLimit()).isCloseTo(-3.0626, within(0.00005));
      assertThat(result.upperProcessLimit()).isCloseTo(6.9515, within(0.00005));
      assertThat(result.lastSegment().amr()).isEqualTo(32.0 / 17);
      assertThat(result.lastSegment().screenedOut()).isZero();
      assertThat(special(result)).containsExactly(4);
      assertThat(result.points().get(4).rule()).isEqualTo(SpcPoint.OUTSIDE_LIMITS);
    }

    @Test
    void the_sigma_lines_are_thirds_of_the_distance_to_the_limits() {
      SpcSegment segment = chart(DEFAULTS, REFERENCE).lastSegment();
      double mean = 35.0 / 18;
      assertThat(segment.upperTwoSigma()).isCloseTo(mean + 2 * 2.66 / 3, within(1e-12));
      assertThat(segment.lowerTwoSigma()).isCloseTo(mean - 2 * 2.66 / 3, within(1e-12));
      assertThat(segment.upperOneSigma()).isCloseTo(mean + 2.66 / 3, within(1e-12));
      assertThat(segment.lowerOneSigma()).isCloseTo(mean - 2.66 / 3, within(1e-12));
    }

    @Test
    void each_point_carries_its_segment_limits_and_label() {
      List<SpcObservation> observations = new ArrayList<>();
      for (int i = 0; i < REFERENCE.length; i++) {
        observations.add(new SpcObservation("2024-" + (i + 1), REFERENCE[i]));
      }
      SpcPoint point = XmrChart.calculate(observations, DEFAULTS).points().get(7);
      assertThat(point.index()).isEqualTo(7);
      assertThat(point.label()).isEqualTo("2024-8");
      assertThat(point.segment()).isZero();
      assertThat(point.mean()).isEqualTo(35.0 / 18);
      assertThat(point.lowerProcessLimit()).isCloseTo(-0.7156, within(0.00005));
      assertThat(point.upperProcessLimit()).isCloseTo(4.6044, within(0.00005));
    }
  }

  @Nested
  class Rules {

    /** Alternating 5 and 7, then 3 to 6 in steps of 0.5: seven points, six rises. */
    static final double[] RISING_SEVEN = {
      5, 7, 5, 7, 5, 7, 3, 3.5, 4, 4.5, 5, 5.5, 6, 5, 7, 5, 7, 5
    };

    @Test
    void seven_points_each_above_the_previous_are_all_a_trend() {
      SpcResult result = chart(DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD), RISING_SEVEN);
      assertThat(special(result)).isEqualTo(range(6, 12));
      assertThat(result.points().subList(6, 13))
          .allSatisfy(
              p -> {
                assertThat(p.rule()).isEqualTo(SpcPoint.TREND);
                // rising is good, even where the point is below the mean
                assertThat(p.type()).isEqualTo(SpcPoint.IMPROVEMENT);
              });
      assertThat(result.points().get(6).value()).isLessThan(result.mean());
    }

    @Test
    void six_rising_points_or_an_equal_step_are_not_a_trend() {
      double[] six = RISING_SEVEN.clone();
      six[12] = 5.5; // 3 .. 5.5 then 5.5: the seventh is not strictly above the sixth
      assertThat(special(chart(DEFAULTS, six))).isEmpty();
      double[] gap = RISING_SEVEN.clone();
      gap[9] = 4; // 4 then 4 breaks the run
      assertThat(special(chart(DEFAULTS, gap))).isEmpty();
    }

    @Test
    void a_falling_trend_is_an_improvement_when_low_is_good() {
      double[] falling = new double[RISING_SEVEN.length];
      for (int i = 0; i < falling.length; i++) {
        falling[i] = 10 - RISING_SEVEN[i];
      }
      SpcResult low = chart(DEFAULTS.withPolarity(Polarity.LOW_IS_GOOD), falling);
      assertThat(special(low)).isEqualTo(range(6, 12));
      assertThat(low.points().get(9).rule()).isEqualTo(SpcPoint.TREND);
      assertThat(low.points().get(9).type()).isEqualTo(SpcPoint.IMPROVEMENT);
      SpcResult high = chart(DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD), falling);
      assertThat(high.points().get(9).type()).isEqualTo(SpcPoint.CONCERN);
    }

    /**
     * Mean 10.9375, AMR 25/15, so the upper 2-sigma line is 13.89 and the upper limit 15.37: the
     * two 14s are beyond the line and the 11 between them is above the mean but not flagged.
     */
    static final double[] TWO_IN_THREE = {
      10, 11, 10, 11, 10, 11, 10, 14, 11, 14, 10, 11, 10, 11, 10, 11
    };

    @Test
    void two_of_three_beyond_the_two_sigma_line_flags_the_two() {
      SpcResult result = chart(DEFAULTS.withPolarity(Polarity.LOW_IS_GOOD), TWO_IN_THREE);
      SpcSegment segment = result.lastSegment();
      assertThat(segment.mean()).isEqualTo(10.9375);
      assertThat(segment.upperTwoSigma()).isLessThan(14).isGreaterThan(13.8);
      assertThat(segment.upperProcessLimit()).isGreaterThan(14);
      assertThat(special(result)).containsExactly(7, 9);
      assertThat(result.points().get(7).rule()).isEqualTo(SpcPoint.TWO_IN_THREE);
      assertThat(result.points().get(9).rule()).isEqualTo(SpcPoint.TWO_IN_THREE);
      assertThat(result.points().get(9).type()).isEqualTo(SpcPoint.CONCERN);
      assertThat(result.points().get(8).specialCause()).isFalse();
    }

    @Test
    void two_beyond_the_line_with_the_third_across_the_mean_are_not_flagged() {
      // As NHSRplotthedots: all three points of the window must be on one side of the mean.
      double[] across = {10, 11, 10, 11, 10, 11, 10, 14.5, 10, 14.5, 10, 11, 10, 11, 10, 11};
      SpcResult result = chart(DEFAULTS, across);
      assertThat(result.lastSegment().upperTwoSigma()).isLessThan(14.5);
      assertThat(result.lastSegment().upperProcessLimit()).isGreaterThan(14.5);
      assertThat(result.points().get(8).value()).isLessThan(result.mean());
      assertThat(special(result)).isEmpty();
    }

    /** Mean 219/18; seven points of 12.5 and 13 between points of 10, all above the mean. */
    static final double[] SHIFT = {
      10, 14, 10, 14, 10, 14, 10, 12.5, 13, 12.5, 13, 12.5, 13, 12.5, 10, 14, 10, 14
    };

    @Test
    void seven_points_above_the_mean_are_a_shift() {
      SpcResult result = chart(DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD), SHIFT);
      assertThat(result.mean()).isCloseTo(219.0 / 18, within(1e-12));
      assertThat(special(result)).isEqualTo(range(7, 13));
      assertThat(result.points().subList(7, 14))
          .allSatisfy(
              p -> {
                assertThat(p.rule()).isEqualTo(SpcPoint.SHIFT);
                assertThat(p.type()).isEqualTo(SpcPoint.IMPROVEMENT);
              });
    }

    @Test
    void six_points_above_the_mean_are_not_a_shift() {
      double[] six = SHIFT.clone();
      six[13] = 10; // the seventh falls below the mean
      assertThat(special(chart(DEFAULTS, six))).isEmpty();
    }

    @Test
    void a_point_on_the_mean_breaks_a_shift() {
      // Sum 216 over 18 points: the mean is exactly 12, and the point at index 10 is on it.
      double[] onMean = {
        10, 14, 10, 14, 10, 14, 10, 12.5, 13, 12.5, 12, 12.5, 13, 12.5, 10, 14, 10, 12
      };
      SpcResult result = chart(DEFAULTS, onMean);
      assertThat(result.mean()).isEqualTo(12.0);
      assertThat(special(result)).isEmpty();
      // the same series with 12.5 instead of the 12 at index 10 has its shift
      double[] offMean = onMean.clone();
      offMean[10] = 12.5;
      SpcResult shifted = chart(DEFAULTS, offMean);
      assertThat(special(shifted)).isEqualTo(range(7, 13));
      assertThat(rules(shifted).get(10)).isEqualTo(SpcPoint.SHIFT);
    }

    @Test
    void a_point_meeting_several_rules_reports_the_first() {
      // 3.5 .. 8 then 30: a seven-point trend whose last point is also outside the limits, and
      // whose
      // first two points (beyond the lower 2-sigma line, with 5 below the mean) make a two in
      // three.
      double[] series = {6, 8, 6, 8, 6, 8, 6, 8, 3.5, 4, 5, 6, 7, 8, 30};
      SpcResult result = chart(DEFAULTS.withPolarity(Polarity.LOW_IS_GOOD), series);
      SpcSegment segment = result.lastSegment();
      assertThat(segment.screenedOut()).isEqualTo(1);
      assertThat(30.0).isGreaterThan(segment.upperProcessLimit());
      assertThat(3.5)
          .isLessThan(segment.lowerTwoSigma())
          .isGreaterThan(segment.lowerProcessLimit());
      assertThat(4.0).isLessThan(segment.lowerTwoSigma());
      assertThat(5.0).isLessThan(segment.mean());
      assertThat(special(result)).isEqualTo(range(8, 14));
      assertThat(rules(result).subList(8, 14)).containsOnly(SpcPoint.TREND);
      assertThat(rules(result).get(14)).isEqualTo(SpcPoint.OUTSIDE_LIMITS);
      // a rising trend when low is good is a concern, even below the mean; so is the 30
      assertThat(result.points().get(8).type()).isEqualTo(SpcPoint.CONCERN);
      assertThat(result.points().get(14).type()).isEqualTo(SpcPoint.CONCERN);
      // with 3 instead of 3.5 the first point of the trend falls outside the limits
      double[] lower = series.clone();
      lower[8] = 3;
      SpcResult outside = chart(DEFAULTS.withPolarity(Polarity.LOW_IS_GOOD), lower);
      assertThat(rules(outside).get(8)).isEqualTo(SpcPoint.OUTSIDE_LIMITS);
      assertThat(outside.points().get(8).type()).isEqualTo(SpcPoint.IMPROVEMENT);
      assertThat(rules(outside).get(9)).isEqualTo(SpcPoint.TREND);
    }

    @Test
    void a_turning_point_shared_by_two_trends_takes_the_later_direction() {
      // 8 falling to 1 (indices 5 to 12), then rising to 7: the 1 ends the fall and starts the
      // rise.
      double[] series = {4, 8, 4, 8, 4, 8, 7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6, 7, 4, 8, 4};
      SpcResult result = chart(DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD), series);
      assertThat(special(result)).isEqualTo(range(5, 18));
      assertThat(rules(result).subList(5, 19)).containsOnly(SpcPoint.TREND);
      assertThat(result.points().get(11).type()).isEqualTo(SpcPoint.CONCERN);
      assertThat(result.points().get(12).type()).isEqualTo(SpcPoint.IMPROVEMENT);
      assertThat(result.points().get(13).type()).isEqualTo(SpcPoint.IMPROVEMENT);
    }

    @Test
    void a_flat_series_has_limits_on_its_mean_and_no_special_cause() {
      double[] flat = new double[20];
      Arrays.fill(flat, 0.1);
      SpcResult result = chart(DEFAULTS, flat);
      assertThat(result.mean()).isEqualTo(0.1);
      assertThat(result.lowerProcessLimit()).isEqualTo(0.1);
      assertThat(result.upperProcessLimit()).isEqualTo(0.1);
      assertThat(special(result)).isEmpty();
      assertThat(result.variation()).isEqualTo(SpcResult.COMMON_CAUSE);
    }
  }

  @Nested
  class Polarity_and_icons {

    /** The reference statistics with the 10 moved to the last point. */
    static final double[] LAST_HIGH = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 10};

    static final double[] LAST_LOW = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, -6};

    @Test
    void a_high_point_is_an_improvement_when_high_is_good_and_a_concern_when_low_is_good() {
      assertThat(
              chart(DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD), REFERENCE).points().get(4).type())
          .isEqualTo(SpcPoint.IMPROVEMENT);
      assertThat(
              chart(DEFAULTS.withPolarity(Polarity.LOW_IS_GOOD), REFERENCE).points().get(4).type())
          .isEqualTo(SpcPoint.CONCERN);
      assertThat(
              chart(DEFAULTS.withPolarity(Polarity.NO_JUDGEMENT), REFERENCE).points().get(4).type())
          .isEqualTo(SpcPoint.NEUTRAL);
    }

    @Test
    void the_variation_icon_comes_from_the_last_point() {
      assertThat(chart(DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD), REFERENCE).variation())
          .isEqualTo(SpcResult.COMMON_CAUSE);
      assertThat(chart(DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD), LAST_HIGH).variation())
          .isEqualTo("special-cause-improvement-high");
      assertThat(chart(DEFAULTS.withPolarity(Polarity.LOW_IS_GOOD), LAST_HIGH).variation())
          .isEqualTo("special-cause-concern-high");
      assertThat(chart(DEFAULTS, LAST_HIGH).variation()).isEqualTo("special-cause-neutral-high");
      assertThat(chart(DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD), LAST_LOW).variation())
          .isEqualTo("special-cause-concern-low");
      assertThat(chart(DEFAULTS.withPolarity(Polarity.LOW_IS_GOOD), LAST_LOW).variation())
          .isEqualTo("special-cause-improvement-low");
      assertThat(chart(DEFAULTS, LAST_LOW).variation()).isEqualTo("special-cause-neutral-low");
    }

    @Test
    void a_trend_names_its_direction_on_the_variation_icon() {
      // the last point rises but sits below the mean: the icon follows the direction
      double[] series = {14, 6, 14, 6, 14, 6, 14, 1, 2, 3, 4, 5, 6, 6.5};
      SpcResult result = chart(DEFAULTS.withPolarity(Polarity.LOW_IS_GOOD), series);
      assertThat(result.points().get(13).rule()).isEqualTo(SpcPoint.TREND);
      assertThat(result.points().get(13).value()).isLessThan(result.mean());
      assertThat(result.variation()).isEqualTo("special-cause-concern-high");
    }

    @Test
    void the_whole_process_above_the_target_consistently_passes_when_high_is_good() {
      SpcOptions high = DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD);
      // limits -0.7156 and 4.6044
      assertThat(chart(high.withTarget(-1.0), REFERENCE).assurance())
          .isEqualTo(SpcResult.CONSISTENTLY_PASSES);
      assertThat(chart(high.withTarget(5.0), REFERENCE).assurance())
          .isEqualTo(SpcResult.CONSISTENTLY_FAILS);
      assertThat(chart(high.withTarget(2.0), REFERENCE).assurance())
          .isEqualTo(SpcResult.INCONSISTENT);
    }

    @Test
    void the_whole_process_below_the_target_consistently_passes_when_low_is_good() {
      SpcOptions low = DEFAULTS.withPolarity(Polarity.LOW_IS_GOOD);
      assertThat(chart(low.withTarget(5.0), REFERENCE).assurance())
          .isEqualTo(SpcResult.CONSISTENTLY_PASSES);
      assertThat(chart(low.withTarget(-1.0), REFERENCE).assurance())
          .isEqualTo(SpcResult.CONSISTENTLY_FAILS);
      assertThat(chart(low.withTarget(0.0), REFERENCE).assurance())
          .isEqualTo(SpcResult.INCONSISTENT);
    }

    @Test
    void there_is_no_assurance_without_a_target_or_a_polarity() {
      assertThat(chart(DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD), REFERENCE).assurance())
          .isNull();
      assertThat(chart(DEFAULTS.withTarget(-1.0), REFERENCE).assurance()).isNull();
    }

    @Test
    void assurance_reads_the_last_segments_limits() {
      // first segment around 1.5, second around 11.5 (limits 8.84 to 14.16)
      double[] series = {1, 2, 1, 2, 1, 2, 11, 12, 11, 12, 11, 12};
      SpcOptions options =
          DEFAULTS.withPolarity(Polarity.HIGH_IS_GOOD).withTarget(5.0).withRebaseAt(List.of(6));
      assertThat(chart(options, series).assurance()).isEqualTo(SpcResult.CONSISTENTLY_PASSES);
    }
  }

  @Nested
  class Fixed_limits_and_rebasing {

    static double[] twelveThen(double... later) {
      double[] series = new double[12 + later.length];
      for (int i = 0; i < 12; i++) {
        series[i] = i % 2 == 0 ? 1 : 2;
      }
      System.arraycopy(later, 0, series, 12, later.length);
      return series;
    }

    @Test
    void limits_fixed_after_12_points_judge_later_points_against_the_first_12() {
      double[] series = twelveThen(4.5, 4.5, 4.5, 4.5);
      SpcResult fixed = chart(DEFAULTS.withFixAfter(12), series);
      assertThat(fixed.mean()).isEqualTo(1.5);
      assertThat(fixed.lowerProcessLimit()).isCloseTo(1.5 - 2.66, within(1e-12));
      assertThat(fixed.upperProcessLimit()).isCloseTo(1.5 + 2.66, within(1e-12));
      assertThat(fixed.lastSegment().basedOn()).isEqualTo(12);
      assertThat(fixed.points().get(15).mean()).isEqualTo(1.5);
      assertThat(special(fixed)).isEqualTo(range(12, 15));
      assertThat(rules(fixed).subList(12, 16)).containsOnly(SpcPoint.OUTSIDE_LIMITS);
      // computed from all 16 points the limits take in the 4.5s, which fall inside them
      SpcResult unfixed = chart(DEFAULTS, series);
      assertThat(unfixed.mean()).isEqualTo(2.25);
      assertThat(unfixed.upperProcessLimit()).isGreaterThan(4.5);
      assertThat(rules(unfixed).subList(12, 16)).doesNotContain(SpcPoint.OUTSIDE_LIMITS);
    }

    @Test
    void later_points_do_not_move_fixed_limits() {
      SpcResult modest = chart(DEFAULTS.withFixAfter(12), twelveThen(2, 1, 2));
      SpcResult wild = chart(DEFAULTS.withFixAfter(12), twelveThen(200, -50, 900));
      assertThat(wild.mean()).isEqualTo(modest.mean());
      assertThat(wild.lowerProcessLimit()).isEqualTo(modest.lowerProcessLimit());
      assertThat(wild.upperProcessLimit()).isEqualTo(modest.upperProcessLimit());
    }

    @Test
    void limits_cannot_be_fixed_after_fewer_than_12_points() {
      assertThatThrownBy(() -> DEFAULTS.withFixAfter(11))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limits can be fixed only after at least 12 points");
    }

    @Test
    void rebasing_gives_each_segment_its_own_mean_and_limits() {
      double[] series = {
        1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12
      };
      SpcResult result = chart(DEFAULTS.withRebaseAt(List.of(12)), series);
      assertThat(result.segments()).hasSize(2);
      SpcSegment first = result.segments().get(0);
      SpcSegment second = result.segments().get(1);
      assertThat(first.mean()).isEqualTo(1.5);
      assertThat(first.amr()).isEqualTo(1.0); // the jump from 2 to 11 is not a moving range
      assertThat(first.upperProcessLimit()).isCloseTo(4.16, within(1e-12));
      assertThat(second.mean()).isEqualTo(11.5);
      assertThat(second.lowerProcessLimit()).isCloseTo(8.84, within(1e-12));
      assertThat(second.start()).isEqualTo(12);
      assertThat(result.mean()).isEqualTo(11.5);
      assertThat(result.points().get(11).mean()).isEqualTo(1.5);
      assertThat(result.points().get(11).segment()).isZero();
      assertThat(result.points().get(12).mean()).isEqualTo(11.5);
      assertThat(result.points().get(12).segment()).isEqualTo(1);
      assertThat(special(result)).isEmpty();
      // as one segment every point lies outside limits around the mean of 6.5
      SpcResult whole = chart(DEFAULTS, series);
      assertThat(whole.mean()).isEqualTo(6.5);
      assertThat(rules(whole)).containsOnly(SpcPoint.OUTSIDE_LIMITS).hasSize(24);
    }

    @Test
    void rebasing_restarts_the_runs() {
      double[] rising = {1, 2, 3, 4, 5, 6, 7, 8};
      // one segment: the 1 and the 8 are outside the limits, the points between a trend
      assertThat(rules(chart(DEFAULTS, rising)).subList(1, 7)).containsOnly(SpcPoint.TREND);
      assertThat(special(chart(DEFAULTS.withRebaseAt(List.of(4)), rising))).isEmpty();
    }

    @Test
    void limits_are_fixed_within_each_segment() {
      double[] series = new double[30];
      for (int i = 0; i < 30; i++) {
        series[i] = (i < 14 ? 0 : 20) + (i % 2) + (i >= 26 ? 100 : 0);
      }
      SpcResult result = chart(DEFAULTS.withFixAfter(12).withRebaseAt(List.of(14)), series);
      assertThat(result.segments().get(0).mean()).isEqualTo(0.5);
      assertThat(result.segments().get(1).mean()).isEqualTo(20.5);
      assertThat(result.segments().get(1).basedOn()).isEqualTo(12);
      assertThat(special(result)).isEqualTo(range(26, 29));
    }
  }

  @Nested
  class Refusals {

    @Test
    void fewer_than_two_points() {
      assertThatThrownBy(() -> chart(DEFAULTS, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least 2 points, not 1");
      assertThatThrownBy(() -> chart(DEFAULTS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least 2 points, not 0");
    }

    @Test
    void a_rebase_beyond_the_series_or_out_of_order() {
      assertThatThrownBy(() -> chart(DEFAULTS.withRebaseAt(List.of(18)), REFERENCE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("re-base index 18 is beyond the last point (index 17)");
      assertThatThrownBy(() -> DEFAULTS.withRebaseAt(List.of(8, 4)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("increasing");
      assertThatThrownBy(() -> DEFAULTS.withRebaseAt(List.of(0)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_segment_of_one_point() {
      assertThatThrownBy(() -> chart(DEFAULTS.withRebaseAt(List.of(17)), REFERENCE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the one starting at index 17 has 1");
      assertThatThrownBy(() -> chart(DEFAULTS.withRebaseAt(List.of(4, 5)), REFERENCE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("index 4 has 1");
    }

    @Test
    void a_value_that_is_not_a_finite_number() {
      assertThatThrownBy(() -> new SpcObservation("2024-05", Double.NaN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2024-05");
    }
  }
}
