package bcf.golden;

import static bcf.golden.Findings.year;
import static bcf.golden.Pounds.thousands;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalysis;
import bcf.finance.Figures;
import bcf.kernel.Money;
import bcf.plan.MetricAmbition;
import bcf.plan.Risk;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** DESIGN.md golden figures: Warwickshire 2014-16 (seed 000). */
class Warwickshire2014GoldenTest {

  private final PlanAnalysis analysis = Examples.analyse("warwickshire-2014-16");
  private final Figures figures = analysis.summary().figures();

  private Money income(String key, String year) {
    return figures.amount(key, year(year)).orElseThrow(() -> new AssertionError(key + " " + year));
  }

  @Test
  void contributions_by_organisation_reproduce_the_finance_summary() {
    assertThat(income("income.byOrganisation.wcc", "2014-15")).isEqualTo(thousands(1244));
    assertThat(income("income.byOrganisation.crccg", "2014-15")).isEqualTo(thousands(2873));
    assertThat(income("income.byOrganisation.swccg", "2014-15")).isEqualTo(thousands(6624));
    assertThat(income("income.byOrganisation.wnccg", "2014-15")).isEqualTo(thousands(4716));
    assertThat(income("income.byOrganisation.districts", "2014-15")).isEqualTo(thousands(1925));

    assertThat(income("income.minimumByOrganisation.wcc", "2015-16")).isEqualTo(thousands(1244));
    assertThat(income("income.minimumByOrganisation.crccg", "2015-16")).isEqualTo(thousands(6722));
    assertThat(income("income.minimumByOrganisation.swccg", "2015-16")).isEqualTo(thousands(15500));
    assertThat(income("income.minimumByOrganisation.wnccg", "2015-16")).isEqualTo(thousands(11036));
    assertThat(income("income.minimumByOrganisation.districts", "2015-16"))
        .isEqualTo(thousands(1925));

    assertThat(income("income.byOrganisation.wcc", "2015-16")).isEqualTo(thousands(800));
    assertThat(income("income.byOrganisation.crccg", "2015-16")).isEqualTo(thousands(14550));
    assertThat(income("income.byOrganisation.swccg", "2015-16")).isEqualTo(thousands(32018));
    assertThat(income("income.byOrganisation.wnccg", "2015-16")).isEqualTo(thousands(14935));
    assertThat(income("income.byOrganisation.districts", "2015-16")).isEqualTo(thousands(1925));
  }

  @Test
  void totals_are_17382_36427_and_64228_thousand() {
    assertThat(income("income.total", "2014-15")).isEqualTo(thousands(17382));
    assertThat(income("income.minimum", "2015-16")).isEqualTo(thousands(36427));
    assertThat(income("income.total", "2015-16")).isEqualTo(thousands(64228));
  }

  @Test
  void schemes_total_17462_and_65583_thousand() {
    assertThat(income("expenditure.total", "2014-15")).isEqualTo(thousands(17462));
    assertThat(income("expenditure.total", "2015-16")).isEqualTo(thousands(65583));
  }

  @Test
  void spend_exceeding_contributions_by_80_and_1355_thousand_is_an_error() {
    Finding first =
        Findings.only(analysis.findings(), "income-equals-expenditure", Severity.ERROR, "2014-15");
    assertThat(first.difference()).isEqualByComparingTo("80000");
    assertThat(first.expected()).isEqualByComparingTo("17382000");
    assertThat(first.actual()).isEqualByComparingTo("17462000");
    assertThat(first.message()).contains("Spend exceeds contributions by £80,000 in 2014/15");

    Finding second =
        Findings.only(analysis.findings(), "income-equals-expenditure", Severity.ERROR, "2015-16");
    assertThat(second.difference()).isEqualByComparingTo("1355000");
    assertThat(second.message()).contains("£1,355,000");
    assertThat(analysis.hasErrors()).isTrue();
  }

  @Test
  void declared_pooled_budget_of_nothing_is_flagged_against_the_computed_totals() {
    Finding total2014 =
        Findings.only(analysis.findings(), "declared-total-matches", Severity.ERROR, "2014-15");
    assertThat(total2014.expected()).isEqualByComparingTo("0");
    assertThat(total2014.actual()).isEqualByComparingTo("17382000");
    assertThat(total2014.message()).contains("Total agreed value of pooled budget");

    var errors2015 =
        Findings.of(analysis.findings(), "declared-total-matches", Severity.ERROR).stream()
            .filter(f -> year("2015-16").equals(f.year()))
            .toList();
    assertThat(errors2015)
        .anySatisfy(
            f -> {
              assertThat(f.expected()).isEqualByComparingTo("0");
              assertThat(f.actual()).isEqualByComparingTo("64228000");
            });
  }

  @Test
  void declared_minimum_values_are_flagged_as_the_scheme_totals_without_a_unit() {
    var minimum2015 =
        Findings.of(analysis.findings(), "declared-total-matches").stream()
            .filter(
                f ->
                    f.message().contains("Minimum required value")
                        && year("2015-16").equals(f.year()))
            .toList();
    assertThat(minimum2015).hasSize(1);
    assertThat(minimum2015.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(minimum2015.get(0).expected()).isEqualByComparingTo("65583");
    assertThat(minimum2015.get(0).actual()).isEqualByComparingTo("36427000");
    assertThat(minimum2015.get(0).message())
        .contains("the schemes' total spend")
        .contains("£65,583,000");

    var minimum2014 =
        Findings.of(analysis.findings(), "declared-total-matches").stream()
            .filter(
                f ->
                    f.message().contains("Minimum required value")
                        && year("2014-15").equals(f.year()))
            .toList();
    assertThat(minimum2014).hasSize(1);
    assertThat(minimum2014.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(minimum2014.get(0).message()).contains("£17,462,000");
  }

  @Test
  void metric_baselines_are_consistent_with_their_numerators_and_denominators() {
    assertThat(baseline("permanent-admissions-65")).isEqualByComparingTo("673.5");
    assertThat(computed("permanent-admissions-65", 100000, 1)).isEqualByComparingTo("673.5");
    assertThat(baseline("reablement-91-days")).isEqualByComparingTo("82.2");
    assertThat(computed("reablement-91-days", 100, 1)).isEqualByComparingTo("82.2");
    assertThat(baseline("delayed-transfers")).isEqualByComparingTo("9.1");
    assertThat(computed("delayed-transfers", 100000, 1)).isEqualByComparingTo("9.1");
    assertThat(baseline("avoidable-emergency-admissions")).isEqualByComparingTo("932.5");
    assertThat(computed("avoidable-emergency-admissions", 100000, 1)).isEqualByComparingTo("932.5");
    assertThat(baseline("patient-experience")).isEqualByComparingTo("18.5");
    assertThat(computed("patient-experience", 1, 1)).isEqualByComparingTo("18.5");
    assertThat(Findings.of(analysis.findings(), "metric-consistent")).isEmpty();
  }

  @Test
  void risk_ratings_are_16_12_12_16_16_16_9_12() {
    assertThat(analysis.plan().risks())
        .extracting(Risk::score)
        .containsExactly(16, 12, 12, 16, 16, 16, 9, 12);
    assertThat(Findings.of(analysis.findings(), "risk-rating-valid")).isEmpty();
  }

  @Test
  void the_council_contributing_below_its_minimum_is_an_error() {
    Finding shortfall =
        Findings.only(analysis.findings(), "minimum-contribution", Severity.ERROR, "2015-16");
    assertThat(shortfall.message()).contains("Warwickshire County Council");
    assertThat(shortfall.difference()).isEqualByComparingTo("-444000");
  }

  @Test
  void the_plan_carries_the_payment_schedule_it_prints_25_25_and_50_per_cent() {
    var schedule = analysis.plan().paymentForPerformance().schedule();
    assertThat(schedule)
        .extracting(p -> p.payment())
        .containsExactly("April 2015", "April 2015", "October 2015");
    assertThat(schedule)
        .extracting(p -> p.share())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("0.25"), new BigDecimal("0.25"), new BigDecimal("0.5"));
    assertThat(schedule.get(2).basis())
        .isEqualTo("Further progress against all the national and local metrics");
  }

  @Test
  void protecting_social_care_is_described_not_reported_as_not_met() {
    var protect =
        analysis.plan().nationalConditions().stream()
            .filter(c -> c.condition().equals("protect-social-care"))
            .findFirst()
            .orElseThrow();
    assertThat(protect.status()).isNull();
    assertThat(Findings.of(analysis.findings(), "condition-answered"))
        .filteredOn(f -> f.where().equals("nationalConditions[1].status"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("does not say whether the condition is met");
            });
    assertThat(Findings.of(analysis.findings(), "condition-answered"))
        .extracting(Finding::message)
        .noneMatch(m -> m.contains("Protection for social care services") && m.contains("not met"));
  }

  @Test
  void seven_day_services_are_expected_before_the_autumn_an_approximate_date() {
    assertThat(Findings.of(analysis.findings(), "condition-answered"))
        .filteredOn(f -> f.message().startsWith("National condition '7-day services"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .contains("\"before the Autumn 2014\", an approximate date")
                  .doesNotContain("does not say when");
            });
  }

  @Test
  void the_targets_underpinning_the_april_and_october_2015_payments_are_blank() {
    assertThat(Findings.of(analysis.findings(), "payment-targets", Severity.WARNING))
        .extracting(Finding::where)
        .containsExactly(
            "metrics[0].targets",
            "metrics[1].targets",
            "metrics[2].targets",
            "metrics[3].targets",
            "metrics[4].targets",
            "metrics[5].targets");
    // The April 2015 column prints N/A for permanent admissions: only October is asked for.
    assertThat(Findings.of(analysis.findings(), "payment-targets").get(0).message())
        .endsWith("underpinning the October 2015 payment is blank.");
    assertThat(Findings.of(analysis.findings(), "payment-targets").get(2).message())
        .endsWith("underpinning the April 2015 and October 2015 payments are blank.");
  }

  @Test
  void the_board_papers_of_11_february_report_signatures_and_submission_of_the_14th() {
    assertThat(Findings.of(analysis.findings(), "dates-in-order", Severity.WARNING))
        .extracting(Finding::where)
        .containsExactly(
            "dates[1].date",
            "signOffs[0].date",
            "signOffs[1].date",
            "signOffs[2].date",
            "signOffs[3].date",
            "signOffs[4].date");
  }

  private BigDecimal baseline(String metric) {
    return ambition(metric).baseline().value();
  }

  private BigDecimal computed(String metric, long multiplier, int places) {
    MetricAmbition.Observation baseline = ambition(metric).baseline();
    return baseline
        .numerator()
        .multiply(BigDecimal.valueOf(multiplier))
        .divide(baseline.denominator(), MathContext.DECIMAL64)
        .setScale(places, RoundingMode.HALF_UP);
  }

  private MetricAmbition ambition(String metric) {
    return analysis.plan().metrics().stream()
        .filter(m -> m.metric().equals(metric))
        .findFirst()
        .orElseThrow();
  }
}
