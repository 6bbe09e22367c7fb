package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A plan page's frame (the layout and the reader's top around the kept body) is kept by what it
 * reads: each reader still sees their own name, and each page carries its own request's form token,
 * one the sign-out form can be sent with.
 */
class PlanPageFramesIT extends AppTestSupport {

  private static final Pattern USER = Pattern.compile("class=\"govuk-body-s bcf-user\">([^<]*)<");
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private static String first(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    assertThat(m.find()).as(pattern.pattern()).isTrue();
    return m.group(1);
  }

  @Test
  void twoReadersOfOnePlanEachSeeTheirOwnNameAndTokenPageAfterPage() {
    String page = "/plans/warwickshire-2017-19";
    WebClient editor = signedIn(EDITOR);
    WebClient assurer = signedIn(NATIONAL_ASSURER);
    WebClient regional = signedIn(ASSURER);

    WebClient.Page editorFirst = editor.get(page);
    WebClient.Page assurerFirst = assurer.get(page);
    WebClient.Page editorAgain = editor.get(page);
    WebClient.Page assurerAgain = assurer.get(page);

    for (WebClient.Page p : new WebClient.Page[] {editorFirst, assurerFirst, editorAgain}) {
      assertThat(p.status()).isEqualTo(200);
    }
    String editorName = first(USER, editorFirst.body());
    String assurerName = first(USER, assurerFirst.body());
    assertThat(editorName).isNotEqualTo(assurerName);
    assertThat(first(USER, editorAgain.body())).isEqualTo(editorName);
    assertThat(first(USER, assurerAgain.body())).isEqualTo(assurerName);
    assertThat(editorAgain.body()).doesNotContain(assurerName);
    // Two assurers may be shown the same top; each still has their own name.
    WebClient.Page regionalPage = regional.get(page);
    assertThat(first(USER, regionalPage.body())).isNotEqualTo(assurerName);
    assertThat(first(USER, assurer.get(page).body())).isEqualTo(assurerName);

    // A fresh token in every page (masked afresh per request), the rest of the page the same.
    String token = first(TOKEN, editorFirst.body());
    String again = first(TOKEN, editorAgain.body());
    assertThat(again).isNotEqualTo(token);
    assertThat(editorAgain.body().replace(again, "TOKEN"))
        .isEqualTo(editorFirst.body().replace(token, "TOKEN"));
  }

  @Test
  void theSameUserInTwoBrowsersSignsOutOfEachWithItsOwnPagesToken() {
    String page = "/plans/warwickshire-2014-16";
    WebClient laptop = signedIn(ASSURER);
    WebClient tablet = signedIn(ASSURER);
    assertThat(laptop.get(page).status()).isEqualTo(200);
    // The tablet's page comes from the frame the laptop's request left: same user, same top.
    WebClient.Page kept = tablet.get(page);
    assertThat(kept.status()).isEqualTo(200);

    WebClient.Page out = tablet.postRaw("/logout", Map.of("_csrf", first(TOKEN, kept.body())));
    assertThat(out.status()).isEqualTo(302);
    assertThat(out.location()).doesNotContain("error");
    assertThat(tablet.get("/account/tokens").location()).endsWith("/login");
    assertThat(laptop.get("/account/tokens").status()).isEqualTo(200);
  }

  @Test
  void anAnonymousReaderOfAPublishedPlanGetsTheSamePageWithNoToken() {
    String page = "/plans/warwickshire-2014-16";
    WebClient stranger = web();
    WebClient.Page first = stranger.get(page);
    WebClient.Page again = stranger.get(page);
    assertThat(first.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body()).doesNotContain("_csrf").contains("Sign in");
  }
}
