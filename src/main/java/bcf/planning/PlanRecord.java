package bcf.planning;

import bcf.access.PlanAccess;
import bcf.document.DocumentRecord;
import bcf.workflow.Outcome;
import bcf.workflow.PlanStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A stored plan's header: identity, workflow state and which versions exist and are public. */
public record PlanRecord(
    String id,
    String round,
    String title,
    PlanStatus status,
    Outcome outcome,
    int currentVersion,
    Integer publishedVersion,
    Instant createdAt,
    Instant updatedAt,
    List<String> hwbs,
    List<String> regions) {

  /** The plan's header from its document's, with the workflow's status and outcome. */
  static PlanRecord of(DocumentRecord document) {
    return new PlanRecord(
        document.id(),
        document.round(),
        document.title(),
        PlanStatus.of(document.status()),
        document.outcome() == null ? null : Outcome.of(document.outcome()),
        document.currentVersion(),
        document.publishedVersion(),
        document.createdAt(),
        document.updatedAt(),
        document.hwbs(),
        document.regions());
  }

  public boolean published() {
    return publishedVersion != null;
  }

  public PlanAccess.PlanFacts facts() {
    return new PlanAccess.PlanFacts(Set.copyOf(hwbs), Set.copyOf(regions), published());
  }
}
