package bcf.returns.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The returns pages: a plan's returns, starting one, and a return's page in words. */
class ReturnPagesIT extends AppTestSupport {

  @Test
  void the_dorset_return_page_shows_names_dates_and_money_in_words() {
    WebClient.Page list = web().get("/plans/dorset-2015-16/returns");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body())
        .contains("Quarterly returns – bcf")
        .contains("/returns/dorset-2015-16-q2");
    assertThat(list.body()).doesNotContain("start-form");

    WebClient.Page page = web().get("/returns/dorset-2015-16-q2");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Pan Dorset 2015-16 Better Care Fund: quarter 2 return – bcf")
        .contains("Quarter 2 2015-16")
        .contains("30 September 2015")
        .contains("Bournemouth and Poole Health and Wellbeing Board")
        .contains("7-day services in health and social care")
        .contains("1 October 2016")
        .contains("53%")
        .contains("£7,669,000")
        .contains("£979,990")
        .contains("6 of 8")
        .contains("Submitted");
    assertThat(page.body())
        .doesNotContain("seven-day-services")
        .doesNotContain("bournemouth-poole<");
  }

  @Test
  void an_editor_starts_a_return_from_the_round_quarters_and_must_choose_one() {
    String plan = copyOfSeed("warwickshire-2014-16");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    WebClient.Page list = editor.get("/plans/" + plan + "/returns");
    assertThat(list.body()).contains("Quarter 1 2015-16").contains("Quarter 4 2015-16");

    WebClient.Page unchosen =
        editor.post(
            "/plans/" + plan + "/returns", Map.of("period", ""), "/plans/" + plan + "/returns");
    assertThat(unchosen.status()).isEqualTo(200);
    assertThat(unchosen.body())
        .contains("Error: Quarterly returns – bcf")
        .contains("Choose the quarter the return is for");

    WebClient.Page started =
        editor.post(
            "/plans/" + plan + "/returns",
            Map.of("period", "2015-16|Q4"),
            "/plans/" + plan + "/returns");
    assertThat(started.status()).isIn(302, 303);
    assertThat(started.location()).contains("/returns/" + plan + "-2015-16-q4");
    WebClient.Page page = editor.get("/returns/" + plan + "-2015-16-q4");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Quarter 4 2015-16").contains("Draft");
    // The quarter taken is no longer offered.
    assertThat(editor.get("/plans/" + plan + "/returns").body())
        .doesNotContain(">Quarter 4 2015-16</option>");
  }

  @Test
  void the_stocktake_page_is_a_table_in_words_for_assurers() {
    WebClient assurer = web();
    assurer.signIn(NATIONAL_ASSURER, PASSWORD);
    WebClient.Page page = assurer.get("/national/stocktake?round=2014-16&quarter=2015-16-Q2");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Stocktake of returns – bcf")
        .contains("Quarter 2 2015-16")
        .contains("South West")
        .contains("England")
        .contains("Returns not yet submitted")
        .contains("Condition met: Plans to be jointly agreed")
        .contains("£43,879,000");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    assertThat(editor.get("/national/stocktake?round=2014-16").status()).isEqualTo(403);
  }
}
