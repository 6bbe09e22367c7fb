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
