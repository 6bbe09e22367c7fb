package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.finance.PlanBuilder.year;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.plan.ConditionAnswer;
import bcf.plan.DeclaredFigure;
import bcf.plan.MetricAmbition;
import bcf.plan.Scheme;
import bcf.plan.SignOff;
import bcf.plan.Split;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Values must come from the round, and references must resolve (2025-26 round). */
class RoundValuesTest {

  private final RoundValues rule = new RoundValues();

  private static PlanBuilder a2025Plan() {
    return aPlan().forRound("2025-26").withOrganisation("icb", "icb");
  }

  private static Scheme scheme(
      String id,
      String hwb,
      String type,
      String areaOfSpend,
      String commissioner,
      String providerType,
      String source,
      String newOrExisting,
      String year) {
    var spend = new TreeMap<bcf.kernel.FinancialYear, Split>();
    var benefits = new TreeMap<bcf.kernel.FinancialYear, Split>();
    if (year != null) {
      spend.put(year(year), new Split(null, null, pounds(1)));
      benefits.put(year(year), new Split(null, null, pounds(1)));
    }
    return new Scheme(
        id,
        "Scheme " + id,
        hwb,
        null,
        type,
        null,
        null,
        null,
        providerType,
        commissioner,
        areaOfSpend,
        source,
        newOrExisting,
        null,
        spend,
        benefits,
        null);
  }

  private static List<String> wheres(List<Finding> findings) {
    return findings.stream().map(Finding::where).toList();
  }

  @Test
  void its_id_is_round_values() {
    assertThat(rule.id()).isEqualTo("round-values");
  }

  @Test
  void a_plan_using_only_the_rounds_values_has_no_findings() {
    var plan =
        a2025Plan()
            .coveringYears("2025-26")
            .hostedBy("icb")
            .withContribution("icb", "nhs-minimum", "2025-26", 1000)
            .withScheme(
                scheme(
                    "a",
                    "h",
                    "Carers Services",
                    "Social Care",
                    "ICB",
                    "Local Authority",
                    "nhs-minimum",
                    "new",
                    "2025-26"))
            .withScheme(scheme("b", null, null, null, null, null, null, "existing", null))
            .passingDfgThrough("d", "2025-26", 5)
            .allocatingDfg("d", "2025-26", pounds(5), pounds(5), pounds(0))
            .carryingDfgForward("2025-26", 1)
            .withIbcfPurpose("p", "2025-26", 1)
            .withOutOfHospitalSpend("Community Health", "2025-26", 1)
            .withOutOfHospitalRingFence("2025-26", 1)
            .answering(
                new ConditionAnswer(
                    "h", "nc1-jointly-agreed", null, null, null, null, null, null, null))
            .withMetric(
                new MetricAmbition(
                    "h",
                    "discharge-delays",
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    null))
            .signedBy(new SignOff(null, "icb", null, null, null, "A", null, null, true))
            .signedBy(new SignOff(null, "h", null, null, null, "B", null, null, true))
            .signedBy(new SignOff(null, null, null, null, null, "C", null, null, true))
            .declaring("income.total", "2025-26", pounds(1000))
            .declaring("expenditure.byTheme.Care", null, pounds(1))
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_year_outside_the_round_is_flagged_with_the_rounds_years() {
    var plan = a2025Plan().coveringYears("2025-26", "2026-27").build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "round-values",
                Severity.ERROR,
                "years[1]",
                "Year 2026/27 is not a year of Better Care Fund 2025-26 (2025/26)."));
  }

  @Test
  void ids_used_twice_are_flagged_at_the_second_use() {
    var plan =
        a2025Plan()
            .withOrganisation("icb", "icb")
            .withHwb("h", "Again")
            .withScheme(scheme("a", null, null, null, null, null, null, null, null))
            .withScheme(scheme("a", null, null, null, null, null, null, null, null))
            .withScheme(scheme(null, null, null, null, null, null, null, null, null))
            .withScheme(scheme(null, null, null, null, null, null, null, null, null))
            .build();

    assertThat(check(rule, plan, Severity.WARNING))
        .containsExactly(
            finding(
                "round-values",
                Severity.WARNING,
                "hwbs[1].id",
                "Two of the plan's Health and Wellbeing Boards have the same id 'h'."),
            finding(
                "round-values",
                Severity.WARNING,
                "organisations[1].id",
                "Two of the plan's organisations have the same id 'icb'."),
            finding(
                "round-values",
                Severity.WARNING,
                "schemes[1].id",
                "Two of the plan's schemes have the same id 'a'."));
  }

  @Test
  void a_contribution_must_name_a_plan_year_organisation_hwb_and_round_stream() {
    var plan =
        a2025Plan()
            .withOrganisation("la", "local-authority")
            .withContribution("north", "ccg", "ibcf", "2017-18", null, pounds(1))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "round-values",
                Severity.ERROR,
                "contributions[0].year",
                "Year 2017/18 is outside the plan's years (2025/26, Better Care Fund 2025-26)."),
            finding(
                "round-values",
                Severity.ERROR,
                "contributions[0].organisation",
                "'ccg' is not one of the plan's organisations: ICB; LA."),
            finding(
                "round-values",
                Severity.ERROR,
                "contributions[0].hwb",
                "'north' is not one of the plan's Health and Wellbeing Boards: Anyshire HWB."),
            finding(
                "round-values",
                Severity.ERROR,
                "contributions[0].stream",
                "'ibcf' is not a source of funding of Better Care Fund 2025-26; its sources are: NHS"
                    + " minimum contribution; Additional NHS contribution; Local Authority Better"
                    + " Care Grant (formerly iBCF); Disabled Facilities Grant; Additional local"
                    + " authority contribution."));
  }

  @Test
  void a_scheme_must_use_the_rounds_picklists_streams_years_and_hwbs() {
    var plan =
        a2025Plan()
            .withScheme(
                scheme("a", "x", "Magic", "Moon", "Nobody", "Wizard", "lottery", "old", "2024-25"))
            .build();

    List<Finding> findings = check(rule, plan, Severity.ERROR);

    assertThat(wheres(findings))
        .containsExactly(
            "schemes[0].hwb",
            "schemes[0].type",
            "schemes[0].areaOfSpend",
            "schemes[0].commissioner",
            "schemes[0].providerType",
            "schemes[0].source",
            "schemes[0].newOrExisting",
            "schemes[0].spend.2024-25",
            "schemes[0].benefits.2024-25");
    assertThat(findings.get(3).message())
        .isEqualTo(
            "'Nobody' is not one of the round's commissioners: Local Authority; ICB; Joint.");
    assertThat(findings.get(6).message()).isEqualTo("'old': a scheme is either new or existing.");
  }

  @Test
  void the_pooled_budget_host_must_be_an_organisation_of_the_plan() {
    assertThat(wheres(check(rule, a2025Plan().hostedBy("council").build(), Severity.ERROR)))
        .containsExactly("pooledBudget.host");
  }

  @Test
  void dfg_ibcf_and_out_of_hospital_figures_must_be_for_the_plans_years() {
    var plan =
        a2025Plan()
            .passingDfgThrough("d", "2024-25", 5)
            .allocatingDfg("d", "2024-25", pounds(5), pounds(5), pounds(0))
            .carryingDfgForward("2024-25", 1)
            .withIbcfPurpose("p", "2024-25", 1)
            .withOutOfHospitalSpend("Moon", "2024-25", 1)
            .withOutOfHospitalRingFence("2024-25", 1)
            .build();

    assertThat(wheres(check(rule, plan, Severity.ERROR)))
        .containsExactly(
            "dfg.passThrough[0].year",
            "dfg.allocation[0].year",
            "dfg.carriedForward.2024-25",
            "ibcf.purposes[0].amounts.2024-25",
            "outOfHospital.spend[0].areaOfSpend",
            "outOfHospital.spend[0].amounts.2024-25",
            "outOfHospital.ringFence.2024-25");
  }

  @Test
  void dfg_rows_must_name_an_hwb_of_the_plan() {
    var plan =
        a2025Plan()
            .passingDfgThroughFor("x", "d", "2025-26", 1)
            .allocatingDfgFor("y", "d", "2025-26", 1)
            .build();

    assertThat(wheres(check(rule, plan, Severity.ERROR)))
        .containsExactly("dfg.passThrough[0].hwb", "dfg.allocation[0].hwb");
  }

  @Test
  void conditions_and_sub_items_must_be_the_rounds() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .answering(
                new ConditionAnswer("x", "made-up", null, null, null, null, null, null, null))
            .answering(
                new ConditionAnswer(
                    null, "data-sharing", "fax", null, null, null, null, null, null))
            .answering(
                new ConditionAnswer(
                    null, "data-sharing", "nhs-number", null, null, null, null, null, null))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "round-values",
                Severity.ERROR,
                "nationalConditions[0].hwb",
                "'x' is not one of the plan's Health and Wellbeing Boards: Anyshire HWB."),
            finding(
                "round-values",
                Severity.ERROR,
                "nationalConditions[0].condition",
                "'made-up' is not a national condition of Better Care Fund 2014/15 - 2015/16; its"
                    + " conditions are: Plans to be jointly agreed; Protection for social care"
                    + " services (not spending); 7-day services in health and social care to"
                    + " support patients being discharged and prevent unnecessary admissions at"
                    + " weekends; Better data sharing between health and social care; A joint"
                    + " approach to assessments and care planning, with an accountable lead"
                    + " professional for integrated packages of care; Agreement on the"
                    + " consequential impact of changes in the acute sector."),
            finding(
                "round-values",
                Severity.ERROR,
                "nationalConditions[1].subItem",
                "'fax' is not a part of national condition 'Better data sharing between health and"
                    + " social care'; its parts are: The NHS number is used as the primary"
                    + " identifier for health and care services; Pursuing open APIs and open"
                    + " standards (systems that speak to each other); Appropriate information"
                    + " governance controls for information sharing in line with Caldicott 2."));
  }

  @Test
  void metrics_must_be_the_rounds_and_for_an_hwb_of_the_plan() {
    var plan =
        a2025Plan()
            .withMetric(
                new MetricAmbition(
                    "x", "falls", null, null, null, null, List.of(), null, List.of(), null))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "round-values",
                Severity.ERROR,
                "metrics[0].hwb",
                "'x' is not one of the plan's Health and Wellbeing Boards: Anyshire HWB."),
            finding(
                "round-values",
                Severity.ERROR,
                "metrics[0].metric",
                "'falls' is not a metric of Better Care Fund 2025-26; its metrics are: Emergency"
                    + " admissions to hospital for people aged 65+ per 100,000 population; Average"
                    + " length of discharge delay for all acute adult patients; Long-term"
                    + " admissions to residential and nursing care homes for people aged 65+ per"
                    + " 100,000 population."));
  }

  @Test
  void a_sign_off_must_be_on_behalf_of_an_organisation_or_hwb_of_the_plan() {
    var plan =
        a2025Plan()
            .signedBy(new SignOff(null, "icb", null, null, null, "A", null, null, true))
            .signedBy(new SignOff(null, "nhse", null, null, null, "B", null, null, true))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "round-values",
                Severity.ERROR,
                "signOffs[1].onBehalfOf",
                "'nhse' is neither an organisation nor an HWB of this plan."));
  }

  @Test
  void declared_figures_must_use_summary_keys_plan_years_and_hwbs() {
    var plan =
        a2025Plan()
            .declaring(
                new DeclaredFigure("income.totally", year("2024-25"), "x", pounds(1), null, null))
            .declaring(new DeclaredFigure("income.bySource", null, null, pounds(1), null, null))
            .declaring(new DeclaredFigure("dfg.allocation", null, null, pounds(1), null, null))
            // A figure the engine computes but a plan cannot declare.
            .declaring(new DeclaredFigure("benefits.total", null, null, pounds(1), null, null))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "round-values",
                Severity.ERROR,
                "declared[0].figure",
                "'income.totally' is not a summary figure bcf knows."),
            finding(
                "round-values",
                Severity.ERROR,
                "declared[0].year",
                "Year 2024/25 is outside the plan's years (2025/26, Better Care Fund 2025-26)."),
            finding(
                "round-values",
                Severity.ERROR,
                "declared[0].hwb",
                "'x' is not one of the plan's Health and Wellbeing Boards: Anyshire HWB."),
            finding(
                "round-values",
                Severity.ERROR,
                "declared[1].figure",
                "'income.bySource' is not a summary figure bcf knows."),
            finding(
                "round-values",
                Severity.ERROR,
                "declared[3].figure",
                "'benefits.total' is not a summary figure bcf knows."));
    assertThat(RoundValues.figurePrefixes()).contains("income.total", "expenditure.byTheme.");
  }

  @Test
  void the_plans_explanation_is_attached() {
    var plan =
        a2025Plan()
            .withContribution("icb", "ibcf", "2025-26", 1)
            .explaining("round-values", null, "contributions[0].stream", "Legacy stream name.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2025-26"), "round-values", "error"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("Legacy stream name.");
  }
}
