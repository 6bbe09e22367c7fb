package bcf.analysis;

import bcf.finance.FinanceEngine;
import bcf.finance.FinancialSummary;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.validation.Validator;
import bcf.validation.rules.RuleTypes;

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
}
