package bcf.workflow;

import bcf.kernel.Refusal;

/** A workflow move the state machine does not allow now, with the reason for people. */
public class WorkflowRefused extends Refusal {

  /** {@code rule}: a stable id for the broken rule, such as {@code signatures-missing}. */
  public WorkflowRefused(String rule, String message) {
    super(Kind.CONFLICT, rule, message);
  }
}
