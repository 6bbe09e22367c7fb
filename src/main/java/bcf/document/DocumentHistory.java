package bcf.document;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The record of a plan: its versions, the changes that made them, transitions and sign-offs. */
public record DocumentHistory(
    List<VersionEntry> versions,
    List<ChangeEntry> changes,
    List<TransitionEntry> transitions,
    List<SignOffEntry> signOffs) {

  public record VersionEntry(
      int version, Instant createdAt, String createdBy, String note, boolean submitted) {}

  public record ChangeEntry(
      int version,
      Instant changedAt,
      String changedBy,
      String path,
      JsonNode oldValue,
      JsonNode newValue) {}

  public record TransitionEntry(
      int version,
      String action,
      String from,
      String to,
      String outcome,
      String actor,
      Instant at,
      String comment,
      String overrideReason) {}

  public record SignOffEntry(
      long id,
      int version,
      String party,
      String partyName,
      String role,
      String signatoryName,
      String position,
      String signedBy,
      Instant signedAt,
      Instant invalidatedAt,
      Integer invalidatedByVersion,
      String onBehalfOf) {

    public boolean valid() {
      return invalidatedAt == null;
    }
  }
}
