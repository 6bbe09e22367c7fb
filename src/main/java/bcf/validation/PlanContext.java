package bcf.validation;

import bcf.finance.FinancialSummary;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.workflow.RequiredSignatures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees: the plan, its round, the figures the finance engine computed and, for a plan in
 * the workflow, the signatures recorded there for this version (empty for a bare document).
 */
public record PlanContext(
    Plan plan,
    Round round,
    FinancialSummary summary,
    Optional<List<RequiredSignatures.Recorded>> recordedSignatures) {

  /** A bare document: its printed sign-offs stand for its signatures. */
  public PlanContext(Plan plan, Round round, FinancialSummary summary) {
    this(plan, round, summary, Optional.empty());
  }

  public List<FinancialYear> years() {
    return summary.years();
  }

  /** Builds a finding with this rule's id and severity. */
  public static Finding finding(String rule, Severity severity, String where, String message) {
    return new Finding(rule, severity, where, message, null, null, null, null, null);
  }

  public static Finding finding(
      String rule,
      Severity severity,
      String where,
      String message,
      FinancialYear year,
      Money expected,
      Money actual) {
    return new Finding(
        rule,
        severity,
        where,
        message,
        year,
        expected == null ? null : expected.pounds(),
        actual == null ? null : actual.pounds(),
        expected == null || actual == null ? null : actual.minus(expected).pounds(),
        null);
  }

  public static Finding finding(
      String rule,
      Severity severity,
      String where,
      String message,
      FinancialYear year,
      BigDecimal expected,
      BigDecimal actual) {
    return new Finding(
        rule,
        severity,
        where,
        message,
        year,
        expected,
        actual,
        expected == null || actual == null ? null : actual.subtract(expected),
        null);
  }
}
