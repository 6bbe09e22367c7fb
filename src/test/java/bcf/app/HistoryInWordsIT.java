package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes to lists inside the finance part (the contingency plan, the payment-for-performance
 * schedule) are said in words on the history and difference pages: the thing, the field and the
 * figure, never a pointer.
 */
class HistoryInWordsIT extends AppTestSupport {

  @Test
  void finance_list_changes_are_said_by_the_row_and_the_figure_on_the_diff_and_history_pages() {
    String id = copyOfSeed("warwickshire-2014-16");
    ApiClient.Response finance = api(EDITOR).get("/api/v1/plans/" + id + "/parts/finance");
    assertThat(finance.status()).isEqualTo(200);
    JsonNode body = finance.json();
    ((ObjectNode) body.get("contingency").get(0)).put("plannedSavings", 100_000);
    ArrayNode schedule = (ArrayNode) body.get("paymentForPerformance").get("schedule");
    ((ObjectNode) schedule.get(0)).put("share", 0.3);
    schedule.remove(2);
    ApiClient.Response saved =
        api(EDITOR).put("/api/v1/plans/" + id + "/parts/finance", body.toString(), "\"1\"");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    WebClient editor = web();
    assertThat(editor.signIn(EDITOR, PASSWORD).status()).isEqualTo(302);
    WebClient.Page diff = editor.get("/plans/" + id + "/diff?from=1&to=2");
    assertThat(diff.status()).isEqualTo(200);
    String visible = visible(diff.body());
    assertThat(visible)
        .contains("Contingency – line '2015/16': planned savings", "£100,000")
        .contains("Payment for performance – payment 'April 2015': share", "25%", "30%")
        .contains("Payment for performance – payment 'October 2015'", "removed");
    assertThat(visible).doesNotContain("/contingency", "/paymentForPerformance", "0.3");
    // The pointer stays for scripts and tests, as an attribute only.
    assertThat(diff.body()).contains("data-path=\"/paymentForPerformance/schedule/2\"");

    String history = visible(editor.get("/plans/" + id + "/history").body());
    assertThat(history)
        .contains("Contingency – line '2015/16': planned savings")
        .contains("Payment for performance – payment 'October 2015'")
        .doesNotContain("/contingency", "/paymentForPerformance");
  }

  private static String visible(String html) {
    return html.replaceAll("<[^>]*>", " ")
        .replace("&#39;", "'")
        .replace("&ndash;", "–")
        .replace("&pound;", "£");
  }
}
