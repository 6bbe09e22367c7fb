package bcf.planning.web;

import bcf.access.Actor;
import bcf.access.Scope;
import bcf.access.SignInRequired;
import bcf.analysis.PlanAnalysis;
import bcf.analysis.SummaryDocument;
import bcf.analysis.SummaryRecords;
import bcf.json.Json;
import bcf.planning.PlanPart;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.PlanningException;
import bcf.planning.web.ApiRecords.ChangeItem;
import bcf.platform.web.ApiProblems;
import bcf.platform.web.JsonBodies;
import bcf.workflow.Outcome;
import bcf.workflow.Workflow;
import bcf.workflow.WorkflowAction;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.Arrays;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST API under {@code /api/v1}: plans (list, create, read, update parts), validation,
 * summary, workflow actions, sign-offs, history, versions and diffs, and the national view. Thin:
 * the service checks access and does the work; this maps requests and responses.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PlansApi {

  /**
   * Strict: a misspelt field in a request body is refused, not silently ignored. Numbers are read
   * as exact decimals, as the plan reader reads a file: never through a double, which cannot hold
   * 1e400 or 0.1 and would round 1.000000000000000001 to 1.
   */
  private static final JsonMapper JSON = Json.MAPPER;

  private static final MediaType JSON_UTF8 =
      new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8);

  private final PlanService plans;

  /**
   * Summaries as written, one per analysis: the plan service hands out one analysis per version and
   * set of recorded signatures, so its identity says when the summary changes; entries are bounded
   * by size.
   */
  private final JsonBodies summaries;

  PlansApi(PlanService plans, JsonMapper mapper) {
    this.plans = plans;
    this.summaries = new JsonBodies(mapper, 4_000_000);
  }

  /** A summary depends only on its analysis, compared by identity (see the comment above). */
  private record SummaryKey(PlanAnalysis analysis) {
    @Override
    public boolean equals(Object other) {
      return other instanceof SummaryKey k && k.analysis == analysis;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(analysis);
    }
  }

  @GetMapping("/me")
  public ApiRecords.Me me(Actor actor) {
    if (actor.isAnonymous()) {
      // Who am I? needs credentials: 401 with WWW-Authenticate lets a client ask for them.
      throw new SignInRequired();
    }
    return new ApiRecords.Me(
        actor.username(),
        actor.displayName(),
        actor.roles().stream().map(r -> r.code()).sorted().toList(),
        actor.scopes().stream().map(Scope::toString).sorted().toList());
  }

  @GetMapping("/rounds")
  public List<ApiRecords.RoundItem> rounds() {
    return plans.rounds().stream().map(ApiRecords.RoundItem::of).toList();
  }

  @GetMapping("/plans")
  public List<ApiRecords.PlanItem> list(
      Actor actor,
      @RequestParam(required = false) String round,
      @RequestParam(required = false) String hwb,
      @RequestParam(required = false) String status) {
    return plans.list(actor, new PlanService.Filter(round, hwb, status)).stream()
        .map(ApiRecords.PlanItem::of)
        .toList();
  }

  /**
   * What starts a plan from a round ({@code {"round": "2025-26", "hwbs": ["E06000001"]}}): the HWBs
   * by ONS code, the ICBs by ODS code, and an earlier plan of the HWBs to carry forward.
   */
  record StartPlanRequest(String round, List<String> hwbs, List<String> icbs, String from) {}

  private static final java.util.Set<String> START_FIELDS =
      java.util.Set.of("round", "hwbs", "icbs", "from");

  /**
   * Creates a plan: from a whole plan document (it has an {@code id}), or started from a round and
   * England's reference data (it has none: {@link StartPlanRequest}).
   */
  @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ApiRecords.PlanDetail> create(Actor actor, @RequestBody byte[] document) {
    PlanRecord created =
        startRequest(document)
            .map(
                r ->
                    plans.start(
                        actor, new PlanService.Start(r.round(), r.hwbs(), r.icbs(), r.from())))
            .orElseGet(() -> plans.create(actor, document, "Created through the API"));
    PlanView view = plans.view(actor, created.id());
    return ResponseEntity.created(URI.create("/api/v1/plans/" + created.id()))
        .eTag(etag(view.version()))
        .body(detail(view));
  }

  @GetMapping("/plans/{id}")
  public ResponseEntity<ApiRecords.PlanDetail> read(Actor actor, @PathVariable String id) {
    PlanView view = plans.view(actor, id);
    return ResponseEntity.ok().eTag(etag(view.version())).body(detail(view));
  }

  @ApiResponse(
      responseCode = "200",
      description = "The plan document, exactly as stored (plan.schema.json).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(ref = PlanSchemaComponents.DOCUMENT_REF)))
  @GetMapping("/plans/{id}/document")
  public ResponseEntity<String> document(
      Actor actor, @PathVariable String id, @RequestParam(required = false) Integer version) {
    PlanView view = version == null ? plans.view(actor, id) : plans.view(actor, id, version);
    return ResponseEntity.ok()
        .contentType(JSON_UTF8)
        .eTag(etag(view.version()))
        .body(plans.document(actor, id, view.version()));
  }

  @ApiResponse(
      responseCode = "200",
      description = "The plan's figures and findings.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = SummaryRecords.PlanSummary.class)))
  @GetMapping(path = "/plans/{id}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> summary(Actor actor, @PathVariable String id) {
    PlanAnalysis a = plans.view(actor, id).analysis();
    return summaries.answer(
        new SummaryKey(a),
        () -> SummaryDocument.of(a.plan(), a.round(), a.summary(), a.findings()));
  }

  @GetMapping("/plans/{id}/validation")
  public SummaryRecords.Findings validation(Actor actor, @PathVariable String id) {
    return SummaryDocument.findingsDocument(plans.view(actor, id).analysis().findings());
  }

  /**
   * One part's fields, copied from the stored document as they are (exact decimals included): a
   * fragment of the plan document, described by the plan schema's own fields ({@link
   * PlanSchemaComponents#PART}) rather than by Java types of its own (docs/decisions.md).
   */
  @ApiResponse(
      responseCode = "200",
      description = "The part's fields as the plan document holds them (plan.schema.json).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(ref = PlanSchemaComponents.PART_REF)))
  @GetMapping("/plans/{id}/parts/{part}")
  public ResponseEntity<ObjectNode> part(
      Actor actor, @PathVariable String id, @PathVariable String part) {
    PlanPart which = part(part);
    PlanView view = plans.view(actor, id);
    ObjectNode document = (ObjectNode) JSON.readTree(plans.document(actor, id, view.version()));
    ObjectNode content = JsonNodeFactory.instance.objectNode();
    for (String field : which.fields()) {
      if (document.has(field)) {
        content.set(field, document.get(field));
      }
    }
    return ResponseEntity.ok().eTag(etag(view.version())).body(content);
  }

  @PutMapping(path = "/plans/{id}/parts/{part}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ApiRecords.Saved> updatePart(
      Actor actor,
      @PathVariable String id,
      @PathVariable String part,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody byte[] body) {
    PlanPart which = part(part);
    ObjectNode content = object(body);
    PlanService.Saved saved = plans.updatePart(actor, id, which, version(ifMatch), content);
    return ResponseEntity.ok()
        .eTag(etag(saved.version()))
        .body(
            new ApiRecords.Saved(
                id,
                saved.version(),
                saved.changes().stream().map(ChangeItem::of).toList(),
                SummaryDocument.findingsDocument(saved.analysis().findings())));
  }

  @PostMapping(path = "/plans/{id}/workflow/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ApiRecords.PlanDetail act(
      Actor actor,
      @PathVariable String id,
      @PathVariable String action,
      @RequestBody(required = false) byte[] body) {
    WorkflowAction which;
    try {
      which = WorkflowAction.of(action);
    } catch (IllegalArgumentException e) {
      throw new PlanningException.BadRequest(e.getMessage());
    }
    ApiRecords.WorkflowRequest request =
        body == null || body.length == 0
            ? new ApiRecords.WorkflowRequest(null, null, null)
            : read(body, ApiRecords.WorkflowRequest.class);
    Outcome outcome;
    try {
      outcome = request.outcome() == null ? null : Outcome.of(request.outcome());
    } catch (IllegalArgumentException e) {
      throw new PlanningException.BadRequest("outcome: " + e.getMessage());
    }
    plans.act(
        actor,
        id,
        new Workflow.Request(which, request.comment(), request.overrideReason(), outcome));
    return detail(plans.view(actor, id));
  }

  @GetMapping("/plans/{id}/sign-offs")
  public ApiRecords.SignOffs signOffs(Actor actor, @PathVariable String id) {
    PlanView view = plans.view(actor, id);
    return signOffs(actor, view);
  }

  @PostMapping(path = "/plans/{id}/sign-offs", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ApiRecords.SignOffs> signOff(
      Actor actor, @PathVariable String id, @RequestBody byte[] body) {
    ApiRecords.SignOffRequest request = read(body, ApiRecords.SignOffRequest.class);
    if (request.party() == null || request.party().isBlank()) {
      throw new PlanningException.BadRequest("party: say on whose behalf you sign (party id).");
    }
    plans.signOff(actor, id, request.party(), request.role(), request.name(), request.onBehalfOf());
    return ResponseEntity.status(201).body(signOffs(actor, plans.view(actor, id)));
  }

  @GetMapping("/plans/{id}/history")
  public ApiRecords.History history(Actor actor, @PathVariable String id) {
    return ApiRecords.History.of(plans.history(actor, id));
  }

  @GetMapping("/plans/{id}/versions")
  public List<ApiRecords.VersionItem> versions(Actor actor, @PathVariable String id) {
    return plans.history(actor, id).versions().stream().map(ApiRecords.VersionItem::of).toList();
  }

  @ApiResponse(
      responseCode = "200",
      description = "The plan document of that version, exactly as stored (plan.schema.json).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(ref = PlanSchemaComponents.DOCUMENT_REF)))
  @GetMapping("/plans/{id}/versions/{version}/document")
  public ResponseEntity<String> versionDocument(
      Actor actor, @PathVariable String id, @PathVariable int version) {
    return ResponseEntity.ok()
        .contentType(JSON_UTF8)
        .eTag(etag(version))
        .body(plans.document(actor, id, version));
  }

  @GetMapping("/plans/{id}/diff")
  public ApiRecords.Diff diff(
      Actor actor, @PathVariable String id, @RequestParam int from, @RequestParam int to) {
    return new ApiRecords.Diff(
        id, from, to, plans.diff(actor, id, from, to).stream().map(ChangeItem::of).toList());
  }

  private ApiRecords.SignOffs signOffs(Actor actor, PlanView view) {
    List<ApiRecords.RequiredSignature> required =
        view.requiredSignatures().stream()
            .map(
                r ->
                    new ApiRecords.RequiredSignature(
                        r.role(),
                        r.roleName(),
                        r.party(),
                        r.partyName(),
                        view.currentSignOffs().stream()
                            .anyMatch(
                                s -> s.party().equals(r.party()) && s.role().equals(r.role()))))
            .toList();
    List<ApiRecords.SignOffItem> history =
        view.can().readCurrent()
            ? plans.history(actor, view.record().id()).signOffs().stream()
                .map(ApiRecords.SignOffItem::of)
                .toList()
            : List.of();
    return new ApiRecords.SignOffs(view.record().id(), view.version(), required, history);
  }

  private static ApiRecords.PlanDetail detail(PlanView view) {
    PlanRecord r = view.record();
    return new ApiRecords.PlanDetail(
        r.id(),
        r.round(),
        r.title(),
        r.hwbs(),
        r.status().code(),
        r.outcome() == null ? null : r.outcome().code(),
        view.version(),
        r.currentVersion(),
        r.publishedVersion(),
        r.createdAt(),
        r.updatedAt(),
        ApiRecords.Permissions.of(view.can()),
        SummaryDocument.findingsDocument(view.analysis().findings()),
        Arrays.stream(PlanPart.values()).map(PlanPart::code).toList());
  }

  private static PlanPart part(String code) {
    return PlanPart.find(code)
        .orElseThrow(
            () ->
                new ApiProblems.NotFound(
                    "unknown part '"
                        + code
                        + "' (parts: "
                        + String.join(
                            ", ", Arrays.stream(PlanPart.values()).map(PlanPart::code).toList())
                        + ")"));
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
    text = text.replace("\"", "");
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new PlanningException.BadRequest(
          "If-Match: give the plan's ETag, a version number in quotes such as \"3\".");
    }
  }

  private static ObjectNode object(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw new PlanningException.BadRequest(
            "The body must be a JSON object holding the part's fields.");
      }
      return (ObjectNode) node;
    } catch (JacksonException e) {
      throw new ApiProblems.Unreadable(e);
    }
  }

  /**
   * The body as a start request when it is one: a JSON object without an {@code id} whose {@code
   * hwbs} are codes rather than the objects a plan document holds, or that has no field but those
   * of a start request. Anything else is read as a plan document, as before.
   */
  private static java.util.Optional<StartPlanRequest> startRequest(byte[] body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JacksonException e) {
      return java.util.Optional.empty();
    }
    if (node == null || !node.isObject() || node.has("id")) {
      return java.util.Optional.empty();
    }
    JsonNode hwbs = node.get("hwbs");
    boolean codes = hwbs != null && hwbs.isArray();
    if (codes) {
      for (JsonNode h : hwbs) {
        codes &= !h.isObject();
      }
    }
    if (!codes && !START_FIELDS.containsAll(node.propertyNames())) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(JSON.treeToValue(node, StartPlanRequest.class));
    } catch (JacksonException e) {
      throw new ApiProblems.Unreadable(e);
    }
  }

  private static <T> T read(byte[] body, Class<T> type) {
    try {
      return JSON.readValue(body, type);
    } catch (JacksonException e) {
      throw new ApiProblems.Unreadable(e);
    }
  }
}
