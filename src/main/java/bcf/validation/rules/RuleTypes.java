package bcf.validation.rules;

import bcf.validation.Rule;
import bcf.validation.Validator;
import java.util.List;

/** Every rule type bcf has; a round's file says which apply, at what severity, with what values. */
public final class RuleTypes {

  private RuleTypes() {}

  public static List<Rule> all() {
    return List.of(
        new RequiredFields(),
        new RoundValues(),
        new IncomeEqualsExpenditure(),
        new MinimumContribution(),
        new DeclaredTotalMatches(),
        new SchemeSpendConsistent(),
        new OohRingfence(),
        new SocialCareMaintenance(),
        new DfgPassthrough(),
        new IbcfAllocation(),
        new ContingencyComplete(),
        new PaymentForPerformanceRule(),
        new ConditionAnswered(),
        new SignoffComplete(),
        new RiskRatingValid(),
        new MetricConsistent(),
        new PaymentTargets(),
        new DatesInOrder(),
        new PercentageConsistent(),
        new PopulationShares());
  }

  /** A validator that knows every rule type. */
  public static Validator validator() {
    return new Validator(all());
  }
}
