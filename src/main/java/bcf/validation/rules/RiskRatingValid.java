package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.Risk;
import bcf.round.Round;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every risk is rated: likelihood and impact on 1-5 with a score of their product (or a single
 * score in range), or a rating from the round's categorical scale.
 */
public final class RiskRatingValid implements Rule {

  public static final String ID = "risk-rating-valid";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    int minScore = parameters.decimal("minScore", BigDecimal.ONE).intValue();
    int maxScore = parameters.decimal("maxScore", BigDecimal.valueOf(25)).intValue();
    List<String> scale = context.round().picklist(Round.RISK_RATING);
    List<Finding> findings = new ArrayList<>();
    List<Risk> risks = context.plan().risks();
    for (int i = 0; i < risks.size(); i++) {
      Risk risk = risks.get(i);
      String at = "risks[" + i + "]";
      // A risk is known by what it says, not by its id ("risk-1" is the document's, not the
      // reader's); one without a description by its place in the register.
      String name =
          risk.description() != null && !risk.description().isBlank()
              ? "Risk '" + abbreviate(risk.description()) + "'"
              : "Risk " + (i + 1) + " of the register";
      if (risk.likelihood() == null
          && risk.impact() == null
          && risk.score() == null
          && risk.rating() == null) {
        findings.add(finding(ID, Severity.WARNING, at, name + " has no rating."));
        continue;
      }
      checkFactor(findings, parameters, at + ".likelihood", name, "likelihood", risk.likelihood());
      checkFactor(findings, parameters, at + ".impact", name, "impact", risk.impact());
      if (risk.score() != null && (risk.score() < minScore || risk.score() > maxScore)) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                at + ".score",
                name
                    + " has a score of "
                    + risk.score()
                    + ", outside "
                    + minScore
                    + "-"
                    + maxScore
                    + "."));
      }
      if (risk.likelihood() != null
          && risk.impact() != null
          && risk.score() != null
          && risk.likelihood() * risk.impact() != risk.score()) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                at + ".score",
                name
                    + " has likelihood "
                    + risk.likelihood()
                    + " x impact "
                    + risk.impact()
                    + " = "
                    + risk.likelihood() * risk.impact()
                    + " but a score of "
                    + risk.score()
                    + ".",
                null,
                BigDecimal.valueOf((long) risk.likelihood() * risk.impact()),
                BigDecimal.valueOf(risk.score())));
      }
      if (risk.rating() != null && !scale.contains(risk.rating())) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                at + ".rating",
                name
                    + " is rated '"
                    + risk.rating()
                    + "', which is not on the round's scale ("
                    + String.join(", ", scale)
                    + ")."));
      }
    }
    return findings;
  }

  private static void checkFactor(
      List<Finding> findings,
      RuleParameters parameters,
      String at,
      String name,
      String factor,
      Integer value) {
    if (value != null && (value < 1 || value > 5)) {
      findings.add(
          finding(
              ID,
              parameters.severity(),
              at,
              name
                  + (factor.equals("impact") ? " has an " : " has a ")
                  + factor
                  + " of "
                  + value
                  + ", outside 1-5."));
    }
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ").trim();
    return flat.length() > 60 ? flat.substring(0, 57) + "..." : flat;
  }
}
