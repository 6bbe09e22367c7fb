package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.Plan;
import bcf.plan.SignOff;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.workflow.RequiredSignatures;
import java.util.ArrayList;
import java.util.List;

/**
 * Every signatory the round requires has signed: for each CCG, council and HWB of the plan (as the
 * round's signatory list says), a signature. Whether it is given is decided in one place, {@link
 * RequiredSignatures#check}, for this rule and the workflow alike: for a plan in the workflow, the
 * signatures recorded there for the version; for a bare document, a printed sign-off with a name
 * and a date. As plan content it is a warning, because an unsigned draft is a state, not an error
 * in the plan.
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
    for (RequiredSignatures.Check check :
        RequiredSignatures.check(plan, context.round(), context.recordedSignatures())) {
      RequiredSignatures.Required required = check.required();
      switch (check.given()) {
        case RECORDED, PRINTED -> {}
        case NOT_GIVEN -> {
          String printed =
              check.printed() >= 0 && plan.signOffs().get(check.printed()).isSigned()
                  ? " (the document prints a sign-off by "
                      + plan.signOffs().get(check.printed()).name().strip()
                      + ", not recorded in bcf)"
                  : "";
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  check.printed() >= 0 ? "signOffs[" + check.printed() + "]" : "signOffs",
                  required.partyName()
                      + " has not signed the plan ("
                      + required.roleName()
                      + ")"
                      + (context.recordedSignatures().isPresent() ? printed : "")
                      + "."));
        }
        case PRINTED_INCOMPLETE -> {
          SignOff signOff = plan.signOffs().get(check.printed());
          String missing =
              signOff.name() == null || signOff.name().isBlank()
                  ? (signOff.date() == null ? "name and date" : "name")
                  : "date";
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "signOffs[" + check.printed() + "]." + (missing.equals("date") ? "date" : "name"),
                  "The sign-off on behalf of "
                      + required.partyName()
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
}
