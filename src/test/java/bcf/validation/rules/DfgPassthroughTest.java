package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DFG pooled is passed to the housing authorities in full, and what the home improvement agency
 * allocates matches what was passed through.
 */
class DfgPassthroughTest {

  private final DfgPassthrough rule = new DfgPassthrough();

  /** A plan pooling £4,632,000 of DFG in 2017/18. */
  private static PlanBuilder pooling() {
    return aPlan()
        .coveringYears("2017-18")
        .withOrganisation("council", "Warwickshire County Council", "local-authority")
        .withOrganisation("nbbc", "Nuneaton and Bedworth", "district")
        .withContribution("council", "dfg", "2017-18", 4_632_000);
  }

  @Test
  void its_id_is_dfg_passthrough() {
    assertThat(rule.id()).isEqualTo("dfg-passthrough");
  }

  @Test
  void dfg_passed_through_in_full_and_allocated_in_full_has_no_findings() {
    var plan =
        pooling()
            .passingDfgThrough("nbbc", "2017-18", 4_632_000)
            .allocatingDfg("nbbc", "2017-18", pounds(4_632_000), pounds(4_632_000), pounds(0))
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void dfg_pooled_but_not_passed_through_is_flagged_at_the_rounds_severity() {
    assertThat(check(rule, pooling().build(), Severity.ERROR))
        .containsExactly(
            finding(
                "dfg-passthrough",
                Severity.ERROR,
                "dfg.passThrough",
                "The plan pools £4,632,000 of Disabled Facilities Grant in 2017/18 but does not"
                    + " show it passed to the housing authorities.",
                "2017-18",
                "4632000.00",
                "0.00",
                "-4632000.00"));
  }

  @Test
  void a_plan_pooling_no_dfg_has_nothing_to_pass_through() {
    var plan = aPlan().coveringYears("2017-18").passingDfgThrough("nbbc", "2017-18", 10).build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_penny_less_passed_through_than_pooled_is_flagged_with_both_figures() {
    var plan = pooling().passingDfgThrough("nbbc", "2017-18", 4_631_999).build();

    assertThat(check(rule, plan, Severity.WARNING))
        .containsExactly(
            finding(
                "dfg-passthrough",
                Severity.WARNING,
                "dfg.passThrough",
                "DFG passed through in 2017/18 is £4,631,999 but the plan pools £4,632,000 of"
                    + " DFG.",
                "2017-18",
                "4632000.00",
                "4631999.00",
                "-1.00"));
  }

  @Test
  void in_thousands_a_pass_through_within_rounding_is_not_flagged_and_just_over_is() {
    var within =
        pooling().statedInThousands().passingDfgThrough("nbbc", "2017-18", 4_633_000).build();
    var over =
        pooling().statedInThousands().passingDfgThrough("nbbc", "2017-18", 4_633_001).build();

    assertThat(check(rule, within, Severity.ERROR)).isEmpty();
    assertThat(check(rule, over, Severity.ERROR))
        .extracting(Finding::where, Finding::difference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dfg.passThrough", RuleCheck.number("1001.00")));
  }

  @Test
  void an_allocation_short_of_the_pass_through_is_a_warning_by_default_naming_the_shortfall() {
    var plan =
        pooling()
            .passingDfgThrough("nbbc", "2017-18", 4_632_000)
            .allocatingDfg("nbbc", "2017-18", pounds(3_848_000), pounds(3_848_000), pounds(0))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "dfg-passthrough",
                Severity.WARNING,
                "dfg.allocation",
                "The DFG allocation for 2017/18 sums to £3,848,000, £784,000 less than the"
                    + " £4,632,000 passed through.",
                "2017-18",
                "4632000.00",
                "3848000.00",
                "-784000.00"));
  }

  @Test
  void the_allocation_severity_is_a_parameter_of_the_round() {
    var plan =
        pooling()
            .passingDfgThrough("nbbc", "2017-18", 4_632_000)
            .allocatingDfg("nbbc", "2017-18", pounds(4_632_001), pounds(4_632_001), pounds(0))
            .build();

    assertThat(check(rule, plan, Severity.ERROR, Map.of("allocationSeverity", "info")))
        .extracting(Finding::severity, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.INFO,
                "The DFG allocation for 2017/18 sums to £4,632,001, £1 more than the £4,632,000"
                    + " passed through."));
  }

  @Test
  void a_shortfall_equal_to_the_underspend_carried_forward_says_so() {
    var plan =
        pooling()
            .passingDfgThrough("nbbc", "2017-18", 4_632_000)
            .allocatingDfg("nbbc", "2017-18", pounds(3_848_000), pounds(3_848_000), pounds(0))
            .carryingDfgForward("2017-18", 784_000)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "The DFG allocation for 2017/18 sums to £3,848,000, £784,000 less than the £4,632,000"
                + " passed through; the difference equals the £784,000 carried forward.");
  }

  @Test
  void a_carry_forward_of_another_amount_is_not_mentioned() {
    var plan =
        pooling()
            .passingDfgThrough("nbbc", "2017-18", 4_632_000)
            .allocatingDfg("nbbc", "2017-18", pounds(3_848_000), pounds(3_848_000), pounds(0))
            .carryingDfgForward("2017-18", 784_001)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .doesNotContain("carried forward");
  }

  @Test
  void in_thousands_an_allocation_within_rounding_is_info_with_the_tolerance() {
    var plan =
        pooling()
            .statedInThousands()
            .passingDfgThrough("nbbc", "2017-18", 4_632_000)
            .allocatingDfg("nbbc", "2017-18", pounds(4_631_000), pounds(4_631_000), pounds(0))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "dfg-passthrough",
                Severity.INFO,
                "dfg.allocation",
                "The DFG allocation for 2017/18 sums to £4,631,000, £1,000 less than the"
                    + " £4,632,000 passed through; within the rounding of figures stated in £000"
                    + " (tolerance £1,000).",
                "2017-18",
                "4632000.00",
                "4631000.00",
                "-1000.00"));
  }

  @Test
  void a_districts_allocation_whose_parts_do_not_add_to_its_total_is_flagged_at_its_row() {
    var plan =
        pooling()
            .passingDfgThrough("nbbc", "2017-18", 4_632_000)
            .allocatingDfg("nbbc", "2017-18", pounds(4_632_000), pounds(4_632_000), pounds(0))
            .allocatingDfg("nbbc", "2017-18", pounds(0), pounds(1), pounds(0))
            .build();

    assertThat(check(rule, plan, Severity.ERROR, Map.of("allocationSeverity", "error")))
        .filteredOn(f -> f.where().startsWith("dfg.allocation["))
        .containsExactly(
            finding(
                "dfg-passthrough",
                Severity.ERROR,
                "dfg.allocation[1].total",
                "Nuneaton and Bedworth's DFG allocation for 2017/18 states a total of £0 but DFG"
                    + " £1 and other £0 add to £1.",
                "2017-18",
                "0.00",
                "1.00",
                "1.00"));
  }

  @Test
  void in_thousands_a_row_within_rounding_is_info_and_a_row_that_adds_up_is_not_flagged() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .statedInThousands()
            .allocatingDfg("nbbc", "2017-18", pounds(801_000), pounds(700_000), pounds(101_000))
            .allocatingDfg("nbbc", "2017-18", pounds(801_000), pounds(700_000), pounds(102_000))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "dfg-passthrough",
                Severity.INFO,
                "dfg.allocation[1].total",
                "nbbc's DFG allocation for 2017/18 states a total of £801,000 but DFG £700,000 and"
                    + " other £102,000 add to £802,000; within the rounding of figures stated in"
                    + " £000 (tolerance £1,500).",
                "2017-18",
                "801000.00",
                "802000.00",
                "1000.00"));
  }

  @Test
  void a_row_with_a_blank_part_is_not_added_up() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .allocatingDfg("nbbc", "2017-18", pounds(801), null, pounds(1))
            .allocatingDfg("nbbc", "2017-18", null, pounds(5), pounds(1))
            .allocatingDfg("nbbc", "2017-18", pounds(801), pounds(5), null)
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void the_plans_explanation_is_attached_to_the_allocation_warning() {
    var plan =
        pooling()
            .passingDfgThrough("nbbc", "2017-18", 4_632_000)
            .allocatingDfg("nbbc", "2017-18", pounds(3_848_000), pounds(3_848_000), pounds(0))
            .explaining(
                "dfg-passthrough",
                "2017-18",
                "dfg.allocation",
                "The 2016/17 underspend of £784k is carried forward.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2017-19"), "dfg-passthrough", "error"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.explanation())
                  .isEqualTo("The 2016/17 underspend of £784k is carried forward.");
            });
  }

  @Test
  void years_are_checked_separately() {
    var plan =
        aPlan()
            .withOrganisation("council", "local-authority")
            .withContribution("council", "dfg", "2017-18", 100)
            .withContribution("council", "dfg", "2018-19", 200)
            .passingDfgThrough("d", "2017-18", 100)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::year)
        .containsExactly(PlanBuilder.year("2018-19"));
  }
}
