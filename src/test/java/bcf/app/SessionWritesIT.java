package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A signed-in user's pages read their session from the database but do not rewrite it within a
 * minute of its last stored access (MinuteSessions); signing in and out still write it.
 */
class SessionWritesIT extends AppTestSupport {

  @Autowired private JdbcTemplate jdbc;

  private List<Map<String, Object>> sessionsOf(String user) {
    return jdbc.queryForList(
        "select session_id, last_access_time from spring_session where principal_name = ?", user);
  }

  @Test
  void pages_within_a_minute_leave_the_session_row_alone_and_sign_out_removes_it() {
    WebClient browser = web();
    browser.signIn(SIGNATORY, PASSWORD);
    List<Map<String, Object>> before = sessionsOf(SIGNATORY);
    assertThat(before).isNotEmpty();

    for (String page : List.of("/plans", "/plans/warwickshire-2017-19", "/account/tokens")) {
      WebClient.Page shown = browser.get(page);
      assertThat(shown.status()).as(page).isEqualTo(200);
      assertThat(shown.body()).as(page).contains("id=\"sign-out\"");
    }
    // Earlier tests' sessions of the same user are there too: compare row by row.
    for (Map<String, Object> row : before) {
      List<Map<String, Object>> now =
          jdbc.queryForList(
              "select last_access_time from spring_session where session_id = ?",
              row.get("session_id"));
      assertThat(now).hasSize(1);
      assertThat(((Number) now.get(0).get("last_access_time")).longValue())
          .isEqualTo(((Number) row.get("last_access_time")).longValue());
    }

    assertThat(browser.post("/logout", Map.of(), "/plans").status()).isEqualTo(302);
    assertThat(browser.get("/account/tokens").body()).doesNotContain("id=\"sign-out\"");
  }

  /**
   * A session stored by an earlier release, whose signed-in user no longer reads (the classes
   * changed shape), is a signed-out visitor who is asked to sign in again: never a 500.
   */
  @Test
  void a_session_that_no_longer_reads_is_signed_out_not_an_error() {
    WebClient browser = web();
    browser.signIn(SIGNATORY, PASSWORD);
    assertThat(browser.get("/plans").body()).contains("id=\"sign-out\"");
    // Every attribute of this user's sessions becomes bytes no release could read.
    jdbc.update(
        "update spring_session_attributes set attribute_bytes = ? where session_primary_id in"
            + " (select primary_id from spring_session where principal_name = ?)",
        new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x73, 0x72, 0, 3, 'b', 'c', 'f'},
        SIGNATORY);

    WebClient.Page plans = browser.get("/plans");
    assertThat(plans.status()).isEqualTo(200);
    assertThat(plans.body()).contains("id=\"sign-in\"").doesNotContain("id=\"sign-out\"");
    WebClient.Page account = browser.get("/account/tokens");
    assertThat(account.status()).isIn(302, 401);
    assertThat(browser.signIn(SIGNATORY, PASSWORD).status()).isEqualTo(302);
    assertThat(browser.get("/account/tokens").body()).contains("id=\"sign-out\"");
  }
}
