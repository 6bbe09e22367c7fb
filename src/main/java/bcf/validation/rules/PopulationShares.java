package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.plan.Organisation;
import bcf.plan.Plan;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An ICB's or CCG's shares of its population across HWBs are each from 0% to 100% and together no
 * more than 100% (Coventry and Rugby CCG spans two HWBs; its shares cannot give it more people than
 * it has). The edit page refuses such a save; this rule says the same of a document that came in
 * another way (the API, the command line).
 */
public final class PopulationShares implements Rule {

  public static final String ID = "population-shares";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    List<Organisation> organisations = plan.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      if (organisation.populationShares() == null) {
        continue;
      }
      String name = organisation.name() == null ? "An organisation" : organisation.name();
      for (Map.Entry<String, BigDecimal> share : organisation.populationShares().entrySet()) {
        BigDecimal value = share.getValue();
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "organisations[" + i + "].populationShares." + share.getKey(),
                  name
                      + " gives "
                      + percent(value)
                      + " of its population in "
                      + plan.hwb(share.getKey()).map(h -> h.name()).orElse("an HWB")
                      + "; a share is from 0% to 100%."));
        }
      }
      BigDecimal total = organisation.populationShareTotal();
      if (total.compareTo(BigDecimal.ONE) > 0) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                "organisations[" + i + "].populationShares",
                "The shares of "
                    + name
                    + "'s population add up to "
                    + percent(total)
                    + "; they cannot add up to more than 100%.",
                null,
                total,
                BigDecimal.ONE));
      }
    }
    return findings;
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
