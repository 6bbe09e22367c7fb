package bcf.monitoring.web;

import bcf.access.Actor;
import bcf.monitoring.MonitoringService;
import bcf.platform.web.CsvBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
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

/** A plan's pooled-budget monitoring under {@code /api/v1/plans/{id}/monitoring}. */
@RestController
@RequestMapping(path = "/api/v1/plans/{id}/monitoring")
class MonitoringApi {

  private final MonitoringService monitoring;

  MonitoringApi(MonitoringService monitoring) {
    this.monitoring = monitoring;
  }

  /** The whole position for a year ({@code year=2017-18}; by default the latest with figures). */
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public MonitoringDocument position(
      Actor actor, @PathVariable String id, @RequestParam(required = false) String year) {
    return MonitoringDocument.of(monitoring.view(actor, id, year));
  }

  /** The year's position per scheme as CSV: budget, actual to date, outturn, variance. */
  @GetMapping(path = "/position.csv", produces = "text/csv")
  public ResponseEntity<String> positionCsv(
      Actor actor, @PathVariable String id, @RequestParam(required = false) String year) {
    return MonitoringController.csv(monitoring.view(actor, id, year), id);
  }

  /** The plan's monitoring terms as stored ({@code {}} when none), their version as the ETag. */
  @io.swagger.v3.oas.annotations.responses.ApiResponse(
      responseCode = "200",
      description = "The monitoring terms as stored (monitoring-terms.schema.json).",
      content =
          @io.swagger.v3.oas.annotations.media.Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema =
                  @io.swagger.v3.oas.annotations.media.Schema(
                      ref = TermsSchemaComponents.TERMS_REF)))
  @GetMapping(path = "/terms", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> terms(Actor actor, @PathVariable String id) {
    MonitoringService.Terms terms = monitoring.terms(actor, id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .eTag("\"" + terms.version() + "\"")
        .body(terms.json());
  }

  public record TermsSaved(String plan, String version) {}

  /**
   * Replaces the terms (schema monitoring-terms.schema.json). If-Match (or {@code baseVersion})
   * names the version the change started from; a change made meanwhile is refused (409).
   */
  @PutMapping(path = "/terms", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<TermsSaved> saveTerms(
      Actor actor,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestParam(name = "baseVersion", required = false) String baseVersion,
      @RequestBody byte[] body) {
    monitoring.checkImporter(actor, id);
    String base = baseVersion != null ? baseVersion : ifMatch == null ? null : unquote(ifMatch);
    monitoring.saveTerms(
        actor, id, new String(body, java.nio.charset.StandardCharsets.UTF_8), base);
    String version = monitoring.terms(actor, id).version();
    return ResponseEntity.ok().eTag("\"" + version + "\"").body(new TermsSaved(id, version));
  }

  private static String unquote(String etag) {
    String text = etag.strip();
    if (text.startsWith("W/")) {
      text = text.substring(2);
    }
    return text.replace("\"", "").strip();
  }

  /** Imports a CSV body of actuals and forecasts; all rows or none. */
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      description = CsvBody.DESCRIPTION,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  @PostMapping(
      path = "/imports",
      consumes = CsvBody.MEDIA_TYPE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<MonitoringDocument.Imported> importCsv(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) String file,
      HttpServletRequest request) {
    monitoring.checkImporter(actor, id);
    MonitoringService.Imported imported =
        monitoring.importCsv(actor, id, file, CsvBody.read(request));
    return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/monitoring"))
        .body(new MonitoringDocument.Imported(imported.importId(), imported.rows()));
  }
}
