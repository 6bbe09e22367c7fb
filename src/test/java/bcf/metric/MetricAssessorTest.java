package bcf.metric;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import bcf.kernel.Period;
import bcf.kernel.Polarity;
import bcf.plan.json.PlanDocumentReader;
import bcf.round.json.RoundCatalogue;
import bcf.statistics.Comparison;
import bcf.statistics.Trend;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How one HWB's metric is judged: RAG against plan by polarity and interval, which plan applies to
 * a period, the comparison with England, the recent trend over five financial years and when a
 * control chart is drawn.
 */
class MetricAssessorTest {

  private static final String HWB = "area";

  /** A 2025-26 plan with one metric of its own definition, and its extra JSON (targets...). */
  private static PlanMetrics plan(String type, int multiplier, String polarity, String ambition) {
    String json =
        """
        {"id": "test", "round": "2025-26", "title": "Test", "years": ["2025-26"],
         "hwbs": [{"id": "area", "name": "Area"}],
         "metrics": [{"metric": "m", "name": "M",
           "definition": {"type": "%s", "multiplier": %d, "polarity": "%s"}%s}]}
        """
            .formatted(type, multiplier, polarity, ambition.isEmpty() ? "" : ", " + ambition);
    return new PlanMetrics(
        new PlanDocumentReader().read(json), RoundCatalogue.load().find("2025-26").orElseThrow());
  }

  private static Actual actual(String hwb, String period, long numerator, Long denominator) {
    return new Actual(
        hwb,
        "m",
        Period.parse(period),
        "",
        BigDecimal.valueOf(numerator),
        denominator == null ? null : BigDecimal.valueOf(denominator),
        null);
  }

  private static MetricAssessment assess(PlanMetrics plan, List<Actual> actuals) {
    List<MetricAssessment> all = MetricAssessor.assess(plan, actuals);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static Observed only(MetricAssessment a) {
    assertThat(a.actuals()).hasSize(1);
    return a.actuals().get(0);
  }

  @Nested
  class RagAgainstPlan {

    private final PlanMetrics rate =
        plan(
            "crude-rate",
            100_000,
            "low-is-good",
            "\"targets\": [{\"period\": \"2025-26\", \"value\": 500}]");

    private Observed rateOf(long events) {
      return only(assess(rate, List.of(actual(HWB, "2025-26", events, 100_000L))));
    }

    @Test
    void a_low_is_good_rate_below_plan_is_green() {
      Observed o = rateOf(400);
      assertThat(o.value()).isEqualTo(400.0);
      assertThat(o.plan()).isEqualTo(500.0);
      assertThat(o.rag()).isEqualTo(Rag.GREEN);
      assertThat(o.variance()).isEqualTo(-100.0);
      assertThat(o.variancePercent()).isEqualTo(-20.0);
    }

    @Test
    void a_miss_whose_interval_holds_the_plan_is_amber() {
      Observed o = rateOf(520);
      assertThat(o.ci95().lower()).isLessThan(500.0);
      assertThat(o.rag()).isEqualTo(Rag.AMBER);
      assertThat(o.ragNote()).isNull();
    }

    @Test
    void a_miss_whose_interval_lies_beyond_the_plan_is_red() {
      Observed o = rateOf(600);
      assertThat(o.ci95().lower()).isGreaterThan(500.0);
      assertThat(o.rag()).isEqualTo(Rag.RED);
      assertThat(o.ragNote()).isNull();
    }

    @Test
    void for_a_high_is_good_proportion_the_colours_turn_round() {
      PlanMetrics proportion =
          plan(
              "proportion",
              100,
              "high-is-good",
              "\"targets\": [{\"period\": \"2025-26\", \"value\": 80}]");
      assertThat(only(assess(proportion, List.of(actual(HWB, "2025-26", 85, 100L)))).rag())
          .isEqualTo(Rag.GREEN);
      // 75% of 100: Wilson 95% 65.7% to 82.5% holds 80%.
      assertThat(only(assess(proportion, List.of(actual(HWB, "2025-26", 75, 100L)))).rag())
          .isEqualTo(Rag.AMBER);
      // 75% of 1,000: 72.2% to 77.6%, all of it below 80%.
      assertThat(only(assess(proportion, List.of(actual(HWB, "2025-26", 750, 1000L)))).rag())
          .isEqualTo(Rag.RED);
    }

    @Test
    void a_metric_without_a_judgement_polarity_or_a_plan_has_no_rag() {
      PlanMetrics neutral =
          plan(
              "crude-rate",
              100_000,
              "no-judgement",
              "\"targets\": [{\"period\": \"2025-26\", \"value\": 500}]");
      assertThat(only(assess(neutral, List.of(actual(HWB, "2025-26", 900, 100_000L)))).rag())
          .isNull();
      PlanMetrics unplanned = plan("crude-rate", 100_000, "low-is-good", "");
      Observed o = only(assess(unplanned, List.of(actual(HWB, "2025-26", 900, 100_000L))));
      assertThat(o.plan()).isNull();
      assertThat(o.rag()).isNull();
      assertThat(o.variance()).isNull();
    }

    @Test
    void a_miss_with_no_interval_is_red_and_says_its_significance_is_untested() {
      PlanMetrics mean =
          plan("mean", 1, "low-is-good", "\"targets\": [{\"period\": \"2025-26\", \"value\": 5}]");
      Observed o = only(assess(mean, List.of(actual(HWB, "2025-26", 61, 10L))));
      assertThat(o.value()).isEqualTo(6.1);
      assertThat(o.ci95().lower()).isNaN();
      assertThat(o.rag()).isEqualTo(Rag.RED);
      assertThat(o.ragNote()).contains("significance cannot be tested");
    }
  }

  @Nested
  class ThePlanForAPeriod {

    @Test
    void an_exact_target_then_the_trajectory_then_the_narrowest_containing_target() {
      PlanMetrics rate =
          plan(
              "crude-rate",
              100_000,
              "low-is-good",
              """
              "targets": [{"period": "2025-26", "value": 500},
                          {"period": "2025-26 Q3", "value": 450},
                          {"period": "2025-06", "value": 300}],
              "trajectory": {"method": "flat", "to": {"period": "2025-06", "value": 400},
                             "heldUntil": "2025-08"}
              """);
      MetricAssessment a =
          assess(
              rate,
              List.of(
                  actual(HWB, "2025-06", 10, 100_000L),
                  actual(HWB, "2025-07", 10, 100_000L),
                  actual(HWB, "2025-11", 10, 100_000L),
                  actual(HWB, "2026-02", 10, 100_000L)));
      assertThat(a.actuals())
          .extracting(Observed::plan)
          .containsExactly(300.0, 400.0, 450.0, 500.0);
    }

    @Test
    void a_counts_target_for_a_year_says_nothing_about_a_quarter() {
      PlanMetrics count =
          plan(
              "count",
              1,
              "low-is-good",
              "\"targets\": [{\"period\": \"2025-26\", \"value\": 10000},"
                  + " {\"period\": \"2025-26 Q1\", \"value\": 2600}]");
      MetricAssessment a =
          assess(
              count,
              List.of(
                  actual(HWB, "2025-26 Q1", 2500, null), actual(HWB, "2025-26 Q2", 2500, null)));
      assertThat(a.actuals()).extracting(Observed::plan).containsExactly(2600.0, null);
    }
  }

  @Test
  void an_area_is_compared_with_england_for_the_same_period() {
    PlanMetrics rate = plan("crude-rate", 100_000, "low-is-good", "");
    MetricAssessment a =
        assess(
            rate,
            List.of(
                actual(HWB, "2025-26", 400, 100_000L),
                actual(ActualsCsv.BENCHMARK, "2025-26", 600_000, 100_000_000L),
                actual(ActualsCsv.BENCHMARK, "2024-25", 500_000, 100_000_000L)));
    Observed o = only(a);
    assertThat(o.benchmark()).isEqualTo(600.0);
    // England's 600 lies beyond the area's 99.8% interval (about 346 to 459): significantly better.
    assertThat(o.comparison().comparison()).isEqualTo(Comparison.BETTER);
    assertThat(o.comparison().beyond998()).isTrue();
  }

  @Nested
  class RecentTrendOverFiveFinancialYears {

    private final PlanMetrics proportion = plan("proportion", 100, "high-is-good", "");
    private final PlanMetrics rate = plan("crude-rate", 100_000, "low-is-good", "");

    @Test
    void five_yearly_points_rising_steeply_are_increasing_and_getting_better() {
      List<Actual> rising = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        rising.add(actual(HWB, (2021 + i) + "-" + (22 + i), 600 + 40L * i, 1000L));
      }
      RecentTrend trend = assess(proportion, rising).trend();
      assertThat(trend.trend()).isEqualTo(Trend.INCREASING);
      assertThat(trend.span()).isEqualTo("2021-22 to 2025-26");
      assertThat(trend.trend().describe(Polarity.HIGH_IS_GOOD))
          .isEqualTo("increasing and getting better");
    }

    @Test
    void four_years_or_five_with_a_gap_cannot_be_calculated() {
      List<Actual> four = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        four.add(actual(HWB, (2022 + i) + "-" + (23 + i), 600 + 40L * i, 1000L));
      }
      assertThat(assess(proportion, four).trend()).isEqualTo(RecentTrend.CANNOT_BE_CALCULATED);
      List<Actual> gap = new ArrayList<>(four);
      gap.add(actual(HWB, "2020-21", 500, 1000L));
      assertThat(assess(proportion, gap).trend().trend()).isEqualTo(Trend.CANNOT_BE_CALCULATED);
    }

    @Test
    void five_recent_months_are_not_five_years() {
      List<Actual> months = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        months.add(actual(HWB, YearMonth.of(2025, 4 + i).toString(), 600 + 40L * i, 1000L));
      }
      assertThat(assess(proportion, months).trend().trend()).isEqualTo(Trend.CANNOT_BE_CALCULATED);
    }

    @Test
    void sixty_months_make_five_years_and_a_year_short_of_a_month_has_no_point() {
      List<Actual> months = monthly(2021, 60, i -> 500 + 5L * i, i -> 1000L);
      RecentTrend trend = assess(proportion, months).trend();
      assertThat(trend.trend()).isEqualTo(Trend.INCREASING);
      assertThat(trend.years())
          .containsExactly(
              FinancialYear.parse("2021-22"),
              FinancialYear.parse("2022-23"),
              FinancialYear.parse("2023-24"),
              FinancialYear.parse("2024-25"),
              FinancialYear.parse("2025-26"));
      List<Actual> missing = new ArrayList<>(months);
      missing.remove(30); // 2023-10: 2023-24 is incomplete, so the five years are not consecutive
      assertThat(assess(proportion, missing).trend().trend()).isEqualTo(Trend.CANNOT_BE_CALCULATED);
    }

    @Test
    void a_rates_year_of_months_keeps_its_population_so_it_matches_a_year_stated_whole() {
      // The same rate every month (20 a month in 100,000 people: 240 a year per 100,000), with
      // two years stated whole and three built from months: no change. Adding up the months'
      // populations would make the built years' rates a twelfth of the whole ones.
      List<Actual> actuals = new ArrayList<>(monthly(2023, 36, i -> 20L, i -> 100_000L));
      actuals.add(actual(HWB, "2021-22", 240, 100_000L));
      actuals.add(actual(HWB, "2022-23", 240, 100_000L));
      RecentTrend trend = assess(rate, actuals).trend();
      assertThat(trend.trend()).isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
      assertThat(trend.span()).isEqualTo("2021-22 to 2025-26");
    }

    @Test
    void a_rates_year_of_quarters_keeps_its_population_too() {
      List<Actual> actuals = new ArrayList<>();
      for (int y = 2021; y <= 2025; y++) {
        for (int q = 1; q <= 4; q++) {
          actuals.add(
              actual(HWB, y + "-" + (y % 100 + 1) + " Q" + q, 60 + 15L * (y - 2021), 100_000L));
        }
      }
      RecentTrend trend = assess(rate, actuals).trend();
      assertThat(trend.trend()).isEqualTo(Trend.INCREASING);
      assertThat(trend.trend().describe(Polarity.LOW_IS_GOOD))
          .isEqualTo("increasing and getting worse");
      assertThat(trend.span()).isEqualTo("2021-22 to 2025-26");
    }

    @Test
    void a_whole_year_stated_wins_over_its_months() {
      // Twelve months that rise steeply each year, but each year is also stated whole and flat:
      // the stated years are the points.
      List<Actual> actuals = new ArrayList<>(monthly(2021, 60, i -> 400 + 5L * i, i -> 1000L));
      for (int y = 2021; y <= 2025; y++) {
        actuals.add(actual(HWB, y + "-" + (y % 100 + 1), 6000, 12000L));
      }
      assertThat(assess(proportion, actuals).trend().trend())
          .isEqualTo(Trend.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void the_metrics_window_is_a_years_point_and_another_range_is_not() {
      PlanMetrics reablement =
          new PlanMetrics(
              new PlanDocumentReader()
                  .read(
                      """
                      {"id": "test", "round": "2017-19", "title": "Test",
                       "hwbs": [{"id": "area", "name": "Area"}],
                       "metrics": [{"metric": "reablement-91-days"}]}
                      """),
              RoundCatalogue.load().find("2017-19").orElseThrow());
      List<Actual> windows = new ArrayList<>();
      for (int y = 2014; y <= 2018; y++) {
        windows.add(
            new Actual(
                HWB,
                "reablement-91-days",
                Period.parse(y + "-10.." + y + "-12"),
                "",
                BigDecimal.valueOf(600 + 40L * (y - 2014)),
                BigDecimal.valueOf(1000),
                null));
      }
      List<MetricAssessment> all = MetricAssessor.assess(reablement, windows);
      assertThat(all.get(0).trend().trend()).isEqualTo(Trend.INCREASING);
      assertThat(all.get(0).trend().span()).isEqualTo("2014-15 to 2018-19");

      PlanMetrics local = plan("proportion", 100, "high-is-good", "");
      List<Actual> ranges = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        ranges.add(actual(HWB, (2021 + i) + "-04.." + (2021 + i) + "-06", 600 + 40L * i, 1000L));
      }
      assertThat(assess(local, ranges).trend()).isEqualTo(RecentTrend.CANNOT_BE_CALCULATED);
    }

    @Test
    void a_mean_cannot_be_tested_for_trend() {
      PlanMetrics mean = plan("mean", 1, "low-is-good", "");
      List<Actual> rising = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        rising.add(actual(HWB, (2021 + i) + "-" + (22 + i), 600 + 40L * i, 100L));
      }
      assertThat(assess(mean, rising).trend()).isEqualTo(RecentTrend.CANNOT_BE_CALCULATED);
    }
  }

  @Nested
  class ControlChart {

    private final PlanMetrics rate = plan("crude-rate", 100_000, "low-is-good", "");

    @Test
    void twelve_months_are_charted() {
      MetricAssessment a = assess(rate, monthly(2024, 12, i -> 20L + i % 3, i -> 100_000L));
      assertThat(a.spc()).isNotNull();
      assertThat(a.spc().points()).hasSize(12);
      assertThat(a.spcNote()).isNull();
    }

    @Test
    void eleven_months_and_four_quarters_are_too_few_of_either_kind() {
      List<Actual> actuals = new ArrayList<>(monthly(2025, 11, i -> 20L + i % 3, i -> 100_000L));
      for (int q = 1; q <= 4; q++) {
        actuals.add(actual(HWB, "2024-25 Q" + q, 60, 100_000L));
      }
      MetricAssessment a = assess(rate, actuals);
      assertThat(a.spc()).isNull();
      assertThat(a.spcNote())
          .isEqualTo(
              "a control chart needs at least 12 monthly or quarterly points of one kind; there"
                  + " are 11 monthly and 4 quarterly");
    }

    @Test
    void a_single_month_after_sixteen_quarters_leaves_the_quarterly_chart() {
      List<Actual> actuals = new ArrayList<>();
      for (int y = 2021; y <= 2024; y++) {
        for (int q = 1; q <= 4; q++) {
          actuals.add(actual(HWB, y + "-" + (y % 100 + 1) + " Q" + q, 60 + q, 100_000L));
        }
      }
      actuals.add(actual(HWB, "2025-04", 20, 100_000L));
      MetricAssessment a = assess(rate, actuals);
      assertThat(a.spc()).isNotNull();
      assertThat(a.spc().points()).hasSize(16);
      assertThat(a.spc().points().get(15).label()).isEqualTo("2024-25 Q4");
    }

    @Test
    void a_chart_is_redrawn_re_based_and_a_period_not_on_it_is_refused() {
      MetricAssessment a = assess(rate, monthly(2024, 24, i -> i < 12 ? 40L : 20L, i -> 100_000L));
      assertThat(a.spc().segments()).hasSize(1);
      MetricAssessment redrawn =
          MetricAssessor.rechart(a, new ChartChoices(true, null, "2025-04"), "rebaseAt");
      assertThat(redrawn.spc().segments()).hasSize(2);
      assertThat(redrawn.spc().segments().get(0).mean()).isEqualTo(40.0);
      assertThat(redrawn.spc().segments().get(1).mean()).isEqualTo(20.0);
      assertThat(redrawn.actuals()).isEqualTo(a.actuals());
      assertThat(MetricAssessor.rechart(a, ChartChoices.AS_BCF_DRAWS, "rebaseAt")).isSameAs(a);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> MetricAssessor.rechart(a, new ChartChoices(true, null, "2023-04"), "rebaseAt"))
          .isInstanceOf(bcf.statistics.tools.ParameterException.class)
          .hasMessageContaining("rebaseAt: no period '2023-04' in the series");
      MetricAssessment unchartable = assess(rate, monthly(2024, 3, i -> 20L, i -> 100_000L));
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> MetricAssessor.rechart(unchartable, new ChartChoices(false, null, null), "x"))
          .hasMessageContaining("has no control chart to redraw");
    }
  }

  private static List<Actual> monthly(
      int firstYear,
      int months,
      java.util.function.IntToLongFunction numerator,
      java.util.function.IntToLongFunction denominator) {
    List<Actual> actuals = new ArrayList<>();
    YearMonth first = YearMonth.of(firstYear, 4);
    for (int i = 0; i < months; i++) {
      actuals.add(
          actual(
              HWB,
              first.plusMonths(i).toString(),
              numerator.applyAsLong(i),
              denominator.applyAsLong(i)));
    }
    return actuals;
  }
}
