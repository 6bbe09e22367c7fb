package bcf.planning;

import bcf.metric.Actual;
import java.util.List;

/**
 * The actuals imported for a plan's metrics, which the actuals feature keeps; the plan page shows
 * them beside the plan's own baselines and targets. An interface here, so that planning does not
 * depend on the feature that depends on it.
 */
public interface ImportedActuals {

  /** Every stored actual of the plan; the caller has already been allowed to read the plan. */
  List<Actual> of(String planId);
}
