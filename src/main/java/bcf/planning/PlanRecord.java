package bcf.planning;

import bcf.access.PlanAccess;
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

  public boolean published() {
    return publishedVersion != null;
  }

  public PlanAccess.PlanFacts facts() {
    return new PlanAccess.PlanFacts(Set.copyOf(hwbs), Set.copyOf(regions), published());
  }
}
