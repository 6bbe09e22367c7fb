package bcf.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.ApiClient;
import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import bcf.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The monitoring terms changed through the API (versioned, a conflicting change refused) and on the
 * pages (risk shares in per cent adding up to 100, a retention judgement with its date and reason,
 * admissions avoided), the position downloaded as CSV, and the import command against the server's
 * database.
 */
class MonitoringTermsIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2017-19";
  private static final String DORSET = "dorset-2015-16";
  private static final String HEADER = "period,kind,scheme,source,partner,amount\n";
  private static final String FIFTY_FIFTY =
      "{\"riskShares\":[{\"name\":\"Section 75 agreement\",\"basis\":\"fixed\","
          + "\"shares\":{\"wcc\":0.5,\"crccg\":0.5}}]}";

  @Autowired private MonitoringRepository repository;

  @Test
  void the_api_replaces_the_terms_from_the_version_it_read_and_refuses_a_stale_one() {
    String id = copyOfSeed(SEED);
    String terms = "/api/v1/plans/" + id + "/monitoring/terms";
    ApiClient.Response read = api(EDITOR).get(terms);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().isObject()).isTrue();
    String etag = read.header("ETag");
    assertThat(etag).isNotBlank();

    ApiClient.Response saved = api(EDITOR).put(terms, FIFTY_FIFTY, etag);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.header("ETag")).isNotEqualTo(etag);
    assertThat(api(EDITOR).get(terms).header("ETag")).isEqualTo(saved.header("ETag"));
    JsonNode position = api(EDITOR).get("/api/v1/plans/" + id + "/monitoring").json();
    assertThat(position.get("riskShares").get(0).get("basis").asString()).isEqualTo("fixed");
    assertThat(position.get("riskShares").get(0).get("shares")).hasSize(2);

    // Another change from the version first read is refused; nothing changes.
    ApiClient.Response stale =
        api(EDITOR).put(terms, FIFTY_FIFTY.replace("Section 75 agreement", "Another"), etag);
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().get("rule").asString()).isEqualTo("monitoring-terms-conflict");
    assertThat(repository.terms(id)).contains(FIFTY_FIFTY);

    ApiClient.Response noVersion = api(EDITOR).put(terms, FIFTY_FIFTY, null);
    assertThat(noVersion.status()).as(noVersion.body()).isEqualTo(428);
    assertThat(noVersion.json().get("rule").asString())
        .isEqualTo("monitoring-terms-version-required");

    ApiClient.Response notWhole =
        api(EDITOR).put(terms, FIFTY_FIFTY.replace("0.5}", "0.4}"), saved.header("ETag"));
    assertThat(notWhole.status()).as(notWhole.body()).isEqualTo(422);
    assertThat(notWhole.json().get("rule").asString()).isEqualTo("risk-share-not-whole");

    ApiClient.Response notJson = api(EDITOR).put(terms, "{\"riskShares\": [", saved.header("ETag"));
    assertThat(notJson.status()).as(notJson.body()).isIn(400, 422);
    assertThat(notJson.body()).doesNotContain("Exception");
    assertThat(repository.terms(id)).contains(FIFTY_FIFTY);

    // Reading is the plan's; changing is its HWB's editors'.
    assertThat(api(OTHER_EDITOR).put(terms, "{}", saved.header("ETag")).status()).isEqualTo(404);
    assertThat(api(ASSURER).put(terms, "{}", saved.header("ETag")).status()).isEqualTo(403);
    assertThat(repository.terms(id)).contains(FIFTY_FIFTY);
  }

  @Test
  void the_position_downloads_as_csv_per_scheme_from_the_api_and_the_page() {
    String id = copyOfSeed(SEED);
    api(EDITOR)
        .postCsv(
            "/api/v1/plans/" + id + "/monitoring/imports",
            HEADER
                + "2017-18 Q1,actual,reablement,,wcc,1159500\n"
                + "2017-18 Q2,actual,reablement,,wcc,1159500\n"
                + "2017-18 Q3,actual,reablement,,wcc,1259501\n"
                + "2017-18 Q4,forecast,reablement,,wcc,1159500\n");
    ApiClient.Response csv =
        api(EDITOR).get("/api/v1/plans/" + id + "/monitoring/position.csv?year=2017-18");
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\n");
    assertThat(lines[0])
        .isEqualTo(
            "year,scheme,name,budget,actual_to_date,forecast_outturn,variance,variance_percent,"
                + "reported");
    assertThat(lines)
        .contains(
            "2017-18,reablement,Reablement,4638000.00,3578501.00,4738001.00,100001.00,2.2,yes");
    assertThat(lines[lines.length - 1]).startsWith("2017-18,,All schemes,").contains(",100001.00,");

    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    assertThat(editor.get("/plans/" + id + "/monitoring?year=2017-18").body())
        .contains("/plans/" + id + "/monitoring/position.csv?year=2017-18");
    WebClient.Page page = editor.get("/plans/" + id + "/monitoring/position.csv?year=2017-18");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).isEqualTo(csv.body());
    // A bad year is refused in words, not a 500.
    ApiClient.Response badYear =
        api(EDITOR).get("/api/v1/plans/" + id + "/monitoring/position.csv?year=next");
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.json().get("rule").asString()).isEqualTo("monitoring-bad-year");
  }

  @Test
  void an_editor_adds_changes_and_removes_a_risk_share_on_the_pages_with_shares_in_per_cent() {
    String id = copyOfSeed(SEED);
    repository.saveTerms(id, "{}", "test", java.time.Instant.EPOCH);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String terms = "/plans/" + id + "/monitoring/terms";
    assertThat(editor.get("/plans/" + id + "/monitoring").body()).contains(terms + "\"");
    WebClient.Page overview = editor.get(terms);
    assertThat(overview.status()).isEqualTo(200);
    assertThat(overview.body())
        .contains("<title>Monitoring terms – ")
        .contains("No risk-share agreement has been recorded");
    String form = terms + "/risk-share";
    WebClient.Page add = editor.get(form);
    assertThat(add.body())
        .contains("Warwickshire County Council")
        .contains("Reablement")
        .contains("Pro rata to contributions");
    String version = versionIn(add.body());

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", version);
    fields.put("name", "Section 75 agreement");
    fields.put("basis", "fixed");
    fields.put("share-wcc", "50");
    fields.put("share-crccg", "40");
    fields.put("schemes", "reablement");
    WebClient.Page notWhole = editor.post(form, fields, form);
    assertThat(notWhole.status()).isEqualTo(200);
    assertThat(notWhole.body())
        .contains("<title>Error: Add a risk-share agreement – ")
        .contains("govuk-error-summary")
        .contains("href=\"#share-wcc\"")
        .contains("The shares add up to 90%: they must add up to 100%")
        .contains("id=\"share-wcc-error\"");
    assertThat(repository.terms(id)).contains("{}");

    fields.put("share-crccg", "50");
    fields.put("cap-crccg", "£250,000");
    WebClient.Page noRest = editor.post(form, fields, form);
    assertThat(noRest.body()).contains("Choose who takes what is over a cap");
    assertThat(repository.terms(id)).contains("{}");

    fields.put("restTo", "wcc");
    WebClient.Page saved = editor.post(form, fields, form);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(saved.location()).contains(terms + "?saved=risk-share");
    JsonNode agreement = bcf.json.Json.MAPPER.readTree(repository.terms(id).orElseThrow());
    JsonNode a = agreement.get("riskShares").get(0);
    assertThat(a.get("shares").get("wcc").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(a.get("caps").get("crccg").decimalValue()).isEqualByComparingTo("250000");
    assertThat(a.get("restTo").asString()).isEqualTo("wcc");
    assertThat(a.get("schemes").get(0).asString()).isEqualTo("reablement");
    assertThat(editor.get(terms + "?saved=risk-share").body())
        .contains("The risk-share agreement is saved.")
        .contains("Warwickshire County Council 50%, NHS Coventry and Rugby CCG 50%")
        .contains("NHS Coventry and Rugby CCG at most £250,000")
        .contains("Reablement");

    // A change from the form opened before the save is refused and names why.
    WebClient.Page stale = editor.post(form, fields, form);
    assertThat(stale.body())
        .contains("<title>Error: ")
        .contains("The monitoring terms were changed after you opened them. Nothing was saved")
        .doesNotContain("Exception");
    assertThat(bcf.json.Json.MAPPER.readTree(repository.terms(id).orElseThrow()).get("riskShares"))
        .hasSize(1);

    // Change it to pro rata, then remove it.
    WebClient.Page change = editor.get(form + "?n=1");
    assertThat(change.body()).contains("value=\"Section 75 agreement\"").contains("value=\"50\"");
    Map<String, String> proRata = new LinkedHashMap<>();
    proRata.put("baseVersion", versionIn(change.body()));
    proRata.put("n", "1");
    proRata.put("name", "Section 75 agreement");
    proRata.put("basis", "pro-rata");
    assertThat(editor.post(form, proRata, form + "?n=1").status()).isEqualTo(302);
    assertThat(repository.terms(id).orElseThrow()).contains("pro-rata").doesNotContain("shares");
    WebClient.Page removed =
        editor.post(
            terms + "/risk-share/remove",
            Map.of("n", "1", "baseVersion", versionIn(editor.get(terms).body())),
            terms);
    assertThat(removed.location()).contains(terms + "?saved=removed");
    assertThat(bcf.json.Json.MAPPER.readTree(repository.terms(id).orElseThrow()).get("riskShares"))
        .isEmpty();
  }

  @Test
  void an_editor_judges_dorsets_chc_risk_share_with_its_date_and_reason_and_enters_admissions() {
    String id = copyOfSeed(DORSET);
    WebClient editor = web();
    editor.signIn(OTHER_EDITOR, PASSWORD);
    String terms = "/plans/" + id + "/monitoring/terms";
    WebClient.Page overview = editor.get(terms);
    assertThat(overview.body())
        .contains("Continuing Health Care (CHC) risk share")
        .contains("Not yet judged");
    String form = terms + "/retention";
    WebClient.Page judge = editor.get(form);
    assertThat(judge.status()).isEqualTo(200);
    assertThat(judge.body()).contains("not pegged at 2014/15 levels");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", versionIn(judge.body()));
    fields.put("judgement-1", "not-met");
    fields.put("judgedOn-1-day", "31");
    fields.put("judgedOn-1-month", "2");
    fields.put("judgedOn-1-year", "2016");
    WebClient.Page bad = editor.post(terms + "/retention", fields, form);
    assertThat(bad.body())
        .contains("<title>Error: Judge the risk shares – ")
        .contains("The date of the judgement must be a real date")
        .contains("Enter why the condition is judged not met");

    fields.put("judgedOn-1-day", "29");
    fields.put("reason-1", "CHC spend at month 10 is above 2014/15 levels.");
    WebClient.Page saved = editor.post(terms + "/retention", fields, form);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(editor.get(terms).body())
        .contains("Condition not met, judged on 29 February 2016")
        .contains("CHC spend at month 10 is above 2014/15 levels.");
    JsonNode retention =
        api(OTHER_EDITOR)
            .get("/api/v1/plans/" + id + "/monitoring")
            .json()
            .get("retentions")
            .get(0);
    assertThat(retention.get("conditionMet").asBoolean()).isFalse();
    assertThat(retention.get("retained").decimalValue()).isEqualByComparingTo("1666666.67");

    // Admissions avoided per HWB: a whole number, refused in words otherwise.
    Map<String, String> achieved = new LinkedHashMap<>();
    achieved.put("baseVersion", versionIn(editor.get(terms).body()));
    achieved.put("achieved-dorset", "lots");
    achieved.put("achieved-bournemouth-poole", "");
    WebClient.Page badAchieved = editor.post(terms + "/achieved", achieved, terms);
    assertThat(badAchieved.body())
        .contains("<title>Error: Monitoring terms – ")
        .contains("href=\"#achieved-dorset\"")
        .contains("as a whole number");
    assertThat(repository.terms(id).orElseThrow()).doesNotContain("achievedReductions");
    achieved.put("achieved-dorset", "300");
    assertThat(editor.post(terms + "/achieved", achieved, terms).location())
        .contains("?saved=achieved");
    JsonNode hwb = null;
    for (JsonNode h :
        api(OTHER_EDITOR)
            .get("/api/v1/plans/" + id + "/monitoring")
            .json()
            .get("paymentForPerformance")
            .get("byHwb")) {
      if (h.get("hwb").asString().equals("dorset")) {
        hwb = h;
      }
    }
    assertThat(hwb).isNotNull();
    assertThat(hwb.get("achieved").decimalValue()).isEqualByComparingTo("300");
  }

  @Test
  void the_import_command_writes_into_the_servers_database_all_rows_or_none(@TempDir Path dir)
      throws IOException {
    String id = copyOfSeed(SEED);
    Path good =
        Files.writeString(
            dir.resolve("good.csv"),
            HEADER
                + "2017-04,actual,reablement,,wcc,386500\n2017-05,actual,reablement,,wcc,1000\n");
    Path bad =
        Files.writeString(
            dir.resolve("bad.csv"),
            HEADER + "2017-04,actual,reablement,,wcc,386500\n2017-05,actual,reablement,,acme,10\n");

    CliRun refused =
        CliRun.of(
            "monitoring",
            "import",
            id,
            bad.toString(),
            "--as",
            EDITOR,
            "--database-url",
            databaseUrl());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .contains("bad.csv: row 3, column partner")
        .contains("nothing was imported")
        .doesNotContain("Exception");
    assertThat(repository.find(id)).isEmpty();

    CliRun notEditor =
        CliRun.of(
            "monitoring",
            "import",
            id,
            good.toString(),
            "--as",
            ASSURER,
            "--database-url",
            databaseUrl());
    assertThat(notEditor.exitCode()).isEqualTo(2);
    assertThat(notEditor.err()).contains("Only an editor");
    assertThat(repository.find(id)).isEmpty();

    CliRun imported =
        CliRun.of(
            "monitoring",
            "import",
            id,
            good.toString(),
            "--as",
            EDITOR,
            "--database-url",
            databaseUrl());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("imported 2 rows into " + id);
    assertThat(repository.find(id)).hasSize(2);
    assertThat(repository.imports(id))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.importedBy()).isEqualTo(EDITOR);
              assertThat(i.fileName()).isEqualTo("good.csv");
            });
    JsonNode reablement = null;
    for (JsonNode s :
        api(EDITOR).get("/api/v1/plans/" + id + "/monitoring?year=2017-18").json().get("schemes")) {
      if (s.get("code").asString().equals("reablement")) {
        reablement = s;
      }
    }
    assertThat(reablement.get("actualToDate").decimalValue()).isEqualByComparingTo("387500");
  }

  @Test
  void the_contracting_partner_of_each_scheme_is_chosen_by_name_on_the_agreement_form() {
    String id = copyOfSeed(SEED);
    repository.saveTerms(id, "{}", "test", java.time.Instant.EPOCH);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String terms = "/plans/" + id + "/monitoring/terms";
    String form = terms + "/risk-share";
    WebClient.Page add = editor.get(form);
    assertThat(add.body())
        .contains("Contracting partner for Reablement")
        .contains("The partner its figures name");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", versionIn(add.body()));
    fields.put("name", "Section 75 agreement");
    fields.put("basis", "contracting-partner");
    fields.put("contracting-reablement", "wcc");
    fields.put("contracting-district-and-borough-dfgs", "nobody");
    WebClient.Page refused = editor.post(form, fields, form);
    assertThat(refused.body())
        .contains("<title>Error: Add a risk-share agreement – ")
        .contains("href=\"#contracting-district-and-borough-dfgs\"")
        .contains("id=\"contracting-district-and-borough-dfgs-error\"")
        .contains("Choose the partner contracting for");
    assertThat(repository.terms(id)).contains("{}");

    fields.put("contracting-district-and-borough-dfgs", "nbbc");
    WebClient.Page saved = editor.post(form, fields, form);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    JsonNode a =
        bcf.json.Json.MAPPER.readTree(repository.terms(id).orElseThrow()).get("riskShares").get(0);
    assertThat(a.get("contracting").get("reablement").asString()).isEqualTo("wcc");
    assertThat(a.get("contracting").get("district-and-borough-dfgs").asString()).isEqualTo("nbbc");
    assertThat(a.get("contracting")).hasSize(2);
    assertThat(editor.get(terms).body())
        .contains("Reablement: Warwickshire County Council")
        .contains("Nuneaton and Bedworth Borough Council");
    WebClient.Page change = editor.get(form + "?n=1");
    assertThat(change.body()).contains("value=\"wcc\" selected");

    // Shared another way, the contracting partners go with the choice.
    Map<String, String> proRata = new LinkedHashMap<>(fields);
    proRata.put("baseVersion", versionIn(change.body()));
    proRata.put("n", "1");
    proRata.put("basis", "pro-rata");
    assertThat(editor.post(form, proRata, form + "?n=1").status()).isEqualTo(302);
    assertThat(repository.terms(id).orElseThrow()).doesNotContain("contracting");
  }

  @Test
  void a_retention_ceiling_is_set_on_the_judgement_form_and_judges_the_share_by_spend() {
    String id = copyOfSeed(DORSET);
    WebClient editor = web();
    editor.signIn(OTHER_EDITOR, PASSWORD);
    String terms = "/plans/" + id + "/monitoring/terms";
    String form = terms + "/retention";
    WebClient.Page judge = editor.get(form);
    assertThat(judge.body())
        .contains("Or judge it by a scheme's spend")
        .contains(">Maintaining Independence</option>");
    String version = versionIn(judge.body());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", version);
    fields.put("judgement-1", "");
    fields.put("scheme-1", "maintaining-independence");
    WebClient.Page noCeiling = editor.post(form, fields, form);
    assertThat(noCeiling.body())
        .contains("<title>Error: Judge the risk shares – ")
        .contains("href=\"#ceiling-1\"")
        .contains("Enter the most Maintaining Independence may spend");
    fields.put("ceiling-1", "lots");
    assertThat(editor.post(form, fields, form).body())
        .contains("href=\"#ceiling-1\"")
        .contains("Enter the ceiling in pounds");
    fields.put("scheme-1", "nowhere");
    fields.put("ceiling-1", "1");
    assertThat(editor.post(form, fields, form).body()).contains("href=\"#scheme-1\"");
    assertThat(repository.terms(id).orElse("{}")).doesNotContain("ceiling");

    // Below the scheme's budget of £9,171,000: its outturn (the budget, with no figures) is over.
    fields.put("scheme-1", "maintaining-independence");
    fields.put("ceiling-1", "£9,000,000");
    WebClient.Page saved = editor.post(form, fields, form);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    JsonNode stored =
        bcf.json.Json.MAPPER.readTree(repository.terms(id).orElseThrow()).get("retentions").get(0);
    assertThat(stored.get("scheme").asString()).isEqualTo("maintaining-independence");
    assertThat(stored.get("ceiling").decimalValue()).isEqualByComparingTo("9000000");
    assertThat(stored.has("conditionMet")).isFalse();
    assertThat(editor.get(terms).body())
        .contains(
            "Met while the forecast outturn of Maintaining Independence is at most £9,000,000");
    JsonNode retention =
        api(OTHER_EDITOR)
            .get("/api/v1/plans/" + id + "/monitoring")
            .json()
            .get("retentions")
            .get(0);
    assertThat(retention.get("retained").decimalValue()).isEqualByComparingTo("1666666.67");
    assertThat(editor.get(form).body()).contains("value=\"9000000.00\"");

    // From the version first opened: refused in words, the ceiling unchanged.
    fields.put("ceiling-1", "10000000");
    WebClient.Page stale = editor.post(form, fields, form);
    assertThat(stale.body())
        .contains("<title>Error: ")
        .contains("The monitoring terms were changed after you opened them. Nothing was saved");
    assertThat(repository.terms(id).orElseThrow()).contains("9000000");

    // A judgement made later keeps the ceiling beside it; removing the scheme removes the rule.
    Map<String, String> none = new LinkedHashMap<>();
    none.put("baseVersion", versionIn(editor.get(form).body()));
    none.put("judgement-1", "");
    assertThat(editor.post(form, none, form).status()).isEqualTo(302);
    assertThat(repository.terms(id).orElseThrow()).doesNotContain("ceiling");
  }

  @Test
  void the_underspends_carried_forward_are_chosen_by_scheme_on_a_page() {
    String id = copyOfSeed(SEED);
    repository.saveTerms(id, "{}", "test", java.time.Instant.EPOCH);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String terms = "/plans/" + id + "/monitoring/terms";
    assertThat(editor.get(terms).body())
        .contains("No scheme's underspend is carried forward")
        .contains(terms + "/carry-forward");
    String form = terms + "/carry-forward";
    WebClient.Page page = editor.get(form);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>Underspends carried forward – ")
        .contains("District and Borough DFGs".substring(0, 8));
    String version = versionIn(page.body());

    WebClient.Page refused =
        editor.post(form, Map.of("baseVersion", version, "schemes", "nowhere"), form);
    assertThat(refused.body())
        .contains("<title>Error: Underspends carried forward")
        .contains("href=\"#schemes\"")
        .contains("Choose schemes from the list");
    assertThat(repository.terms(id)).contains("{}");

    WebClient.Page saved =
        editor.post(
            form, Map.of("baseVersion", version, "schemes", "district-and-borough-dfgs"), form);
    assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    assertThat(saved.location()).contains(terms + "?saved=carry-forward");
    JsonNode carry =
        bcf.json.Json.MAPPER.readTree(repository.terms(id).orElseThrow()).get("carryForward");
    assertThat(carry).hasSize(1);
    assertThat(carry.get(0).asString()).isEqualTo("district-and-borough-dfgs");
    assertThat(editor.get(terms + "?saved=carry-forward").body())
        .contains("The underspends carried forward are saved.")
        .contains("is carried forward into the next year:");
    assertThat(editor.get(form).body()).contains("checked");

    // From the version first opened: refused in words, nothing changed.
    WebClient.Page stale =
        editor.post(form, Map.of("baseVersion", version, "schemes", "reablement"), form);
    assertThat(stale.body())
        .contains("<title>Error: ")
        .contains("The monitoring terms were changed after you opened them. Nothing was saved");
    assertThat(repository.terms(id).orElseThrow()).doesNotContain("reablement");

    // None chosen: nothing carried forward.
    WebClient.Page cleared =
        editor.post(form, Map.of("baseVersion", versionIn(editor.get(form).body())), form);
    assertThat(cleared.status()).isEqualTo(302);
    assertThat(repository.terms(id).orElseThrow()).doesNotContain("carryForward");
    // Another HWB's editor may not change them.
    WebClient other = web();
    other.signIn(OTHER_EDITOR, PASSWORD);
    assertThat(other.get(form).status()).isEqualTo(404);
  }

  private static String versionIn(String body) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"baseVersion\" value=\"([0-9a-f]+)\"").matcher(body);
    assertThat(m.find()).as("a baseVersion field").isTrue();
    return m.group(1);
  }
}
