package bcf.document;

import java.time.Instant;
import java.util.List;

/**
 * A stored document's header: its id (unique across kinds), kind, round, title, workflow state (its
 * kind's status and outcome codes), which versions exist and which is public, and the HWBs it
 * belongs to with their regions.
 */
public record DocumentRecord(
    String id,
    String kind,
    String round,
    String title,
    String status,
    String outcome,
    int currentVersion,
    Integer publishedVersion,
    Instant createdAt,
    Instant updatedAt,
    List<String> hwbs,
    List<String> regions) {

  public DocumentRecord {
    hwbs = List.copyOf(hwbs);
    regions = List.copyOf(regions);
  }
}
