package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.Plan;
import bcf.plan.SignOff;
import bcf.round.SignatoryRequirement;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.workflow.RequiredSignatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every signatory the round requires has signed: for each CCG, council and HWB of the plan (as the
 * round's signatory list says), a sign-off with a name and a date. The workflow refuses "agreed by
 * partners" while this rule has findings; as plan content it is a warning, because an unsigned
 * draft is a state, not an error in the plan.
 */
public final class SignoffComplete implements Rule {

  public static final String ID = "signoff-complete";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    for (SignatoryRequirement requirement : context.round().signatories()) {
      for (Map.Entry<String, String> party :
          RequiredSignatures.parties(plan, requirement.forEach()).entrySet()) {
        int index = indexOf(plan, party.getKey());
        if (index < 0) {
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "signOffs",
                  party.getValue() + " has not signed the plan (" + requirement.name() + ")."));
          continue;
        }
        SignOff signOff = plan.signOffs().get(index);
        if (!signOff.isSigned()) {
          String missing =
              signOff.name() == null || signOff.name().isBlank()
                  ? (signOff.date() == null ? "name and date" : "name")
                  : "date";
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "signOffs[" + index + "]." + (missing.equals("date") ? "date" : "name"),
                  "The sign-off on behalf of "
                      + party.getValue()
                      + " has no "
                      + missing
                      + (signOff.asPrinted() == null || signOff.asPrinted().isBlank()
                          ? ""
                          : " (printed \"" + abbreviate(signOff.asPrinted()) + "\")")
                      + "."));
        }
      }
    }
    return findings;
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() > 80 ? flat.substring(0, 77) + "..." : flat;
  }

  private static int indexOf(Plan plan, String party) {
    for (int i = 0; i < plan.signOffs().size(); i++) {
      if (party.equals(plan.signOffs().get(i).onBehalfOf())) {
        return i;
      }
    }
    return -1;
  }
}
