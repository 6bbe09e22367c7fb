package bcf.register.web;

import bcf.access.Actor;
import bcf.document.Change;
import bcf.document.DocumentHistory;
import bcf.json.Json;
import bcf.register.RegisterPart;
import bcf.register.RegisterRefusal;
import bcf.register.RegisterService;
import bcf.register.model.ExceptionReport;
import bcf.register.model.Finding;
import bcf.register.model.HeatMap;
import bcf.register.model.Rating;
import bcf.register.model.Review;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The register API under {@code /api/v1/plans/{id}/register}: the document, a summary with the
 * exception report and heat map counts, part edits and reviews with the version they start from
 * (If-Match; a conflicting edit is refused), and the register as it stood when the plan was signed.
 */
@RestController
@RequestMapping(path = "/api/v1/plans/{id}/register", produces = MediaType.APPLICATION_JSON_VALUE)
class RegisterApi {

  private static final MediaType JSON_UTF8 =
      new MediaType("application", "json", StandardCharsets.UTF_8);

  private final RegisterService registers;

  RegisterApi(RegisterService registers) {
    this.registers = registers;
  }

  /** The register document (register.schema.json), its version as the ETag. */
  @ApiResponse(
      responseCode = "200",
      description = "The register document, exactly as stored (register.schema.json).",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema =
                  @io.swagger.v3.oas.annotations.media.Schema(
                      ref = RegisterSchemaComponents.DOCUMENT_REF)))
  @GetMapping
  public ResponseEntity<String> document(
      Actor actor, @PathVariable String id, @RequestParam(required = false) Integer version) {
    RegisterService.RegisterView view = registers.view(actor, id);
    int which = version == null ? view.version() : version;
    return ResponseEntity.ok()
        .contentType(JSON_UTF8)
        .eTag(etag(which))
        .body(registers.document(actor, id, which));
  }

  /**
   * Starts the plan's register: from the plan's risks when the body is empty, or from the register
   * document in the body.
   */
  @PostMapping
  public ResponseEntity<RegisterSummary> start(
      Actor actor, @PathVariable String id, @RequestBody(required = false) byte[] body) {
    RegisterService.RegisterView view =
        body == null || body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()
            ? registers.start(actor, id)
            : registers.create(
                actor, id, new String(body, StandardCharsets.UTF_8), "Created through the API");
    return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/register"))
        .eTag(etag(view.version()))
        .body(summary(view, registers.today(), null));
  }

  /** What is in the register, its findings, exceptions (as of {@code today}) and heat map. */
  @GetMapping("/summary")
  public ResponseEntity<RegisterSummary> summary(
      Actor actor, @PathVariable String id, @RequestParam(required = false) String today) {
    RegisterService.RegisterView view = registers.view(actor, id);
    LocalDate day = today == null ? registers.today() : date("today", today);
    RegisterAsSigned signed =
        registers
            .asSigned(actor, id)
            .map(s -> new RegisterAsSigned(s.signedAt().toString(), s.version()))
            .orElse(null);
    return ResponseEntity.ok().eTag(etag(view.version())).body(summary(view, day, signed));
  }

  /**
   * The register as it stood when the plan was last signed: when, its version then, the document.
   */
  @GetMapping("/as-signed")
  public ResponseEntity<RegisterAsSignedDocument> asSigned(Actor actor, @PathVariable String id) {
    RegisterService.AsSigned signed =
        registers.asSigned(actor, id).orElseThrow(() -> RegisterRefusal.notSigned(id));
    return ResponseEntity.ok()
        .eTag(etag(signed.version()))
        .body(
            new RegisterAsSignedDocument(
                signed.signedAt().toString(),
                signed.version(),
                Json.read(registers.document(actor, id, signed.version()))));
  }

  /** When the plan was signed, the register's version then, and that version's document. */
  public record RegisterAsSignedDocument(
      String signedAt,
      int version,
      @io.swagger.v3.oas.annotations.media.Schema(ref = RegisterSchemaComponents.DOCUMENT_REF)
          JsonNode register) {}

  /** Replaces one part (details, scale, entries, reviews) with the fields in the body. */
  @PutMapping(path = "/parts/{registerPart}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<RegisterSaved> savePart(
      Actor actor,
      @PathVariable String id,
      @PathVariable("registerPart") String part,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody byte[] body) {
    RegisterPart which =
        RegisterPart.find(part)
            .orElseThrow(
                () ->
                    RegisterRefusal.badRequest(
                        "Unknown part '"
                            + part
                            + "' (parts: "
                            + String.join(
                                ", ",
                                Arrays.stream(RegisterPart.values())
                                    .map(RegisterPart::code)
                                    .toList())
                            + ")."));
    JsonNode content = read(body);
    if (!content.isObject()) {
      throw RegisterRefusal.badRequest("The body must be a JSON object holding the part's fields.");
    }
    RegisterService.Saved saved =
        registers.savePart(actor, id, which, version(ifMatch), (ObjectNode) content);
    return ResponseEntity.ok().eTag(etag(saved.version())).body(RegisterSaved.of(saved));
  }

  /** A review of one entry: its new rating, a note and when it is next to be reviewed. */
  public record ReviewRequest(
      LocalDate date,
      Integer likelihood,
      Integer impact,
      Integer score,
      String category,
      String note,
      LocalDate next) {}

  @PostMapping(path = "/entries/{entry}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<RegisterSaved> review(
      Actor actor,
      @PathVariable String id,
      @PathVariable String entry,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody byte[] body) {
    ReviewRequest request;
    try {
      request = Json.MAPPER.treeToValue(read(body), ReviewRequest.class);
    } catch (JacksonException e) {
      throw RegisterRefusal.badRequest("The review cannot be read: " + Json.reason(e) + ".");
    }
    if (request == null || request.date() == null) {
      throw RegisterRefusal.badRequest("A review needs its date, written as 2017-09-30.");
    }
    RegisterService.Saved saved =
        registers.edit(
            actor,
            id,
            RegisterPart.REVIEWS,
            version(ifMatch),
            bcf.register.RegisterEdits.review(
                new Review(
                    entry,
                    request.date(),
                    new Rating(
                        request.likelihood(),
                        request.impact(),
                        request.score(),
                        request.category()),
                    request.note(),
                    request.next())));
    return ResponseEntity.status(201).eTag(etag(saved.version())).body(RegisterSaved.of(saved));
  }

  /** A board's sign-off of the register: for whom, in which position, and who signed. */
  public record SignOffRequest(String party, String role, String name, String onBehalfOf) {}

  /** One sign-off of the register: the version signed and whether it still counts. */
  public record RegisterSignOff(
      int version,
      String party,
      String partyName,
      String role,
      String position,
      String signatoryName,
      String onBehalfOf,
      String signedAt,
      boolean valid,
      Integer endedByVersion) {
    static RegisterSignOff of(DocumentHistory.SignOffEntry s) {
      return new RegisterSignOff(
          s.version(),
          s.party(),
          s.partyName(),
          s.role(),
          s.position(),
          s.signatoryName(),
          s.onBehalfOf(),
          s.signedAt().toString(),
          s.valid(),
          s.invalidatedByVersion());
    }
  }

  /** The register's sign-offs, oldest first; an edit of its entries, scale or details ends them. */
  @GetMapping("/sign-offs")
  public List<RegisterSignOff> signOffs(Actor actor, @PathVariable String id) {
    return registers.signOffs(actor, id).stream().map(RegisterSignOff::of).toList();
  }

  /** Signs the register's current version for one of the signatures the plan needs. */
  @PostMapping(path = "/sign-offs", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<RegisterSignOff> signOff(
      Actor actor, @PathVariable String id, @RequestBody byte[] body) {
    SignOffRequest request;
    try {
      request = Json.MAPPER.treeToValue(read(body), SignOffRequest.class);
    } catch (JacksonException e) {
      throw RegisterRefusal.badRequest("The sign-off cannot be read: " + Json.reason(e) + ".");
    }
    if (request == null) {
      throw RegisterRefusal.badRequest("Send the party, role and name of the person signing.");
    }
    DocumentHistory.SignOffEntry signed =
        registers.signOff(
            actor, id, request.party(), request.role(), request.name(), request.onBehalfOf());
    return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/register/sign-offs"))
        .body(RegisterSignOff.of(signed));
  }

  /** The decision on an escalated entry, made by those it was escalated to. */
  public record DecisionRequest(String decision) {}

  /** Records the decision on an entry's escalation (an edit of the entries part). */
  @PostMapping(path = "/entries/{entry}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<RegisterSaved> decide(
      Actor actor,
      @PathVariable String id,
      @PathVariable String entry,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody byte[] body) {
    DecisionRequest request;
    try {
      request = Json.MAPPER.treeToValue(read(body), DecisionRequest.class);
    } catch (JacksonException e) {
      throw RegisterRefusal.badRequest("The decision cannot be read: " + Json.reason(e) + ".");
    }
    if (request == null || request.decision() == null || request.decision().isBlank()) {
      throw RegisterRefusal.badRequest("Say what was decided: {\"decision\": \"...\"}.");
    }
    RegisterService.Saved saved =
        registers.edit(
            actor,
            id,
            RegisterPart.ENTRIES,
            version(ifMatch),
            bcf.register.RegisterEdits.decide(entry, request.decision()));
    return ResponseEntity.ok().eTag(etag(saved.version())).body(RegisterSaved.of(saved));
  }

  /** The register in numbers: entries by type and status, findings, exceptions, heat map. */
  public record RegisterSummary(
      String plan,
      String register,
      int version,
      Map<String, Integer> entriesByType,
      Map<String, Integer> entriesByStatus,
      List<RegisterFinding> findings,
      ExceptionReport exceptions,
      HeatMap heatMap,
      RegisterAsSigned asSigned) {}

  public record RegisterFinding(
      String rule, String severity, String where, String place, String message) {
    static RegisterFinding of(Finding f) {
      return new RegisterFinding(f.rule(), f.severity().code(), f.where(), f.place(), f.message());
    }
  }

  public record RegisterAsSigned(String signedAt, int version) {}

  public record RegisterSaved(int version, List<RegisterChange> changes, int signOffsInvalidated) {
    static RegisterSaved of(RegisterService.Saved saved) {
      List<RegisterChange> changes = new ArrayList<>();
      for (Change c : saved.changes()) {
        changes.add(new RegisterChange(c.path(), c.oldValue(), c.newValue()));
      }
      return new RegisterSaved(saved.version(), changes, saved.signOffsInvalidated());
    }
  }

  public record RegisterChange(String path, JsonNode oldValue, JsonNode newValue) {}

  private static RegisterSummary summary(
      RegisterService.RegisterView view, LocalDate today, RegisterAsSigned signed) {
    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> byStatus = new TreeMap<>();
    view.register()
        .entries()
        .forEach(
            e -> {
              byType.merge(e.type() == null ? "unknown" : e.type().code(), 1, Integer::sum);
              byStatus.merge(e.status().code(), 1, Integer::sum);
            });
    return new RegisterSummary(
        view.planId(),
        view.record().id(),
        view.version(),
        byType,
        byStatus,
        view.findings().stream().map(RegisterFinding::of).toList(),
        view.exceptions(today),
        view.heatMap(),
        signed);
  }

  private static JsonNode read(byte[] body) {
    if (body == null || body.length == 0) {
      throw RegisterRefusal.badRequest("The body is empty; send a JSON object.");
    }
    try {
      return Json.read(new String(body, StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      throw RegisterRefusal.badRequest("The body is not JSON: " + Json.reason(e) + ".");
    }
  }

  private static LocalDate date(String name, String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw RegisterRefusal.badRequest(name + ": write the date as 2017-09-30.");
    }
  }

  static String etag(int version) {
    return "\"" + version + "\"";
  }

  static Integer version(String ifMatch) {
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
      throw RegisterRefusal.badRequest(
          "If-Match: give the register's ETag, a version number in quotes such as \"3\".");
    }
  }
}
