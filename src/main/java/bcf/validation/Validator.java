package bcf.validation;

import bcf.finance.FinancialSummary;
import bcf.plan.Explanation;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.round.RuleSetting;
import bcf.workflow.RequiredSignatures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a plan: runs the rules its round lists, at the round's severities and parameters, and
 * attaches the plan's own explanations to the findings they explain.
 */
public final class Validator {

  private final Map<String, Rule> rules = new LinkedHashMap<>();

  /**
   * A validator that knows these rule types ({@code bcf.validation.rules.RuleTypes} has them all).
   */
  public Validator(Collection<? extends Rule> ruleTypes) {
    for (Rule rule : ruleTypes) {
      rules.put(rule.id(), rule);
    }
  }

  /** The ids of every rule type a round file may use. */
  public Set<String> ruleIds() {
    return rules.keySet();
  }

  public List<Finding> validate(Plan plan, Round round, FinancialSummary summary) {
    return validate(new PlanContext(plan, round, summary));
  }

  /**
   * Validates a plan in the workflow: the signatures recorded for the version decide whether each
   * required signature is given, as they do for the workflow itself.
   */
  public List<Finding> validate(
      Plan plan,
      Round round,
      FinancialSummary summary,
      List<RequiredSignatures.Recorded> recordedSignatures) {
    return validate(new PlanContext(plan, round, summary, Optional.of(recordedSignatures)));
  }

  private List<Finding> validate(PlanContext context) {
    Plan plan = context.plan();
    Round round = context.round();
    List<Finding> findings = new ArrayList<>();
    for (RuleSetting setting : round.rules()) {
      Rule rule = rules.get(setting.rule());
      if (rule == null) {
        throw new IllegalStateException(
            "round " + round.id() + " names an unknown rule '" + setting.rule() + "'");
      }
      RuleParameters parameters =
          new RuleParameters(Severity.parse(setting.severity()), setting.parameters());
      for (Finding finding : rule.check(context, parameters)) {
        findings.add(explain(plan, finding));
      }
    }
    findings.sort(Comparator.comparing(Finding::severity));
    return List.copyOf(findings);
  }

  /** Attaches the plan's explanation to a warning or error it explains; info needs none. */
  private static Finding explain(Plan plan, Finding finding) {
    if (finding.severity() == Severity.INFO) {
      return finding;
    }
    for (Explanation explanation : plan.explanations()) {
      boolean rule = explanation.rule().equals(finding.rule());
      boolean year = explanation.year() == null || explanation.year().equals(finding.year());
      boolean where =
          explanation.where() == null
              || (finding.where() != null && finding.where().startsWith(explanation.where()));
      if (rule && year && where) {
        return finding.withExplanation(explanation.text());
      }
    }
    return finding;
  }

  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
