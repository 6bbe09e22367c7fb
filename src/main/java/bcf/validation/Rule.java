package bcf.validation;

import java.util.List;

/**
 * A type of validation rule. Which rules apply to a plan, at what severity and with which
 * parameters, is data: the round file's {@code rules} list.
 */
public interface Rule {

  /** The stable id findings carry, e.g. {@code income-equals-expenditure}. */
  String id();

  List<Finding> check(PlanContext context, RuleParameters parameters);
}
