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
    return RequiredSignatures.missing(requiredSignatures, recorded());
  }

  /** The signatures recorded for the current version, as the workflow's decision takes them. */
  public List<RequiredSignatures.Recorded> recorded() {
    return currentSignOffs.stream()
        .map(s -> new RequiredSignatures.Recorded(s.party(), s.role()))
        .toList();
  }
}
