package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** After signing in, back to the page asked for; never to another site or the API. */
class SignInRedirectIT extends AppTestSupport {

  @Test
  void aSignedOutEditorOpeningAnEditPageComesBackToItAfterSigningIn() {
    String id = copyOfSeed("warwickshire-2014-16");
    String page = "/plans/" + id + "/edit/risks";
    WebClient browser = web();
    assertThat(browser.get(page).location()).endsWith("/login");
    WebClient.Page signedIn = browser.signIn(EDITOR, PASSWORD);
    assertThat(signedIn.location()).endsWith(page);
    assertThat(browser.get(page).status()).isEqualTo(200);
  }

  @Test
  void theQueryStringIsKeptAndAWrongPasswordDoesNotLoseThePage() {
    WebClient browser = web();
    assertThat(browser.get("/national?round=2014-16").location()).endsWith("/login");
    assertThat(browser.signIn(ASSURER, "wrong-password-here").location())
        .endsWith("/login?error=failed");
    assertThat(browser.signIn(ASSURER, PASSWORD).location()).endsWith("/national?round=2014-16");
  }

  @Test
  void withNoPageAskedForSignInGoesToThePlans() {
    assertThat(web().signIn(EDITOR, PASSWORD).location()).endsWith("/plans");
  }

  @Test
  void theFormsNextIsFollowedOnlyToThisSitesPages() {
    WebClient browser = web();
    WebClient.Page form = browser.get("/login?next=%2Fplans%3Fmine");
    assertThat(form.body()).contains("name=\"next\" value=\"/plans?mine\"");
    WebClient.Page signedIn =
        browser.post(
            "/login",
            Map.of("username", EDITOR, "password", PASSWORD, "next", "/plans?mine"),
            "/login");
    assertThat(signedIn.location()).endsWith("/plans?mine");

    for (String target :
        new String[] {
          "//evil.example/plans", "https://evil.example/", "/\\evil.example", "/api/v1/plans"
        }) {
      WebClient other = web();
      assertThat(
              other
                  .get(
                      "/login?next="
                          + java.net.URLEncoder.encode(
                              target, java.nio.charset.StandardCharsets.UTF_8))
                  .body())
          .as(target)
          .doesNotContain("name=\"next\"");
      WebClient.Page refused =
          other.post(
              "/login", Map.of("username", EDITOR, "password", PASSWORD, "next", target), "/login");
      assertThat(refused.location()).as(target).isEqualTo(base() + "/plans");
    }
  }

  @Test
  void anApiAddressIsNeverRemembered() {
    WebClient browser = web();
    assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(browser.signIn(EDITOR, PASSWORD).location()).endsWith("/plans");
  }

  /**
   * Pages opened at once just after signing in (tabs restored, a load test): each used to store the
   * session's new CSRF token, and all but the first failed with a duplicate key (500).
   */
  @Test
  void pagesOpenedAtOnceJustAfterSignInAllAnswer() throws Exception {
    for (int round = 0; round < 3; round++) {
      WebClient browser = web();
      browser.signIn(EDITOR, PASSWORD);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        for (int i = 0; i < 8; i++) {
          answers.add(pool.submit(() -> browser.get("/plans/warwickshire-2014-16").status()));
        }
        for (var answer : answers) {
          assertThat(answer.get()).isEqualTo(200);
        }
      } finally {
        pool.shutdown();
      }
    }
  }
}
