package bcf.finance;

import static bcf.finance.PlanBuilder.aJointPlan;
import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.finance.PlanBuilder.year;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Share;
import bcf.plan.DeclaredFigure;
import bcf.plan.PaymentForPerformance.HwbReduction;
import bcf.plan.Plan;
import bcf.plan.PooledBudget;
import bcf.plan.Scheme;
import bcf.plan.Split;
import bcf.plan.YearAmounts;
import bcf.round.Round;
import bcf.round.RoundBuilder;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every figure the engine computes, under the key the summary document and declarations use. */
class FinanceEngineFiguresTest {

  private final Round round2017 = RoundBuilder.theRound("2017-19");
  private final FinancialYear y2017 = year("2017-18");
  private final FinancialYear y2018 = year("2018-19");

  private FinancialSummary compute(Plan plan) {
    return new FinanceEngine().compute(plan, RoundBuilder.theRound(plan.round()));
  }

  private static Scheme scheme(String id, String hwb, String theme, String area, String source) {
    var spend = new TreeMap<FinancialYear, Split>();
    spend.put(year("2017-18"), new Split(pounds(600), pounds(400), null));
    var benefits = new TreeMap<FinancialYear, Split>();
    benefits.put(year("2017-18"), new Split(null, null, pounds(50)));
    benefits.put(year("2018-19"), null);
    return new Scheme(
        id,
        "Scheme " + id,
        hwb,
        theme,
        null,
        null,
        null,
        null,
        null,
        null,
        area,
        source,
        null,
        null,
        spend,
        benefits,
        null);
  }

  @Test
  void a_plan_without_years_of_its_own_covers_its_rounds_years() {
    assertThat(compute(aPlan().build()).years()).containsExactly(y2017, y2018);
    assertThat(compute(aPlan().coveringYears("2018-19").build()).years()).containsExactly(y2018);
  }

  @Test
  void scheme_spend_is_counted_by_scheme_theme_area_source_hwb_and_its_parts() {
    var plan =
        aPlan()
            .withScheme(scheme("a", null, "Care at Home", "Social Care", "ibcf"))
            .withScheme(scheme("b", null, " ", null, null))
            .withSchemeSpend("c", "2017-18", new Split(null, null, null))
            .build();

    Figures f = compute(plan).figures();

    assertThat(f.amount("expenditure.total", y2017)).contains(pounds(2000));
    assertThat(f.get("expenditure.total", y2017).orElseThrow().lines()).isEqualTo(4);
    assertThat(f.amount("expenditure.byScheme.a", y2017)).contains(pounds(1000));
    assertThat(f.amount("expenditure.byTheme.Care at Home", y2017)).contains(pounds(1000));
    assertThat(f.amount("expenditure.byTheme.unspecified", y2017)).contains(pounds(1000));
    assertThat(f.amount("expenditure.byAreaOfSpend.Social Care", y2017)).contains(pounds(1000));
    assertThat(f.amount("expenditure.byAreaOfSpend.unspecified", y2017)).contains(pounds(1000));
    assertThat(f.amount("expenditure.bySource.ibcf", y2017)).contains(pounds(1000));
    assertThat(f.amount("expenditure.bySource.unspecified", y2017)).contains(pounds(1000));
    assertThat(f.amount("expenditure.byHwb.h", y2017)).contains(pounds(2000));
    assertThat(f.amount("expenditure.recurrent", y2017)).contains(pounds(1200));
    assertThat(f.amount("expenditure.nonRecurrent", y2017)).contains(pounds(800));
    assertThat(f.amount("benefits.total", y2017)).contains(pounds(100));
    assertThat(f.has("expenditure.byScheme.c")).isFalse();
    assertThat(f.has("benefits.total")).isTrue();
    assertThat(f.years("benefits.total")).containsOnlyKeys(y2017);
    assertThat(f.years("nothing")).isEmpty();
  }

  @Test
  void a_stated_total_counts_once_and_a_part_alone_counts_as_it_is() {
    var plan =
        aPlan()
            .withSchemeSpend("a", "2017-18", new Split(pounds(1), pounds(2), pounds(3)))
            .withSchemeSpend("b", "2017-18", new Split(null, pounds(7), null))
            .withSchemeSpend("c", "2017-18", new Split(pounds(5), null, null))
            .build();

    Figures f = compute(plan).figures();

    assertThat(f.amount("expenditure.total", y2017)).contains(pounds(15));
    assertThat(f.get("expenditure.total", y2017).orElseThrow().lines()).isEqualTo(3);
    assertThat(f.amount("expenditure.recurrent", y2017)).contains(pounds(6));
    assertThat(f.amount("expenditure.nonRecurrent", y2017)).contains(pounds(9));
  }

  @Test
  void contributions_are_counted_by_source_organisation_and_hwb_and_minimums_apart() {
    var plan =
        aPlan()
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 600, 700)
            .withContribution("ccg", null, "2017-18", 300)
            .withContribution("ccg", "ccg-minimum", "2018-19", 100, -1)
            .build();

    Figures f = compute(plan).figures();

    assertThat(f.amount("income.total", y2017)).contains(pounds(1000));
    assertThat(f.amount("income.total", y2018)).isEmpty();
    assertThat(f.amount("income.bySource.unspecified", y2017)).contains(pounds(300));
    assertThat(f.amount("income.byOrganisation.ccg", y2017)).contains(pounds(1000));
    assertThat(f.amount("income.byHwb.h", y2017)).contains(pounds(1000));
    assertThat(f.amount("income.minimum", y2018)).contains(pounds(100));
    assertThat(f.amount("income.minimumByOrganisation.ccg", y2017)).contains(pounds(600));
    assertThat(f.under("income.bySource.")).containsOnlyKeys("ccg-minimum", "unspecified");
    assertThat(f.all()).containsKey("income.total");
  }

  @Test
  void a_plan_with_no_hwb_counts_income_against_the_whole_plan() {
    var plan =
        aPlan()
            .withNoHwb()
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "x", "2017-18", 5)
            .build();

    assertThat(compute(plan).figures().amount("income.byHwb.whole plan", y2017))
        .contains(pounds(5));
  }

  @Test
  void a_joint_plan_has_figures_for_each_hwbs_part_and_for_the_whole() {
    var plan =
        aJointPlan()
            .withOrganisation("ccg", "ccg")
            .withContribution("north", "ccg", "ccg-minimum", "2017-18", null, pounds(100))
            .withContribution("south", "ccg", "ccg-minimum", "2017-18", null, pounds(200))
            .withContribution(null, "ccg", "ccg-minimum", "2017-18", null, pounds(400))
            .withSchemeFor("north", "a", null, "2017-18", 10)
            .passingDfgThroughFor("north", "d", "2017-18", 7)
            .allocatingDfgFor("south", "d", "2017-18", 8)
            .carryingDfgForward("2017-18", 3)
            .withIbcfPurpose("p", "2017-18", 9)
            .withOutOfHospitalSpend("Community", "2017-18", 11)
            .withOutOfHospitalRingFence("2017-18", 12)
            .build();

    FinancialSummary summary = compute(plan);

    assertThat(summary.figuresByHwb()).containsOnlyKeys("north", "south");
    Figures north = summary.figuresFor("north");
    Figures south = summary.figuresFor("south");
    assertThat(summary.figuresFor(null)).isSameAs(summary.figures());
    assertThat(summary.figuresFor("nowhere").all()).isEmpty();
    assertThat(north.amount("income.total", y2017)).contains(pounds(100));
    assertThat(south.amount("income.total", y2017)).contains(pounds(200));
    assertThat(summary.figures().amount("income.total", y2017)).contains(pounds(700));
    assertThat(summary.figures().amount("income.byHwb.whole plan", y2017)).contains(pounds(400));
    assertThat(summary.figures().amount("income.byHwb.north", y2017)).contains(pounds(100));
    assertThat(north.amount("expenditure.total", y2017)).contains(pounds(10));
    assertThat(south.amount("expenditure.total", y2017)).isEmpty();
    assertThat(north.amount("dfg.passThrough", y2017)).contains(pounds(7));
    assertThat(south.amount("dfg.passThrough", y2017)).isEmpty();
    assertThat(south.amount("dfg.allocation", y2017)).contains(pounds(8));
    assertThat(north.has("dfg.carriedForward")).isFalse();
    assertThat(summary.figures().amount("dfg.carriedForward", y2017)).contains(pounds(3));
    assertThat(north.has("ibcf.total")).isFalse();
    assertThat(north.has("outOfHospital.spend")).isFalse();
    assertThat(north.has("outOfHospital.ringFence")).isFalse();
  }

  @Test
  void dfg_ibcf_and_out_of_hospital_figures_are_counted_by_district_purpose_and_area() {
    var plan =
        aPlan()
            .passingDfgThrough("nbbc", "2017-18", 801)
            .passingDfgThrough("rbc", "2017-18", 539)
            .allocatingDfg("nbbc", "2017-18", pounds(900), pounds(800), pounds(100))
            .carryingDfgForward("2017-18", 784)
            .withIbcfPurpose("meeting-need", "2017-18", 908)
            .withIbcfPurpose("market", "2017-18", 2765)
            .withOutOfHospitalSpend("Community", "2017-18", 20)
            .withOutOfHospitalSpend("Social care", "2017-18", 5)
            .withOutOfHospitalRingFence("2017-18", 9)
            .build();

    Figures f = compute(plan).figures();

    assertThat(f.amount("dfg.passThrough", y2017)).contains(pounds(1340));
    assertThat(f.amount("dfg.passThroughByDistrict.rbc", y2017)).contains(pounds(539));
    assertThat(f.amount("dfg.allocation", y2017)).contains(pounds(900));
    assertThat(f.amount("dfg.allocationDfg", y2017)).contains(pounds(800));
    assertThat(f.amount("dfg.allocationOther", y2017)).contains(pounds(100));
    assertThat(f.amount("dfg.allocationByDistrict.nbbc", y2017)).contains(pounds(900));
    assertThat(f.amount("dfg.carriedForward", y2017)).contains(pounds(784));
    assertThat(f.amount("ibcf.total", y2017)).contains(pounds(3673));
    assertThat(f.amount("ibcf.byPurpose.market", y2017)).contains(pounds(2765));
    assertThat(f.amount("outOfHospital.spend", y2017)).contains(pounds(25));
    assertThat(f.amount("outOfHospital.spend.Social care", y2017)).contains(pounds(5));
    assertThat(f.amount("outOfHospital.ringFence", y2017)).contains(pounds(9));
  }

  @Test
  void an_ibcf_purpose_without_an_id_is_keyed_by_its_purpose() {
    var plan =
        aPlan().withIbcfPurposeWithoutId("Meeting adult social care needs", "2017-18", 5).build();

    assertThat(
            compute(plan).figures().amount("ibcf.byPurpose.Meeting adult social care needs", y2017))
        .contains(pounds(5));
  }

  @Test
  void payment_for_performance_is_the_value_times_each_planned_reduction_and_the_schedule() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .payingForPerformance(
                pounds(755),
                new HwbReduction("Bournemouth", null, new BigDecimal("584"), null),
                new HwbReduction("Poole", null, null, null),
                new HwbReduction("Dorset", null, new BigDecimal("714"), null))
            .withPaymentSchedule("April 2015", "0.25", "April 2015", "0.25", "October 2015", "0.5")
            .build();

    var p4p = compute(plan).paymentForPerformance().orElseThrow();

    assertThat(p4p.valuePerAvoidedAdmission()).isEqualTo(pounds(755));
    assertThat(p4p.maximum()).isEqualTo(pounds(979_990));
    assertThat(p4p.byHwb())
        .extracting(h -> h.hwb(), h -> h.maximum())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Bournemouth", pounds(440_920)),
            org.assertj.core.groups.Tuple.tuple("Dorset", pounds(539_070)));
    assertThat(p4p.schedule())
        .extracting(s -> s.payment(), s -> s.amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("April 2015", pounds("244997.50")),
            org.assertj.core.groups.Tuple.tuple("April 2015", pounds("244997.50")),
            org.assertj.core.groups.Tuple.tuple("October 2015", pounds(489_995)));
    // A plan whose source prints no schedule gets none, even in a round that has one.
    assertThat(
            compute(aPlan().forRound("2014-16").payingForPerformance(pounds(1)).build())
                .paymentForPerformance()
                .orElseThrow()
                .schedule())
        .isEmpty();
    assertThat(
            compute(aPlan().forRound("2017-19").payingForPerformance(pounds(1)).build())
                .paymentForPerformance()
                .orElseThrow()
                .schedule())
        .isEmpty();
    assertThat(
            compute(aPlan().forRound("2014-16").payingForPerformance(null).build())
                .paymentForPerformance())
        .isEmpty();
  }

  @Test
  void a_declared_payment_for_performance_figure_finds_its_computed_maximum() {
    var summary =
        compute(
            aPlan()
                .forRound("2014-16")
                .payingForPerformance(
                    pounds(755), new HwbReduction("Dorset", null, new BigDecimal("714"), null))
                .build());

    assertThat(summary.counterpart(declared("paymentForPerformance.maximum")))
        .contains(Tally.of(pounds(539_070)));
    assertThat(summary.counterpart(declared("paymentForPerformance.byHwb.Dorset")))
        .contains(Tally.of(pounds(539_070)));
    assertThat(summary.counterpart(declared("paymentForPerformance.byHwb.Poole"))).isEmpty();
    assertThat(summary.counterpart(declared("income.total"))).isEmpty();
  }

  private static DeclaredFigure declared(String figure) {
    return new DeclaredFigure(figure, null, null, pounds(1), null, null);
  }

  @Test
  void a_risk_share_retains_its_share_of_the_amount_at_risk() {
    var share =
        new PooledBudget.RiskShare(
            "chc",
            "CHC risk share",
            YearAmounts.of(Map.of(year("2015-16"), pounds(5_000_000))),
            Share.parse("1/3"),
            YearAmounts.of(Map.of(year("2015-16"), pounds(1_667_000))),
            "CHC spend held at 2014/15");
    var unshared =
        new PooledBudget.RiskShare(
            "other",
            "No share",
            YearAmounts.of(Map.of(year("2015-16"), pounds(1))),
            null,
            YearAmounts.EMPTY,
            null);
    var plan = aPlan().forRound("2014-16").sharingRisk(share).sharingRisk(unshared).build();

    assertThat(compute(plan).riskShares())
        .containsExactly(
            new FinancialSummary.RiskShareResult(
                "chc",
                "CHC risk share",
                year("2015-16"),
                pounds(5_000_000),
                Share.parse("1/3"),
                pounds("1666666.67"),
                pounds(1_667_000)),
            new FinancialSummary.RiskShareResult(
                "other", "No share", year("2015-16"), pounds(1), null, null, null));
  }

  @Test
  void social_care_maintenance_is_the_baseline_uplifted_by_the_rounds_rate() {
    var plan =
        aPlan()
            .withSocialCareBaseline("2017-18", pounds(1_000_000))
            .withSocialCarePlanned("2017-18", pounds(1_020_000))
            .statingSocialCareUplift("2018-19", "0.02")
            .build();

    assertThat(compute(plan).socialCareMaintenance())
        .containsExactly(
            new FinancialSummary.SocialCareMaintenanceResult(
                y2017,
                new BigDecimal("0.0179"),
                null,
                pounds(1_000_000),
                pounds(1_017_900),
                pounds(1_020_000)),
            new FinancialSummary.SocialCareMaintenanceResult(
                y2018, new BigDecimal("0.019"), new BigDecimal("0.02"), null, null, null));
    var noRate = aPlan().forRound("2014-16").withSocialCareBaseline("2014-15", pounds(1)).build();
    assertThat(compute(noRate).socialCareMaintenance()).isEmpty();
    var statedOnly =
        aPlan()
            .forRound("2014-16")
            .withSocialCareBaseline("2014-15", pounds(1))
            .statingSocialCareUplift("2014-15", "0.01")
            .build();
    assertThat(compute(statedOnly).socialCareMaintenance())
        .singleElement()
        .satisfies(r -> assertThat(r.required()).isNull());
  }

  @Test
  void an_organisation_with_a_minimum_and_no_contribution_contributes_nothing() {
    var plan =
        aPlan()
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 100, -1)
            .withContribution("ccg", "ccg-minimum", "2018-19", 100, 40)
            .withContribution("ccg", "ccg-additional", "2018-19", 50, 30)
            .build();

    assertThat(compute(plan).minimumContributions())
        .containsExactly(
            new FinancialSummary.MinimumCheck("ccg", y2017, pounds(100), Tally.EMPTY),
            new FinancialSummary.MinimumCheck(
                "ccg", y2018, pounds(150), Tally.of(pounds(40)).plus(pounds(30))));
  }

  @Test
  void payment_never_goes_below_zero_nor_above_the_planned_reduction() {
    assertThat(FinanceEngine.paymentFor(pounds(755), new BigDecimal("584"), new BigDecimal("584")))
        .isEqualTo(pounds(440_920));
    assertThat(FinanceEngine.paymentFor(pounds(755), new BigDecimal("584"), BigDecimal.ZERO))
        .isEqualTo(Money.ZERO);
  }
}
