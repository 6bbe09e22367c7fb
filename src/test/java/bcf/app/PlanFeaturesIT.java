package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What runs beside a plan through the year is reached from its page, and the monitoring page shows
 * each feature's position in words: the demo Warwickshire 2017-19 plan has a register, a progress
 * log and a year of actuals; a new draft has none of them yet.
 */
class PlanFeaturesIT extends AppTestSupport {

  @Test
  void the_plan_page_links_to_monitoring_the_register_and_progress_in_that_order() {
    String page = PlanPageIT.visible(web().get("/plans/warwickshire-2017-19").body());
    assertThat(page)
        .containsSubsequence(
            "Running the fund through the year",
            "Monitoring",
            "Risk register",
            "Progress against aims");
    String html = web().get("/plans/warwickshire-2017-19").body();
    assertThat(html)
        .contains(
            "href=\"/plans/warwickshire-2017-19/monitoring\"",
            "href=\"/plans/warwickshire-2017-19/register\"",
            "href=\"/plans/warwickshire-2017-19/progress\"");
  }

  @Test
  void the_monitoring_page_gives_the_position_on_metrics_risks_and_aims_in_words() {
    WebClient.Page page = web().get("/plans/warwickshire-2017-19/monitoring");
    assertThat(page.status()).isEqualTo(200);
    String text = PlanPageIT.visible(page.body());
    assertThat(text)
        .contains(
            "Metrics on track",
            "Top risks and exceptions",
            "Reviews overdue",
            "Escalations awaiting a decision",
            "Progress against aims",
            "no quarter's status recorded yet");
  }

  @Test
  void a_new_drafts_editor_is_offered_to_start_a_register_and_a_log_and_others_see_no_links() {
    String id = copyOfSeed("warwickshire-2017-19");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String text = PlanPageIT.visible(editor.get("/plans/" + id).body());
    assertThat(text)
        .contains(
            "No register yet: start one from the plan's risks",
            "Nothing recorded yet: record the plan's aims");
    // The partner's signatory reads the draft but does not edit it: nothing to start, no link.
    WebClient signatory = web();
    signatory.signIn(SIGNATORY, PASSWORD);
    WebClient.Page draft = signatory.get("/plans/" + id);
    assertThat(draft.status()).isEqualTo(200);
    String read = PlanPageIT.visible(draft.body());
    assertThat(read).contains("Monitoring").doesNotContain("Risk register", "Progress against");
  }

  @Test
  void a_submitted_return_is_linked_and_its_conditions_are_on_the_monitoring_page() {
    String plan = PlanPageIT.visible(web().get("/plans/dorset-2015-16").body());
    assertThat(plan)
        .containsSubsequence("Monitoring", "Quarterly returns")
        .contains("1 return; the latest, for Quarter 2 2015/16, is submitted");
    String monitoring = PlanPageIT.visible(web().get("/plans/dorset-2015-16/monitoring").body());
    assertThat(monitoring)
        .contains("National conditions", "As reported Quarter 2 2015/16, at 30 September 2015")
        .contains("Not met");
  }
}
