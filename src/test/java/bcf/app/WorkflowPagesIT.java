package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The sign-off and workflow, history, diff and national pages, through the forms. */
class WorkflowPagesIT extends AppTestSupport {

  private static final Pattern OPTION = Pattern.compile("<option[^>]*value=\"([^\"]*)\"");
  private static final Pattern STATUS =
      Pattern.compile("id=\"status\"[^>]*>([^<]*)<", Pattern.DOTALL);

  @Test
  void aPlanGoesFromDraftToAssuredThroughTheForms() {
    String id = copyOfSeed("warwickshire-2014-16");
    String page = "/plans/" + id + "/sign-off";
    String changed = changeFirstRisk(id, "1", "Financial risk, reworded for the partners");

    WebClient signatory = signedIn(SIGNATORY);
    WebClient.Page signOff = signatory.get(page);
    assertThat(signOff.status()).isEqualTo(200);
    assertThat(status(signOff)).isEqualTo("Draft");
    List<String> parties = options(signOff.body(), "party");
    assertThat(parties).hasSize(5);
    assertThat(count(signOff.body(), "data-signed=\"false\"")).isEqualTo(5);
    // Nothing recorded yet: the findings say so, as the workflow does, though the seed prints
    // five signatures.
    assertThat(api(EDITOR).get("/api/v1/plans/" + id + "/validation").body())
        .contains("signoff-complete", "has not signed the plan", "not recorded in bcf");
    boolean first = true;
    for (String party : parties) {
      WebClient partner = signedIn(signatoryFor("warwickshire", party));
      Map<String, String> form =
          first
              ? Map.of(
                  "party",
                  party,
                  "name",
                  "Pat Partner",
                  "position",
                  "Deputy Director",
                  "onBehalfOf",
                  "Sam Chief, Chief Executive")
              : Map.of("party", party, "name", "Pat Partner", "position", "Director");
      first = false;
      WebClient.Page signed = partner.post(page, form, page);
      assertThat(signed.status()).as(party).isEqualTo(302);
      assertThat(signed.location()).endsWith(page + "?done=signed");
    }
    signOff = signatory.get(page + "?done=signed");
    assertThat(signOff.body()).contains("id=\"all-signed\"", "All required signatures are now");
    assertThat(count(signOff.body(), "data-signed=\"true\"")).isEqualTo(5);
    assertThat(signOff.body()).doesNotContain("id=\"sign-off-form\"");
    // The findings agree with the workflow: every required signature recorded, so no
    // "has not signed the plan" beside "5 of 5" (the document's own printed sign-offs aside).
    assertThat(api(EDITOR).get("/api/v1/plans/" + id + "/validation").body())
        .doesNotContain("signoff-complete", "has not signed");
    // A signature records the position as the round names it (a position typed into an old form
    // is not recorded) and on whose behalf it was given.
    assertThat(table(signOff.body(), "signatures"))
        .as("a signature records its position and on whose behalf it was given")
        .contains("Pat Partner, Accountable officer of each CCG")
        .contains("on behalf of Sam Chief, Chief Executive")
        .doesNotContain("Deputy Director");
    assertThat(table(signatory.get("/plans/" + id + "/history").body(), "sign-offs"))
        .contains(
            "Pat Partner, Accountable officer of each CCG, on behalf of Sam Chief, Chief"
                + " Executive");

    WebClient editor = signedIn(EDITOR);
    assertThat(act(editor, id, "agree", Map.of()).status()).isEqualTo(302);
    assertThat(status(editor.get(page))).isEqualTo("Agreed by partners");
    assertThat(act(editor, id, "approve", Map.of()).status()).isEqualTo(302);
    assertThat(status(editor.get(page))).isEqualTo("Approved by HWB");

    WebClient.Page before = editor.get(page);
    String errors = text(before.body(), "error-count");
    assertThat(Integer.parseInt(errors)).isPositive();
    WebClient.Page refused = act(editor, id, "submit", Map.of("comment", "Here it is"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body())
        .contains("There is a problem", "The plan has " + errors + " error finding")
        .contains("href=\"#submit-override\"");
    assertThat(status(refused)).isEqualTo("Approved by HWB");
    assertThat(status(editor.get(page))).isEqualTo("Approved by HWB");

    String reason = "The CCG figures are being restated; corrections follow in March.";
    WebClient.Page submitted =
        act(editor, id, "submit", Map.of("comment", "Final plan", "overrideReason", reason));
    assertThat(submitted.status()).isEqualTo(302);
    assertThat(status(editor.get(page))).isEqualTo("Submitted");

    WebClient assurer = signedIn(ASSURER);
    WebClient.Page assurance = assurer.get(page);
    assertThat(assurance.status()).isEqualTo(200);
    assertThat(assurance.body()).contains("govuk-warning-text", "id=\"override-reason\"");
    assertThat(text(assurance.body(), "override-reason")).isEqualTo(reason);
    assertThat(assurance.body()).contains("id=\"assure-form\"");
    WebClient.Page noOutcome = act(assurer, id, "assure", Map.of());
    assertThat(noOutcome.status()).isEqualTo(409);
    assertThat(noOutcome.body()).contains("Choose an outcome", "href=\"#assure-outcome\"");
    WebClient.Page assured =
        act(
            assurer,
            id,
            "assure",
            Map.of("outcome", "approved-with-support", "comment", "Support on metrics"));
    assertThat(assured.status()).isEqualTo(302);
    WebClient.Page after = assurer.get(page);
    assertThat(status(after)).isEqualTo("Assured");
    assertThat(text(after.body(), "outcome")).isEqualTo("Approved with support");

    WebClient.Page history = editor.get("/plans/" + id + "/history");
    assertThat(history.status()).isEqualTo(200);
    String transitions = table(history.body(), "transitions");
    assertThat(transitions)
        .contains("data-action=\"agree\"", "data-action=\"approve\"")
        .contains("data-action=\"submit\"", "data-action=\"assure\"")
        .contains(EDITOR, ASSURER, reason, "Approved with support", "Submitted");
    assertThat(table(history.body(), "versions")).contains("data-version=\"2\"");

    WebClient.Page diff = editor.get("/plans/" + id + "/diff?from=1&to=2");
    assertThat(diff.status()).isEqualTo(200);
    assertThat(diff.body())
        .contains("data-part=\"Risks\"", "data-path=\"/risks/0/description\"")
        .contains(changed, "bcf-diff-old", "bcf-diff-new");
    assertThat(diff.body()).contains("Inability to meet financial challenges");
    // The change is said in words: the risk by what it says, the field by its name; the pointer
    // is only an attribute for scripts and tests, never text a reader sees.
    String visible = diff.body().replaceAll("<[^>]*>", " ").replace("&#39;", "'");
    assertThat(visible).contains("Risk '" + changed.substring(0, 20)).contains(": description");
    assertThat(visible).doesNotContain("/risks/0");
    assertThat(history.body().replaceAll("<[^>]*>", " ")).doesNotContain("/risks/0");
  }

  @Test
  void anEditAfterSigningInvalidatesTheSignOff() {
    String id = copyOfSeed("warwickshire-2014-16");
    String page = "/plans/" + id + "/sign-off";
    WebClient signatory = signedIn(SIGNATORY);
    String party = options(signatory.get(page).body(), "party").get(0);
    WebClient partner = signedIn(signatoryFor("warwickshire", party));
    WebClient.Page signed = partner.post(page, Map.of("party", party, "name", "Pat Partner"), page);
    assertThat(signed.status()).isEqualTo(302);
    // The partner who signed is offered nothing more: each partner signs with its own account.
    WebClient.Page theirs = partner.get(page);
    assertThat(theirs.body()).contains("id=\"you-signed\"").doesNotContain("id=\"sign-off-form\"");
    WebClient.Page once = signatory.get(page);
    assertThat(options(once.body(), "party")).hasSize(4).doesNotContain(party);
    assertThat(once.body()).contains("data-party=\"" + party + "\"");
    assertThat(row(once.body(), "data-party=\"" + party + "\"")).contains("data-signed=\"true\"");

    changeFirstRisk(id, "1", "A risk the partners had not seen");

    WebClient.Page again = signatory.get(page);
    assertThat(options(again.body(), "party")).hasSize(5).contains(party);
    assertThat(row(again.body(), "data-party=\"" + party + "\"")).contains("data-signed=\"false\"");
    WebClient.Page history = signatory.get("/plans/" + id + "/history");
    String signOffs = table(history.body(), "sign-offs");
    assertThat(signOffs).contains("data-valid=\"false\"", "Invalidated", "by version 2");
    assertThat(signOffs).doesNotContain("data-valid=\"true\"");
  }

  @Test
  void signOffFormProblemsComeBackOnThePage() {
    String id = copyOfSeed("warwickshire-2014-16");
    String page = "/plans/" + id + "/sign-off";
    WebClient signatory = signedIn(SIGNATORY);
    String party = options(signatory.get(page).body(), "party").get(0);
    WebClient.Page noName = signatory.post(page, Map.of("party", party, "name", " "), page);
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.body())
        .contains("There is a problem", "href=\"#signatory-name\"", "govuk-form-group--error");
    WebClient.Page unknown =
        signatory.post(page, Map.of("party", "nobody", "name", "Pat Partner"), page);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("There is a problem", "nobody");
    assertThat(signatory.post(page, Map.of("party", party, "name", "Pat"), page).status())
        .isEqualTo(302);
    WebClient.Page twice =
        signatory.post(
            page,
            Map.of("party", party + "|" + role(signatory.get(page).body(), party), "name", "Pat"),
            page);
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body()).contains("There is a problem", "has already signed");

    WebClient editor = signedIn(EDITOR);
    WebClient.Page early = act(editor, id, "agree", Map.of());
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("There is a problem", "has not been signed by");
    assertThat(status(early)).isEqualTo("Draft");
  }

  @Test
  void returningAPlanNeedsAComment() {
    String id = copyOfSeed("warwickshire-2014-16");
    String page = "/plans/" + id + "/sign-off";
    WebClient signatory = signedIn(SIGNATORY);
    for (String party : options(signatory.get(page).body(), "party")) {
      signedIn(signatoryFor("warwickshire", party))
          .post(page, Map.of("party", party, "name", "Pat Partner"), page);
    }
    WebClient editor = signedIn(EDITOR);
    act(editor, id, "agree", Map.of());
    act(editor, id, "approve", Map.of());
    act(editor, id, "submit", Map.of("overrideReason", "We know"));
    WebClient assurer = signedIn(ASSURER);
    WebClient.Page refused = act(assurer, id, "return", Map.of("comment", "  "));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("href=\"#return-comment\"", "add a comment");
    WebClient.Page returned =
        act(assurer, id, "return", Map.of("comment", "Correct the errors first"));
    assertThat(returned.status()).isEqualTo(302);
    assertThat(status(assurer.get(page))).isEqualTo("Draft");
    // The editor may not assure.
    assertThat(editor.get(page).body()).doesNotContain("id=\"assure-form\"");
  }

  @Test
  void othersCannotSeeTheSignOffOrHistoryOfADraft() {
    String id = copyOfSeed("warwickshire-2014-16");
    WebClient dorset = signedIn(OTHER_EDITOR);
    assertThat(dorset.get("/plans/" + id + "/sign-off").status()).isEqualTo(404);
    assertThat(dorset.get("/plans/" + id + "/history").status()).isEqualTo(404);
    assertThat(dorset.get("/plans/" + id + "/diff?from=1&to=1").status()).isEqualTo(404);
    assertThat(dorset.get("/plans/warwickshire-2014-16/history").status()).isEqualTo(403);

    WebClient anonymous = web();
    WebClient.Page history = anonymous.get("/plans/warwickshire-2014-16/history");
    assertThat(history.status()).isEqualTo(302);
    assertThat(history.location()).endsWith("/login");
    assertThat(anonymous.get("/plans/" + id + "/history").location()).endsWith("/login");
    assertThat(anonymous.get("/plans/" + id + "/sign-off").location()).endsWith("/login");
  }

  @Test
  void badVersionsOnTheDiffPageAreExplained() {
    String id = copyOfSeed("warwickshire-2014-16");
    WebClient editor = signedIn(EDITOR);
    String diff = "/plans/" + id + "/diff";
    WebClient.Page missing = editor.get(diff);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).contains("There is a problem", "Choose the version to compare");
    WebClient.Page words = editor.get(diff + "?from=one&to=1");
    assertThat(words.status()).isEqualTo(400);
    assertThat(words.body()).contains("must be a number", "href=\"#from\"");
    WebClient.Page none = editor.get(diff + "?from=1&to=9");
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.body()).contains("There is no version 9", "href=\"#to\"");
    WebClient.Page same = editor.get(diff + "?from=1&to=1");
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.body()).contains("The two versions are the same.");
  }

  @Test
  void theNationalViewShowsTheAssurersPlansAndTheStocktake() {
    WebClient assurer = signedIn(ASSURER);
    WebClient.Page national = assurer.get("/national?round=2014-16");
    assertThat(national.status()).isEqualTo(200);
    String plans = table(national.body(), "national-plans");
    assertThat(plans)
        .contains("href=\"/plans/warwickshire-2014-16\"", "href=\"/plans/coventry-2014-16\"")
        .doesNotContain("dorset", "central-lancashire")
        .contains("£");
    String warwickshire = row(plans, "data-plan=\"warwickshire-2014-16\"");
    assertThat(count(warwickshire, "class=\"govuk-table__cell bcf-numeric income\"")).isEqualTo(2);
    String conditions = table(national.body(), "conditions");
    assertThat(conditions)
        .contains("data-condition=\"plans-jointly-agreed\"", "data-condition=\"data-sharing\"");
    assertThat(national.body()).contains("<option value=\"2014-16\" selected");

    WebClient.Page byDefault = assurer.get("/national");
    assertThat(byDefault.status()).isEqualTo(200);
    assertThat(byDefault.body()).contains("id=\"national-plans\"");

    WebClient.Page unknown = assurer.get("/national?round=1999-00");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("There is a problem", "href=\"#round\"");

    WebClient.Page southWest = signedIn(OTHER_ASSURER).get("/national?round=2014-16");
    assertThat(southWest.status()).isEqualTo(200);
    assertThat(table(southWest.body(), "national-plans"))
        .contains("href=\"/plans/dorset-2015-16\"")
        .doesNotContain("href=\"/plans/warwickshire-2014-16\"");

    assertThat(signedIn(OTHER_EDITOR).get("/national").status()).isEqualTo(403);
    assertThat(web().get("/national").location()).endsWith("/login");
  }

  // --- helpers

  private static WebClient.Page act(
      WebClient client, String id, String action, Map<String, String> fields) {
    String page = "/plans/" + id + "/sign-off";
    return client.post("/plans/" + id + "/workflow/" + action, new LinkedHashMap<>(fields), page);
  }

  /** Changes the first risk's description through the API; returns the new description. */
  private String changeFirstRisk(String id, String version, String description) {
    ApiClient.Response risks = api(EDITOR).get("/api/v1/plans/" + id + "/parts/risks");
    assertThat(risks.status()).isEqualTo(200);
    JsonNode body = risks.json();
    ((ObjectNode) body.get("risks").get(0)).put("description", description);
    ApiClient.Response saved =
        api(EDITOR)
            .put("/api/v1/plans/" + id + "/parts/risks", body.toString(), "\"" + version + "\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    return description;
  }

  private static String status(WebClient.Page page) {
    Matcher matcher = STATUS.matcher(page.body());
    assertThat(matcher.find()).as("status on the page").isTrue();
    return matcher.group(1).strip();
  }

  private static String text(String html, String id) {
    Matcher matcher =
        Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<", Pattern.DOTALL)
            .matcher(html);
    assertThat(matcher.find()).as("element #" + id).isTrue();
    return matcher.group(1).strip();
  }

  private static List<String> options(String html, String selectId) {
    int start = html.indexOf("<select class=\"govuk-select\" id=\"" + selectId + "\"");
    if (start < 0) {
      return List.of();
    }
    String select = html.substring(start, html.indexOf("</select>", start));
    List<String> values = new ArrayList<>();
    Matcher matcher = OPTION.matcher(select);
    while (matcher.find()) {
      values.add(matcher.group(1));
    }
    return values;
  }

  private static String table(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertThat(start).as("table #" + id).isNotNegative();
    return html.substring(start, html.indexOf("</table>", start));
  }

  /** The table row with the given attribute. */
  private static String row(String html, String attribute) {
    int at = html.indexOf(attribute);
    assertThat(at).as("row with " + attribute).isNotNegative();
    int start = html.lastIndexOf("<tr", at);
    return html.substring(start, html.indexOf("</tr>", at));
  }

  private static String role(String html, String party) {
    Matcher matcher =
        Pattern.compile("data-party=\"" + Pattern.quote(party) + "\"\\s+data-role=\"([^\"]+)\"")
            .matcher(html);
    assertThat(matcher.find()).as("role of " + party).isTrue();
    return matcher.group(1);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
