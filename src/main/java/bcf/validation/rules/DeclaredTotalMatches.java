package bcf.validation.rules;

import static bcf.validation.PlanContext.finding;

import bcf.finance.Figures;
import bcf.finance.Rounding;
import bcf.finance.Tally;
import bcf.kernel.Money;
import bcf.plan.DeclaredFigure;
import bcf.plan.Plan;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every summary figure the plan declares matches the figure computed from the detail, within the
 * rounding of figures stated in £000. Where it does not, says so with both figures, and notices a
 * figure that matches another computed figure read in £000 (a unit left off).
 */
public final class DeclaredTotalMatches implements Rule {

  public static final String ID = "declared-total-matches";

  /**
   * The totals a figure printed without its unit is compared with, and their names for people, in
   * the order a message names them (Map.of has no order, and changes it from run to run).
   */
  private static final Map<String, String> TOTALS = new java.util.LinkedHashMap<>();

  static {
    TOTALS.put("income.total", "the total of contributions");
    TOTALS.put("income.minimum", "the total of minimum contributions");
    TOTALS.put("expenditure.total", "the schemes' total spend");
    TOTALS.put("dfg.passThrough", "the DFG passed through");
    TOTALS.put("ibcf.total", "the iBCF allocated");
    TOTALS.put("outOfHospital.spend", "the out-of-hospital spend");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < plan.declared().size(); i++) {
      DeclaredFigure declared = plan.declared().get(i);
      String where = "declared[" + i + "].amount";
      String what = describe(declared);
      if (declared.amount() == null) {
        findings.add(
            finding(
                ID, Severity.WARNING, where, what + " is printed blank" + printed(declared) + "."));
        continue;
      }
      Optional<Tally> computed = context.summary().counterpart(declared);
      Money stated = declared.amount();
      if (computed.isEmpty() || computed.get().lines() == 0) {
        findings.add(
            finding(
                ID,
                Severity.WARNING,
                where,
                what
                    + " is declared as "
                    + stated.format()
                    + printed(declared)
                    + ", but the plan has no detail to check it against"
                    + hint(context, declared)
                    + ".",
                declared.year(),
                stated,
                null));
        continue;
      }
      Money actual = computed.get().amount();
      Money difference = actual.minus(stated);
      Money tolerance = Rounding.tolerance(plan, Tally.of(stated), computed.get());
      switch (Rounding.compare(difference, tolerance)) {
        case EQUAL -> {}
        case WITHIN_ROUNDING ->
            findings.add(
                finding(
                    ID,
                    Severity.INFO,
                    where,
                    what
                        + " is declared as "
                        + stated.format()
                        + " and computed from its lines as "
                        + actual.format()
                        + ", a difference of "
                        + difference.abs().format()
                        + " "
                        + Text.roundingNote(plan, tolerance)
                        + ".",
                    declared.year(),
                    stated,
                    actual));
        case DIFFERENT ->
            findings.add(
                finding(
                    ID,
                    parameters.severity(),
                    where,
                    what
                        + " is declared as "
                        + stated.format()
                        + printed(declared)
                        + " but the plan's detail gives "
                        + actual.format()
                        + " (a difference of "
                        + difference.abs().format()
                        + ")"
                        + hint(context, declared)
                        + ".",
                    declared.year(),
                    stated,
                    actual));
      }
    }
    return findings;
  }

  private static String describe(DeclaredFigure declared) {
    String label = declared.label() != null ? "'" + declared.label() + "'" : declared.figure();
    return label
        + (declared.year() != null && (declared.label() == null || !declared.label().contains("/"))
            ? " for " + Text.year(declared.year())
            : "");
  }

  private static String printed(DeclaredFigure declared) {
    return declared.asPrinted() == null ? "" : " (printed \"" + declared.asPrinted() + "\")";
  }

  /** Names computed figures of the same year that equal the declared one read in £000. */
  private static String hint(PlanContext context, DeclaredFigure declared) {
    if (declared.year() == null || declared.amount().isZero()) {
      return "";
    }
    Money asThousands = declared.amount().times(1000);
    Figures figures = context.summary().figuresFor(declared.hwb());
    List<String> matches = new ArrayList<>();
    for (Map.Entry<String, String> total : TOTALS.entrySet()) {
      var tally = figures.get(total.getKey(), declared.year());
      if (tally.isPresent() && tally.get().amount().compareTo(asThousands) == 0) {
        matches.add(total.getValue() + " (" + total.getKey() + ")");
      }
    }
    if (matches.isEmpty()) {
      return "";
    }
    return "; read as £000 it equals "
        + String.join(" and ", matches)
        + ", "
        + asThousands.format()
        + ", so the figure may be in £000 with its unit left off";
  }
}
