package bcf.golden;

import static bcf.golden.Findings.year;
import static bcf.golden.Pounds.pounds;
import static bcf.golden.Pounds.thousands;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalysis;
import bcf.finance.Figures;
import bcf.kernel.Money;
import bcf.plan.DeclaredFigure;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** DESIGN.md golden figures: Warwickshire 2017-19 (seed 001). */
class Warwickshire2017GoldenTest {

  private final PlanAnalysis analysis = Examples.analyse("warwickshire-2017-19");
  private final Figures figures = analysis.summary().figures();

  private Money figure(String key, String year) {
    return figures.amount(key, year(year)).orElseThrow(() -> new AssertionError(key + " " + year));
  }

  @Test
  void income_by_source_and_pooled_budget() {
    assertThat(figure("income.bySource.la-contribution", "2017-18")).isEqualTo(pounds(52_596_000));
    assertThat(figure("income.bySource.la-contribution", "2018-19")).isEqualTo(pounds(52_149_688));
    assertThat(figure("income.bySource.ibcf", "2017-18")).isEqualTo(pounds(8_300_584));
    assertThat(figure("income.bySource.ibcf", "2018-19")).isEqualTo(pounds(10_659_261));
    assertThat(figure("income.bySource.ccg-minimum", "2017-18")).isEqualTo(pounds(34_302_279));
    assertThat(figure("income.bySource.ccg-minimum", "2018-19")).isEqualTo(pounds(34_954_022));
    assertThat(figure("income.bySource.ccg-additional", "2017-18")).isEqualTo(pounds(22_402_371));
    assertThat(figure("income.bySource.ccg-additional", "2018-19")).isEqualTo(pounds(22_338_757));
    assertThat(figure("income.total", "2017-18")).isEqualTo(pounds(117_601_234));
    assertThat(figure("income.total", "2018-19")).isEqualTo(pounds(120_101_728));
  }

  @Test
  void each_ccg_minimum_contribution() {
    assertThat(figure("income.minimumByOrganisation.crccg", "2017-18"))
        .isEqualTo(pounds(6_641_659));
    assertThat(figure("income.minimumByOrganisation.crccg", "2018-19"))
        .isEqualTo(pounds(6_767_851));
    assertThat(figure("income.minimumByOrganisation.wnccg", "2017-18"))
        .isEqualTo(pounds(11_565_190));
    assertThat(figure("income.minimumByOrganisation.wnccg", "2018-19"))
        .isEqualTo(pounds(11_784_928));
    assertThat(figure("income.minimumByOrganisation.swccg", "2017-18"))
        .isEqualTo(pounds(16_095_430));
    assertThat(figure("income.minimumByOrganisation.swccg", "2018-19"))
        .isEqualTo(pounds(16_401_243));
    assertThat(Findings.of(analysis.findings(), "minimum-contribution", Severity.ERROR)).isEmpty();
  }

  @Test
  void out_of_hospital_spend_meets_the_ring_fence() {
    assertThat(figure("outOfHospital.spend", "2017-18")).isEqualTo(pounds(21_797_615));
    assertThat(figure("outOfHospital.spend", "2018-19")).isEqualTo(pounds(22_211_769));
    assertThat(figure("outOfHospital.ringFence", "2017-18")).isEqualTo(pounds(9_747_735));
    assertThat(figure("outOfHospital.ringFence", "2018-19")).isEqualTo(pounds(9_932_942));
    assertThat(Findings.of(analysis.findings(), "ooh-ringfence", Severity.INFO))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("meets the ring-fence"));
    assertThat(Findings.of(analysis.findings(), "ooh-ringfence", Severity.ERROR)).isEmpty();
  }

  @Test
  void dfg_passed_to_five_districts() {
    assertThat(figure("dfg.passThrough", "2017-18")).isEqualTo(thousands(4632));
    assertThat(figure("dfg.passThrough", "2018-19")).isEqualTo(thousands(4185));
    String[] districts = {"nwbc", "nbbc", "rbc", "sdc", "wdc"};
    long[] first = {801, 1738, 539, 724, 830};
    long[] second = {649, 1349, 586, 785, 816};
    for (int i = 0; i < districts.length; i++) {
      assertThat(figure("dfg.passThroughByDistrict." + districts[i], "2017-18"))
          .isEqualTo(thousands(first[i]));
      assertThat(figure("dfg.passThroughByDistrict." + districts[i], "2018-19"))
          .isEqualTo(thousands(second[i]));
    }
  }

  @Test
  void heart_allocation_784_less_than_the_pass_through_is_an_explained_warning() {
    assertThat(figure("dfg.allocation", "2017-18")).isEqualTo(thousands(3848));
    Finding warning =
        Findings.only(analysis.findings(), "dfg-passthrough", Severity.WARNING, "2017-18");
    assertThat(warning.difference()).isEqualByComparingTo("-784000");
    assertThat(warning.where()).isEqualTo("dfg.allocation");
    assertThat(warning.message()).contains("£784,000 less than the £4,632,000 passed through");
    assertThat(warning.explanation()).contains("£784k underspend");
    assertThat(Findings.of(analysis.findings(), "dfg-passthrough", Severity.ERROR)).isEmpty();
  }

  @Test
  void themes_as_printed_and_as_computed_with_rounding_said() {
    assertThat(declared("expenditure.byTheme.Accommodation with Support", "2017-18"))
        .isEqualTo(thousands(38687));
    assertThat(declared("expenditure.byTheme.Accommodation with Support", "2018-19"))
        .isEqualTo(thousands(38727));
    assertThat(declared("expenditure.byTheme.Care at Home", "2017-18")).isEqualTo(thousands(40675));
    assertThat(declared("expenditure.byTheme.Care at Home", "2018-19")).isEqualTo(thousands(40760));
    assertThat(declared("expenditure.byTheme.Integrated Care", "2017-18"))
        .isEqualTo(thousands(29789));
    assertThat(declared("expenditure.byTheme.Integrated Care", "2018-19"))
        .isEqualTo(thousands(29805));
    assertThat(declared("expenditure.byTheme.Cross Cutting", "2017-18")).isEqualTo(thousands(8450));
    assertThat(declared("expenditure.byTheme.Cross Cutting", "2018-19"))
        .isEqualTo(thousands(10810));

    Money printedSum2017 = Money.ZERO;
    Money printedSum2018 = Money.ZERO;
    for (String theme :
        new String[] {
          "Accommodation with Support", "Care at Home", "Integrated Care", "Cross Cutting"
        }) {
      printedSum2017 = printedSum2017.plus(declared("expenditure.byTheme." + theme, "2017-18"));
      printedSum2018 = printedSum2018.plus(declared("expenditure.byTheme." + theme, "2018-19"));
      assertThat(figure("expenditure.byTheme." + theme, "2017-18"))
          .isEqualTo(declared("expenditure.byTheme." + theme, "2017-18"));
    }
    assertThat(printedSum2017).isEqualTo(thousands(117_601));
    assertThat(printedSum2018).isEqualTo(thousands(120_102));

    assertThat(figure("expenditure.byTheme.Integrated Care", "2018-19"))
        .isEqualTo(thousands(29806));
    Finding rounding =
        Findings.only(analysis.findings(), "declared-total-matches", Severity.INFO, "2018-19");
    assertThat(rounding.difference()).isEqualByComparingTo("1000");
    assertThat(rounding.message()).contains("within the rounding of figures stated in £000");
  }

  @Test
  void spend_in_thousands_and_income_in_pounds_differ_only_by_rounding() {
    Finding first =
        Findings.only(analysis.findings(), "income-equals-expenditure", Severity.INFO, "2017-18");
    assertThat(first.difference()).isEqualByComparingTo("-234");
    assertThat(Findings.of(analysis.findings(), "income-equals-expenditure", Severity.ERROR))
        .isEmpty();
  }

  @Test
  void ibcf_purposes() {
    assertThat(figure("ibcf.byPurpose.reduction-of-savings-plans", "2017-18"))
        .isEqualTo(thousands(908));
    assertThat(figure("ibcf.byPurpose.market-stability", "2017-18")).isEqualTo(thousands(2765));
    assertThat(figure("ibcf.byPurpose.reducing-pressure-on-nhs", "2017-18"))
        .isEqualTo(thousands(1500));
    assertThat(figure("ibcf.byPurpose.meeting-asc-needs", "2017-18")).isEqualTo(thousands(3127));
    assertThat(figure("ibcf.byPurpose.reduction-of-savings-plans", "2018-19"))
        .isEqualTo(thousands(1949));
    assertThat(figure("ibcf.byPurpose.market-stability", "2018-19")).isEqualTo(thousands(3170));
    assertThat(figure("ibcf.byPurpose.reducing-pressure-on-nhs", "2018-19"))
        .isEqualTo(thousands(1565));
    assertThat(figure("ibcf.byPurpose.meeting-asc-needs", "2018-19")).isEqualTo(thousands(3976));
    assertThat(Findings.of(analysis.findings(), "ibcf-allocation", Severity.INFO)).hasSize(2);
  }

  @Test
  void social_care_maintenance_uplift_is_1_79_and_1_9_percent() {
    assertThat(analysis.round().socialCareUplift().get(year("2017-18")))
        .isEqualByComparingTo("0.0179");
    assertThat(analysis.round().socialCareUplift().get(year("2018-19")))
        .isEqualByComparingTo("0.019");
    assertThat(analysis.summary().socialCareMaintenance())
        .extracting(r -> r.upliftRequired())
        .containsExactly(new BigDecimal("0.0179"), new BigDecimal("0.019"));
  }

  @Test
  void validates_without_errors() {
    assertThat(analysis.hasErrors()).as(analysis.findings().toString()).isFalse();
  }

  @Test
  void the_dtoc_trajectory_is_recorded_as_the_plan_states_it() {
    var dtoc =
        analysis.plan().metrics().stream()
            .filter(m -> m.metric().equals("delayed-transfers"))
            .findFirst()
            .orElseThrow();
    assertThat(dtoc.trajectory().method()).isEqualTo("straight-line");
    assertThat(dtoc.trajectory().from().value()).isEqualByComparingTo("87");
    assertThat(dtoc.trajectory().from().period().toString()).isEqualTo("2017-01..2017-05");
    assertThat(dtoc.trajectory().to().value()).isEqualByComparingTo("40");
    assertThat(dtoc.trajectory().to().period().toString()).isEqualTo("2017-11");
  }

  private Money declared(String figure, String year) {
    return analysis.plan().declared().stream()
        .filter(d -> d.figure().equals(figure) && year(year).equals(d.year()))
        .map(DeclaredFigure::amount)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not declared: " + figure + " " + year));
  }

  @Test
  void the_draft_of_24_august_reports_the_hwb_approval_of_6_september_out_of_order() {
    assertThat(Findings.of(analysis.findings(), "dates-in-order", Severity.WARNING))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "dates[1].date",
                "The document is dated 24 August 2017 but reports the plan approved by the Health and Wellbeing Board on"
                    + " 6 September 2017, after it."),
            org.assertj.core.groups.Tuple.tuple(
                "signOffs[5].date",
                "The document is dated 24 August 2017 but reports the sign-off on behalf of"
                    + " Warwickshire Health and Wellbeing Board on 6 September 2017, after it."));
  }
}
