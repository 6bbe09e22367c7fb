package bcf.validation.rules;

import static bcf.finance.FigureKey.Kind.*;
import static bcf.validation.PlanContext.finding;

import bcf.finance.Comparison;
import bcf.finance.DeclaredCheck;
import bcf.finance.FigureKey;
import bcf.finance.FigureWords;
import bcf.finance.Figures;
import bcf.finance.Rounding;
import bcf.kernel.Money;
import bcf.plan.DeclaredFigure;
import bcf.plan.Plan;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every summary figure the plan declares matches the figure computed from the detail, within the
 * rounding of figures stated in £000. Where it does not, says so with both figures, and notices a
 * figure that matches another computed figure read in £000 (a unit left off). Where the plan's
 * source gives only part of its detail, detail adding up to less than the declared figure is
 * reported as incomplete detail (info), not as a mismatch.
 */
public final class DeclaredTotalMatches implements Rule {

  public static final String ID = "declared-total-matches";

  /**
   * The totals a figure printed without its unit is compared with, and their names for people, in
   * the order a finding names them.
   */
  private static final Map<FigureKey, String> TOTALS = totals();

  private static Map<FigureKey, String> totals() {
    Map<FigureKey, String> totals = new LinkedHashMap<>();
    totals.put(INCOME_TOTAL.key(), "the total of contributions");
    totals.put(INCOME_MINIMUM.key(), "the total of minimum contributions");
    totals.put(EXPENDITURE_TOTAL.key(), "the schemes' total spend");
    totals.put(DFG_PASS_THROUGH.key(), "the DFG passed through");
    totals.put(IBCF_TOTAL.key(), "the iBCF allocated");
    totals.put(OUT_OF_HOSPITAL_SPEND.key(), "the out-of-hospital spend");
    return Collections.unmodifiableMap(totals);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(PlanContext context, RuleParameters parameters) {
    Plan plan = context.plan();
    List<Finding> findings = new ArrayList<>();
    List<DeclaredCheck> checks = context.summary().declared();
    for (int i = 0; i < checks.size(); i++) {
      DeclaredCheck check = checks.get(i);
      DeclaredFigure declared = check.declared();
      String where = "declared[" + i + "].amount";
      String what = describe(context, declared);
      if (declared.amount() == null) {
        findings.add(
            finding(
                ID, Severity.WARNING, where, what + " is printed blank" + printed(declared) + "."));
        continue;
      }
      Money stated = declared.amount();
      if (check.detail().isEmpty() || check.comparison().isEmpty()) {
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
      Comparison comparison = check.comparison().get();
      Money actual = comparison.actual().amount();
      Money difference = comparison.difference();
      Money tolerance = comparison.tolerance();
      if (comparison.outcome() == Rounding.Outcome.DIFFERENT
          && Text.incompleteDetail(plan).isPresent()
          && actual.compareTo(stated) < 0) {
        // Detail that adds up to less than the declared total is what a source that leaves part
        // of the detail out looks like; detail that adds up to more is still a mismatch.
        findings.add(
            finding(
                ID,
                parameters.severity(Text.INCOMPLETE_SEVERITY, Severity.INFO),
                where,
                what
                    + " is declared as "
                    + stated.format()
                    + printed(declared)
                    + "; the detail the plan gives adds up to "
                    + actual.format()
                    + ", "
                    + difference.abs().format()
                    + " less, because "
                    + Text.incompleteDetail(plan).get()
                    + ".",
                declared.year(),
                stated,
                actual));
        continue;
      }
      switch (comparison.outcome()) {
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

  private static String describe(PlanContext context, DeclaredFigure declared) {
    String label =
        declared.label() != null
            ? "'" + declared.label() + "'"
            : capitalised(FigureWords.of(declared.figure(), context.plan(), context.round()));
    return label
        + (declared.year() != null && (declared.label() == null || !declared.label().contains("/"))
            ? " for " + Text.year(declared.year())
            : "");
  }

  private static String capitalised(String text) {
    // "iBCF allocated" stays as it is written.
    if (text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
    for (Map.Entry<FigureKey, String> total : TOTALS.entrySet()) {
      var tally = figures.get(total.getKey(), declared.year());
      if (tally.isPresent() && tally.get().amount().compareTo(asThousands) == 0) {
        matches.add(total.getValue());
      }
    }
    if (matches.isEmpty()) {
      return "";
    }
    return "; read as £000 it equals "
        + (matches.size() == 1
            ? matches.get(0)
            : String.join(", ", matches.subList(0, matches.size() - 1))
                + " and "
                + matches.get(matches.size() - 1))
        + ", "
        + asThousands.format()
        + ", so the figure may be in £000 with its unit left off";
  }
}
