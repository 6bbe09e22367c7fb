package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.ConditionAnswer;
import bcf.plan.Hwb;
import bcf.plan.Plan;
import bcf.round.ConditionDefinition;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Every national condition (and sub-item) has a status for every HWB; one not met says when it will
 * be (a date in words, "before the Autumn 2014", is said to be approximate); a "No" says why. A
 * condition the plan describes without a status is "not stated", never taken as "not met".
 */
public final class ConditionAnswered implements Rule {

  public static final String ID = "condition-answered";

  /**
   * Parameter: the severity when the plan describes a condition but states no status (default: the
   * rule's severity).
   */
  public static final String UNSTATED_SEVERITY = "unstatedSeverity";

  /** Parameter: the severity of a date given only in words (default info). */
  public static final String APPROXIMATE_DATE_SEVERITY = "approximateDateSeverity";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    List<String> hwbs = new ArrayList<>();
    if (plan.isJoint()) {
      plan.hwbs().stream().map(Hwb::id).forEach(hwbs::add);
    } else {
      hwbs.add(null);
    }
    for (String hwb : hwbs) {
      String forHwb = hwb == null ? "" : " for " + plan.hwb(hwb).map(Hwb::name).orElse(hwb);
      for (ConditionDefinition condition : context.round().nationalConditions()) {
        List<String> items = new ArrayList<>();
        if (condition.hasSubItems()) {
          condition.subItems().forEach(s -> items.add(s.code()));
        } else {
          items.add(null);
        }
        for (String subItem : items) {
          String name = condition.name(subItem);
          int index = indexOf(plan, hwb, condition.code(), subItem);
          if (index < 0) {
            findings.add(
                finding(
                    ID,
                    parameters.severity(),
                    "nationalConditions",
                    "National condition '" + name + "' is not answered" + forHwb + "."));
            continue;
          }
          ConditionAnswer answer = plan.nationalConditions().get(index);
          String at = "nationalConditions[" + index + "]";
          if (answer.status() == null) {
            if (answer.answer() != null) {
              // The template's Yes/No is the plan's answer; a "No" needs its explanation (below).
            } else if (answer.evidence() != null && !answer.evidence().isBlank()) {
              // The plan writes about the condition but does not say whether it is met (the
              // 2014-16 template asks for a description, not a status): "not stated", not "not
              // met".
              findings.add(
                  finding(
                      ID,
                      parameters.severity(UNSTATED_SEVERITY, parameters.severity()),
                      at + ".status",
                      "National condition '"
                          + name
                          + "': the plan describes its approach"
                          + forHwb
                          + " but does not say whether the condition is met."));
            } else {
              findings.add(
                  finding(
                      ID,
                      parameters.severity(),
                      at + ".status",
                      "National condition '"
                          + name
                          + "' has no status (met or not met)"
                          + forHwb
                          + "."));
            }
          } else if (answer.status() == ConditionAnswer.Status.NOT_MET && !answer.saysWhen()) {
            findings.add(
                finding(
                    ID,
                    parameters.severity(),
                    at + ".expectedDate",
                    "National condition '"
                        + name
                        + "' is not met"
                        + forHwb
                        + " and the plan does not say when it will be."));
          } else if (answer.status() == ConditionAnswer.Status.NOT_MET
              && answer.expectedDate() == null) {
            findings.add(
                finding(
                    ID,
                    parameters.severity(APPROXIMATE_DATE_SEVERITY, Severity.INFO),
                    at + ".expectedDateText",
                    "National condition '"
                        + name
                        + "' is not met"
                        + forHwb
                        + "; the plan expects it to be met \""
                        + answer.expectedDateText().strip()
                        + "\", an approximate date, not a day."));
          }
          if (answer.answer() == ConditionAnswer.Answer.NO
              && (answer.explanation() == null || answer.explanation().isBlank())) {
            findings.add(
                finding(
                    ID,
                    parameters.severity(),
                    at + ".explanation",
                    "National condition '"
                        + name
                        + "' is answered No"
                        + forHwb
                        + " without an explanation."));
          }
        }
      }
    }
    return findings;
  }

  private static int indexOf(Plan plan, String hwb, String condition, String subItem) {
    for (int i = 0; i < plan.nationalConditions().size(); i++) {
      ConditionAnswer answer = plan.nationalConditions().get(i);
      boolean sameHwb = hwb == null || hwb.equals(answer.hwb());
      boolean sameItem =
          subItem == null ? answer.subItem() == null : subItem.equals(answer.subItem());
      if (sameHwb && condition.equals(answer.condition()) && sameItem) {
        return i;
      }
    }
    return -1;
  }
}
