package bcf.workflow;

/** A workflow move the state machine does not allow now, with the reason for people. */
public class WorkflowRefused extends RuntimeException {

  private final String rule;

  public WorkflowRefused(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /** A stable id for the broken rule, such as {@code signatures-missing}. */
  public String rule() {
    return rule;
  }
}
