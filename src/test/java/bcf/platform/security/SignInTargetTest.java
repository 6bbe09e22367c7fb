package bcf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only this site's page paths are followed after signing in. */
class SignInTargetTest {

  @Test
  void aPathOfThisSitesPagesIsFollowed() {
    assertThat(SignInTarget.safe("/plans/x/edit/risks")).contains("/plans/x/edit/risks");
    assertThat(SignInTarget.safe("/national?round=2014-16")).contains("/national?round=2014-16");
  }

  @Test
  void anotherSiteTheApiOrTheSignInPageIsNot() {
    for (String target :
        new String[] {
          "//evil.example",
          "//evil.example/plans",
          "https://evil.example/",
          "http:/evil.example",
          "/\\evil.example",
          "\\\\evil.example",
          "evil.example",
          "javascript:alert(1)",
          "/plans\r\nSet-Cookie: x=y",
          "/ /evil",
          "/api/v1/plans",
          "/api",
          "/api?x",
          "/login",
          "/login?error=failed",
          "/logout",
          "",
          "/" + "a".repeat(2001)
        }) {
      assertThat(SignInTarget.safe(target)).as(target).isEmpty();
    }
    assertThat(SignInTarget.safe(null)).isEmpty();
  }
}
