package bcf.analysis;

import bcf.finance.FinancialSummary;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.validation.Finding;
import bcf.validation.Severity;
import bcf.validation.Validator;
import java.util.List;

/** A plan with its round, computed figures and findings: what every interface shows of a plan. */
public record PlanAnalysis(
    Plan plan, Round round, FinancialSummary summary, List<Finding> findings) {

  /** How many findings have this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return Validator.hasErrors(findings);
  }
}
