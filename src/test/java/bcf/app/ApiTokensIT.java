package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.users.ApiTokenRepository;
import bcf.users.ApiTokenSecrets;
import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Personal API tokens: created on the API and the page, used as Bearer, refused when they should.
 */
class ApiTokensIT extends AppTestSupport {

  @Autowired private JdbcClient jdbc;
  @Autowired private UserRepository users;
  @Autowired private ApiTokenRepository tokenRows;

  private ApiClient bearer(String token) {
    return ApiClient.bearer(base(), token);
  }

  private String create(ApiClient client, String name) {
    ApiClient.Response created =
        client.post("/api/v1/me/tokens", "{\"name\":\"" + name + "\",\"expiresInDays\":30}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("token").asString();
  }

  @Test
  void aTokenCreatedWithThePasswordActsAsItsUserWithTheirRolesAndScopes() {
    ApiClient.Response created =
        api(EDITOR).post("/api/v1/me/tokens", "{\"name\":\"Monthly report\",\"expiresInDays\":90}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String token = created.json().get("token").asString();
    assertThat(token).startsWith("bcf_").hasSize(4 + 43);
    assertThat(created.json().get("name").asString()).isEqualTo("Monthly report");
    Instant expires = Instant.parse(created.json().get("expires").asString());
    assertThat(expires)
        .isBetween(
            Instant.now().plus(89, ChronoUnit.DAYS), Instant.now().plus(91, ChronoUnit.DAYS));

    ApiClient.Response me = bearer(token).get("/api/v1/me");
    assertThat(me.status()).as(me.body()).isEqualTo(200);
    assertThat(me.json().get("username").asString()).isEqualTo(EDITOR);
    assertThat(me.body()).contains("editor").contains("hwb:warwickshire");

    // The editor's unpublished draft: readable with the token as with the password, not without.
    String draft = copyOfSeed("warwickshire-2014-16");
    assertThat(bearer(token).get("/api/v1/plans/" + draft + "/summary").status()).isEqualTo(200);
    assertThat(anonymous().get("/api/v1/plans/" + draft + "/summary").status()).isEqualTo(404);
    // And it writes as the editor may: a Dorset editor's token may not.
    String dorsetToken = create(api(OTHER_EDITOR), "dorset");
    assertThat(bearer(dorsetToken).get("/api/v1/plans/" + draft + "/summary").status())
        .isEqualTo(404);
  }

  @Test
  void theTokenIsShownOnceAndStoredOnlyAsItsSha256() {
    ApiClient.Response created =
        api(EDITOR).post("/api/v1/me/tokens", "{\"name\":\"hashed\",\"expiresInDays\":30}");
    String token = created.json().get("token").asString();
    long id = created.json().get("id").asLong();

    ApiClient.Response listed = api(EDITOR).get("/api/v1/me/tokens");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).contains("\"hashed\"").doesNotContain(token).doesNotContain("bcf_");

    byte[] stored =
        jdbc.sql("select token_hash from api_tokens where id = :id")
            .param("id", id)
            .query(byte[].class)
            .single();
    assertThat(stored).isEqualTo(ApiTokenSecrets.hash(token)).hasSize(32);
    long plain =
        jdbc.sql(
                "select count(*) from api_tokens where name = :t or encode(token_hash, 'escape')"
                    + " like :like")
            .param("t", token)
            .param("like", "%" + token.substring(4, 20) + "%")
            .query(Long.class)
            .single();
    assertThat(plain).as("the token itself is nowhere in the table").isZero();
  }

  @Test
  void aTokenCanCreateAnotherAndTheCallerMustBeSignedIn() {
    String token = create(api(ASSURER), "first");
    assertThat(create(bearer(token), "second")).isNotEqualTo(token);
    ApiClient.Response anonymousCreate =
        anonymous().post("/api/v1/me/tokens", "{\"name\":\"x\",\"expiresInDays\":30}");
    assertThat(anonymousCreate.status()).isEqualTo(401);
    assertThat(anonymousCreate.json().get("rule").asString()).isEqualTo("sign-in-required");
    assertThat(anonymous().get("/api/v1/me/tokens").status()).isEqualTo(401);
  }

  @Test
  void aRevokedTokenIsRefusedAndOnlyItsOwnerCanRevokeIt() {
    ApiClient.Response created =
        api(SIGNATORY).post("/api/v1/me/tokens", "{\"name\":\"to revoke\",\"expiresInDays\":30}");
    String token = created.json().get("token").asString();
    long id = created.json().get("id").asLong();
    assertThat(bearer(token).get("/api/v1/me").status()).isEqualTo(200);

    ApiClient.Response someoneElse = api(EDITOR).send("DELETE", "/api/v1/me/tokens/" + id, null);
    assertThat(someoneElse.status()).isEqualTo(404);
    assertThat(someoneElse.json().get("rule").asString()).isEqualTo("token-not-found");
    assertThat(bearer(token).get("/api/v1/me").status()).isEqualTo(200);

    assertThat(api(SIGNATORY).send("DELETE", "/api/v1/me/tokens/" + id, null).status())
        .isEqualTo(204);
    ApiClient.Response refused = bearer(token).get("/api/v1/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("rule").asString()).isEqualTo("token-revoked");
    assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api(SIGNATORY).get("/api/v1/me/tokens").body()).doesNotContain("to revoke");
    assertThat(api(SIGNATORY).send("DELETE", "/api/v1/me/tokens/" + id, null).status())
        .isEqualTo(404);
  }

  @Test
  void anExpiredTokenIsRefused() {
    String token = ApiTokenSecrets.generate();
    long userId = users.find(EDITOR).orElseThrow().id();
    Instant now = Instant.now();
    tokenRows.insert(
        userId,
        "expired",
        ApiTokenSecrets.hash(token),
        now.minus(31, ChronoUnit.DAYS),
        now.minusSeconds(5));
    ApiClient.Response refused = bearer(token).get("/api/v1/plans");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("rule").asString()).isEqualTo("token-expired");
    assertThat(api(EDITOR).get("/api/v1/me/tokens").body()).contains("\"expired\":true");
  }

  @Test
  void aDisabledUsersTokenIsRefused() {
    String name = "token.disabled." + System.nanoTime() % 100000;
    new UserAccounts(users, new BCryptPasswordEncoder(4))
        .add(name, name, PASSWORD, Set.of(Role.EDITOR), Set.of(Scope.hwb("warwickshire")));
    String token = create(api(name), "soon disabled");
    assertThat(bearer(token).get("/api/v1/me").status()).isEqualTo(200);
    jdbc.sql("update users set disabled = true where username = :u").param("u", name).update();
    ApiClient.Response refused = bearer(token).get("/api/v1/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.json().get("rule").asString()).isEqualTo("user-disabled");
  }

  @Test
  void aWrongTokenIsRefusedNotTreatedAsAnonymous() {
    String token = create(api(EDITOR), "real");
    for (String wrong :
        new String[] {token.substring(0, token.length() - 1) + "x", "bcf_nonsense", " "}) {
      ApiClient.Response refused = bearer(wrong).get("/api/v1/plans");
      assertThat(refused.status()).as(wrong).isEqualTo(401);
      assertThat(refused.json().get("rule").asString()).isEqualTo("token-unknown");
    }
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    ApiClient editor = api(EDITOR);
    Map<String, String> cases =
        Map.of(
            "{\"expiresInDays\":30}", "name",
            "{\"name\":\"  \",\"expiresInDays\":30}", "name",
            "{\"name\":\"x\"}", "expiresInDays",
            "{\"name\":\"x\",\"expiresInDays\":0}", "expiresInDays",
            "{\"name\":\"x\",\"expiresInDays\":366}", "expiresInDays",
            "{\"name\":\"x\",\"expiresInDays\":\"soon\"}", "expiresInDays",
            "{\"name\":\"x\",\"expiresInDays\":30,\"scope\":\"national\"}", "scope",
            "[1]", "body",
            "{not json", "body");
    long before = api(EDITOR).get("/api/v1/me/tokens").json().size();
    cases.forEach(
        (body, field) -> {
          ApiClient.Response refused = editor.post("/api/v1/me/tokens", body);
          assertThat(refused.status()).as(body + " " + refused.body()).isEqualTo(400);
          assertThat(refused.json().get("rule").asString()).isEqualTo("invalid-field");
          assertThat(refused.json().get("field").asString()).as(body).isEqualTo(field);
          assertThat(refused.json().get("detail").asString()).startsWith(field + ": ");
        });
    assertThat(api(EDITOR).get("/api/v1/me/tokens").json().size())
        .as("nothing saved")
        .isEqualTo(before);
  }

  private static final Pattern SHOWN = Pattern.compile("id=\"token\">(bcf_[A-Za-z0-9_-]+)<");

  @Test
  void thePageCreatesShowsOnceListsAndRevokes() {
    WebClient browser = web();
    browser.signIn(NATIONAL_ASSURER, PASSWORD);
    WebClient.Page empty = browser.get("/account/tokens");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).contains("<title>API tokens – bcf</title>");

    WebClient.Page created =
        browser.post(
            "/account/tokens",
            Map.of("name", "Quarterly extract", "expiresInDays", "365"),
            "/account/tokens");
    assertThat(created.status()).isEqualTo(200);
    Matcher shown = SHOWN.matcher(created.body());
    assertThat(shown.find()).as(created.body()).isTrue();
    String token = shown.group(1);
    assertThat(ApiClient.bearer(base(), token).get("/api/v1/me").body()).contains(NATIONAL_ASSURER);

    WebClient.Page listed = browser.get("/account/tokens");
    assertThat(listed.body()).contains("Quarterly extract").doesNotContain(token);
    Matcher revoke =
        Pattern.compile("action=\"/account/tokens/(\\d+)/revoke\"").matcher(listed.body());
    assertThat(revoke.find()).isTrue();
    WebClient.Page revoked =
        browser.post("/account/tokens/" + revoke.group(1) + "/revoke", Map.of(), "/account/tokens");
    assertThat(revoked.location()).endsWith("/account/tokens?revoked");
    assertThat(ApiClient.bearer(base(), token).get("/api/v1/me").status()).isEqualTo(401);
    assertThat(browser.get("/account/tokens?revoked").body())
        .contains("has been revoked")
        .doesNotContain("Quarterly extract");
  }

  @Test
  void thePageRefusesANamelessTokenWithAnErrorSummary() {
    WebClient browser = web();
    browser.signIn(OTHER_ASSURER, PASSWORD);
    WebClient.Page refused =
        browser.post(
            "/account/tokens", Map.of("name", "", "expiresInDays", "90"), "/account/tokens");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body())
        .contains("<title>Error: API tokens – bcf</title>")
        .contains("govuk-error-summary")
        .contains("href=\"#name\"")
        .contains("Enter a name for the token");
    WebClient.Page badExpiry =
        browser.post(
            "/account/tokens",
            Map.of("name", "refused for its expiry", "expiresInDays", "7"),
            "/account/tokens");
    assertThat(badExpiry.status()).isEqualTo(400);
    assertThat(badExpiry.body()).contains("href=\"#expires\"");
    // Nothing was made (other tests may have given this user tokens of their own).
    assertThat(browser.get("/account/tokens").body()).doesNotContain("refused for its expiry</");
    assertThat(web().get("/account/tokens").location()).endsWith("/login");
  }
}
