package bcf.statistics.web;

import bcf.csv.CsvException;
import bcf.platform.web.ApiProblems;
import bcf.platform.web.CsvBody;
import bcf.platform.web.MediaTypes;
import bcf.statistics.chart.SpcChart;
import bcf.statistics.spc.SpcOptions;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.tools.IntervalsCsv;
import bcf.statistics.tools.IntervalsCsv.MetricType;
import bcf.statistics.tools.Parameters;
import bcf.statistics.tools.SpcCsv;
import bcf.statistics.tools.StatisticsDocument;
import bcf.statistics.tools.StatisticsRecords;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The statistics tools under {@code /api/v1/metrics}, the same calculations and JSON as {@code bcf
 * metrics compute} and {@code bcf metrics spc}: a CSV body in, results out. They read and keep no
 * stored data, so anyone may call them, signed in or not. Parameters are named as the command-line
 * options are, in camel case ({@code --metric-type} is {@code metricType}); {@code screening=false}
 * stands for {@code --no-screening}.
 */
@RestController
@RequestMapping(path = "/api/v1/metrics")
class StatisticsApi {

  /** Each row's or group's value with its confidence interval. */
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      description = CsvBody.DESCRIPTION,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  @PostMapping(
      path = "/compute",
      consumes = CsvBody.MEDIA_TYPE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public List<StatisticsRecords.IntervalResult> compute(
      @RequestParam(name = "metricType", required = false) String metricType,
      @RequestParam(name = "multiplier", required = false) String multiplier,
      @RequestParam(name = "confidence", required = false) String confidence,
      HttpServletRequest request) {
    MetricType type = MetricType.parse("metricType", metricType);
    double perN =
        multiplier == null
            ? type.defaultMultiplier()
            : Parameters.multiplier("multiplier", multiplier);
    double level = confidence == null ? 0.95 : Parameters.level("confidence", confidence);
    return StatisticsDocument.intervals(
        IntervalsCsv.compute(CsvBody.read(request), type, perN, level));
  }

  /** The XmR chart of a {@code value} (and optional {@code period}) series, as JSON. */
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      description = CsvBody.DESCRIPTION,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  @PostMapping(
      path = "/spc",
      consumes = CsvBody.MEDIA_TYPE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public StatisticsRecords.ControlChart spc(
      @RequestParam(name = "polarity", required = false) String polarity,
      @RequestParam(name = "target", required = false) String target,
      @RequestParam(name = "screening", required = false) String screening,
      @RequestParam(name = "fixAfter", required = false) String fixAfter,
      @RequestParam(name = "rebaseAt", required = false) String rebaseAt,
      HttpServletRequest request) {
    Charted charted = chart(polarity, target, screening, fixAfter, rebaseAt, request);
    return StatisticsDocument.spc(charted.result(), charted.series());
  }

  /** The same chart drawn as SVG, with its text alternative; {@code title} heads it. */
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      description = CsvBody.DESCRIPTION,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  @PostMapping(path = "/spc-chart.svg", consumes = CsvBody.MEDIA_TYPE)
  public ResponseEntity<String> spcChart(
      @RequestParam(name = "polarity", required = false) String polarity,
      @RequestParam(name = "target", required = false) String target,
      @RequestParam(name = "screening", required = false) String screening,
      @RequestParam(name = "fixAfter", required = false) String fixAfter,
      @RequestParam(name = "rebaseAt", required = false) String rebaseAt,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "unit", required = false) String unit,
      HttpServletRequest request) {
    SpcResult result = chart(polarity, target, screening, fixAfter, rebaseAt, request).result();
    String heading = title == null || title.isBlank() ? "Statistical process control" : title;
    return ResponseEntity.ok()
        .contentType(MediaTypes.SVG)
        .body(SpcChart.of(heading, unit == null ? "" : unit, result).svg());
  }

  /** A CSV body that cannot be used: every problem with its row and column. */
  @ExceptionHandler(CsvException.class)
  ResponseEntity<ProblemDetail> csv(CsvException e) {
    return ApiProblems.invalidCsv(e, "nothing was computed");
  }

  /** A series read from the body and its chart. */
  private record Charted(SpcCsv.Series series, SpcResult result) {}

  /** The parameters first (cheap to refuse), then the body. */
  private static Charted chart(
      String polarity,
      String target,
      String screening,
      String fixAfter,
      String rebaseAt,
      HttpServletRequest request) {
    SpcOptions options =
        new SpcOptions(
            polarity == null ? null : Parameters.polarity("polarity", polarity),
            target == null ? null : Parameters.number("target", target),
            screening == null || Parameters.yesOrNo("screening", screening),
            fixAfter == null ? null : Parameters.fixAfter("fixAfter", fixAfter),
            List.of());
    SpcCsv.Series series = SpcCsv.Series.read(CsvBody.read(request));
    return new Charted(series, SpcCsv.chart(series, options, "rebaseAt", rebaseAt));
  }
}
