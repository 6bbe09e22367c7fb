package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Page titles follow the GOV.UK pattern: the page first and the service last ("Plans – bcf"), and
 * "Error: " first when the page shows errors, so a screen-reader user hears it at once.
 */
class PageTitlesIT extends AppTestSupport {

  private static String title(String html) {
    int start = html.indexOf("<title>") + "<title>".length();
    return html.substring(start, html.indexOf("</title>", start)).replace("&#39;", "'");
  }

  @Test
  void a_page_is_named_first_and_the_service_last() {
    assertThat(title(web().get("/plans").body())).isEqualTo("Plans – bcf");
    assertThat(title(web().get("/login").body())).isEqualTo("Sign in – bcf");
    assertThat(title(web().get("/tools/intervals").body())).isEqualTo("Confidence intervals – bcf");
  }

  /** Each status has its own tag colour, so the plan list reads at a glance. */
  @Test
  void statuses_are_tagged_in_their_own_colours() {
    String list = web().get("/plans").body();
    assertThat(list).contains("govuk-tag govuk-tag--grey\">Draft");
    assertThat(list).doesNotContain("govuk-tag--blue\">Draft");
  }

  @Test
  void a_page_with_errors_says_so_first() {
    WebClient browser = web();
    WebClient.Page refused = browser.signIn(EDITOR, "not-the-password-at-all");
    assertThat(refused.location()).endsWith("/login?error=failed");
    assertThat(title(browser.get("/login?error=failed").body())).isEqualTo("Error: Sign in – bcf");

    WebClient tools = web();
    WebClient.Page wrong =
        tools.post("/tools/intervals", Map.of("csv", "numerator\n1\n"), "/tools/intervals");
    assertThat(title(wrong.body())).isEqualTo("Error: Confidence intervals – bcf");

    String id = copyOfSeed("warwickshire-2014-16");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String edit = "/plans/" + id + "/edit/risks";
    WebClient.Page bad =
        editor.post(
            edit,
            Map.of("baseVersion", "1", "/risks/0/likelihood", "very likely", "rows:/risks", "1"),
            edit);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(title(bad.body())).startsWith("Error: Risks – ").endsWith(" – bcf");
  }

  /**
   * The navigation is asked for by the layout itself, so it follows the reader on every page, an
   * error page too, and no API answer pays for it.
   */
  @Test
  void the_navigation_follows_the_reader_on_every_page_error_pages_too() {
    String anonymous = web().get("/plans/no-such-plan").body();
    assertThat(anonymous).contains("id=\"sign-in\"").doesNotContain("id=\"sign-out\"");

    WebClient editor = signedIn(EDITOR);
    WebClient.Page missing = editor.get("/plans/no-such-plan");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body())
        .contains("id=\"sign-out\"", "id=\"nav-tokens\"")
        .doesNotContain("id=\"sign-in\"", "id=\"nav-users\"", "href=\"/national\"");

    assertThat(signedIn(NATIONAL_ASSURER).get("/plans").body())
        .contains("href=\"/national\"")
        .doesNotContain("id=\"nav-users\"");
    assertThat(signedIn(ADMIN).get("/plans/no-such-plan").body())
        .contains("id=\"nav-users\"", "href=\"/national\"");
  }
}
