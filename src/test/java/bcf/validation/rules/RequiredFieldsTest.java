package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.plan.Split;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 2025-26 round asks for a submission date and three narrative sections. */
class RequiredFieldsTest {

  private final RequiredFields rule = new RequiredFields();

  private static PlanBuilder complete() {
    return aPlan()
        .forRound("2025-26")
        .withOrganisation("icb", "Coventry and Warwickshire ICB", "icb")
        .withContribution("icb", "nhs-minimum", "2025-26", 1000, 1000)
        .withScheme("a", "Discharge", "nhs-minimum", "2025-26", 1000)
        .withDate("submitted", LocalDate.of(2025, 3, 31), null)
        .withNarrative("overview", "Our system.")
        .withNarrative("objectives", "Home first.")
        .withNarrative("governance", "The HWB.");
  }

  private static PlanBuilder missingNarrative() {
    return aPlan()
        .forRound("2025-26")
        .withOrganisation("icb", "icb")
        .withContribution("icb", "nhs-minimum", "2025-26", 1000, 1000)
        .withScheme("a", "Discharge", "nhs-minimum", "2025-26", 1000)
        .withDate("submitted", LocalDate.of(2025, 3, 31), null);
  }

  @Test
  void its_id_is_required_fields() {
    assertThat(rule.id()).isEqualTo("required-fields");
  }

  @Test
  void a_complete_plan_has_no_findings() {
    assertThat(check(rule, complete().build(), Severity.ERROR)).isEmpty();
  }

  @Test
  void a_plan_without_an_hwb_is_flagged_at_the_rounds_severity() {
    assertThat(check(rule, complete().withNoHwb().build(), Severity.WARNING))
        .containsExactly(
            finding(
                "required-fields",
                Severity.WARNING,
                "hwbs",
                "The plan names no Health and Wellbeing Board."));
  }

  @Test
  void a_missing_or_blank_title_is_a_warning() {
    var expected = finding("required-fields", Severity.WARNING, "title", "The plan has no title.");

    assertThat(check(rule, complete().titled(null).build(), Severity.ERROR))
        .containsExactly(expected);
    assertThat(check(rule, complete().titled(" ").build(), Severity.ERROR))
        .containsExactly(expected);
  }

  @Test
  void a_missing_date_is_a_warning_unless_the_round_says_otherwise() {
    var plan =
        aPlan()
            .forRound("2025-26")
            .withOrganisation("icb", "icb")
            .withContribution("icb", "nhs-minimum", "2025-26", 1000, 1000)
            .withScheme("a", "Discharge", "nhs-minimum", "2025-26", 1000)
            .withNarrative("overview", "a")
            .withNarrative("objectives", "b")
            .withNarrative("governance", "c")
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "required-fields",
                Severity.WARNING,
                "dates",
                "The plan does not say when it was submitted to NHS England."));
    assertThat(check(rule, plan, Severity.WARNING, Map.of("dateSeverity", "error")))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void a_blank_date_is_flagged_at_its_row_quoting_what_was_printed() {
    var printed =
        complete()
            .withDate("agreed", LocalDate.of(2025, 1, 1), null)
            .withDate("submitted", null, "TBC");
    var empty = complete().withDate("submitted", null, " ");

    // Only the first date given for an event counts.
    var plan =
        aPlan()
            .forRound("2025-26")
            .withOrganisation("icb", "icb")
            .withContribution("icb", "nhs-minimum", "2025-26", 1000, 1000)
            .withScheme("a", "Discharge", "nhs-minimum", "2025-26", 1000)
            .withNarrative("overview", "a")
            .withNarrative("objectives", "b")
            .withNarrative("governance", "c")
            .withDate("agreed", LocalDate.of(2025, 1, 1), null)
            .withDate("submitted", null, "TBC");
    var blank =
        aPlan()
            .forRound("2025-26")
            .withOrganisation("icb", "icb")
            .withContribution("icb", "nhs-minimum", "2025-26", 1000, 1000)
            .withScheme("a", "Discharge", "nhs-minimum", "2025-26", 1000)
            .withNarrative("overview", "a")
            .withNarrative("objectives", "b")
            .withNarrative("governance", "c")
            .withDate("submitted", null, " ");

    assertThat(check(rule, printed.build(), Severity.ERROR)).isEmpty();
    assertThat(check(rule, empty.build(), Severity.ERROR)).isEmpty();
    assertThat(check(rule, plan.build(), Severity.ERROR))
        .containsExactly(
            finding(
                "required-fields",
                Severity.WARNING,
                "dates[1].date",
                "The date the plan was submitted to NHS England is blank (printed \"TBC\")."));
    assertThat(check(rule, blank.build(), Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly("The date the plan was submitted to NHS England is blank.");
  }

  @Test
  void a_plan_without_contributions_or_schemes_cannot_be_checked() {
    var plan =
        aPlan()
            .forRound("2025-26")
            .withDate("submitted", LocalDate.of(2025, 3, 31), null)
            .withNarrative("overview", "a")
            .withNarrative("objectives", "b")
            .withNarrative("governance", "c")
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "required-fields",
                Severity.ERROR,
                "contributions",
                "The plan has no contributions, so the pooled budget's income cannot be computed"
                    + " or checked."),
            finding(
                "required-fields",
                Severity.ERROR,
                "schemes",
                "The plan has no schemes, so the pooled budget's spend cannot be computed or"
                    + " checked."));
  }

  @Test
  void a_year_with_no_contribution_or_no_spend_is_flagged_for_that_year() {
    var plan =
        aPlan()
            .forRound("2017-19")
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
            .withContribution("ccg", "ccg-minimum", "2018-19", 500, -1)
            .withScheme("a", "Care", null, "2017-18", 1000)
            .withSchemeSpend("a", "2018-19", new Split(null, null, null))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .filteredOn(f -> f.year() != null)
        .containsExactly(
            finding(
                "required-fields",
                Severity.ERROR,
                "contributions",
                "No organisation's contribution is given for 2018/19.",
                "2018-19",
                null,
                null,
                null),
            finding(
                "required-fields",
                Severity.ERROR,
                "schemes",
                "No scheme has spend for 2018/19.",
                "2018-19",
                null,
                null,
                null));
  }

  @Test
  void a_contribution_blank_in_both_minimum_and_actual_is_a_warning_at_its_row() {
    var plan =
        complete().withContribution(null, "icb", "nhs-additional", "2025-26", null, null).build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "required-fields",
                Severity.WARNING,
                "contributions[1]",
                "Coventry and Warwickshire ICB's contribution for 2025/26 is blank."));
  }

  @Test
  void a_contribution_with_only_a_minimum_is_not_blank() {
    var plan =
        complete()
            .withContribution(null, "icb", "nhs-additional", "2025-26", pounds(1), null)
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void missing_and_blank_narrative_sections_are_warnings_unless_the_round_says_otherwise() {
    var plan = missingNarrative().withNarrative("governance", " ").withNarrative("overview", "x");

    assertThat(check(rule, plan.build(), Severity.ERROR))
        .containsExactly(
            finding(
                "required-fields",
                Severity.WARNING,
                "narrative",
                "The narrative section 'How the plan delivers the BCF objectives' is missing."),
            finding(
                "required-fields",
                Severity.WARNING,
                "narrative[0].text",
                "The narrative section 'Governance' is blank."));
    assertThat(check(rule, plan.build(), Severity.WARNING, Map.of("narrativeSeverity", "error")))
        .extracting(Finding::severity)
        .containsOnly(Severity.ERROR);
  }

  @Test
  void the_plans_explanation_is_attached() {
    var plan =
        missingNarrative()
            .withNarrative("overview", "a")
            .withNarrative("governance", "c")
            .explaining("required-fields", null, "narrative", "Objectives follow in the annex.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2025-26"), "required-fields", "error"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("Objectives follow in the annex.");
  }
}
