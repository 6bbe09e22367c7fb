package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aJointPlan;
import static bcf.finance.PlanBuilder.aPlan;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.plan.ConditionAnswer;
import bcf.plan.ConditionAnswer.Answer;
import bcf.plan.ConditionAnswer.Status;
import bcf.round.ConditionDefinition;
import bcf.round.ConditionDefinition.SubItem;
import bcf.round.Round;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionAnsweredTest {

  private final ConditionAnswered rule = new ConditionAnswered();

  /** A round with one plain condition and one with two sub-items. */
  private final Round round =
      RoundBuilder.aRoundLike("2014-16")
          .withConditions(
              new ConditionDefinition("agreed", "Plans jointly agreed", List.of()),
              new ConditionDefinition(
                  "data",
                  "Data sharing",
                  List.of(new SubItem("nhs-number", "NHS number"), new SubItem("apis", "APIs"))))
          .build();

  private static ConditionAnswer met(String hwb, String condition, String subItem) {
    return new ConditionAnswer(
        hwb, condition, subItem, Status.MET, Answer.YES, null, null, null, null);
  }

  private static PlanBuilder allMet(PlanBuilder plan, String hwb) {
    return plan.answering(met(hwb, "agreed", null))
        .answering(met(hwb, "data", "nhs-number"))
        .answering(met(hwb, "data", "apis"));
  }

  private List<Finding> check(PlanBuilder plan, Severity severity) {
    return RuleCheck.check(rule, plan.build(), round, severity, Map.of());
  }

  @Test
  void its_id_is_condition_answered() {
    assertThat(rule.id()).isEqualTo("condition-answered");
  }

  @Test
  void every_condition_and_sub_item_met_has_no_findings() {
    assertThat(check(allMet(aPlan(), null), Severity.ERROR)).isEmpty();
  }

  @Test
  void an_unanswered_condition_and_each_unanswered_sub_item_is_flagged() {
    var plan = aPlan().answering(met(null, "data", "apis"));

    assertThat(check(plan, Severity.ERROR))
        .containsExactly(
            finding(
                "condition-answered",
                Severity.ERROR,
                "nationalConditions",
                "National condition 'Plans jointly agreed' is not answered."),
            finding(
                "condition-answered",
                Severity.ERROR,
                "nationalConditions",
                "National condition 'Data sharing: NHS number' is not answered."));
  }

  @Test
  void an_answer_to_the_condition_does_not_answer_its_sub_items_nor_the_other_way_round() {
    var plan =
        aPlan().answering(met(null, "agreed", "nhs-number")).answering(met(null, "data", null));

    assertThat(check(plan, Severity.WARNING))
        .extracting(Finding::message)
        .containsExactly(
            "National condition 'Plans jointly agreed' is not answered.",
            "National condition 'Data sharing: NHS number' is not answered.",
            "National condition 'Data sharing: APIs' is not answered.");
  }

  @Test
  void an_answer_with_neither_status_nor_text_is_flagged_at_its_status() {
    var plan =
        allMet(aPlan(), null)
            .answering(
                new ConditionAnswer(null, "other", null, null, null, null, null, null, null));
    var noStatus =
        aPlan()
            .answering(met(null, "data", "nhs-number"))
            .answering(met(null, "data", "apis"))
            .answering(
                new ConditionAnswer(null, "agreed", null, null, null, " ", null, null, null));

    assertThat(check(plan, Severity.ERROR)).isEmpty();
    assertThat(check(noStatus, Severity.INFO))
        .containsExactly(
            finding(
                "condition-answered",
                Severity.INFO,
                "nationalConditions[2].status",
                "National condition 'Plans jointly agreed' has no status (met or not met)."));
  }

  @Test
  void a_yes_or_no_as_printed_answers_a_condition_without_a_status() {
    var plan =
        aPlan()
            .answering(met(null, "data", "nhs-number"))
            .answering(met(null, "data", "apis"))
            .answering(
                new ConditionAnswer(
                    null, "agreed", null, null, Answer.YES, null, null, null, null));

    assertThat(check(plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_condition_described_without_a_status_is_not_stated_not_not_met() {
    var plan =
        aPlan()
            .answering(met(null, "data", "nhs-number"))
            .answering(met(null, "data", "apis"))
            .answering(
                new ConditionAnswer(
                    null, "agreed", null, null, null, "Agreed at the board.", null, null, null));

    assertThat(
            RuleCheck.check(
                rule,
                plan.build(),
                round,
                Severity.ERROR,
                Map.of(ConditionAnswered.UNSTATED_SEVERITY, "info")))
        .containsExactly(
            finding(
                "condition-answered",
                Severity.INFO,
                "nationalConditions[2].status",
                "National condition 'Plans jointly agreed': the plan describes its approach but"
                    + " does not say whether the condition is met."));
    assertThat(check(plan, Severity.ERROR))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void not_met_by_a_date_given_in_words_says_the_date_is_approximate() {
    var plan =
        aPlan()
            .answering(
                new ConditionAnswer(
                    null,
                    "agreed",
                    null,
                    Status.NOT_MET,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "before the Autumn 2014"))
            .answering(met(null, "data", "nhs-number"))
            .answering(met(null, "data", "apis"));

    assertThat(check(plan, Severity.ERROR))
        .containsExactly(
            finding(
                "condition-answered",
                Severity.INFO,
                "nationalConditions[0].expectedDateText",
                "National condition 'Plans jointly agreed' is not met; the plan expects it to be"
                    + " met \"before the Autumn 2014\", an approximate date, not a day."));
    assertThat(
            RuleCheck.check(
                rule,
                plan.build(),
                round,
                Severity.ERROR,
                Map.of(ConditionAnswered.APPROXIMATE_DATE_SEVERITY, "warning")))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void not_met_without_an_expected_date_is_flagged_and_with_one_is_not() {
    var plan =
        aPlan()
            .answering(
                new ConditionAnswer(
                    null, "agreed", null, Status.NOT_MET, Answer.YES, null, null, null, null))
            .answering(
                new ConditionAnswer(
                    null,
                    "data",
                    "nhs-number",
                    Status.NOT_MET,
                    Answer.YES,
                    null,
                    LocalDate.of(2015, 3, 31),
                    null,
                    null))
            .answering(met(null, "data", "apis"));

    assertThat(check(plan, Severity.ERROR))
        .containsExactly(
            finding(
                "condition-answered",
                Severity.ERROR,
                "nationalConditions[0].expectedDate",
                "National condition 'Plans jointly agreed' is not met and the plan does not say"
                    + " when it will be."));
  }

  @Test
  void a_no_without_an_explanation_is_flagged_and_with_one_is_not() {
    var plan =
        aPlan()
            .answering(
                new ConditionAnswer(
                    null, "agreed", null, Status.MET, Answer.NO, null, null, "  ", null))
            .answering(
                new ConditionAnswer(
                    null, "data", "nhs-number", Status.MET, Answer.NO, null, null, null, null))
            .answering(
                new ConditionAnswer(
                    null, "data", "apis", Status.MET, Answer.NO, null, null, "Not yet.", null));

    assertThat(check(plan, Severity.ERROR))
        .containsExactly(
            finding(
                "condition-answered",
                Severity.ERROR,
                "nationalConditions[0].explanation",
                "National condition 'Plans jointly agreed' is answered No without an explanation."),
            finding(
                "condition-answered",
                Severity.ERROR,
                "nationalConditions[1].explanation",
                "National condition 'Data sharing: NHS number' is answered No without an"
                    + " explanation."));
  }

  @Test
  void in_a_joint_plan_each_hwb_answers_for_itself() {
    var plan = allMet(aJointPlan(), "north").answering(met("south", "agreed", null));

    assertThat(check(plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "National condition 'Data sharing: NHS number' is not answered for Southshire HWB.",
            "National condition 'Data sharing: APIs' is not answered for Southshire HWB.");
  }

  @Test
  void in_a_joint_plan_a_finding_names_the_hwb_it_is_for() {
    var plan =
        allMet(aJointPlan(), "north")
            .answering(
                new ConditionAnswer(
                    "south", "agreed", null, Status.NOT_MET, Answer.NO, null, null, null, null))
            .answering(met("south", "data", "nhs-number"))
            .answering(
                new ConditionAnswer("south", "data", "apis", null, null, null, null, null, null));

    assertThat(check(plan, Severity.ERROR))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "nationalConditions[3].expectedDate",
                "National condition 'Plans jointly agreed' is not met for Southshire HWB and the"
                    + " plan does not say when it will be."),
            org.assertj.core.groups.Tuple.tuple(
                "nationalConditions[3].explanation",
                "National condition 'Plans jointly agreed' is answered No for Southshire HWB"
                    + " without an explanation."),
            org.assertj.core.groups.Tuple.tuple(
                "nationalConditions[5].status",
                "National condition 'Data sharing: APIs' has no status (met or not met) for"
                    + " Southshire HWB."));
  }

  @Test
  void the_round_files_conditions_are_the_ones_asked_for() {
    var findings = RuleCheck.check(rule, aPlan().forRound("2017-19").build(), Severity.ERROR);

    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "National condition 'NC1: a jointly agreed plan, signed off by the HWB, the council"
                + " and the CCGs' is not answered.",
            "National condition 'NC2: NHS contribution to adult social care maintained in real"
                + " terms' is not answered.",
            "National condition 'NC3: agreement to invest in NHS-commissioned out-of-hospital"
                + " services (ring-fence)' is not answered.",
            "National condition 'NC4: implementation of the High Impact Change Model for managing"
                + " transfers of care' is not answered.");
  }

  @Test
  void the_plans_explanation_is_attached() {
    var plan =
        aPlan()
            .answering(met(null, "data", "nhs-number"))
            .answering(met(null, "data", "apis"))
            .answering(
                new ConditionAnswer(
                    null, "agreed", null, Status.NOT_MET, Answer.YES, null, null, null, null))
            .explaining(
                "condition-answered", null, "nationalConditions[2]", "Agreed at the June board.")
            .build();

    assertThat(validate(plan, round, "condition-answered", "error"))
        .extracting(Finding::where, Finding::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "nationalConditions[2].expectedDate", "Agreed at the June board."));
  }
}
