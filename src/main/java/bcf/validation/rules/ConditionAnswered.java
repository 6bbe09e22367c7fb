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
import java.util.ArrayList;
import java.util.List;

/**
 * Every national condition (and sub-item) has a status for every HWB; one not met says when it will
 * be; a "No" says why.
 */
public final class ConditionAnswered implements Rule {

  public static final String ID = "condition-answered";

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
          String name = condition.name() + (subItem == null ? "" : " (" + subItem + ")");
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
          } else if (answer.status() == ConditionAnswer.Status.NOT_MET
              && answer.expectedDate() == null) {
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
