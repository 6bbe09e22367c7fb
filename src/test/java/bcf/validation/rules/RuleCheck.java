package bcf.validation.rules;

import bcf.finance.FinanceEngine;
import bcf.kernel.FinancialYear;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.PlanContext;
import bcf.validation.Rule;
import bcf.validation.RuleParameters;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Runs one rule over a plan as the validator would, and writes the findings tests expect. */
final class RuleCheck {

  private RuleCheck() {}

  /** The rule's findings for a plan of its round, at the severity the round would give it. */
  static List<Finding> check(Rule rule, Plan plan, Severity severity) {
    return check(rule, plan, RoundBuilder.theRound(plan.round()), severity, Map.of());
  }

  static List<Finding> check(
      Rule rule, Plan plan, Severity severity, Map<String, String> parameters) {
    return check(rule, plan, RoundBuilder.theRound(plan.round()), severity, parameters);
  }

  static List<Finding> check(
      Rule rule, Plan plan, Round round, Severity severity, Map<String, String> parameters) {
    PlanContext context = new PlanContext(plan, round, new FinanceEngine().compute(plan, round));
    return rule.check(context, new RuleParameters(severity, parameters));
  }

  /**
   * What the validator reports for the plan when its round applies only this rule: the rule's
   * findings with the plan's explanations attached.
   */
  static List<Finding> validate(Plan plan, Round round, String rule, String severity) {
    Round only = RoundBuilder.from(round).applyingOnly(rule, severity, Map.of()).build();
    return RuleTypes.validator().validate(plan, only, new FinanceEngine().compute(plan, only));
  }

  /** A finding without figures. */
  static Finding finding(String rule, Severity severity, String where, String message) {
    return new Finding(rule, severity, where, message, null, null, null, null, null);
  }

  /** A finding with its year and figures, written as plain numbers ("1000.00"). */
  static Finding finding(
      String rule,
      Severity severity,
      String where,
      String message,
      String year,
      String expected,
      String actual,
      String difference) {
    return new Finding(
        rule,
        severity,
        where,
        message,
        year == null ? null : FinancialYear.parse(year),
        number(expected),
        number(actual),
        number(difference),
        null);
  }

  static BigDecimal number(String text) {
    return text == null ? null : new BigDecimal(text);
  }
}
