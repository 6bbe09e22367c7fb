package bcf.workflow;

import bcf.access.Role;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The moves of the plan workflow: from which states each is allowed, the state it leads to, and the
 * roles that may make it. The guards (signatures, findings, comments) are in {@link Workflow}.
 */
public enum WorkflowAction {
  AGREE(
      Set.of(PlanStatus.DRAFT),
      PlanStatus.AGREED,
      Set.of(Role.EDITOR),
      "Record partners' agreement"),
  APPROVE(
      Set.of(PlanStatus.AGREED),
      PlanStatus.APPROVED,
      Set.of(Role.EDITOR, Role.SIGNATORY),
      "Record HWB approval"),
  SUBMIT(
      Set.of(PlanStatus.APPROVED),
      PlanStatus.SUBMITTED,
      Set.of(Role.EDITOR),
      "Submit to NHS England"),
  ASSURE(
      Set.of(PlanStatus.SUBMITTED), PlanStatus.ASSURED, Set.of(Role.ASSURER), "Record assurance"),
  RETURN(
      Set.of(PlanStatus.SUBMITTED, PlanStatus.ASSURED),
      PlanStatus.DRAFT,
      Set.of(Role.ASSURER),
      "Return to draft"),
  REOPEN(
      Set.of(PlanStatus.AGREED, PlanStatus.APPROVED),
      PlanStatus.DRAFT,
      Set.of(Role.EDITOR),
      "Reopen as draft");

  private final Set<PlanStatus> from;
  private final PlanStatus to;
  private final Set<Role> roles;
  private final String label;

  WorkflowAction(Set<PlanStatus> from, PlanStatus to, Set<Role> roles, String label) {
    this.from = from;
    this.to = to;
    this.roles = roles;
    this.label = label;
  }

  public Set<PlanStatus> from() {
    return from;
  }

  public PlanStatus to() {
    return to;
  }

  public Set<Role> roles() {
    return roles;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean allowedFrom(PlanStatus status) {
    return from.contains(status);
  }

  public static WorkflowAction of(String code) {
    return Arrays.stream(values())
        .filter(a -> a.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown action '"
                        + code
                        + "' (agree, approve, submit, assure, return or reopen)"));
  }
}
