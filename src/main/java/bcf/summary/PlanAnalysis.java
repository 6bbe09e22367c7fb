package bcf.summary;

import bcf.finance.FinancialSummary;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.validation.Finding;
import bcf.validation.Validator;
import java.util.List;

/** A plan with its round, computed figures and findings: what every interface shows of a plan. */
public record PlanAnalysis(
    Plan plan, Round round, FinancialSummary summary, List<Finding> findings) {

  public boolean hasErrors() {
    return Validator.hasErrors(findings);
  }
}
