package bcf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.ApiClient;
import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Monitoring through the API and the pages: an import (all rows or none, recorded), the position it
 * gives, the demo year of Warwickshire's actuals, and the page in words.
 */
class MonitoringIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2017-19";
  private static final String HEADER = "period,kind,scheme,source,partner,amount\n";

  @Autowired private MonitoringRepository repository;

  @Test
  void an_import_is_recorded_and_gives_the_position_in_pounds_and_per_cent() {
    String id = copyOfSeed(SEED);
    ApiClient.Response imported =
        api(EDITOR)
            .postCsv(
                "/api/v1/plans/" + id + "/monitoring/imports",
                HEADER
                    + "2017-18 Q1,actual,reablement,,wcc,1159500\n"
                    + "2017-18 Q2,actual,reablement,,wcc,1159500\n"
                    + "2017-18 Q3,actual,reablement,,wcc,1259501\n"
                    + "2017-18 Q4,forecast,reablement,,wcc,1159500\n");
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().get("rows").asInt()).isEqualTo(4);
    assertThat(repository.imports(id))
        .singleElement()
        .satisfies(i -> assertThat(i.importedBy()).isEqualTo(EDITOR));

    JsonNode position = api(EDITOR).get("/api/v1/plans/" + id + "/monitoring").json();
    assertThat(position.get("year").asString()).isEqualTo("2017-18");
    JsonNode reablement = null;
    for (JsonNode s : position.get("schemes")) {
      if (s.get("code").asString().equals("reablement")) {
        reablement = s;
      }
    }
    assertThat(reablement).isNotNull();
    assertThat(reablement.get("budget").decimalValue()).isEqualByComparingTo("4638000");
    assertThat(reablement.get("actualToDate").decimalValue()).isEqualByComparingTo("3578501");
    assertThat(reablement.get("forecastOutturn").decimalValue()).isEqualByComparingTo("4738001");
    assertThat(reablement.get("variance").decimalValue()).isEqualByComparingTo("100001");
    assertThat(reablement.get("variancePercent").decimalValue()).isEqualByComparingTo("2.2");
    assertThat(position.get("total").get("variance").decimalValue()).isEqualByComparingTo("100001");
    assertThat(position.get("carriedForward").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("784000");
  }

  @Test
  void a_file_with_bad_rows_is_refused_whole_with_row_and_column_and_nothing_is_saved() {
    String id = copyOfSeed(SEED);
    ApiClient.Response refused =
        api(EDITOR)
            .postCsv(
                "/api/v1/plans/" + id + "/monitoring/imports",
                HEADER
                    + "2017-04,actual,reablement,,wcc,386500\n"
                    + "2017-05,forecast,reablement,,wcc,lots\n"
                    + "2017-06,actual,hospital-at-home,,wcc,1000\n");
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    JsonNode problem = refused.json();
    assertThat(problem.get("rule").asString()).isEqualTo("invalid-csv");
    assertThat(problem.get("errors")).hasSize(2);
    assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(problem.get("errors").get(0).get("column").asString()).isEqualTo("amount");
    assertThat(problem.get("errors").get(0).get("reason").asString())
        .isEqualTo("'lots' is not a number");
    assertThat(problem.get("errors").get(1).get("column").asString()).isEqualTo("scheme");
    assertThat(problem.get("errors").get(1).get("reason").asString())
        .startsWith("the plan has no scheme 'hospital-at-home'");
    assertThat(repository.find(id)).isEmpty();
    assertThat(repository.imports(id)).isEmpty();
  }

  @Test
  void the_demo_year_of_warwickshires_actuals_is_on_its_page_in_words() {
    JsonNode position = anonymous().get("/api/v1/plans/" + SEED + "/monitoring").json();
    assertThat(position.get("reportedTo").asString()).isEqualTo("2018-03");
    assertThat(position.get("riskShares").get(0).get("basis").asString())
        .isEqualTo("contracting-partner");

    WebClient.Page page = web().get("/plans/" + SEED + "/monitoring");
    assertThat(page.status()).isEqualTo(200);
    String body = page.body();
    assertThat(body)
        .contains("<title>Monitoring – ")
        .contains("Actual spend reported to the end of March 2018.")
        .contains("Reablement")
        .contains("£4,638,000")
        .contains("Warwickshire County Council")
        .contains("The contracting partner bears it")
        .contains("Disabled Facilities Grant")
        .contains("£784,000")
        .contains("<svg")
        .contains("Metrics on track", "Top risks and exceptions")
        .doesNotContain("district-and-borough-dfgs")
        .doesNotContain("id=\"upload\"");
  }

  @Test
  void an_editor_uploads_a_file_on_the_page_and_a_bad_one_is_listed_with_nothing_imported() {
    String id = copyOfSeed(SEED);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String page = "/plans/" + id + "/monitoring";
    WebClient.Page bad =
        editor.upload(
            page + "/imports",
            Map.of(),
            "file",
            "bad.csv",
            HEADER + "2017-04,actual,reablement,,acme,10\n",
            page);
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.body().replace("&#39;", "'"))
        .contains("<title>Error: Monitoring – ")
        .contains("1 problem in bad.csv. Nothing was imported.")
        .contains("the plan has no partner 'acme'");
    assertThat(repository.find(id)).isEmpty();

    WebClient.Page good =
        editor.upload(
            page + "/imports",
            Map.of(),
            "file",
            "good.csv",
            HEADER + "2017-04,actual,reablement,,wcc,386500\n",
            page);
    assertThat(good.status()).isEqualTo(302);
    assertThat(repository.find(id)).hasSize(1);
    assertThat(editor.get(page).body())
        .contains("Imported 1 row from good.csv.")
        .contains("good.csv");
  }

  @Test
  void an_editor_enters_a_months_spend_on_a_form_and_a_bad_amount_is_named_by_its_scheme() {
    String id = copyOfSeed(SEED);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String page = "/plans/" + id + "/monitoring/enter";
    WebClient.Page form = editor.get(page);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("Quarter 1 (April to June 2017)").contains("Reablement");
    int reablement = 6; // the seventh scheme of the plan
    WebClient.Page bad =
        editor.post(
            page,
            Map.of(
                "period",
                "2017-04",
                "kind",
                "actual",
                "partner",
                "wcc",
                "amount-" + reablement,
                "lots"),
            page);
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.body())
        .contains("<title>Error: Enter spend – ")
        .contains("Enter the amount for Reablement in pounds, like 386500 or 386,500.25");
    assertThat(repository.find(id)).isEmpty();

    WebClient.Page good =
        editor.post(
            page,
            Map.of(
                "period",
                "2017-04",
                "kind",
                "actual",
                "partner",
                "wcc",
                "amount-" + reablement,
                "£386,500.25"),
            page);
    assertThat(good.status()).isEqualTo(302);
    assertThat(repository.find(id))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.scheme()).isEqualTo("reablement");
              assertThat(e.amount().pounds()).isEqualByComparingTo("386500.25");
            });
  }

  @Test
  void a_year_that_is_not_one_or_not_the_plans_is_refused_in_words() {
    ApiClient.Response notAYear =
        anonymous().get("/api/v1/plans/" + SEED + "/monitoring?year=last");
    assertThat(notAYear.status()).isEqualTo(400);
    assertThat(notAYear.json().get("rule").asString()).isEqualTo("monitoring-bad-year");
    ApiClient.Response outside =
        anonymous().get("/api/v1/plans/" + SEED + "/monitoring?year=2020-21");
    assertThat(outside.status()).isEqualTo(422);
    assertThat(outside.json().get("rule").asString()).isEqualTo("monitoring-year-not-in-plan");
    assertThat(outside.body())
        .contains("The plan has no year 2020/21: it covers 2017/18, 2018/19.");
    WebClient.Page page = web().get("/plans/" + SEED + "/monitoring?year=2020-21");
    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body()).contains("The plan has no year 2020/21").doesNotContain("Exception");
  }
}
