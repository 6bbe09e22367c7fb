package bcf.planning;

import bcf.analysis.PlanAnalysis;
import bcf.document.DocumentHistory;
import bcf.plan.Plan;
import bcf.workflow.RequiredSignatures;
import java.util.List;

/**
 * A plan as one caller may see it: the version shown (the current one for those in scope, the
 * published one for everyone else), its analysis, what the caller may do, and its signatures.
 */
public record PlanView(
    PlanRecord record,
    int version,
    Plan plan,
    PlanAnalysis analysis,
    Permissions can,
    List<RequiredSignatures.Required> requiredSignatures,
    List<DocumentHistory.SignOffEntry> currentSignOffs) {

  /** What the caller may do with the plan now. */
  public record Permissions(
      boolean readCurrent,
      boolean edit,
      boolean sign,
      boolean assure,
      List<bcf.workflow.WorkflowAction> actions) {}

  public boolean showsCurrent() {
    return version == record.currentVersion();
  }

  /** The required signatures not yet given for the current version. */
  public List<RequiredSignatures.Required> missingSignatures() {
    return requiredSignatures.stream()
        .filter(
            r ->
                currentSignOffs.stream()
                    .noneMatch(s -> s.party().equals(r.party()) && s.role().equals(r.role())))
        .toList();
  }
}
