package bcf.validation;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.finance.PlanBuilder.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.finance.FinanceEngine;
import bcf.finance.PlanBuilder;
import bcf.plan.Plan;
import bcf.plan.Split;
import bcf.round.Round;
import bcf.round.RoundBuilder;
import bcf.round.RuleSetting;
import bcf.validation.rules.RuleTypes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The validator runs the round's rules at the round's severities and attaches explanations. */
class ValidatorTest {

  private final Validator validator = RuleTypes.validator();

  private static Round applying(RuleSetting... rules) {
    return RoundBuilder.aRoundLike("2017-19").applying(rules).build();
  }

  private List<Finding> validate(Plan plan, Round round) {
    return validator.validate(plan, round, new FinanceEngine().compute(plan, round));
  }

  /** Spend over contributions in both years, and a scheme whose parts disagree in 2017/18. */
  private static PlanBuilder overspending() {
    return aPlan()
        .withOrganisation("ccg", "ccg")
        .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
        .withContribution("ccg", "ccg-minimum", "2018-19", 1000)
        .withSchemeSpend("a", "2017-18", new Split(pounds(600), pounds(600), pounds(1100)))
        .withScheme("b", "Care", null, "2018-19", 1100);
  }

  @Test
  void every_rule_type_has_an_id_a_round_can_name() {
    assertThat(validator.ruleIds())
        .containsExactly(
            "required-fields",
            "round-values",
            "income-equals-expenditure",
            "minimum-contribution",
            "declared-total-matches",
            "scheme-spend-consistent",
            "ooh-ringfence",
            "social-care-maintenance",
            "dfg-passthrough",
            "ibcf-allocation",
            "contingency-complete",
            "payment-for-performance",
            "condition-answered",
            "signoff-complete",
            "risk-rating-valid",
            "metric-consistent",
            "payment-targets",
            "dates-in-order",
            "percentage-consistent",
            "population-shares");
  }

  @Test
  void a_round_naming_an_unknown_rule_is_refused() {
    Round round = applying(new RuleSetting("made-up", "error", Map.of()));

    assertThatThrownBy(() -> validate(aPlan().build(), round))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("round 2017-19 names an unknown rule 'made-up'");
  }

  @Test
  void findings_come_at_the_rounds_severity_errors_first() {
    Round round =
        applying(
            new RuleSetting("scheme-spend-consistent", "warning", Map.of()),
            new RuleSetting("income-equals-expenditure", "error", Map.of()));

    List<Finding> findings = validate(overspending().build(), round);

    assertThat(findings)
        .extracting(Finding::rule, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("income-equals-expenditure", Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("income-equals-expenditure", Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("scheme-spend-consistent", Severity.WARNING));
    assertThat(Validator.hasErrors(findings)).isTrue();
    assertThat(Validator.hasErrors(findings.subList(2, 3))).isFalse();
    assertThat(Validator.hasErrors(List.of())).isFalse();
  }

  @Test
  void an_explanation_applies_to_its_rule_year_and_place_only() {
    Round round = applying(new RuleSetting("income-equals-expenditure", "error", Map.of()));
    Plan plan =
        overspending()
            .explaining("scheme-spend-consistent", null, null, "Another rule's explanation.")
            .explaining("income-equals-expenditure", "2018-19", null, "The 2018/19 reason.")
            .explaining("income-equals-expenditure", "2017-18", "contributions", "Wrong place.")
            .explaining("income-equals-expenditure", "2017-18", "sch", "The 2017/18 reason.")
            .build();

    assertThat(validate(plan, round))
        .extracting(Finding::year, Finding::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(year("2017-18"), "The 2017/18 reason."),
            org.assertj.core.groups.Tuple.tuple(year("2018-19"), "The 2018/19 reason."));
  }

  @Test
  void the_first_matching_explanation_wins_and_one_without_year_or_place_matches_all() {
    Round round = applying(new RuleSetting("income-equals-expenditure", "error", Map.of()));
    Plan plan =
        overspending()
            .explaining("income-equals-expenditure", null, null, "Reserves fund it.")
            .explaining("income-equals-expenditure", "2018-19", null, "Never reached.")
            .build();

    assertThat(validate(plan, round))
        .extracting(Finding::explanation)
        .containsExactly("Reserves fund it.", "Reserves fund it.");
  }

  @Test
  void info_findings_need_no_explanation() {
    Round round = applying(new RuleSetting("ooh-ringfence", "error", Map.of()));
    Plan plan =
        aPlan()
            .coveringYears("2017-18")
            .withOutOfHospitalRingFence("2017-18", 10)
            .withOutOfHospitalSpend("Community", "2017-18", 20)
            .explaining("ooh-ringfence", null, null, "Met.")
            .build();

    assertThat(validate(plan, round))
        .extracting(Finding::severity, Finding::explanation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.INFO, null));
  }

  @Test
  void a_finding_without_a_place_is_explained_only_by_an_explanation_without_one() {
    Round round = applying(new RuleSetting("required-fields", "error", Map.of()));
    Plan plan =
        aPlan()
            .coveringYears("2017-18")
            .titled(null)
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1)
            .withScheme("a", "Care", null, "2017-18", 1)
            .explaining("required-fields", null, "dates", "Dates follow.")
            .build();

    assertThat(validate(plan, round))
        .filteredOn(f -> f.where().equals("title"))
        .extracting(Finding::explanation)
        .containsExactly((String) null);
  }

  @Test
  void rule_parameters_give_severities_and_numbers_or_their_fallbacks() {
    RuleParameters parameters =
        new RuleParameters(Severity.ERROR, Map.of("allocationSeverity", "Info", "maxScore", "20"));

    assertThat(parameters.severity()).isEqualTo(Severity.ERROR);
    assertThat(parameters.severity("allocationSeverity", Severity.WARNING))
        .isEqualTo(Severity.INFO);
    assertThat(parameters.severity("other", Severity.WARNING)).isEqualTo(Severity.WARNING);
    assertThat(parameters.decimal("maxScore", BigDecimal.ONE)).isEqualTo(new BigDecimal("20"));
    assertThat(parameters.decimal("minScore", BigDecimal.ONE)).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void severities_parse_in_any_case_and_say_what_is_allowed() {
    assertThat(Severity.parse("Warning")).isEqualTo(Severity.WARNING);
    assertThat(Severity.ERROR.code()).isEqualTo("error");
    assertThatThrownBy(() -> Severity.parse("fatal"))
        .hasMessage("'fatal' is not a severity; use error, warning or info");
    assertThatThrownBy(() -> Severity.parse(null))
        .hasMessage("'null' is not a severity; use error, warning or info");
  }

  @Test
  void a_finding_is_about_the_part_of_the_plan_its_path_starts_with() {
    assertThat(part("schemes[3].spend.2015-16")).isEqualTo("schemes");
    assertThat(part("dfg.allocation[0].total")).isEqualTo("dfg");
    assertThat(part("contributions")).isEqualTo("contributions");
    assertThat(part("a.b")).isEqualTo("a");
    assertThat(part(".x")).isEqualTo(".x");
    assertThat(part("")).isEqualTo("plan");
    assertThat(part(null)).isEqualTo("plan");
  }

  private static String part(String where) {
    return new Finding("r", Severity.INFO, where, "m", null, null, null, null, null).part();
  }

  @Test
  void a_finding_with_an_explanation_keeps_everything_else() {
    Finding finding =
        PlanContext.finding(
            "r",
            Severity.ERROR,
            "w",
            "m",
            year("2017-18"),
            new BigDecimal("1.5"),
            new BigDecimal("2"));

    assertThat(finding.difference()).isEqualTo(new BigDecimal("0.5"));
    assertThat(finding.withExplanation("because"))
        .isEqualTo(
            new Finding(
                "r",
                Severity.ERROR,
                "w",
                "m",
                year("2017-18"),
                new BigDecimal("1.5"),
                new BigDecimal("2"),
                new BigDecimal("0.5"),
                "because"));
    assertThat(
            PlanContext.finding("r", Severity.ERROR, "w", "m", null, null, new BigDecimal("2"))
                .difference())
        .isNull();
    assertThat(
            PlanContext.finding("r", Severity.ERROR, "w", "m", null, new BigDecimal("2"), null)
                .difference())
        .isNull();
    assertThat(
            PlanContext.finding(
                    "r", Severity.ERROR, "w", "m", null, (bcf.kernel.Money) null, pounds(2))
                .difference())
        .isNull();
  }
}
