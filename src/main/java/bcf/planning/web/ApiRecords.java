package bcf.planning.web;

import bcf.document.Change;
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
      JsonNode findings,
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

  record Saved(String id, int version, List<ChangeItem> changes, JsonNode findings) {}

  record Diff(String id, int from, int to, List<ChangeItem> changes) {}

  record WorkflowRequest(String comment, String overrideReason, String outcome) {}

  record SignOffRequest(String party, String role, String name, String position) {}

  record RequiredSignature(
      String role, String roleName, String party, String partyName, boolean signed) {}

  record SignOffs(String id, int version, List<RequiredSignature> required, List<Object> history) {}

  record Me(String username, String displayName, List<String> roles, List<String> scopes) {}
}
