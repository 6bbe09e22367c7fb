package bcf.returns.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.ApiClient;
import bcf.app.AppTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Returns over HTTP: the demo Dorset return, starting a return for a quarter of the round, saving a
 * section from a base version, bad input refused whole, and the workflow from draft to assured.
 */
class ReturnsApiIT extends AppTestSupport {

  @Test
  void the_dorset_quarter_2_return_is_loaded_with_its_plan_and_public_once_submitted() {
    ApiClient.Response list = anonymous().get("/api/v1/plans/dorset-2015-16/returns");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get(0).path("id").asString()).isEqualTo("dorset-2015-16-q2");
    assertThat(list.json().get(0).path("status").asString()).isEqualTo("submitted");

    ApiClient.Response detail = anonymous().get("/api/v1/returns/dorset-2015-16-q2");
    assertThat(detail.status()).isEqualTo(200);
    JsonNode summary = detail.json().path("summary");
    assertThat(summary.path("byHwb").get(0).path("conditionsMet").asInt()).isEqualTo(6);
    assertThat(summary.path("paymentForPerformanceMaximum").decimalValue())
        .isEqualByComparingTo("979990");
    assertThat(detail.json().path("findings").size()).isZero();

    ApiClient.Response document = anonymous().get("/api/v1/returns/dorset-2015-16-q2/document");
    assertThat(document.json().path("kind").asString()).isEqualTo("return");
  }

  @Test
  void a_return_for_a_quarter_outside_the_round_is_refused_and_nothing_is_saved() {
    String plan = copyOfSeed("warwickshire-2014-16");
    ApiClient.Response refused =
        api(EDITOR)
            .post(
                "/api/v1/plans/" + plan + "/returns", "{\"year\":\"2016-17\",\"quarter\":\"Q1\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("rule").asString()).isEqualTo("return-period");
    assertThat(refused.json().path("detail").asString()).contains("Quarter 1 2016-17");
    assertThat(api(EDITOR).get("/api/v1/plans/" + plan + "/returns").json().size()).isZero();
  }

  @Test
  void an_editor_starts_fills_and_a_signatory_signs_then_it_is_submitted_and_assured() {
    String plan = copyOfSeed("warwickshire-2014-16");
    ApiClient editor = api(EDITOR);
    ApiClient.Response started =
        editor.post(
            "/api/v1/plans/" + plan + "/returns", "{\"year\":\"2015-16\",\"quarter\":\"Q3\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String id = started.json().path("id").asString();
    assertThat(id).isEqualTo(plan + "-2015-16-q3");
    assertThat(started.json().path("status").asString()).isEqualTo("draft");
    // Pre-filled from the plan: a line per scheme with its plan for the year.
    String document = editor.get("/api/v1/returns/" + id + "/document").body();
    assertThat(document).contains("\"expenditure\"").contains("\"scheme\"");

    // The same quarter again is refused.
    assertThat(
            editor
                .post(
                    "/api/v1/plans/" + plan + "/returns",
                    "{\"year\":\"2015-16\",\"quarter\":\"Q3\"}")
                .json()
                .path("rule")
                .asString())
        .isEqualTo("return-exists");

    // A section saved without its base version, then with a stale one after another save.
    String narrative = "{\"progress\":\"On plan\",\"challenges\":\"Winter\"}";
    assertThat(
            editor.put("/api/v1/returns/" + id + "/sections/narrative", narrative, null).status())
        .isEqualTo(428);
    ApiClient.Response saved =
        editor.put("/api/v1/returns/" + id + "/sections/narrative", narrative, "\"1\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().path("version").asInt()).isEqualTo(2);
    ApiClient.Response conflict =
        editor.put(
            "/api/v1/returns/" + id + "/sections/narrative", "{\"progress\":\"Other\"}", "\"1\"");
    assertThat(conflict.status()).isEqualTo(409);

    // Bad input: a forecast that is not a number, and a condition met with a later date.
    ApiClient.Response notNumber =
        editor.put(
            "/api/v1/returns/" + id + "/sections/income-and-expenditure",
            "{\"expenditure\":[{\"scheme\":\"x\",\"forecastOutturn\":\"lots\"}]}",
            "\"2\"");
    assertThat(notNumber.status()).isEqualTo(422);
    assertThat(notNumber.json().path("rule").asString()).isEqualTo("invalid-return-document");
    assertThat(notNumber.json().path("detail").asString())
        .contains("incomeAndExpenditure.expenditure[0].forecastOutturn")
        .contains("not an amount of money");
    ApiClient.Response metLater =
        editor.put(
            "/api/v1/returns/" + id + "/sections/national-conditions",
            "[{\"hwb\":\"warwickshire\",\"condition\":\"plans-jointly-agreed\",\"status\":\"met\",\"expectedDate\":\"2016-06-01\"}]",
            "\"2\"");
    assertThat(metLater.status()).isEqualTo(422);
    assertThat(metLater.json().path("rule").asString()).isEqualTo("return-met-date");
    assertThat(metLater.json().path("detail").asString()).contains("Nothing was saved");
    assertThat(editor.get("/api/v1/returns/" + id).json().path("version").asInt()).isEqualTo(2);

    // Others: the other HWB's editor does not see it; anonymous must sign in? not even the plan.
    assertThat(api(OTHER_EDITOR).get("/api/v1/returns/" + id).status()).isEqualTo(404);

    // Submit before sign-off is refused; the signatory signs; the editor submits.
    assertThat(editor.post("/api/v1/returns/" + id + "/workflow/submit", "{}").status())
        .isEqualTo(409);
    assertThat(
            editor
                .post("/api/v1/returns/" + id + "/workflow/sign-off", "{\"hwb\":\"warwickshire\"}")
                .status())
        .isEqualTo(403);
    ApiClient.Response signed =
        api(SIGNATORY)
            .post("/api/v1/returns/" + id + "/workflow/sign-off", "{\"hwb\":\"warwickshire\"}");
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(signed.json().path("status").asString()).isEqualTo("signed-off");
    ApiClient.Response submitted = editor.post("/api/v1/returns/" + id + "/workflow/submit", "{}");
    assertThat(submitted.json().path("status").asString())
        .as(submitted.body())
        .isEqualTo("submitted");
    assertThat(
            editor
                .put("/api/v1/returns/" + id + "/sections/narrative", narrative, "\"2\"")
                .status())
        .isEqualTo(409);

    // The assurer of the region gives the view; the view must be given.
    assertThat(
            api(NATIONAL_ASSURER).post("/api/v1/returns/" + id + "/workflow/assure", "{}").status())
        .isEqualTo(400);
    ApiClient.Response assured =
        api(NATIONAL_ASSURER)
            .post(
                "/api/v1/returns/" + id + "/workflow/assure",
                "{\"comment\":\"Assured: on track.\"}");
    assertThat(assured.status()).as(assured.body()).isEqualTo(200);
    assertThat(assured.json().path("status").asString()).isEqualTo("assured");
    assertThat(editor.get("/api/v1/returns/" + id + "/document").body())
        .contains("Assured: on track.");
  }

  @Test
  void the_stocktake_counts_the_dorset_hwbs_out_of_all_151_for_assurers_only() {
    String path = "/api/v1/national/stocktake?round=2014-16&quarter=2015-16-Q2";
    ApiClient.Response response = api(NATIONAL_ASSURER).get(path);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode england = response.json().path("england");
    assertThat(england.path("hwbs").asInt()).isEqualTo(151);
    assertThat(england.path("submitted").asInt()).isEqualTo(2);
    assertThat(england.path("notSubmitted").asInt()).isEqualTo(149);
    JsonNode southWest = null;
    for (JsonNode region : response.json().path("regions")) {
      if (region.path("region").asString().equals("South West")) {
        southWest = region;
      }
    }
    assertThat(southWest).isNotNull();
    assertThat(southWest.path("submitted").asInt()).isEqualTo(2);
    // plans jointly agreed: both; 7-day services: neither; NHS number: Dorset only
    assertThat(southWest.path("conditionsMet").get(0).asInt()).isEqualTo(2);
    assertThat(southWest.path("conditionsMet").get(2).asInt()).isZero();
    assertThat(southWest.path("conditionsMet").get(3).asInt()).isEqualTo(1);
    assertThat(southWest.path("expenditurePlan").decimalValue()).isEqualByComparingTo("43879000");

    assertThat(api(EDITOR).get(path).status()).isEqualTo(403);
    assertThat(anonymous().get(path).status()).isEqualTo(401);
    ApiClient.Response badQuarter =
        api(NATIONAL_ASSURER).get("/api/v1/national/stocktake?round=2014-16&quarter=2019-20-Q9");
    assertThat(badQuarter.status()).isEqualTo(400);
    assertThat(badQuarter.json().path("detail").asString()).contains("2015-16-Q1");
  }
}
