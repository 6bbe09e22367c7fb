package bcf.returns.web;

import bcf.access.Actor;
import bcf.json.Json;
import bcf.returns.ReturnPart;
import bcf.returns.ReturnRefusal;
import bcf.returns.ReturnStatus;
import bcf.returns.ReturnSummary;
import bcf.returns.json.ReturnDocumentException;
import bcf.returns.json.ReturnDocumentReader;
import bcf.returns.store.ReturnService;
import bcf.returns.store.ReturnService.ReturnView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Returns in the API: a plan's returns ({@code /api/v1/plans/{id}/returns}: list, start one for a
 * quarter or import a whole return) and one return ({@code /api/v1/returns/{id}}: detail, document,
 * summary, a section saved from a base version given as If-Match, the workflow).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ReturnsApi {

  private final ReturnService returns;

  ReturnsApi(ReturnService returns) {
    this.returns = returns;
  }

  /** A return: which, its state, its figures and findings, and what the caller may do. */
  public record ReturnDetail(
      String id,
      String plan,
      String title,
      String year,
      String quarter,
      String status,
      int version,
      ReturnSummary.Document summary,
      List<FindingItem> findings,
      ReturnService.Permissions may) {

    static ReturnDetail of(ReturnView view) {
      return new ReturnDetail(
          view.record().id(),
          view.planId(),
          view.record().title(),
          view.content().year().toString(),
          view.content().quarter(),
          view.status().code(),
          view.record().currentVersion(),
          view.summary().document(),
          view.findings().findings().stream().map(FindingItem::of).toList(),
          view.may());
    }
  }

  public record FindingItem(String rule, String severity, String where, String message) {
    static FindingItem of(bcf.validation.Finding f) {
      return new FindingItem(f.rule(), f.severity().code(), f.where(), f.message());
    }
  }

  /** To start a return: the financial year ({@code 2015-16}) and quarter ({@code Q2}). */
  public record StartRequest(String year, String quarter) {}

  /** A move of the workflow: the HWB signed for, or the assurer's view. */
  public record WorkflowRequest(String hwb, String comment) {}

  @GetMapping("/plans/{id}/returns")
  public List<ReturnService.Listing> list(Actor actor, @PathVariable String id) {
    return returns.list(actor, id);
  }

  @PostMapping(path = "/plans/{id}/returns", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ReturnDetail> create(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "submitted", required = false) String submitted,
      @RequestBody byte[] body) {
    JsonNode root = readJson(body);
    ReturnView created;
    if (ReturnDocumentReader.isReturn(root) && "true".equals(submitted)) {
      created = returns.loadSubmitted(actor, id, body);
    } else if (ReturnDocumentReader.isReturn(root)) {
      created = returns.importDocument(actor, id, body);
    } else {
      if (!root.isObject()) {
        throw ReturnRefusal.badRequest(
            "return-start", "Give the year and quarter, or a whole return document.");
      }
      created = returns.start(actor, id, text(root, "year"), text(root, "quarter"));
    }
    return ResponseEntity.created(URI.create("/api/v1/returns/" + created.record().id()))
        .eTag(etag(created.record().currentVersion()))
        .body(ReturnDetail.of(created));
  }

  @GetMapping("/returns/{id}")
  public ResponseEntity<ReturnDetail> read(Actor actor, @PathVariable String id) {
    ReturnView view = returns.view(actor, id);
    return ResponseEntity.ok()
        .eTag(etag(view.record().currentVersion()))
        .body(ReturnDetail.of(view));
  }

  @io.swagger.v3.oas.annotations.responses.ApiResponse(
      responseCode = "200",
      description = "The return document, exactly as stored (return.schema.json).",
      content =
          @io.swagger.v3.oas.annotations.media.Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema =
                  @io.swagger.v3.oas.annotations.media.Schema(
                      ref = ReturnSchemaComponents.DOCUMENT_REF)))
  @GetMapping(path = "/returns/{id}/document", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> document(Actor actor, @PathVariable String id) {
    ReturnView view = returns.view(actor, id);
    return ResponseEntity.ok().eTag(etag(view.record().currentVersion())).body(view.json());
  }

  @GetMapping("/returns/{id}/summary")
  public ReturnSummary.Document summary(Actor actor, @PathVariable String id) {
    return returns.view(actor, id).summary().document();
  }

  @PutMapping(
      path = "/returns/{id}/sections/{returnSection}",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ReturnDetail> save(
      Actor actor,
      @PathVariable String id,
      @PathVariable("returnSection") String section,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody byte[] body) {
    ReturnPart part =
        ReturnPart.of(section)
            .orElseThrow(() -> ReturnRefusal.notFound("section '" + section + "' of a return"));
    ReturnView saved = returns.saveSection(actor, id, part, version(ifMatch), readJson(body));
    return ResponseEntity.ok()
        .eTag(etag(saved.record().currentVersion()))
        .body(ReturnDetail.of(saved));
  }

  @PostMapping(path = "/returns/{id}/workflow/{returnAction}")
  public ReturnDetail act(
      Actor actor,
      @PathVariable String id,
      @PathVariable("returnAction") String action,
      @RequestBody(required = false) byte[] body) {
    ReturnStatus.Action which =
        ReturnStatus.Action.of(action)
            .orElseThrow(
                () ->
                    ReturnRefusal.badRequest(
                        "return-workflow",
                        "'" + action + "' is not a move of a return: sign-off, submit or assure."));
    String hwb = null;
    String comment = null;
    if (body != null && body.length > 0) {
      JsonNode request = readJson(body);
      hwb = text(request, "hwb");
      comment = text(request, "comment");
    }
    return ReturnDetail.of(returns.act(actor, id, which, hwb, comment));
  }

  private static JsonNode readJson(byte[] body) {
    if (body == null || body.length == 0) {
      throw ReturnRefusal.badRequest("return-body", "The request has no body; send JSON.");
    }
    try {
      return Json.read(new String(body, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      throw new ReturnDocumentException("", "the body is not valid JSON: " + Json.reason(e));
    }
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asString();
  }

  static String etag(int version) {
    return "\"" + version + "\"";
  }

  private static Integer version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String text = ifMatch.strip();
    if (text.startsWith("W/")) {
      text = text.substring(2);
    }
    try {
      return Integer.parseInt(text.replace("\"", ""));
    } catch (NumberFormatException e) {
      throw ReturnRefusal.badRequest(
          "return-version",
          "If-Match: give the return's ETag, a version number in quotes such as \"3\".");
    }
  }
}
