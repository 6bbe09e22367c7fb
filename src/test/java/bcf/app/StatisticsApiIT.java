package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import bcf.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statistics tools of the API ({@code POST /api/v1/metrics/compute}, {@code /spc}, {@code
 * /spc-chart.svg}) against the running application: the same answers as the command line, the
 * reference values of indicator-methods.md, and clear refusals of bad parameters and bad CSV.
 */
class StatisticsApiIT extends AppTestSupport {

  private static final String REFERENCE =
      monthly(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1);

  @TempDir Path dir;

  private static String monthly(double... values) {
    StringBuilder csv = new StringBuilder("period,value\n");
    for (int i = 0; i < values.length; i++) {
      csv.append(String.format("%d-%02d,%s%n", 2024 + i / 12, i % 12 + 1, values[i]));
    }
    return csv.toString();
  }

  /** The command line's JSON for the same CSV and options. */
  private JsonNode cli(String command, String csv, String... options) throws IOException {
    Path file = Files.writeString(dir.resolve(command + ".csv"), csv);
    List<String> args = new ArrayList<>(List.of("metrics", command, file.toString()));
    args.addAll(List.of(options));
    args.addAll(List.of("--format", "json"));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    return JsonMapper.builder().build().readTree(run.out());
  }

  @Test
  void compute_answers_as_the_command_line_does_for_anyone() throws IOException {
    String rates = "group,numerator,denominator\nA,1,100\nB,20,60\nB,0,40\n";
    ApiClient.Response response =
        anonymous().postCsv("/api/v1/metrics/compute?metricType=rate", rates);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    JsonNode results = response.json();
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("method").asString()).isEqualTo("Exact");
    assertThat(results.get(1).get("value").doubleValue()).isEqualTo(20000);
    assertThat(results.get(1).get("method").asString()).isEqualTo("Byar");
    assertThat(results).isEqualTo(cli("compute", rates, "--metric-type", "rate"));

    String proportions = "numerator,denominator\n65,100\n";
    JsonNode wilson =
        api(EDITOR)
            .postCsv(
                "/api/v1/metrics/compute?metricType=proportion&multiplier=100&confidence=99.8",
                proportions)
            .json();
    assertThat(wilson)
        .isEqualTo(
            cli(
                "compute",
                proportions,
                "--metric-type",
                "proportion",
                "--multiplier",
                "100",
                "--confidence",
                "99.8"));
    assertThat(wilson.get(0).get("value").doubleValue()).isEqualTo(65.0, within(1e-9));
    assertThat(wilson.get(0).get("confidence").doubleValue()).isEqualTo(0.998);
    assertThat(wilson.get(0).get("method").asString()).isEqualTo("Wilson");

    String means = "value\n17\n18\n20\n19\n";
    JsonNode mean = anonymous().postCsv("/api/v1/metrics/compute?metricType=mean", means).json();
    assertThat(mean).isEqualTo(cli("compute", means, "--metric-type", "mean"));
    assertThat(mean.get(0).get("n").intValue()).isEqualTo(4);
    assertThat(mean.get(0).get("method").asString()).isEqualTo("t");
  }

  @Test
  void spc_gives_the_reference_example_with_and_without_screening() throws IOException {
    ApiClient.Response screened = anonymous().postCsv("/api/v1/metrics/spc", REFERENCE);
    assertThat(screened.status()).as(screened.body()).isEqualTo(200);
    JsonNode chart = screened.json();
    assertThat(chart.get("mean").doubleValue()).isEqualTo(1.9444, within(5e-5));
    assertThat(chart.get("lowerProcessLimit").doubleValue()).isEqualTo(-0.7156, within(5e-5));
    assertThat(chart.get("upperProcessLimit").doubleValue()).isEqualTo(4.6044, within(5e-5));
    assertThat(chart.at("/points/4/rule").asString()).isEqualTo("outside-limits");
    assertThat(chart).isEqualTo(cli("spc", REFERENCE));

    JsonNode unscreened =
        anonymous()
            .postCsv(
                "/api/v1/metrics/spc?screening=false&polarity=up&target=1.5&rebaseAt=2024-07",
                REFERENCE)
            .json();
    assertThat(unscreened.get("screening").booleanValue()).isFalse();
    assertThat(unscreened.get("segments")).hasSize(2);
    assertThat(unscreened.at("/segments/1/from").asString()).isEqualTo("2024-07");
    assertThat(unscreened)
        .isEqualTo(
            cli(
                "spc",
                REFERENCE,
                "--no-screening",
                "--polarity",
                "up",
                "--target",
                "1.5",
                "--rebase-at",
                "2024-07"));

    JsonNode whole = anonymous().postCsv("/api/v1/metrics/spc?screening=false", REFERENCE).json();
    assertThat(whole.get("lowerProcessLimit").doubleValue()).isEqualTo(-3.0626, within(5e-5));
    assertThat(whole.get("upperProcessLimit").doubleValue()).isEqualTo(6.9515, within(5e-5));
  }

  @Test
  void the_spc_chart_is_an_accessible_svg() {
    ApiClient.Response svg =
        anonymous().postCsv("/api/v1/metrics/spc-chart.svg?polarity=up&title=Referrals", REFERENCE);
    assertThat(svg.status()).as(svg.body()).isEqualTo(200);
    assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
    assertThat(svg.body())
        .startsWith("<svg")
        .contains("role=\"img\"")
        .contains("<title")
        .contains("Referrals")
        .contains("2024-05");
    ApiClient.Response numbered =
        anonymous().postCsv("/api/v1/metrics/spc-chart.svg", "value\n1\n2\n3\n");
    assertThat(numbered.status()).as(numbered.body()).isEqualTo(200);
    assertThat(numbered.body()).contains("Statistical process control").contains(">3<");
  }

  @Test
  void bad_parameters_are_refused_with_the_parameter_named() {
    assertProblem(
        anonymous().postCsv("/api/v1/metrics/compute", "numerator,denominator\n1,2\n"),
        400,
        "bad-parameter",
        "give metricType rate, proportion, mean or dsr");
    assertProblem(
        anonymous().postCsv("/api/v1/metrics/compute?metricType=ratio", "numerator\n1\n"),
        400,
        "bad-parameter",
        "metricType takes rate, proportion, mean or dsr, not 'ratio'");
    assertProblem(
        anonymous().postCsv("/api/v1/metrics/compute?metricType=rate&confidence=0", "x\n"),
        400,
        "bad-parameter",
        "confidence takes a level from 0.5 to below 1, such as 0.95 or 0.998");
    assertProblem(
        anonymous().postCsv("/api/v1/metrics/compute?metricType=rate&multiplier=-1", "x\n"),
        400,
        "bad-parameter",
        "multiplier takes a number above zero");
    assertProblem(
        anonymous().postCsv("/api/v1/metrics/spc?fixAfter=5", REFERENCE),
        400,
        "bad-parameter",
        "fixAfter: limits can be fixed only after at least 12 points, not after 5");
    assertProblem(
        anonymous().postCsv("/api/v1/metrics/spc?screening=maybe", REFERENCE),
        400,
        "bad-parameter",
        "screening takes true or false, not 'maybe'");
    assertProblem(
        anonymous().postCsv("/api/v1/metrics/spc?polarity=sideways", REFERENCE),
        400,
        "bad-parameter",
        "is not a polarity");
    assertProblem(
        anonymous().postCsv("/api/v1/metrics/spc?rebaseAt=2023-12", REFERENCE),
        400,
        "bad-parameter",
        "rebaseAt: no period '2023-12' in the series (its periods run from 2024-01 to 2025-06)");
  }

  @Test
  void bad_csv_lists_every_problem_with_row_and_column() {
    ApiClient.Response response =
        anonymous()
            .postCsv(
                "/api/v1/metrics/compute?metricType=proportion",
                "numerator,denominator\n120,100\nlots,100\n5,0\n");
    JsonNode problem = assertProblem(response, 422, "invalid-csv", "nothing was computed");
    assertThat(problem.get("errors")).hasSize(3);
    assertThat(problem.at("/errors/0/row").intValue()).isEqualTo(2);
    assertThat(problem.at("/errors/0/column").asString()).isEqualTo("numerator");
    assertThat(problem.at("/errors/0/reason").asString())
        .contains("is more than the denominator 100");
    assertThat(problem.at("/errors/1/reason").asString()).isEqualTo("'lots' is not a number");
    assertThat(problem.at("/errors/2/column").asString()).isEqualTo("denominator");

    JsonNode missing =
        assertProblem(
            anonymous().postCsv("/api/v1/metrics/spc", "period,amount\n2024-01,1\n"),
            422,
            "invalid-csv",
            "1 problem");
    assertThat(missing.at("/errors/0/reason").asString()).startsWith("the column is missing");

    assertProblem(anonymous().postCsv("/api/v1/metrics/spc", ""), 422, "invalid-csv", "problem");
  }

  @Test
  void a_body_that_is_not_utf8_is_refused_at_its_row() {
    byte[] latin1 =
        "period,value\n2024-01,1\nJuillet \u00e9t\u00e9,2\n".getBytes(StandardCharsets.ISO_8859_1);
    JsonNode problem =
        assertProblem(
            anonymous().postBytes("/api/v1/metrics/spc", "text/csv", latin1),
            422,
            "invalid-csv",
            "1 problem");
    assertThat(problem.at("/errors/0/row").intValue()).isEqualTo(3);
    assertThat(problem.at("/errors/0/reason").asString()).contains("not UTF-8");
  }

  /**
   * A body labelled as a form (what curl sends for --data-binary @file.csv without a Content-Type),
   * as plain text or as a multipart form is refused before it is read: a page on another site can
   * send those with the browser's saved password, so the API takes none of them.
   */
  @Test
  void a_csv_labelled_as_a_form_plain_text_or_multipart_is_refused_with_how_to_send_it() {
    for (String type :
        List.of(
            "application/x-www-form-urlencoded",
            "text/plain",
            "text/plain; charset=utf-8",
            "multipart/form-data; boundary=b")) {
      for (String endpoint :
          List.of(
              "/api/v1/metrics/spc?screening=false",
              "/api/v1/metrics/compute?metricType=rate",
              "/api/v1/metrics/spc-chart.svg")) {
        JsonNode problem =
            assertProblem(
                anonymous().postBytes(endpoint, type, REFERENCE.getBytes(StandardCharsets.UTF_8)),
                415,
                "unsupported-media-type",
                "Content-Type: text/csv");
        assertThat(problem.get("detail").asString()).as(type).contains("--data-binary");
      }
    }
    // JSON where CSV is taken: the endpoint says what it takes.
    assertProblem(
        anonymous()
            .postBytes(
                "/api/v1/metrics/spc", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
        415,
        "unsupported-media-type",
        "This endpoint takes Content-Type: text/csv.");
  }

  @Test
  void a_body_above_ten_mebibytes_is_refused_unread() {
    byte[] huge = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) '1');
    assertProblem(
        anonymous().postBytes("/api/v1/metrics/compute?metricType=rate", "text/csv", huge),
        413,
        "too-large",
        "larger than 10 MiB");
  }

  @Test
  void the_openapi_document_describes_the_csv_bodies_and_not_the_caller() {
    JsonNode paths = anonymous().get("/api/v1/openapi.json").json().get("paths");
    for (String path :
        List.of(
            "/api/v1/metrics/compute",
            "/api/v1/metrics/spc",
            "/api/v1/metrics/spc-chart.svg",
            "/api/v1/plans/{id}/actuals")) {
      JsonNode post = paths.get(path).get("post");
      assertThat(post.at("/requestBody/content/text~1csv").isMissingNode()).as(path).isFalse();
    }
    assertThat(paths.toString()).doesNotContain("\"name\":\"actor\"");
  }

  private static JsonNode assertProblem(
      ApiClient.Response response, int status, String rule, String detail) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    JsonNode problem = response.json();
    assertThat(problem.get("rule").asString()).isEqualTo(rule);
    assertThat(problem.get("detail").asString()).contains(detail);
    return problem;
  }
}
