package bcf.validation;

import bcf.kernel.FinancialYear;
import java.math.BigDecimal;

/**
 * What a validation rule found: the rule's stable id, severity, where in the plan document (a path
 * such as {@code schemes[3].spend.2015-16}), a message with the figures, and where it applies the
 * year, expected and actual values and their difference. {@code explanation} is the plan's own
 * explanation of it, where the plan gives one.
 */
public record Finding(
    String rule,
    Severity severity,
    String where,
    String message,
    FinancialYear year,
    BigDecimal expected,
    BigDecimal actual,
    BigDecimal difference,
    String explanation) {

  public Finding withExplanation(String text) {
    return new Finding(rule, severity, where, message, year, expected, actual, difference, text);
  }

  /** The part of the plan the finding is about: the first segment of {@code where}. */
  public String part() {
    if (where == null || where.isEmpty()) {
      return "plan";
    }
    int end = where.length();
    for (char c : new char[] {'.', '['}) {
      int at = where.indexOf(c);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    return where.substring(0, end);
  }
}
