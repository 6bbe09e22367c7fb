package bcf.validation.rules;

import static bcf.finance.FigureKey.Kind.*;
import static bcf.validation.PlanContext.finding;

import bcf.finance.Figures;
import bcf.finance.Rounding;
import bcf.finance.Tally;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The iBCF grant pooled in a year is allocated in full to the plan's iBCF purposes. */
public final class IbcfAllocation implements Rule {

  public static final String ID = "ibcf-allocation";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Figures figures = context.summary().figures();
    List<Finding> findings = new ArrayList<>();
    for (FinancialYear year : context.years()) {
      Optional<Tally> grant = figures.get(INCOME_BY_SOURCE.key("ibcf"), year);
      Optional<Tally> purposes = figures.get(IBCF_TOTAL.key(), year);
      if (grant.isEmpty()) {
        continue;
      }
      if (purposes.isEmpty()) {
        findings.add(
            finding(
                ID,
                Severity.WARNING,
                "ibcf.purposes",
                "The plan pools "
                    + grant.get().amount().format()
                    + " of iBCF in "
                    + Text.year(year)
                    + " but says nothing of what it is for.",
                year,
                grant.get().amount(),
                null));
        continue;
      }
      Money difference = purposes.get().amount().minus(grant.get().amount());
      Money tolerance = Rounding.tolerance(context.plan(), purposes.get(), grant.get());
      Rounding.Outcome outcome = Rounding.compare(difference, tolerance);
      if (outcome == Rounding.Outcome.EQUAL) {
        continue;
      }
      findings.add(
          finding(
              ID,
              outcome == Rounding.Outcome.DIFFERENT ? parameters.severity() : Severity.INFO,
              "ibcf.purposes",
              "iBCF purposes for "
                  + Text.year(year)
                  + " add to "
                  + purposes.get().amount().format()
                  + " against an iBCF contribution of "
                  + grant.get().amount().format()
                  + ", a difference of "
                  + difference.abs().format()
                  + (outcome == Rounding.Outcome.WITHIN_ROUNDING
                      ? " " + Text.roundingNote(context.plan(), tolerance)
                      : "")
                  + ".",
              year,
              grant.get().amount(),
              purposes.get().amount()));
    }
    return findings;
  }
}
