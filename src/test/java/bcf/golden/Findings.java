package bcf.golden;

import bcf.kernel.FinancialYear;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.util.List;

/** Picks findings out of an analysis by rule, severity and year. */
final class Findings {

  private Findings() {}

  static List<Finding> of(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  static List<Finding> of(List<Finding> findings, String rule, Severity severity) {
    return of(findings, rule).stream().filter(f -> f.severity() == severity).toList();
  }

  static Finding only(List<Finding> findings, String rule, Severity severity, String year) {
    List<Finding> matching =
        of(findings, rule, severity).stream()
            .filter(f -> year.equals(String.valueOf(f.year())))
            .toList();
    if (matching.size() != 1) {
      throw new AssertionError(
          "expected one "
              + severity
              + " "
              + rule
              + " finding for "
              + year
              + " but found "
              + matching);
    }
    return matching.get(0);
  }

  static FinancialYear year(String text) {
    return FinancialYear.parse(text);
  }
}
