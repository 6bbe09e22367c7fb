package bcf.planning.web;

import bcf.analysis.SummaryRecords.Findings;
import bcf.document.Change;
import bcf.document.DocumentHistory;
import bcf.planning.PlanPart;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.workflow.WorkflowAction;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The API's request and response bodies: records mapped at the edge, never database rows. */
final class ApiRecords {

  private ApiRecords() {}

  record PlanItem(
      String id,
      String round,
      String title,
      List<String> hwbs,
      String status,
      String outcome,
      int version,
      int currentVersion,
      Integer publishedVersion,
      long errors,
      long warnings,
      Instant updatedAt) {

    static PlanItem of(PlanService.Listing listing) {
      PlanRecord r = listing.record();
      return new PlanItem(
          r.id(),
          r.round(),
          r.title(),
          r.hwbs(),
          r.status().code(),
          r.outcome() == null ? null : r.outcome().code(),
          listing.version(),
          r.currentVersion(),
          r.publishedVersion(),
          listing.errors(),
          listing.warnings(),
          r.updatedAt());
    }
  }

  record Permissions(
      boolean readCurrent, boolean edit, boolean sign, boolean assure, List<String> actions) {
    static Permissions of(PlanView.Permissions can) {
      return new Permissions(
          can.readCurrent(),
          can.edit(),
          can.sign(),
          can.assure(),
          can.actions().stream().map(WorkflowAction::code).toList());
    }
  }

  record PlanDetail(
      String id,
      String round,
      String title,
      List<String> hwbs,
      String status,
      String outcome,
      int version,
      int currentVersion,
      Integer publishedVersion,
      Instant createdAt,
      Instant updatedAt,
      Permissions permissions,
      Findings findings,
      List<String> parts) {}

  record ChangeItem(String path, String part, JsonNode oldValue, JsonNode newValue) {
    static ChangeItem of(Change change) {
      return new ChangeItem(
          change.path(),
          PlanPart.ofPath(change.path()).map(PlanPart::code).orElse("plan"),
          change.oldValue(),
          change.newValue());
    }
  }

  record Saved(String id, int version, List<ChangeItem> changes, Findings findings) {}

  record Diff(String id, int from, int to, List<ChangeItem> changes) {}

  record WorkflowRequest(String comment, String overrideReason, String outcome) {}

  /**
   * A signature: the party and role signed for, the person signing, and on whose behalf. A {@code
   * position} is ignored: the position recorded is the round's name for the role.
   */
  record SignOffRequest(
      String party, String role, String name, String position, String onBehalfOf) {}

  record RequiredSignature(
      String role, String roleName, String party, String partyName, boolean signed) {}

  record SignOffs(
      String id, int version, List<RequiredSignature> required, List<SignOffItem> history) {}

  /** A saved version of the plan. */
  record VersionItem(
      int version, Instant createdAt, String createdBy, String note, boolean submitted) {
    static VersionItem of(DocumentHistory.VersionEntry v) {
      return new VersionItem(v.version(), v.createdAt(), v.createdBy(), v.note(), v.submitted());
    }
  }

  /** One changed value in the audit trail: where, in which part, who, when, old and new. */
  record HistoryChange(
      int version,
      Instant changedAt,
      String changedBy,
      String path,
      String part,
      JsonNode oldValue,
      JsonNode newValue) {
    static HistoryChange of(DocumentHistory.ChangeEntry c) {
      return new HistoryChange(
          c.version(),
          c.changedAt(),
          c.changedBy(),
          c.path(),
          PlanPart.ofPath(c.path()).map(PlanPart::code).orElse("plan"),
          c.oldValue(),
          c.newValue());
    }
  }

  /** A move through the workflow. */
  record TransitionItem(
      int version,
      String action,
      String from,
      String to,
      String outcome,
      String actor,
      Instant at,
      String comment,
      String overrideReason) {
    static TransitionItem of(DocumentHistory.TransitionEntry t) {
      return new TransitionItem(
          t.version(),
          t.action(),
          t.from(),
          t.to(),
          t.outcome(),
          t.actor(),
          t.at(),
          t.comment(),
          t.overrideReason());
    }
  }

  /** A partner's signature on a version, and whether it still counts. */
  record SignOffItem(
      int version,
      String party,
      String partyName,
      String role,
      String signatoryName,
      String position,
      String signedBy,
      Instant signedAt,
      boolean valid,
      Instant invalidatedAt,
      Integer invalidatedByVersion,
      String onBehalfOf) {
    static SignOffItem of(DocumentHistory.SignOffEntry s) {
      return new SignOffItem(
          s.version(),
          s.party(),
          s.partyName(),
          s.role(),
          s.signatoryName(),
          s.position(),
          s.signedBy(),
          s.signedAt(),
          s.valid(),
          s.invalidatedAt(),
          s.invalidatedByVersion(),
          s.onBehalfOf());
    }
  }

  /** The plan's record: versions, every changed value, workflow moves and signatures. */
  record History(
      List<VersionItem> versions,
      List<HistoryChange> changes,
      List<TransitionItem> transitions,
      List<SignOffItem> signOffs) {
    static History of(DocumentHistory h) {
      return new History(
          h.versions().stream().map(VersionItem::of).toList(),
          h.changes().stream().map(HistoryChange::of).toList(),
          h.transitions().stream().map(TransitionItem::of).toList(),
          h.signOffs().stream().map(SignOffItem::of).toList());
    }
  }

  /** A planning round: its id, name and years. */
  record RoundItem(String id, String name, List<RoundYear> years) {
    static RoundItem of(bcf.round.Round round) {
      return new RoundItem(
          round.id(),
          round.name(),
          round.years().stream().map(y -> new RoundYear(y.startYear())).toList());
    }
  }

  /** A financial year of a round, by the calendar year it starts in (2017 for 2017-18). */
  record RoundYear(int startYear) {}

  record Me(String username, String displayName, List<String> roles, List<String> scopes) {}
}
