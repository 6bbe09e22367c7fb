package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Each kind of bad actuals file the issue names, through each edge that imports (the API, the web
 * upload and the command line): refused with its row, column and reason, no stack trace, and
 * nothing imported, not even the good rows before it.
 */
class MetricsBadInputIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2017-19";
  private static final String HEADER = "hwb,metric,period,numerator,denominator\n";
  private static final String GOOD_ROW =
      "warwickshire,permanent-admissions-65,2017-18,520,104380\n";

  /** name, file, row, column, reason (a part of it). */
  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(
            "a missing column",
            "hwb,metric,period,numerator\nwarwickshire,permanent-admissions-65,2017-18,520\n",
            1,
            "denominator",
            "the column is missing"),
        Arguments.of(
            "text where a number belongs",
            HEADER + GOOD_ROW + "warwickshire,permanent-admissions-65,2018-19,many,106000\n",
            3,
            "numerator",
            "'many' is not a number"),
        Arguments.of(
            "a proportion's numerator above its denominator",
            HEADER + GOOD_ROW + "warwickshire,reablement-91-days,2017-10..2017-12,900,850\n",
            3,
            "numerator",
            "above its denominator"),
        Arguments.of(
            "a zero denominator",
            HEADER + GOOD_ROW + "warwickshire,permanent-admissions-65,2018-19,400,0\n",
            3,
            "denominator",
            "above zero"),
        Arguments.of(
            "an unknown metric",
            HEADER + GOOD_ROW + "warwickshire,falls,2018-19,400,106000\n",
            3,
            "metric",
            "unknown metric 'falls'"),
        Arguments.of(
            "an unknown HWB",
            HEADER + GOOD_ROW + "coventry,permanent-admissions-65,2018-19,400,106000\n",
            3,
            "hwb",
            "unknown HWB 'coventry'"),
        Arguments.of(
            "a period outside the plan",
            HEADER + GOOD_ROW + "warwickshire,permanent-admissions-65,2021-22,400,106000\n",
            3,
            "period",
            "outside the plan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void the_api_refuses_it_with_row_and_column(
      String name, String csv, int row, String column, String reason) {
    String id = copyOfSeed(SEED);
    ApiClient.Response refused = api(EDITOR).postCsv("/api/v1/plans/" + id + "/actuals", csv);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    JsonNode problem = refused.json();
    assertThat(problem.get("rule").asString()).isEqualTo("invalid-csv");
    JsonNode first = problem.get("errors").get(0);
    assertThat(first.get("row").asInt()).isEqualTo(row);
    assertThat(first.get("column").asString()).isEqualTo(column);
    assertThat(first.get("reason").asString()).contains(reason);
    assertThat(problem.get("errors")).hasSize(1);
    assertNothingImported(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void the_web_upload_lists_it_in_the_problems_table(
      String name, String csv, int row, String column, String reason) {
    String id = copyOfSeed(SEED);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String page = "/plans/" + id + "/metrics";
    WebClient.Page bad = editor.upload(page + "/actuals", Map.of(), "file", "bad.csv", csv, page);
    assertThat(bad.status()).isEqualTo(200);
    String body = bad.body().replace("&#39;", "'");
    assertThat(body)
        .contains("1 problem in bad.csv. Nothing was imported.")
        .contains("id=\"problems\"")
        .contains(reason)
        .doesNotContain("Exception");
    assertThat(body).containsPattern("<td[^>]*>" + row + "</td>\\s*<td[^>]*>" + column + "</td>");
    assertNothingImported(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void the_command_line_names_the_file_row_and_column_and_exits_2(
      String name, String csv, int row, String column, String reason, @TempDir Path dir)
      throws IOException {
    String id = copyOfSeed(SEED);
    Path file = Files.writeString(dir.resolve("bad.csv"), csv);
    CliRun run =
        CliRun.of(
            "metrics",
            "import",
            id,
            file.toString(),
            "--as",
            EDITOR,
            "--database-url",
            databaseUrl());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(file + ": row " + row + ", column " + column + ": ")
        .contains(reason)
        .contains("nothing was imported")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertNothingImported(id);
  }

  private void assertNothingImported(String id) {
    assertThat(api(EDITOR).get("/api/v1/plans/" + id + "/actuals").body().lines())
        .as("only the header: nothing imported")
        .hasSize(1);
  }
}
