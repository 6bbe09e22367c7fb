package bcf.validation.rules;

import static bcf.finance.FigureKey.Kind.*;
import static bcf.validation.PlanContext.finding;

import bcf.finance.FinancialSummary.MinimumCheck;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Contribution;
import bcf.plan.Plan;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/** Each organisation contributes at least its minimum, and the fund at least the total minimum. */
public final class MinimumContribution implements Rule {

  public static final String ID = "minimum-contribution";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    for (MinimumCheck check : context.summary().minimumContributions()) {
      String name = plan.organisationName(check.organisation());
      String where = where(plan, check.organisation(), check.year());
      Money surplus = check.surplus();
      if (surplus.isZero()) {
        continue;
      }
      boolean shortfall = surplus.isNegative();
      findings.add(
          finding(
              ID,
              shortfall ? parameters.severity() : Severity.INFO,
              where,
              name
                  + " contributes "
                  + check.actual().amount().format()
                  + " in "
                  + Text.year(check.year())
                  + (shortfall
                      ? ", "
                          + surplus.abs().format()
                          + " below its minimum of "
                          + check.minimum().format()
                      : ", exceeding its minimum of "
                          + check.minimum().format()
                          + " by "
                          + surplus.format())
                  + ".",
              check.year(),
              check.minimum(),
              check.actual().amount()));
    }
    for (FinancialYear year : context.years()) {
      var minimum = context.summary().figures().amount(INCOME_MINIMUM.key(), year);
      var actual = context.summary().figures().amount(INCOME_TOTAL.key(), year);
      if (minimum.isPresent() && actual.isPresent() && actual.get().isLessThan(minimum.get())) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                "contributions",
                "The pooled budget of "
                    + actual.get().format()
                    + " in "
                    + Text.year(year)
                    + " is below the minimum of "
                    + minimum.get().format()
                    + ".",
                year,
                minimum.get(),
                actual.get()));
      }
    }
    return findings;
  }

  private static String where(Plan plan, String organisation, FinancialYear year) {
    for (int i = 0; i < plan.contributions().size(); i++) {
      Contribution c = plan.contributions().get(i);
      if (c.organisation().equals(organisation) && c.year().equals(year) && c.minimum() != null) {
        return "contributions[" + i + "].minimum";
      }
    }
    return "contributions";
  }
}
