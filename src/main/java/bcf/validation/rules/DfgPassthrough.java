package bcf.validation.rules;

import static bcf.finance.FigureKey.Kind.*;
import static bcf.validation.PlanContext.finding;

import bcf.finance.Figures;
import bcf.finance.Rounding;
import bcf.finance.Tally;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Dfg;
import bcf.plan.Plan;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Disabled Facilities Grant is passed in full to the housing authorities, and what the home
 * improvement agency allocates matches what was passed through (a difference is a warning, which a
 * plan can explain: Warwickshire's 2016/17 underspend carried forward).
 */
public final class DfgPassthrough implements Rule {

  public static final String ID = "dfg-passthrough";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    Figures figures = context.summary().figures();
    Severity allocationSeverity = parameters.severity("allocationSeverity", Severity.WARNING);
    List<Finding> findings = new ArrayList<>();
    for (FinancialYear year : context.years()) {
      Optional<Tally> passed = figures.get(DFG_PASS_THROUGH.key(), year);
      Optional<Tally> contributed = figures.get(INCOME_BY_SOURCE.key("dfg"), year);
      if (contributed.isPresent() && passed.isEmpty()) {
        findings.add(
            finding(
                ID,
                parameters.severity(),
                "dfg.passThrough",
                "The plan pools "
                    + contributed.get().amount().format()
                    + " of Disabled Facilities Grant in "
                    + Text.year(year)
                    + " but does not show it passed to the housing authorities.",
                year,
                contributed.get().amount(),
                Money.ZERO));
      }
      if (contributed.isPresent() && passed.isPresent()) {
        Money difference = passed.get().amount().minus(contributed.get().amount());
        Money tolerance = Rounding.tolerance(plan, passed.get(), contributed.get());
        if (Rounding.compare(difference, tolerance) == Rounding.Outcome.DIFFERENT) {
          findings.add(
              finding(
                  ID,
                  parameters.severity(),
                  "dfg.passThrough",
                  "DFG passed through in "
                      + Text.year(year)
                      + " is "
                      + passed.get().amount().format()
                      + " but the plan pools "
                      + contributed.get().amount().format()
                      + " of DFG.",
                  year,
                  contributed.get().amount(),
                  passed.get().amount()));
        }
      }
      Optional<Tally> allocated = figures.get(DFG_ALLOCATION.key(), year);
      if (passed.isPresent() && allocated.isPresent()) {
        Money difference = allocated.get().amount().minus(passed.get().amount());
        Money tolerance = Rounding.tolerance(plan, allocated.get(), passed.get());
        Rounding.Outcome outcome = Rounding.compare(difference, tolerance);
        if (outcome != Rounding.Outcome.EQUAL) {
          Optional<Money> carried = plan.dfg().carriedForward().get(year);
          String carriedNote =
              carried.isPresent() && carried.get().compareTo(difference.abs()) == 0
                  ? "; the difference equals the " + carried.get().format() + " carried forward"
                  : "";
          findings.add(
              finding(
                  ID,
                  outcome == Rounding.Outcome.DIFFERENT ? allocationSeverity : Severity.INFO,
                  "dfg.allocation",
                  "The DFG allocation for "
                      + Text.year(year)
                      + " sums to "
                      + allocated.get().amount().format()
                      + ", "
                      + difference.abs().format()
                      + (difference.isNegative() ? " less" : " more")
                      + " than the "
                      + passed.get().amount().format()
                      + " passed through"
                      + carriedNote
                      + (outcome == Rounding.Outcome.WITHIN_ROUNDING
                          ? "; " + Text.roundingNote(plan, tolerance)
                          : "")
                      + ".",
                  year,
                  passed.get().amount(),
                  allocated.get().amount()));
        }
      }
    }
    List<Dfg.Allocation> rows = plan.dfg().allocation();
    for (int i = 0; i < rows.size(); i++) {
      Dfg.Allocation row = rows.get(i);
      if (row.total() == null || row.dfg() == null || row.other() == null) {
        continue;
      }
      Tally parts = Tally.of(row.dfg()).plus(row.other());
      Money difference = parts.amount().minus(row.total());
      Money tolerance = Rounding.tolerance(plan, parts, Tally.of(row.total()));
      Rounding.Outcome outcome = Rounding.compare(difference, tolerance);
      if (outcome != Rounding.Outcome.EQUAL) {
        findings.add(
            finding(
                ID,
                outcome == Rounding.Outcome.DIFFERENT ? parameters.severity() : Severity.INFO,
                "dfg.allocation[" + i + "].total",
                plan.organisationName(row.district())
                    + "'s DFG allocation for "
                    + Text.year(row.year())
                    + " states a total of "
                    + row.total().format()
                    + " but DFG "
                    + row.dfg().format()
                    + " and other "
                    + row.other().format()
                    + " add to "
                    + parts.amount().format()
                    + (outcome == Rounding.Outcome.WITHIN_ROUNDING
                        ? "; " + Text.roundingNote(plan, tolerance)
                        : "")
                    + ".",
                row.year(),
                row.total(),
                parts.amount()));
      }
    }
    return findings;
  }
}
