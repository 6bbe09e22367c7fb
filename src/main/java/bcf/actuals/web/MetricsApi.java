package bcf.actuals.web;

import bcf.access.Actor;
import bcf.actuals.MetricsService;
import bcf.metric.ActualsCsv;
import bcf.metric.ChartChoices;
import bcf.metric.MetricAssessment;
import bcf.metric.MetricAssessor;
import bcf.metric.MetricCharts;
import bcf.planning.PlanningException;
import bcf.platform.web.CsvBody;
import bcf.platform.web.JsonBodies;
import bcf.platform.web.MediaTypes;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metrics under {@code /api/v1/plans/{id}}: every HWB's metrics with intervals, RAG, trend and
 * control chart; one metric in full; its charts as MediaTypes.SVG; the actuals as CSV, and their
 * import.
 */
@RestController
@RequestMapping(path = "/api/v1/plans/{id}")
class MetricsApi {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final MetricsService metrics;

  /** About 40 of the largest plan's metrics documents. */
  private final JsonBodies documents;

  MetricsApi(MetricsService metrics, JsonMapper mapper) {
    this.metrics = metrics;
    this.documents = new JsonBodies(mapper, 4_000_000);
  }

  /**
   * What the metrics document depends on: the assessments (one list per analysis and set of
   * actuals, compared by identity), the version and plan they are of, and the imports this reader
   * is shown.
   */
  private record DocumentKey(
      List<MetricAssessment> assessments,
      String plan,
      int version,
      boolean actualsShown,
      List<?> imports) {
    @Override
    public boolean equals(Object other) {
      return other instanceof DocumentKey k
          && k.assessments == assessments
          && k.plan.equals(plan)
          && k.version == version
          && k.actualsShown == actualsShown
          && k.imports.equals(imports);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(
          System.identityHashCode(assessments), plan, version, actualsShown, imports);
    }
  }

  @ApiResponse(
      responseCode = "200",
      description = "The plan's metrics, each assessed against its imported actuals.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON_VALUE,
              schema = @Schema(implementation = MetricsRecords.PlanMetrics.class)))
  @GetMapping(path = "/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> all(Actor actor, @PathVariable String id) {
    MetricsService.MetricsView view = metrics.view(actor, id);
    return documents.answer(
        new DocumentKey(
            view.assessments(),
            view.plan().record().id(),
            view.plan().version(),
            view.actualsShown(),
            view.imports()),
        () -> MetricsDocument.of(view));
  }

  /**
   * One metric in full. The control chart can be drawn with other choices, as an analyst would:
   * {@code screening=false} (as the Excel tool), limits fixed after {@code fixAfter} points (12 or
   * more), re-based at {@code rebaseAt} periods of the chart (comma-separated).
   */
  @GetMapping(path = "/metrics/{hwb}/{metric}", produces = MediaType.APPLICATION_JSON_VALUE)
  public MetricsRecords.MetricDetail one(
      Actor actor,
      @PathVariable String id,
      @PathVariable String hwb,
      @PathVariable String metric,
      @RequestParam(required = false) String screening,
      @RequestParam(required = false) String fixAfter,
      @RequestParam(required = false) String rebaseAt) {
    return MetricsDocument.detail(find(actor, id, hwb, metric, screening, fixAfter, rebaseAt));
  }

  @GetMapping(path = "/metrics/{hwb}/{metric}/plan-chart.svg")
  public ResponseEntity<String> planChart(
      Actor actor, @PathVariable String id, @PathVariable String hwb, @PathVariable String metric) {
    return ResponseEntity.ok()
        .contentType(MediaTypes.SVG)
        .body(MetricCharts.planActual(find(actor, id, hwb, metric)).svg());
  }

  /** The control chart, with the same choices as {@link #one}. */
  @GetMapping(path = "/metrics/{hwb}/{metric}/spc-chart.svg")
  public ResponseEntity<String> spcChart(
      Actor actor,
      @PathVariable String id,
      @PathVariable String hwb,
      @PathVariable String metric,
      @RequestParam(required = false) String screening,
      @RequestParam(required = false) String fixAfter,
      @RequestParam(required = false) String rebaseAt) {
    // Without a control chart (too few points) the image says so rather than failing to load.
    return ResponseEntity.ok()
        .contentType(MediaTypes.SVG)
        .body(MetricCharts.spc(find(actor, id, hwb, metric, screening, fixAfter, rebaseAt)).svg());
  }

  @GetMapping(path = "/actuals", produces = "text/csv")
  public ResponseEntity<String> actuals(Actor actor, @PathVariable String id) {
    return ResponseEntity.ok().contentType(CSV).body(ActualsCsv.write(metrics.actuals(actor, id)));
  }

  /** Imports a CSV body; all rows or none. {@code file} names the file in the import record. */
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      description = CsvBody.DESCRIPTION,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  @PostMapping(
      path = "/actuals",
      consumes = CsvBody.MEDIA_TYPE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<MetricsRecords.ActualsImported> importActuals(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) String file,
      HttpServletRequest request) {
    metrics.checkImporter(actor, id); // before reading the body, so a refusal does not wait on it
    MetricsService.Imported imported = metrics.importCsv(actor, id, file, CsvBody.read(request));
    return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/actuals"))
        .body(
            new MetricsRecords.ActualsImported(
                imported.importId(), imported.rows(), imported.replaced()));
  }

  /** The metric (refused first if the caller may not see it), its chart redrawn as asked. */
  private MetricAssessment find(
      Actor actor,
      String id,
      String hwb,
      String metric,
      String screening,
      String fixAfter,
      String rebaseAt) {
    MetricAssessment a = find(actor, id, hwb, metric);
    ChartChoices choices = ChartChoices.read(screening, fixAfter, rebaseAt, NAMES).orThrow();
    return MetricAssessor.rechart(a, choices, NAMES.rebaseAt());
  }

  private static final ChartChoices.Names NAMES =
      new ChartChoices.Names(
          ChartChoices.SCREENING, ChartChoices.FIX_AFTER, ChartChoices.REBASE_AT);

  private MetricAssessment find(Actor actor, String id, String hwb, String metric) {
    return metrics.view(actor, id).of(hwb).stream()
        .filter(a -> a.spec().code().equals(metric))
        .findFirst()
        .orElseThrow(() -> new PlanningException.MetricNotInPlan(id, hwb, metric));
  }
}
