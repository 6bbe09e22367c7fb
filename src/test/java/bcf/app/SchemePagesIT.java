package bcf.app;

import static bcf.app.PlanEditPagesIT.formFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Schemes as a list with a page each, every coded value chosen by name, on a blank plan and on the
 * largest seed; and the other parts' forms without a code or an id to type.
 */
class SchemePagesIT extends AppTestSupport {

  /** A blank 2025-26 plan for Warwickshire with its council, as a new plan starts. */
  private String blankPlan() {
    String id = "blank-" + System.nanoTime() % 1_000_000_000L;
    String document =
        """
        {"documentVersion": 1, "id": "%s", "round": "2025-26", "title": "Warwickshire 2025-26",
         "hwbs": [{"id": "warwickshire", "name": "Warwickshire", "localAuthority": "wcc"}],
         "organisations": [{"id": "wcc", "name": "Warwickshire County Council",
                            "type": "local-authority"}]}
        """
            .formatted(id);
    ApiClient.Response created = api(ADMIN).post("/api/v1/plans", document);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return id;
  }

  private JsonNode document(String id) {
    return api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
  }

  private int currentVersion(String id) {
    return api(EDITOR).get("/api/v1/plans/" + id).json().get("currentVersion").intValue();
  }

  /** The options of a select as value to label. */
  private static Map<String, String> options(String html, String name) {
    Matcher select =
        Pattern.compile(
                "<select[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL)
            .matcher(html);
    assertThat(select.find()).as("a select named " + name).isTrue();
    Map<String, String> options = new java.util.LinkedHashMap<>();
    Matcher option =
        Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*>([^<]*)</option>")
            .matcher(select.group(1));
    while (option.find()) {
      options.put(option.group(1), option.group(2));
    }
    return options;
  }

  @Test
  void onABlankPlanASchemeIsAddedChangedAndRemovedWithEveryCodeChosenByName() {
    String id = blankPlan();
    WebClient web = signedIn(EDITOR);
    String list = "/plans/" + id + "/edit/schemes";
    WebClient.Page empty = web.get(list);
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).contains("The plan has no schemes yet").contains("Add a scheme");

    String add = list + "/new";
    WebClient.Page form = web.get(add);
    assertThat(form.status()).isEqualTo(200);
    assertThat(options(form.body(), "/schemes/0/source"))
        .containsEntry("nhs-minimum", "NHS minimum contribution")
        .containsEntry("dfg", "Disabled Facilities Grant");
    assertThat(options(form.body(), "/schemes/0/type")).containsKey("Residential Placements");
    assertThat(form.body()).doesNotContain("name=\"/schemes/0/id\"");
    Map<String, String> fields = formFields(form.body());
    fields.put("/schemes/0/name", "Home First (Discharge to Assess)");
    fields.put("/schemes/0/source", "nhs-minimum");
    fields.put("/schemes/0/type", "Residential Placements");
    fields.put("/schemes/0/leadProvider", "Warwickshire County Council");
    fields.put("/schemes/0/spend/2025-26/recurrent", "£1,200,000");
    WebClient.Page added = web.post(add, fields, add);
    assertThat(added.status()).as(added.body()).isIn(302, 303);
    assertThat(added.location()).endsWith(list + "?saved");

    JsonNode scheme = document(id).at("/schemes/0");
    assertThat(scheme.get("id").asString()).isEqualTo("home-first-discharge-to-assess");
    assertThat(scheme.get("source").asString()).isEqualTo("nhs-minimum");
    assertThat(scheme.at("/spend/2025-26/recurrent").intValue()).isEqualTo(1_200_000);
    WebClient.Page listed = web.get(list + "?saved");
    assertThat(listed.body())
        .contains("Home First (Discharge to Assess)")
        .contains("NHS minimum contribution")
        .contains("£1,200,000")
        .contains("Add another scheme")
        .doesNotContain(">nhs-minimum<");

    // change it: the page shows the stream by name, chosen
    String change = list + "/1";
    WebClient.Page page = web.get(change);
    assertThat(formFields(page.body())).containsEntry("/schemes/0/source", "nhs-minimum");
    Map<String, String> changed = formFields(page.body());
    changed.put("/schemes/0/source", "dfg");
    changed.put("/schemes/0/name", "Home first");
    assertThat(web.post(change, changed, change).status()).isIn(302, 303);
    scheme = document(id).at("/schemes/0");
    assertThat(scheme.get("source").asString()).isEqualTo("dfg");
    assertThat(scheme.get("id").asString())
        .as("an id, once made, stays when the name changes")
        .isEqualTo("home-first-discharge-to-assess");

    // a second scheme of the same name gets an id of its own
    Map<String, String> second = formFields(web.get(add).body());
    second.put("/schemes/1/name", "Home first");
    assertThat(web.post(add, second, add).status()).isIn(302, 303);
    assertThat(document(id).at("/schemes/1/id").asString()).isEqualTo("home-first");

    // remove the first, after confirming
    WebClient.Page confirm = web.get(list + "/1/remove");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.body()).contains("Remove the scheme &#39;Home first&#39;?");
    Map<String, String> yes = formFields(confirm.body());
    WebClient.Page removed = web.post(list + "/1/remove", yes, list + "/1/remove");
    assertThat(removed.status()).as(removed.body()).isIn(302, 303);
    JsonNode schemes = document(id).at("/schemes");
    assertThat(schemes.size()).isEqualTo(1);
    assertThat(schemes.get(0).get("id").asString()).isEqualTo("home-first");
  }

  @Test
  void onTheLargestSeedEachSchemeHasAShortPageAndOtherSchemesAreKept() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient web = signedIn(EDITOR);
    String list = "/plans/" + id + "/edit/schemes";
    WebClient.Page page = web.get(list);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("18 schemes").contains("Joint funded CHC packages");
    assertThat(page.body()).doesNotContain("name=\"/schemes").doesNotContain("<textarea");

    JsonNode before = document(id).at("/schemes");
    int version = currentVersion(id);
    String three = list + "/3";
    WebClient.Page form = web.get(three);
    Map<String, String> fields = formFields(form.body());
    assertThat(fields.keySet().stream().filter(k -> k.startsWith("/")))
        .as("one scheme's fields, not 324")
        .allMatch(k -> k.startsWith("/schemes/2/"))
        .hasSizeLessThan(40);
    // an unchanged save changes nothing
    assertThat(web.post(three, fields, three).status()).isIn(302, 303);
    assertThat(currentVersion(id)).isEqualTo(version);

    fields.put("/schemes/2/source", "ibcf");
    assertThat(web.post(three, fields, three).status()).isIn(302, 303);
    JsonNode after = document(id).at("/schemes");
    assertThat(after.get(2).get("source").asString()).isEqualTo("ibcf");
    for (int i = 0; i < before.size(); i++) {
      if (i != 2) {
        assertThat(after.get(i)).as("scheme " + (i + 1)).isEqualTo(before.get(i));
      }
    }
    assertThat(web.get(list).body()).contains("Improved Better Care Fund (iBCF)");
  }

  @Test
  void badInputIsRefusedInWordsAndNothingIsSaved() {
    String id = copyOfSeed("warwickshire-2017-19");
    int version = currentVersion(id);
    WebClient web = signedIn(EDITOR);
    String one = "/plans/" + id + "/edit/schemes/1";
    Map<String, String> fields = formFields(web.get(one).body());
    fields.put("/schemes/0/source", "nhs-minimum-by-hand"); // not an option
    fields.put("/schemes/0/spend/2017-18/total", "-5,000");
    fields.put("/schemes/0/name", "Renamed but not saved");
    WebClient.Page refused = web.post(one, fields, one);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: ")
        .contains("There is a problem")
        .contains("Choose source of funding from the list")
        .contains("as £0 or more")
        .contains("href=\"#f-schemes-0-source\"")
        .contains("value=\"Renamed but not saved\"")
        .doesNotContain("Exception");
    assertThat(currentVersion(id)).isEqualTo(version);

    WebClient.Page unnamed =
        web.post(one.replace("/1", "/new"), Map.of("baseVersion", "" + version), one);
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.body()).contains("Enter the scheme&#39;s name");
    assertThat(web.get(one.replace("/1", "/99")).status()).isEqualTo(400);
    assertThat(currentVersion(id)).isEqualTo(version);
  }

  @Test
  void aSaveFromAStaleVersionIsRefusedWithWhatChanged() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient first = signedIn(EDITOR);
    WebClient second = signedIn(EDITOR);
    String one = "/plans/" + id + "/edit/schemes/1";
    Map<String, String> mine = formFields(first.get(one).body());
    Map<String, String> theirs = formFields(second.get(one).body());
    mine.put("/schemes/0/name", "Joint CHC packages");
    assertThat(first.post(one, mine, one).status()).isIn(302, 303);
    int version = currentVersion(id);

    theirs.put("/schemes/0/source", "ibcf");
    WebClient.Page conflict = second.post(one, theirs, one);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body())
        .contains("id=\"conflict\"")
        .contains("Joint CHC packages")
        .contains(EDITOR)
        .contains("name=\"baseVersion\" id=\"baseVersion\" value=\"" + version + "\"");
    assertThat(currentVersion(id)).isEqualTo(version);
    assertThat(document(id).at("/schemes/0/source").isMissingNode()).isTrue();

    // removing from a stale version is refused the same way
    WebClient.Page removal =
        second.post(one + "/remove", Map.of("baseVersion", String.valueOf(version - 1)), one);
    assertThat(removal.status()).isEqualTo(409);
    assertThat(document(id).at("/schemes").size()).isEqualTo(18);
  }

  @Test
  void organisationsAreAddedByNameAndTypeWithTheirIdsMadeForThem() {
    String id = blankPlan();
    WebClient web = signedIn(EDITOR);
    String details = "/plans/" + id + "/edit/details";
    WebClient.Page page = web.get(details);
    assertThat(page.body())
        .doesNotContain("name=\"/organisations/0/id\"")
        .doesNotContain("name=\"/hwbs/0/id\"");
    assertThat(options(page.body(), "/organisations/0/type"))
        .containsEntry("district-council", "District or borough council");
    assertThat(options(page.body(), "/hwbs/0/localAuthority"))
        .containsEntry("wcc", "Warwickshire County Council");
    Map<String, String> fields = formFields(page.body());
    fields.put("action", "add-row:/organisations");
    Map<String, String> more = formFields(web.post(details, fields, details).body());
    more.put("/organisations/1/name", "NHS Coventry and Warwickshire ICB");
    more.put("/organisations/1/type", "icb");
    more.put("action", "save");
    WebClient.Page saved = web.post(details, more, details);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    JsonNode organisations = document(id).at("/organisations");
    assertThat(organisations.get(0).get("id").asString()).isEqualTo("wcc");
    assertThat(organisations.get(1).get("id").asString())
        .isEqualTo("nhs-coventry-and-warwickshire-icb");
    assertThat(organisations.get(1).get("type").asString()).isEqualTo("icb");

    // the new organisation is offered by name on the contributions page
    String contributions = "/plans/" + id + "/edit/contributions";
    Map<String, String> add = formFields(web.get(contributions).body());
    add.put("action", "add-row");
    WebClient.Page withRow = web.post(contributions, add, contributions);
    assertThat(options(withRow.body(), "/contributions/0/organisation"))
        .containsEntry("nhs-coventry-and-warwickshire-icb", "NHS Coventry and Warwickshire ICB");
    assertThat(options(withRow.body(), "/contributions/0/stream"))
        .containsEntry("nhs-minimum", "NHS minimum contribution");
  }

  @Test
  void narrativeSectionsAreListedByTitleAndCountOnceWritten() {
    String id = blankPlan();
    WebClient web = signedIn(EDITOR);
    assertThat(missingSections(id)).hasSize(3);
    String narrative = "/plans/" + id + "/edit/narrative";
    WebClient.Page page = web.get(narrative);
    assertThat(page.body()).doesNotContain("/key\"");
    Map<String, String> fields = formFields(page.body());
    assertThat(fields)
        .containsKeys("/narrative/0/text", "/narrative/1/text", "/narrative/2/text")
        .containsEntry("/narrative/0/title", "Overview of the plan and the local system");
    // an unchanged save adds nothing
    int version = currentVersion(id);
    assertThat(web.post(narrative, fields, narrative).status()).isIn(302, 303);
    assertThat(currentVersion(id)).isEqualTo(version);

    fields.put("/narrative/0/text", "Our overview of health and care in Warwickshire.");
    assertThat(web.post(narrative, fields, narrative).status()).isIn(302, 303);
    JsonNode written = document(id).at("/narrative");
    assertThat(written.size()).isEqualTo(1);
    assertThat(written.get(0).get("key").asString()).isEqualTo("overview");
    assertThat(missingSections(id)).hasSize(2).noneMatch(m -> m.contains("Overview"));
  }

  private List<String> missingSections(String id) {
    JsonNode findings = api(EDITOR).get("/api/v1/plans/" + id + "/validation").json();
    return findings
        .get("findings")
        .valueStream()
        .map(f -> f.get("message").asString())
        .filter(m -> m.startsWith("The narrative section"))
        .toList();
  }

  @Test
  void risksChooseRatingsAndLevelsFromLists() {
    String id = copyOfSeed("warwickshire-2014-16");
    WebClient web = signedIn(EDITOR);
    String risks = "/plans/" + id + "/edit/risks";
    WebClient.Page page = web.get(risks);
    assertThat(options(page.body(), "/risks/0/likelihood")).containsKeys("1", "5");
    assertThat(options(page.body(), "/risks/0/level")).containsEntry("programme", "Programme");
    assertThat(page.body()).doesNotContain("name=\"/risks/0/id\"");
    Map<String, String> fields = formFields(page.body());
    fields.put("/risks/0/likelihood", "7");
    WebClient.Page refused = web.post(risks, fields, risks);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Choose likelihood (1 to 5) from the list");
    fields.put("/risks/0/likelihood", "4");
    fields.put("/risks/0/level", "portfolio");
    assertThat(web.post(risks, fields, risks).status()).isIn(302, 303);
    JsonNode risk = document(id).at("/risks/0");
    assertThat(risk.get("likelihood").intValue()).isEqualTo(4);
    assertThat(risk.get("level").asString()).isEqualTo("portfolio");
  }
}
