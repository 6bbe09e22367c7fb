package bcf.register;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The register's pages: the seed register for anyone, started from a plan by its editor, a review
 * with a likelihood of 7 refused beside its field with nothing saved, a review saved into the
 * entry's history, an escalation awaiting a decision in the exception report, and a new entry.
 */
class RegisterPagesIT extends AppTestSupport {

  @org.springframework.beans.factory.annotation.Autowired private bcf.planning.PlanService plans;

  private WebClient editor() {
    WebClient web = web();
    web.signIn(EDITOR, PASSWORD);
    return web;
  }

  @Test
  void the_seed_register_page_shows_its_heat_map_table_and_entries_in_words() {
    WebClient.Page page = web().get("/plans/warwickshire-2017-19/register");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<title>Risk register – ")
        .contains("id=\"heat-map-table\"")
        .contains("<title id=\"heat-map-title\">Heat map of live entries</title>")
        .contains("What the source leaves out")
        .contains("4 entries")
        .contains("Poor and inconsistent data quality.")
        .contains("every 6 weeks")
        .contains("There are no exceptions.")
        .doesNotContain("risk-1\"<", "{", "reviews[");
    WebClient.Page entry = web().get("/plans/warwickshire-2017-19/register/entries/risk-2");
    assertThat(entry.status()).isEqualTo(200);
    assertThat(entry.body())
        .contains("iBCF money has been allocated to set up a Rapid Response Team")
        .contains("Not rated yet.")
        .doesNotContain("id=\"review\"");
    assertThat(web().get("/plans/warwickshire-2017-19/register/entries/risk-2/review").location())
        .endsWith("/login");
  }

  @Test
  void an_editor_starts_reviews_escalates_and_adds_entries_with_errors_beside_their_fields() {
    String plan = copyOfSeed("warwickshire-2014-16");
    WebClient web = editor();
    String register = "/plans/" + plan + "/register";
    assertThat(web.get(register).body()).contains("This plan has no risk register yet.");
    WebClient.Page started = web.post(register + "/start", Map.of(), register);
    assertThat(started.status()).isIn(302, 303);
    assertThat(web.get(register).body()).contains("8 entries").contains("score 16 (Very high)");

    String review = register + "/entries/risk-1/review";
    Map<String, String> seven = new LinkedHashMap<>();
    seven.put("baseVersion", "1");
    seven.put("date-day", "1");
    seven.put("date-month", "6");
    seven.put("date-year", "2014");
    seven.put("rating-likelihood", "7");
    seven.put("rating-impact", "3");
    WebClient.Page refused = web.post(review, seven, review);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("<title>Error: Review the rating – Risk register – bcf</title>")
        .contains("govuk-error-summary")
        .contains("href=\"#rating-likelihood\"")
        .contains("the likelihood 7 is outside the register&#39;s scale of 1 to 5.");
    assertThat(web.get(register + "/entries/risk-1").body()).doesNotContain("1 June 2014");

    Map<String, String> fine = new LinkedHashMap<>(seven);
    fine.put("rating-likelihood", "5");
    fine.put("rating-impact", "4");
    fine.put("note", "Financial gap larger");
    WebClient.Page saved = web.post(review, fine, review);
    assertThat(saved.status()).as(saved.body()).isIn(302, 303);
    String entry = web.get(register + "/entries/risk-1").body();
    assertThat(entry)
        .contains("1 June 2014")
        .contains("likelihood 5 x impact 4 = 20 (Very high)")
        .contains("Financial gap larger")
        .contains("11 February 2014");

    String escalate = register + "/entries/risk-1/escalate";
    Map<String, String> noReason = new LinkedHashMap<>();
    noReason.put("baseVersion", "2");
    noReason.put("to", "the HWB Executive team");
    noReason.put("on-day", "2");
    noReason.put("on-month", "6");
    noReason.put("on-year", "2014");
    WebClient.Page missing = web.post(escalate, noReason, escalate);
    assertThat(missing.body()).contains("Enter why it is escalated and the decision asked for");
    Map<String, String> escalation = new LinkedHashMap<>(noReason);
    escalation.put("reason", "Needs a decision on the shared financial envelope");
    assertThat(web.post(escalate, escalation, escalate).status()).isIn(302, 303);
    assertThat(web.get(register).body())
        .contains("Escalations awaiting a decision")
        .contains("escalated to the HWB Executive team on 2 June 2014; decision awaited");

    // The decision, asked for on the entry page, empties "escalations awaiting a decision".
    assertThat(web.get(register + "/entries/risk-1").body()).contains("id=\"decide\"");
    String decide = register + "/entries/risk-1/decide";
    WebClient.Page noDecision = web.post(decide, Map.of("baseVersion", "3"), decide);
    assertThat(noDecision.body())
        .contains("<title>Error: Record the decision – Risk register – bcf</title>")
        .contains("href=\"#decision\"")
        .contains("Enter what was decided");
    WebClient.Page decided =
        web.post(
            decide,
            Map.of("baseVersion", "3", "decision", "Envelope shared 60:40 with the CCG"),
            decide);
    assertThat(decided.status()).as(decided.body()).isIn(302, 303);
    assertThat(web.get(register).body()).doesNotContain("Escalations awaiting a decision");
    assertThat(web.get(register + "/entries/risk-1").body())
        .contains("Envelope shared 60:40 with the CCG")
        .doesNotContain("id=\"decide\"");
    assertThat(web.get(register + "/entries/risk-2/decide").status()).isEqualTo(404);

    // A mitigation is marked done from the entry page.
    String mitigation = register + "/entries/risk-1/mitigation";
    assertThat(
            web.post(
                    mitigation,
                    Map.of("baseVersion", "4", "action", "Agree the shared envelope"),
                    mitigation)
                .status())
        .isIn(302, 303);
    String withMitigation = web.get(register + "/entries/risk-1").body();
    assertThat(withMitigation).contains("Agree the shared envelope").contains("id=\"done-1\"");
    String done = register + "/entries/risk-1/mitigations/1/done";
    assertThat(web.post(done, Map.of("baseVersion", "5"), register + "/entries/risk-1").status())
        .isIn(302, 303);
    assertThat(web.get(register + "/entries/risk-1").body())
        .contains(">Done<")
        .doesNotContain("id=\"done-1\"");

    String add = register + "/entries/new";
    Map<String, String> untitled = new LinkedHashMap<>();
    untitled.put("baseVersion", "6");
    untitled.put("type", "issue");
    WebClient.Page noTitle = web.post(add, untitled, add);
    assertThat(noTitle.body()).contains("Error: Add an entry").contains("Enter a title");
    Map<String, String> issue = new LinkedHashMap<>(untitled);
    issue.put("title", "Care home closures");
    issue.put("level", "portfolio");
    issue.put("raised-day", "3");
    issue.put("raised-month", "6");
    issue.put("raised-year", "2014");
    issue.put("rating-category", "High");
    assertThat(web.post(add, issue, add).status()).isIn(302, 303);
    String page = web.get(register + "?type=issue").body();
    assertThat(page).contains("1 entry").contains("Care home closures").contains(">High<");
  }

  @Test
  void a_signatory_signs_the_register_on_its_page_and_the_page_says_whether_it_still_counts() {
    String plan = copyOfSeed("warwickshire-2014-16");
    String register = "/plans/" + plan + "/register";
    editor().post(register + "/start", Map.of(), register);
    String party = plans.view(bcf.access.Actor.SYSTEM, plan).requiredSignatures().get(0).party();
    WebClient signatory = web();
    signatory.signIn(signatoryFor("warwickshire", party), PASSWORD);
    assertThat(signatory.get(register).body())
        .contains("No one has signed the register yet.")
        .contains("id=\"sign-register\"");
    assertThat(editor().get(register).body()).doesNotContain("id=\"sign-register\"");
    assertThat(editor().get(register + "/sign-off").status()).isEqualTo(403);

    String signOff = register + "/sign-off";
    WebClient.Page form = signatory.get(signOff);
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("<title>Sign the risk register – bcf</title>");
    WebClient.Page unnamed = signatory.post(signOff, Map.of(), signOff);
    assertThat(unnamed.status()).isEqualTo(200);
    assertThat(unnamed.body())
        .contains("<title>Error: Sign the risk register – bcf</title>")
        .contains("href=\"#name\"")
        .contains("Enter the name of the person signing.");
    assertThat(signatory.get(register).body()).contains("No one has signed the register yet.");

    WebClient.Page signed = signatory.post(signOff, Map.of("name", "Pat Partner"), signOff);
    assertThat(signed.status()).as(signed.body()).isIn(302, 303);
    assertThat(signed.location()).contains(register + "?signed");
    assertThat(signatory.get(register + "?signed").body())
        .contains("You signed the register.")
        .contains("Pat Partner")
        .contains(">Counts<")
        .doesNotContain("id=\"sign-register\"");

    // A review keeps the sign-off; closing an entry (an edit of the entries) ends it.
    Map<String, String> review = new LinkedHashMap<>();
    review.put("baseVersion", "1");
    review.put("date-day", "1");
    review.put("date-month", "6");
    review.put("date-year", "2014");
    review.put("rating-likelihood", "2");
    review.put("rating-impact", "2");
    String reviewForm = register + "/entries/risk-1/review";
    assertThat(editor().post(reviewForm, review, reviewForm).status()).isIn(302, 303);
    assertThat(signatory.get(register).body()).contains(">Counts<");
    String close = register + "/entries/risk-1/close";
    assertThat(editor().post(close, Map.of("baseVersion", "2"), register).status()).isIn(302, 303);
    assertThat(signatory.get(register).body())
        .contains("Ended by a change to the register (version 3)")
        .doesNotContain(">Counts<")
        .contains("id=\"sign-register\"");
  }

  /**
   * A form shown again with its errors still saves from the version it was opened at, so an edit
   * someone made in between is reported as a conflict, not overwritten.
   */
  @Test
  void a_form_shown_again_with_errors_keeps_the_version_it_was_opened_at() {
    String plan = copyOfSeed("warwickshire-2014-16");
    String register = "/plans/" + plan + "/register";
    WebClient web = editor();
    assertThat(web.post(register + "/start", Map.of(), register).status()).isIn(302, 303);

    // Opened at version 1; someone else then closes another entry (the same part, the entries).
    String mitigation = register + "/entries/risk-1/mitigation";
    assertThat(web.get(mitigation).body()).contains("name=\"baseVersion\" value=\"1\"");
    String close = register + "/entries/risk-2/close";
    assertThat(editor().post(close, Map.of("baseVersion", "1"), register).status()).isIn(302, 303);

    WebClient.Page refused = web.post(mitigation, Map.of("baseVersion", "1"), mitigation);
    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("govuk-error-summary")
        .contains("name=\"baseVersion\" value=\"1\"");
    WebClient.Page conflict =
        web.post(
            mitigation,
            Map.of("baseVersion", "1", "action", "Agree the shared envelope"),
            mitigation);
    assertThat(conflict.status()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("<title>Error: Add a mitigation")
        .contains("name=\"baseVersion\" value=\"2\"");
    assertThat(web.get(register + "/entries/risk-1").body())
        .doesNotContain("Agree the shared envelope");
  }
}
