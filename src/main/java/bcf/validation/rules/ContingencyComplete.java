package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.ContingencyLine;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The contingency plan says what is saved if the targets are met and the most other services would
 * need if they are not.
 */
public final class ContingencyComplete implements Rule {

  public static final String ID = "contingency-complete";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    List<Finding> findings = new ArrayList<>();
    List<ContingencyLine> lines = context.plan().contingency();
    if (lines.isEmpty()) {
      findings.add(
          finding(
              ID,
              parameters.severity(),
              "contingency",
              "The plan has no contingency plan: planned savings if targets are met, and the"
                  + " maximum support other services need if they are not."));
    }
    for (int i = 0; i < lines.size(); i++) {
      ContingencyLine line = lines.get(i);
      if (line.plannedSavings() == null) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                "contingency[" + i + "].plannedSavings",
                "The contingency plan's planned savings (if targets are fully achieved) for "
                    + Text.period(line.period())
                    + " are blank."));
      }
      if (line.maximumSupport() == null) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                "contingency[" + i + "].maximumSupport",
                "The contingency plan's maximum support needed for other services (if targets are"
                    + " not achieved) for "
                    + Text.period(line.period())
                    + " is blank."));
      }
    }
    return findings;
  }
}
