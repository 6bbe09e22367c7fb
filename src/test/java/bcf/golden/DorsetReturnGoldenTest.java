package bcf.golden;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.returns.QuarterlyReturn;
import bcf.returns.QuarterlyReturn.ConditionStatus;
import bcf.returns.QuarterlyReturn.FinanceLine;
import bcf.returns.ReturnFindings;
import bcf.returns.ReturnRules;
import bcf.returns.ReturnSummary;
import bcf.returns.json.ReturnDocumentReader;
import bcf.round.json.RoundCatalogue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pan-Dorset governing-body report (seed 002) as the pan-Dorset 2015-16 quarter 2 return: each
 * figure it gives, exactly.
 */
class DorsetReturnGoldenTest {

  static final Path FILE = Path.of("examples", "returns", "dorset-2015-16-q2.json");

  static QuarterlyReturn dorset() throws IOException {
    return ReturnDocumentReader.read(Files.readAllBytes(FILE));
  }

  private static Money pounds(long pounds) {
    return Money.of(pounds);
  }

  @Test
  void is_the_quarter_2_2015_16_return_of_the_pan_dorset_plan_for_both_hwbs() throws IOException {
    QuarterlyReturn ret = dorset();
    assertThat(ret.plan()).isEqualTo("dorset-2015-16");
    assertThat(ret.round()).isEqualTo("2014-16");
    assertThat(ret.year()).isEqualTo(FinancialYear.parse("2015-16"));
    assertThat(ret.quarter()).isEqualTo("Q2");
    assertThat(ret.asAt()).isEqualTo(LocalDate.of(2015, 9, 30));
    assertThat(ret.hwbs()).containsExactly("dorset", "bournemouth-poole");
    assertThat(ret.source().partial()).contains("3 of the 9 headline schemes");
  }

  @Test
  void sources_of_funds_through_the_ccg_are_the_five_printed_in_thousands() throws IOException {
    var income = dorset().incomeAndExpenditure().income();
    assertThat(income)
        .extracting(FinanceLine::plan)
        .containsExactly(
            pounds(15_843_000),
            pounds(27_039_000),
            pounds(4_667_000),
            pounds(1_000_000),
            pounds(5_000_000));
    assertThat(income).allMatch(l -> l.organisation().equals("dorset-ccg"));
    Money ccg = income.stream().map(FinanceLine::plan).reduce(Money.ZERO, Money::plus);
    assertThat(ccg).isEqualTo(pounds(53_549_000));
    assertThat(dorset().incomeAndExpenditure().fundTotal()).isEqualTo(pounds(61_270_000));
    // The report: the CCG exceeded the £49.4m mandated by £4.149m.
    assertThat(ccg.minus(pounds(49_400_000))).isEqualTo(pounds(4_149_000));
  }

  @Test
  void application_of_funds_and_degree_of_pooling_per_scheme() throws IOException {
    QuarterlyReturn ret = dorset();
    assertThat(ret.incomeAndExpenditure().expenditure())
        .extracting(FinanceLine::scheme, FinanceLine::plan)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("integrated-locality-teams", pounds(27_039_000)),
            org.assertj.core.groups.Tuple.tuple("ices", pounds(7_669_000)),
            org.assertj.core.groups.Tuple.tuple("maintaining-independence", pounds(9_171_000)));
    assertThat(ret.incomeAndExpenditure().expenditure())
        .allMatch(l -> l.actualToDate() == null && l.forecastOutturn() == null);
    assertThat(ret.incomeAndExpenditure().expenditure().get(1).forecastNote())
        .contains("variance from budget will be insignificant");
    assertThat(ret.budgetArrangements().section75InPlace()).isTrue();
    assertThat(ret.budgetArrangements().schemes())
        .extracting(s -> s.scheme() + ":" + s.arrangement() + ":" + s.host())
        .containsExactly(
            "integrated-locality-teams:host-managed:dorset-ccg",
            "ices:pooled:bournemouth-bc",
            "maintaining-independence:aligned:null");
  }

  @Test
  void national_conditions_per_hwb_at_the_end_of_september_2015() throws IOException {
    QuarterlyReturn ret = dorset();
    assertThat(ret.nationalConditions()).hasSize(16);
    assertThat(status(ret, "bournemouth-poole", "seven-day-services", null))
        .extracting(ConditionStatus::status, ConditionStatus::expectedDate)
        .containsExactly("not-met", LocalDate.of(2016, 10, 1));
    assertThat(status(ret, "dorset", "seven-day-services", null).expectedDate())
        .isEqualTo(LocalDate.of(2016, 10, 1));
    assertThat(status(ret, "bournemouth-poole", "data-sharing", "nhs-number"))
        .extracting(ConditionStatus::status, ConditionStatus::expectedDate)
        .containsExactly("not-met", LocalDate.of(2016, 4, 1));
    assertThat(status(ret, "dorset", "data-sharing", "nhs-number").status()).isEqualTo("met");
    assertThat(status(ret, "bournemouth-poole", "joint-assessment", null).expectedDate())
        .isEqualTo(LocalDate.of(2016, 4, 1));
    assertThat(status(ret, "dorset", "joint-assessment", null).expectedDateText())
        .isEqualTo("Estimated to be met by 1.4.16");
    assertThat(ret.nationalConditions().stream().filter(c -> c.status().equals("met"))).hasSize(11);
  }

  @Test
  void south_region_shares_from_the_quarter_1_stocktake() throws IOException {
    QuarterlyReturn ret = dorset();
    assertThat(status(ret, "dorset", "plans-jointly-agreed", null).regionalShareMet())
        .isEqualByComparingTo("1");
    assertThat(status(ret, "dorset", "protect-social-care", null).regionalShareMet())
        .isEqualByComparingTo("1");
    assertThat(status(ret, "dorset", "seven-day-services", null).regionalShareMet())
        .isEqualByComparingTo("0.53");
    assertThat(status(ret, "dorset", "data-sharing", "nhs-number").regionalShareMet())
        .isEqualByComparingTo("0.56");
    assertThat(status(ret, "dorset", "data-sharing", "open-apis").regionalShareMet())
        .isEqualByComparingTo("0.94");
    assertThat(status(ret, "dorset", "data-sharing", "information-governance").regionalShareMet())
        .isEqualByComparingTo("0.91");
    assertThat(status(ret, "dorset", "joint-assessment", null).regionalShareMet())
        .isEqualByComparingTo("0.59");
    assertThat(status(ret, "dorset", "acute-impact", null).regionalShareMet())
        .isEqualByComparingTo("0.88");
  }

  @Test
  void payment_for_performance_maximums_and_no_payment_likely() throws IOException {
    var p4p = dorset().paymentForPerformance();
    assertThat(p4p.valuePerAvoidedAdmission()).isEqualTo(pounds(755));
    assertThat(p4p.byHwb())
        .extracting(h -> h.hwb() + ":" + h.maximumReduction() + ":" + h.maximumPayment().toPlain())
        .containsExactly("bournemouth-poole:584:440920.00", "dorset:714:539070.00");
    assertThat(p4p.maximumTotal()).isEqualTo(pounds(979_990));
    assertThat(p4p.paymentLikely()).isFalse();
  }

  @Test
  void metrics_significantly_off_target_and_dementia_diagnosis() throws IOException {
    QuarterlyReturn ret = dorset();
    assertThat(ret.metrics())
        .filteredOn(m -> "not-on-track".equals(m.progress()))
        .extracting(m -> m.hwb() + ":" + m.metric())
        .containsExactlyInAnyOrder(
            "bournemouth-poole:non-elective-admissions",
            "bournemouth-poole:delayed-transfers",
            "dorset:non-elective-admissions",
            "dorset:delayed-transfers");
    var dementia =
        ret.metrics().stream()
            .filter(m -> m.metric().equals("local-metric"))
            .findFirst()
            .orElseThrow();
    assertThat(dementia.latestActual()).isEqualByComparingTo(new BigDecimal("61.9"));
    assertThat(dementia.target()).isEqualByComparingTo("67");
    assertThat(dementia.progress()).isNull();
    assertThat(ret.metrics())
        .filteredOn(m -> m.metric().equals("patient-experience"))
        .extracting(QuarterlyReturn.MetricProgress::progress)
        .containsExactly("data-not-available");
  }

  @Test
  void keeps_every_rule_of_its_round_and_plan() throws IOException {
    ReturnFindings findings =
        ReturnRules.check(
            dorset(),
            RoundCatalogue.load().find("2014-16").orElseThrow(),
            Optional.of(Examples.plan("dorset-2015-16")));
    assertThat(findings.findings()).isEmpty();
  }

  @Test
  void summary_counts_per_hwb() throws IOException {
    ReturnSummary summary =
        ReturnSummary.of(dorset(), RoundCatalogue.load().find("2014-16").orElseThrow());
    assertThat(summary.byHwb())
        .extracting(
            h ->
                h.hwb()
                    + ":"
                    + h.conditionsMet()
                    + "/"
                    + h.conditionsReported()
                    + ":"
                    + h.metricsOnTrack()
                    + "/"
                    + h.metricsReported())
        .containsExactly("dorset:6/8:0/4", "bournemouth-poole:5/8:0/4");
    assertThat(summary.expenditurePlan()).isEqualTo(pounds(43_879_000));
    assertThat(summary.incomePlan()).isEqualTo(pounds(53_549_000));
  }

  private static ConditionStatus status(
      QuarterlyReturn ret, String hwb, String condition, String subItem) {
    return ret.nationalConditions().stream()
        .filter(
            c ->
                c.hwb().equals(hwb)
                    && c.condition().equals(condition)
                    && java.util.Objects.equals(c.subItem(), subItem))
        .findFirst()
        .orElseThrow();
  }
}
