package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.users.UserAccounts;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in throttling, CSRF on web forms, hashed passwords and sessions kept in PostgreSQL. */
class SecurityIT extends AppTestSupport {

  private static final AtomicInteger USERS = new AtomicInteger();

  @Autowired private UserAccounts accounts;
  @Autowired private JdbcClient jdbc;

  /** A Warwickshire editor of the test's own, so that locking it disturbs nobody. */
  private String newEditor(String prefix) {
    String name = prefix + "." + USERS.incrementAndGet() + "." + System.nanoTime() % 100000;
    accounts.add(name, name, PASSWORD, Set.of(Role.EDITOR), Set.of(Scope.hwb("warwickshire")));
    return name;
  }

  /**
   * Five wrong passwords make the next check wait (a second, doubling), even for the right
   * password; nobody is locked out for longer: once the wait has passed the right one gets in.
   */
  @Test
  void fiveWrongPasswordsMakeTheApiWaitEvenForTheRightOne() throws InterruptedException {
    String user = newEditor("throttle-api");
    assertThat(new ApiClient(base(), user, PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
    ApiClient wrong = new ApiClient(base(), user, "not-the-password-at-all");
    for (int i = 0; i < 5; i++) {
      ApiClient.Response refused = wrong.get("/api/v1/me");
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.header("WWW-Authenticate")).startsWith("Basic");
    }
    ApiClient.Response locked = new ApiClient(base(), user, PASSWORD).get("/api/v1/me");
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(locked.body()).contains("Too many failed sign-ins").contains("Try again in");
    // Other users are not affected.
    assertThat(api(EDITOR).get("/api/v1/me").status()).isEqualTo(200);
    // After the wait, the right password gets in.
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    int status = 0;
    while (status != 200 && System.nanoTime() < deadline) {
      Thread.sleep(250);
      status = new ApiClient(base(), user, PASSWORD).get("/api/v1/me").status();
    }
    assertThat(status).isEqualTo(200);
  }

  @Test
  void fiveWrongPasswordsMakeTheSignInFormWait() {
    String user = newEditor("throttle-web");
    for (int i = 0; i < 5; i++) {
      WebClient.Page refused = web().signIn(user, "not-the-password-at-all");
      assertThat(refused.status()).isEqualTo(302);
      assertThat(refused.location()).endsWith("/login?error=failed");
    }
    WebClient.Page locked = web().signIn(user, PASSWORD);
    assertThat(locked.status()).isEqualTo(302);
    assertThat(locked.location()).endsWith("/login?error=locked");
    assertThat(web().get("/login?error=locked").body()).contains("Too many failed sign-ins");
  }

  @Test
  void theRightPasswordSignsInAndTheSessionIsKeptInPostgres() {
    String user = newEditor("session");
    WebClient browser = web();
    WebClient.Page signedIn = browser.signIn(user, PASSWORD);
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.location()).doesNotContain("error");
    assertThat(browser.get("/plans").body()).contains(user);
    Long sessions = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    assertThat(sessions).isPositive();
    Long mine =
        jdbc.sql("select count(*) from spring_session where principal_name = ?")
            .param(user)
            .query(Long.class)
            .single();
    assertThat(mine).isEqualTo(1);
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    String user = newEditor("hash");
    String hash =
        jdbc.sql("select password_hash from users where username = ?")
            .param(user)
            .query(String.class)
            .single();
    assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
    assertThat(
            jdbc.sql("select count(*) from users where password_hash not like '$2%'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
    String id = copyOfSeed("warwickshire-2014-16");
    // Signing in without the token is refused: the browser stays signed out.
    WebClient browser = web();
    WebClient.Page login =
        browser.postRaw("/login", Map.of("username", EDITOR, "password", PASSWORD));
    assertThat(login.status()).isEqualTo(403);
    assertThat(browser.get("/plans/" + id).status()).isNotEqualTo(200);
    // Signed in, a form post without the token is refused before it reaches any page.
    WebClient editor = web();
    assertThat(editor.signIn(EDITOR, PASSWORD).location()).doesNotContain("error");
    assertThat(editor.get("/plans/" + id).status()).isEqualTo(200);
    for (String path :
        new String[] {
          "/plans/" + id + "/edit/contributions",
          "/plans/" + id + "/workflow/agree",
          "/plans/" + id + "/sign-off",
          "/logout"
        }) {
      WebClient.Page refused = editor.postRaw(path, Map.of("comment", "no token"));
      assertThat(refused.status()).as(path).isEqualTo(403);
    }
    // Still signed in (the logout was refused) and the plan is as it was.
    assertThat(editor.get("/plans/" + id).status()).isEqualTo(200);
    ApiClient.Response plan = api(ADMIN).get("/api/v1/plans/" + id);
    assertThat(plan.json().get("currentVersion").asInt()).isEqualTo(1);
    assertThat(plan.json().get("status").asString()).isEqualTo("draft");
  }
}
