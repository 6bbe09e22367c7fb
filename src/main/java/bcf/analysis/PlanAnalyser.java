package bcf.analysis;

import bcf.finance.FinanceEngine;
import bcf.finance.FinancialSummary;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.validation.Validator;
import bcf.validation.rules.RuleTypes;
import bcf.workflow.RequiredSignatures;
import java.util.List;

/** Computes a plan's figures and validates it against its round. */
public final class PlanAnalyser {

  private final RoundCatalogue rounds;
  private final FinanceEngine finance = new FinanceEngine();
  private final Validator validator = RuleTypes.validator();

  public PlanAnalyser(RoundCatalogue rounds) {
    this.rounds = rounds;
  }

  public RoundCatalogue rounds() {
    return rounds;
  }

  /**
   * @throws UnknownRoundException when the plan names a round bcf does not know
   */
  public PlanAnalysis analyse(Plan plan) {
    Round round =
        rounds
            .find(plan.round())
            .orElseThrow(() -> new UnknownRoundException(plan.round(), rounds.all()));
    FinancialSummary summary = finance.compute(plan, round);
    return new PlanAnalysis(plan, round, summary, validator.validate(plan, round, summary));
  }

  /**
   * The analysis of a plan in the workflow, its findings on sign-off decided by the signatures
   * recorded for the version (as the workflow decides them), not by the sign-offs the document
   * prints. The figures are the document's and are not computed again.
   */
  public PlanAnalysis withRecordedSignatures(
      PlanAnalysis analysis, List<RequiredSignatures.Recorded> recorded) {
    return new PlanAnalysis(
        analysis.plan(),
        analysis.round(),
        analysis.summary(),
        validator.validate(analysis.plan(), analysis.round(), analysis.summary(), recorded));
  }
}
