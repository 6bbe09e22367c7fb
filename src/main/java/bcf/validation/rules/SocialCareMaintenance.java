package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.finance.FinancialSummary.SocialCareMaintenanceResult;
import bcf.kernel.Money;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The NHS minimum contribution to adult social care is maintained in real terms: planned spend is
 * at least the baseline uplifted by the round's inflation rate, and the plan states that rate.
 */
public final class SocialCareMaintenance implements Rule {

  public static final String ID = "social-care-maintenance";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    List<Finding> findings = new ArrayList<>();
    for (SocialCareMaintenanceResult result : context.summary().socialCareMaintenance()) {
      String year = Text.year(result.year());
      if (result.upliftRequired() != null
          && result.upliftStated() != null
          && result.upliftStated().compareTo(result.upliftRequired()) != 0) {
        findings.add(
            finding(
                ID,
                Severity.WARNING,
                "socialCareMaintenance.uplift." + result.year(),
                "The plan states a social care uplift of "
                    + percent(result.upliftStated())
                    + " for "
                    + year
                    + "; the round requires "
                    + percent(result.upliftRequired())
                    + ".",
                result.year(),
                result.upliftRequired(),
                result.upliftStated()));
      }
      if (result.baseline() == null || result.planned() == null) {
        findings.add(
            finding(
                ID,
                Severity.WARNING,
                "socialCareMaintenance",
                "The plan does not give both its baseline and planned NHS spend on social care for "
                    + year
                    + ", so maintenance in real terms (uplift "
                    + percent(
                        result.upliftRequired() != null
                            ? result.upliftRequired()
                            : result.upliftStated())
                    + ") cannot be checked.",
                result.year(),
                (Money) null,
                null));
        continue;
      }
      if (result.required() != null && result.planned().isLessThan(result.required())) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                "socialCareMaintenance.planned." + result.year(),
                "Planned NHS spend on social care of "
                    + result.planned().format()
                    + " in "
                    + year
                    + " is "
                    + result.required().minus(result.planned()).format()
                    + " below "
                    + result.required().format()
                    + ", the baseline "
                    + result.baseline().format()
                    + " uplifted by "
                    + percent(result.upliftRequired())
                    + ".",
                result.year(),
                result.required(),
                result.planned()));
      }
    }
    return findings;
  }

  private static String percent(BigDecimal fraction) {
    if (fraction == null) {
      return "unstated";
    }
    return fraction
            .multiply(BigDecimal.valueOf(100))
            .setScale(2, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }
}
