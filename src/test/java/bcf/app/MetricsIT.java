package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Metrics end to end on PostgreSQL: actuals imported through the API, the web upload and the
 * command line, all-or-nothing, then judged (interval, RAG, growth, control chart) on the API and
 * the metrics page.
 */
class MetricsIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2017-19";

  /** The status of importing the good file of actuals into a plan as a user. */
  private int importGood(String user, String id) {
    return api(user)
        .postCsv("/api/v1/plans/" + id + "/actuals", ActualsFixtures.goodCsv())
        .status();
  }

  private static JsonNode metric(JsonNode all, String code) {
    JsonNode metrics = all.get("hwbs").get(0).get("metrics");
    return StreamSupport.stream(metrics.spliterator(), false)
        .filter(m -> m.get("metric").asString().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + all));
  }

  @Test
  void imported_actuals_are_judged_against_the_plan() {
    String id = copyOfSeed(SEED);
    ApiClient.Response imported =
        api(EDITOR)
            .postCsv("/api/v1/plans/" + id + "/actuals?file=q1.csv", ActualsFixtures.goodCsv());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().get("rows").asInt()).isEqualTo(18);
    assertThat(imported.json().get("replaced").asInt()).isZero();

    JsonNode all = api(EDITOR).get("/api/v1/plans/" + id + "/metrics").json();
    assertThat(all.get("actualsShown").asBoolean()).isTrue();
    JsonNode admissions = metric(all, "permanent-admissions-65");
    assertThat(admissions.get("latest").get("period").asString()).isEqualTo("2018-19");
    assertThat(admissions.get("latest").get("rag").asString()).isEqualTo("green");
    assertThat(all.get("imports").get(0).get("fileName").asString()).isEqualTo("q1.csv");

    JsonNode full =
        api(EDITOR)
            .get("/api/v1/plans/" + id + "/metrics/warwickshire/permanent-admissions-65")
            .json();
    // The plan itself states 2016-17 (470, no interval); the imports follow it.
    assertThat(full.get("actuals").get(0).get("source").asString()).isEqualTo("plan");
    JsonNode first = full.get("actuals").get(1);
    // 520 per 104,380 = 498.2 per 100,000 against a plan of 470: missed, but 470 is inside the
    // Byar interval, so not significantly.
    assertThat(first.get("value").asDouble()).isBetween(498.1, 498.3);
    assertThat(first.get("plan").asDouble()).isEqualTo(470.0);
    assertThat(first.get("ci95").get("method").asString()).isEqualTo("Byar");
    assertThat(first.get("rag").asString()).isEqualTo("amber");
    JsonNode second = full.get("actuals").get(2);
    assertThat(second.get("growth").get("previousPeriod").asString()).isEqualTo("2017-18");
    assertThat(second.get("growth").get("change").asDouble()).isLessThan(0);

    JsonNode nea =
        api(EDITOR)
            .get("/api/v1/plans/" + id + "/metrics/warwickshire/non-elective-admissions")
            .json();
    JsonNode growth = nea.get("actuals").get(1).get("growth");
    assertThat(growth.get("change").asDouble()).isEqualTo(300.0);
    assertThat(growth.get("weeklyVolume").asDouble())
        .isCloseTo(13100 * 7 / 91.0, org.assertj.core.data.Offset.offset(1e-9));

    JsonNode dtoc =
        api(EDITOR).get("/api/v1/plans/" + id + "/metrics/warwickshire/delayed-transfers").json();
    assertThat(dtoc.get("spc").get("points").size()).isEqualTo(14);
    assertThat(dtoc.get("spc").get("variation").asString()).isNotBlank();
    assertThat(dtoc.get("actuals").get(3).get("plan").asDouble()).isEqualTo(77.6);

    ApiClient.Response chart =
        api(EDITOR)
            .get("/api/v1/plans/" + id + "/metrics/warwickshire/delayed-transfers/spc-chart.svg");
    assertThat(chart.status()).isEqualTo(200);
    assertThat(chart.header("Content-Type")).startsWith("image/svg+xml");
    assertThat(chart.body()).startsWith("<svg").contains("<title");

    ApiClient.Response again =
        api(EDITOR)
            .postCsv(
                "/api/v1/plans/" + id + "/actuals",
                "hwb,metric,period,numerator,denominator\n"
                    + "warwickshire,permanent-admissions-65,2018-19,380,106000\n");
    assertThat(again.json().get("replaced").asInt()).isEqualTo(1);
    String csv = api(EDITOR).get("/api/v1/plans/" + id + "/actuals").body();
    assertThat(csv).contains("warwickshire,permanent-admissions-65,2018-19,380,106000");
    assertThat(csv.lines().count()).isEqualTo(19);
  }

  @Test
  void an_analyst_redraws_a_control_chart_rebased_unscreened_or_with_fixed_limits() {
    String id = copyOfSeed(SEED);
    assertThat(importGood(EDITOR, id)).isEqualTo(201);
    String path = "/api/v1/plans/" + id + "/metrics/warwickshire/delayed-transfers";

    JsonNode plain = api(EDITOR).get(path).json().get("spc");
    assertThat(plain.get("segments")).hasSize(1);
    // Re-based where the fall levels off (October 2017): two segments, each with its own mean.
    JsonNode rebased = api(EDITOR).get(path + "?rebaseAt=2017-10").json().get("spc");
    assertThat(rebased.get("segments")).hasSize(2);
    assertThat(rebased.get("segments").get(1).get("from").asString()).isEqualTo("2017-10");
    assertThat(rebased.get("points").get(13).get("mean").asDouble())
        .isLessThan(plain.get("points").get(13).get("mean").asDouble());
    // Limits from the first 12 points only, outlying moving ranges kept: other limits.
    JsonNode fixed = api(EDITOR).get(path + "?fixAfter=12&screening=false").json().get("spc");
    assertThat(fixed.get("fixAfter").asInt()).isEqualTo(12);
    assertThat(fixed.get("screening").asBoolean()).isFalse();
    assertThat(fixed.get("segments").get(0).get("basedOn").asInt()).isEqualTo(12);
    assertThat(fixed.get("mean").asDouble()).isNotEqualTo(plain.get("mean").asDouble());
    // Blank is "not given", as on the page.
    assertThat(api(EDITOR).get(path + "?fixAfter=&rebaseAt=").json().get("spc")).isEqualTo(plain);

    ApiClient.Response notOnChart = api(EDITOR).get(path + "?rebaseAt=2015-01");
    assertThat(notOnChart.status()).isEqualTo(400);
    assertThat(notOnChart.json().get("rule").asString()).isEqualTo("bad-parameter");
    assertThat(notOnChart.json().get("detail").asString())
        .contains("rebaseAt: no period '2015-01' in the series");
    assertThat(api(EDITOR).get(path + "?fixAfter=6").status()).isEqualTo(400);
    assertThat(api(EDITOR).get(path + "?screening=maybe").status()).isEqualTo(400);
    ApiClient.Response noChart =
        api(EDITOR)
            .get(
                "/api/v1/plans/"
                    + id
                    + "/metrics/warwickshire/permanent-admissions-65?screening=false");
    assertThat(noChart.status()).isEqualTo(400);
    assertThat(noChart.json().get("detail").asString()).contains("no control chart to redraw");
    ApiClient.Response svg = api(EDITOR).get(path + "/spc-chart.svg?rebaseAt=2017-10");
    assertThat(svg.status()).isEqualTo(200);
    assertThat(svg.body())
        .startsWith("<svg")
        .isNotEqualTo(api(EDITOR).get(path + "/spc-chart.svg").body());
    assertThat(api(OTHER_EDITOR).get(path + "?fixAfter=6").status())
        .as("a caller who may not see the plan learns nothing from a bad parameter")
        .isEqualTo(404);

    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String page = "/plans/" + id + "/metrics";
    String asBcfDraws = editor.get(page).body();
    assertThat(details(asBcfDraws, "redraw-delayed-transfers")).doesNotContain(" open");
    assertThat(asBcfDraws).doesNotContain("id=\"redrawn-delayed-transfers\"");
    String redrawn =
        editor
            .get(
                page
                    + "?hwb=warwickshire&metric=delayed-transfers&rebaseAt=2017-10&fixAfter=&screening=false")
            .body();
    assertThat(details(redrawn, "redraw-delayed-transfers")).contains(" open");
    assertThat(redrawn)
        .contains("value=\"2017-10\"")
        .contains("Draw it as bcf does")
        .contains(
            "This control chart is redrawn: <span>re-based at 2017-10; outlying moving ranges"
                + " kept (not screened out)</span>");
    assertThat(spcSvg(redrawn)).isNotEqualTo(spcSvg(asBcfDraws));
    assertThat(redrawn).containsPattern("id=\"screening-off-delayed-transfers\"[^>]*checked");

    WebClient.Page wrong =
        editor.get(page + "?hwb=warwickshire&metric=delayed-transfers&rebaseAt=2017-13&fixAfter=3");
    assertThat(wrong.status()).isEqualTo(200);
    String shown = wrong.body().replace("&#39;", "'");
    assertThat(shown)
        .contains("<title>Error: Metrics")
        .contains("href=\"#fixAfter-delayed-transfers\"")
        .contains("id=\"fixAfter-delayed-transfers-error\"")
        .contains("Fix the limits after: limits can be fixed only after at least 12 points")
        .contains(
            "aria-describedby=\"fixAfter-delayed-transfers-hint fixAfter-delayed-transfers-error\"")
        .as("the re-base period is checked too, so both problems show at once")
        .contains("Re-base at: no period '2017-13' in the series");
    assertThat(spcSvg(shown)).isEqualTo(spcSvg(asBcfDraws));
    WebClient.Page rebaseWrong =
        editor.get(page + "?hwb=warwickshire&metric=delayed-transfers&rebaseAt=2017-13");
    assertThat(rebaseWrong.body().replace("&#39;", "'"))
        .contains("href=\"#rebaseAt-delayed-transfers\"")
        .contains("Re-base at: no period '2017-13' in the series");
    assertThat(editor.get(page + "?hwb=solihull").status()).isEqualTo(404);
    assertThat(editor.get(page + "?hwb=warwickshire&metric=falls").status()).isEqualTo(404);
  }

  /** The opening tag of the element with this id. */
  private static String details(String html, String id) {
    int at = html.indexOf("id=\"" + id + "\"");
    assertThat(at).as("an element " + id).isPositive();
    int start = html.lastIndexOf('<', at);
    return html.substring(start, html.indexOf('>', at) + 1);
  }

  /** The delayed transfers control chart's SVG on a metrics page. */
  private static String spcSvg(String html) {
    int section = html.indexOf("id=\"metric-delayed-transfers\"");
    int figure = html.indexOf("data-chart=\"spc\"", section);
    int start = html.indexOf("<svg", figure);
    return html.substring(start, html.indexOf("</svg>", start));
  }

  @Test
  void a_file_with_any_bad_row_imports_nothing_and_says_where() {
    String id = copyOfSeed(SEED);
    String bad =
        ActualsFixtures.goodCsv()
            + "warwickshire,reablement-91-days,2017-18,900,850\n"
            + "warwickshire,delayed-transfers,2017-04,lots,30\n"
            + "solihull,delayed-transfers,2017-05,1,31\n"
            + "warwickshire,delayed-transfers,2010-05,1,31\n";
    ApiClient.Response refused = api(EDITOR).postCsv("/api/v1/plans/" + id + "/actuals", bad);
    assertThat(refused.status()).isEqualTo(422);
    JsonNode problem = refused.json();
    assertThat(problem.get("rule").asString()).isEqualTo("invalid-csv");
    assertThat(problem.get("detail").asString()).contains("nothing was imported");
    assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(20);
    assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("numerator");
    assertThat(problem.get("errors").toString())
        .contains(
            "above its denominator",
            "'lots' is not a number",
            "unknown HWB 'solihull'",
            "outside the plan");
    assertThat(api(EDITOR).get("/api/v1/plans/" + id + "/actuals").body().lines().count())
        .as("nothing imported")
        .isEqualTo(1);
  }

  @Test
  void only_an_editor_of_the_hwb_imports_and_anyone_who_reads_a_published_plan_sees_its_actuals() {
    String id = copyOfPublishedSeed(SEED);
    JsonNode before = anonymous().get("/api/v1/plans/" + id + "/metrics").json();
    assertThat(metric(before, "delayed-transfers").get("latest").isNull()).isTrue();
    assertThat(importGood(EDITOR, id)).isEqualTo(201);
    assertThat(importGood(ASSURER, id)).isEqualTo(403);
    assertThat(importGood(OTHER_EDITOR, id)).isEqualTo(403);
    assertThat(api(ASSURER).get("/api/v1/plans/" + id + "/actuals").body()).contains("2017-18 Q1");

    // Anonymous readers of the published plan see the actuals and the judgements against it...
    JsonNode published = anonymous().get("/api/v1/plans/" + id + "/metrics").json();
    assertThat(published.get("actualsShown").asBoolean()).isTrue();
    JsonNode admissions = metric(published, "permanent-admissions-65");
    assertThat(admissions.get("latest").get("period").asString()).isEqualTo("2018-19");
    assertThat(admissions.get("latest").get("rag").asString()).isEqualTo("green");
    assertThat(anonymous().get("/api/v1/plans/" + id + "/actuals").body()).contains("2017-18 Q1");
    // ...but not who imported which file.
    assertThat(published.get("imports")).isEmpty();
    WebClient.Page page = web().get("/plans/" + id + "/metrics");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("data-rag=\"green\"").doesNotContain("id=\"upload-form\"");
    assertThat(web().get("/plans/" + id + "/metrics/actuals.csv").body()).contains("2017-18 Q1");
  }

  @Test
  void a_drafts_actuals_stay_private() {
    String id = copyOfSeed(SEED);
    assertThat(importGood(EDITOR, id)).isEqualTo(201);
    assertThat(anonymous().get("/api/v1/plans/" + id + "/metrics").status()).isEqualTo(404);
    assertThat(anonymous().get("/api/v1/plans/" + id + "/actuals").status()).isEqualTo(404);
    assertThat(web().get("/plans/" + id + "/metrics").status()).isEqualTo(404);
    assertThat(web().get("/plans/" + id).status()).isEqualTo(404);
    assertThat(api(OTHER_EDITOR).get("/api/v1/plans/" + id + "/actuals").status()).isEqualTo(404);
  }

  @Test
  void the_metrics_page_shows_the_table_and_charts_and_takes_uploads() {
    String id = copyOfSeed(SEED);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String page = "/plans/" + id + "/metrics";

    WebClient.Page bad =
        editor.upload(
            page + "/actuals",
            Map.of("hwb", "warwickshire"),
            "file",
            "bad.csv",
            "hwb,metric,period,numerator,denominator\nwarwickshire,delayed-transfers,2017-04,lots,30\n",
            page);
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.body())
        .contains("id=\"problems\"", "&#39;lots&#39; is not a number", "Nothing was imported");

    // A file saved as Latin-1 is refused at the row where it stops being UTF-8, not read garbled.
    WebClient.Page latin1 =
        editor.upload(
            page + "/actuals",
            Map.of(),
            "file",
            "latin1.csv",
            "hwb,metric,period,numerator,denominator\nwarwickshire,delayed-transfers,2017-04,10,30\n\u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            page);
    assertThat(latin1.status()).isEqualTo(200);
    assertThat(latin1.body())
        .contains("id=\"problems\"", "the text is not UTF-8 from here on", "Nothing was imported");

    WebClient.Page good =
        editor.upload(
            page + "/actuals", Map.of(), "file", "good.csv", ActualsFixtures.goodCsv(), page);
    assertThat(good.status()).isEqualTo(302);
    String shown = editor.get(page).body();
    assertThat(shown)
        .contains("Imported 18 rows from good.csv")
        .contains("id=\"metrics-summary\"")
        .contains("data-metric=\"permanent-admissions-65\" data-rag=\"green\"")
        .contains("<svg", "role=\"img\"")
        .contains("data-chart=\"spc\"")
        .contains("Control chart as a table")
        .containsPattern(
            "id=\"icons-delayed-transfers\">\\s*<span><svg [^>]*aria-label=\"Variation: ");
    WebClient.Page csv = editor.get(page + "/actuals.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("hwb,metric,period,numerator,denominator");
  }

  @Test
  void the_command_line_imports_into_the_servers_database(@TempDir Path dir) throws IOException {
    String id = copyOfSeed(SEED);
    Path good = Files.writeString(dir.resolve("good.csv"), ActualsFixtures.goodCsv());
    Path bad =
        Files.writeString(
            dir.resolve("bad.csv"),
            "hwb,metric,period,numerator,denominator\nwarwickshire,delayed-transfers,2017-04,,30\n");

    CliRun refused =
        CliRun.of(
            "metrics",
            "import",
            id,
            bad.toString(),
            "--as",
            EDITOR,
            "--database-url",
            databaseUrl());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("bad.csv: row 2, column numerator: a number is needed, the field is empty")
        .contains("nothing was imported")
        .doesNotContain("Exception");

    CliRun notEditor =
        CliRun.of(
            "metrics",
            "import",
            id,
            good.toString(),
            "--as",
            ASSURER,
            "--database-url",
            databaseUrl());
    assertThat(notEditor.exitCode()).isEqualTo(2);
    assertThat(notEditor.err()).contains("Only an editor");

    CliRun imported =
        CliRun.of(
            "metrics",
            "import",
            id,
            good.toString(),
            "--as",
            EDITOR,
            "--database-url",
            databaseUrl());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported 18 rows into " + id);
    assertThat(
            api(EDITOR)
                .get("/api/v1/plans/" + id + "/metrics")
                .json()
                .get("imports")
                .get(0)
                .get("importedBy")
                .asString())
        .isEqualTo(EDITOR);
  }
}
