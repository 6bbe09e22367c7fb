package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.users.UserAccount;
import bcf.users.UserRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admin pages: each action, each refusal, and nobody but admins. */
class AdminPagesIT extends AppTestSupport {

  private static final Pattern PASSWORD_SHOWN = Pattern.compile("id=\"password\">([^<]+)<");

  @Autowired private UserRepository users;

  private WebClient signedIn(String user, String password) {
    WebClient browser = web();
    WebClient.Page signIn = browser.signIn(user, password);
    assertThat(signIn.location()).as("signed in as " + user).doesNotContain("error");
    return browser;
  }

  private WebClient admin() {
    return signedIn(ADMIN, PASSWORD);
  }

  private static String unique(String prefix) {
    return prefix + "." + System.nanoTime() % 1000000;
  }

  /** Adds a user through the form; answers the password shown. */
  private String add(WebClient admin, Map<String, String> form) {
    WebClient.Page added = admin.post("/admin/users/new", form, "/admin/users/new");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.body()).contains("<title>User added – bcf</title>");
    Matcher shown = PASSWORD_SHOWN.matcher(added.body());
    assertThat(shown.find()).isTrue();
    return shown.group(1);
  }

  @Test
  void theListShowsRolesAndScopesInWords() {
    WebClient.Page list = admin().get("/admin/users");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body())
        .contains("<title>Users – bcf</title>")
        .contains("Warwickshire")
        .contains("Midlands (NHS England region)")
        .contains("All of England")
        .contains("Administrator")
        .doesNotContain("hwb:")
        .doesNotContain("region:");
  }

  @Test
  void anAdminAddsAnEditorForAnHwbChosenByNameWhoThenSignsIn() {
    WebClient admin = admin();
    WebClient.Page form = admin.get("/admin/users/new");
    assertThat(form.body())
        .contains("<title>Add a user – bcf</title>")
        .contains(">Hartlepool<")
        .contains("value=\"E06000001\"");
    String name = unique("lead");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", name);
    fields.put("fullName", "Lee Lead");
    fields.put("roles", "editor");
    fields.put("hwbs", "E06000001");
    String password = add(admin, fields);

    UserAccount stored = users.find(name).orElseThrow();
    assertThat(stored.roles()).containsExactly(Role.EDITOR);
    assertThat(stored.scopes()).containsExactly(Scope.hwb("E06000001"));
    assertThat(stored.displayName()).isEqualTo("Lee Lead");
    WebClient lead = signedIn(name, password);
    assertThat(lead.get("/account/tokens").status()).isEqualTo(200);
    assertThat(admin.get("/admin/users/" + name).body()).contains("Hartlepool").contains("Editor");
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
    WebClient admin = admin();
    String name = unique("refused");
    Map<String, Map<String, String>> cases = new LinkedHashMap<>();
    cases.put("username", Map.of("username", "a b", "fullName", "X", "roles", "admin"));
    cases.put("fullName", Map.of("username", name, "fullName", " ", "roles", "admin"));
    cases.put("roles", Map.of("username", name, "fullName", "X"));
    cases.put("scopes#hwb", Map.of("username", name, "fullName", "X", "roles", "editor"));
    cases.put("scopes#assurer", Map.of("username", name, "fullName", "X", "roles", "assurer"));
    cases.put(
        "scopes#unknown-hwb",
        Map.of("username", name, "fullName", "X", "roles", "editor", "hwbs", "E09999999"));
    cases.put(
        "scopes#narnia",
        Map.of("username", name, "fullName", "X", "roles", "assurer", "regions", "Narnia"));
    cases.put("roles#unknown", Map.of("username", name, "fullName", "X", "roles", "superuser"));
    cases.put("username#taken", Map.of("username", EDITOR, "fullName", "X", "roles", "admin"));
    cases.forEach(
        (key, form) -> {
          String field = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
          WebClient.Page refused = admin.post("/admin/users/new", form, "/admin/users/new");
          assertThat(refused.status()).as(key).isEqualTo(400);
          assertThat(refused.body())
              .as(key)
              .contains("<title>Error: Add a user – bcf</title>")
              .contains("govuk-error-summary")
              .contains("href=\"#" + field + "\"")
              .contains("id=\"" + field + "\"");
        });
    assertThat(users.exists(name)).as("nothing saved").isFalse();
    WebClient.Page narnia =
        admin.post(
            "/admin/users/new",
            Map.of("username", name, "fullName", "X", "roles", "assurer", "regions", "Narnia"),
            "/admin/users/new");
    assertThat(narnia.body()).contains("&#39;Narnia&#39; is not an NHS England region");
  }

  @Test
  void changingRolesAndScopesSavesThemAndSignsTheUserOut() {
    WebClient admin = admin();
    String name = unique("changed");
    String password =
        add(
            admin,
            Map.of(
                "username",
                name,
                "fullName",
                "Cam Change",
                "roles",
                "editor",
                "hwbs",
                "warwickshire"));
    WebClient user = signedIn(name, password);
    assertThat(user.get("/account/tokens").status()).isEqualTo(200);

    WebClient.Page saved =
        admin.post(
            "/admin/users/" + name,
            Map.of("roles", "assurer", "regions", "South West"),
            "/admin/users/" + name);
    assertThat(saved.location()).endsWith("/admin/users/" + name + "?done=saved");
    UserAccount stored = users.find(name).orElseThrow();
    assertThat(stored.roles()).containsExactly(Role.ASSURER);
    assertThat(stored.scopes()).containsExactly(Scope.region("South West"));
    assertThat(user.get("/account/tokens").location()).as("signed out").endsWith("/login");

    WebClient.Page refused =
        admin.post("/admin/users/" + name, Map.of("roles", "editor"), "/admin/users/" + name);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Select at least one HWB");
    assertThat(users.find(name).orElseThrow().roles()).containsExactly(Role.ASSURER);
  }

  @Test
  void disablingStopsSignInAndTokensAndEnablingRestoresThem() {
    WebClient admin = admin();
    String name = unique("disabled");
    String password =
        add(
            admin,
            Map.of("username", name, "fullName", "Dee", "roles", "assurer", "national", "yes"));
    ApiClient.Response created =
        new ApiClient(base(), name, password)
            .post("/api/v1/me/tokens", "{\"name\":\"t\",\"expiresInDays\":30}");
    String token = created.json().get("token").asString();
    WebClient user = signedIn(name, password);

    WebClient.Page disabled =
        admin.post("/admin/users/" + name + "/disable", Map.of(), "/admin/users/" + name);
    assertThat(disabled.location()).endsWith("?done=disabled");
    assertThat(users.find(name).orElseThrow().disabled()).isTrue();
    assertThat(user.get("/account/tokens").location()).as("signed out").endsWith("/login");
    assertThat(web().signIn(name, password).location()).contains("error");
    assertThat(ApiClient.bearer(base(), token).get("/api/v1/me").status()).isEqualTo(401);
    assertThat(admin.get("/admin/users").body()).contains("Disabled");

    WebClient.Page enabled =
        admin.post("/admin/users/" + name + "/enable", Map.of(), "/admin/users/" + name);
    assertThat(enabled.location()).endsWith("?done=enabled");
    signedIn(name, password);
    assertThat(ApiClient.bearer(base(), token).get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void resettingAPasswordShowsANewOneOnceAndSignsTheUserOut() {
    WebClient admin = admin();
    String name = unique("reset");
    String old = add(admin, Map.of("username", name, "fullName", "Rae", "roles", "admin"));
    WebClient user = signedIn(name, old);

    WebClient.Page reset =
        admin.post("/admin/users/" + name + "/password", Map.of(), "/admin/users/" + name);
    assertThat(reset.status()).isEqualTo(200);
    assertThat(reset.body()).contains("<title>New password – bcf</title>");
    Matcher shown = PASSWORD_SHOWN.matcher(reset.body());
    assertThat(shown.find()).isTrue();
    String fresh = shown.group(1);
    assertThat(fresh).isNotEqualTo(old).hasSize(20);
    assertThat(admin.get("/admin/users/" + name).body()).doesNotContain(fresh);
    assertThat(user.get("/account/tokens").location()).as("signed out").endsWith("/login");
    assertThat(web().signIn(name, old).location()).contains("error");
    signedIn(name, fresh);
  }

  @Test
  void anAdminCannotDisableThemselvesNorDropTheirOwnAdminRole() {
    WebClient admin = admin();
    WebClient.Page own = admin.get("/admin/users/" + ADMIN);
    assertThat(own.body()).contains("You cannot disable your own account");

    WebClient.Page disable =
        admin.post("/admin/users/" + ADMIN + "/disable", Map.of(), "/admin/users/" + ADMIN);
    assertThat(disable.status()).isEqualTo(409);
    assertThat(disable.body())
        .contains("govuk-error-summary")
        .contains("You cannot disable your own account: ask another administrator.");
    assertThat(users.find(ADMIN).orElseThrow().disabled()).isFalse();

    WebClient.Page demote =
        admin.post(
            "/admin/users/" + ADMIN,
            Map.of("roles", "assurer", "national", "yes"),
            "/admin/users/" + ADMIN);
    assertThat(demote.status()).isEqualTo(409);
    assertThat(demote.body()).contains("You cannot remove your own administrator role");
    assertThat(users.find(ADMIN).orElseThrow().roles()).containsExactly(Role.ADMIN);
  }

  @Test
  void nobodyButAnAdminReachesThePages() {
    for (String who : new String[] {EDITOR, SIGNATORY, NATIONAL_ASSURER}) {
      WebClient browser = signedIn(who, PASSWORD);
      for (String path :
          new String[] {"/admin/users", "/admin/users/new", "/admin/users/" + EDITOR}) {
        assertThat(browser.get(path).status()).as(who + " " + path).isEqualTo(403);
      }
      String token = browser.csrf("/account/tokens");
      WebClient.Page post =
          browser.postRaw("/admin/users/" + EDITOR + "/disable", Map.of("_csrf", token));
      assertThat(post.status()).as(who).isEqualTo(403);
      assertThat(
              browser
                  .postRaw(
                      "/admin/users/new",
                      Map.of(
                          "_csrf", token, "username", "sneaky", "fullName", "S", "roles", "admin"))
                  .status())
          .isEqualTo(403);
      assertThat(browser.get("/plans").body()).doesNotContain("id=\"nav-users\"");
    }
    assertThat(users.find(EDITOR).orElseThrow().disabled()).isFalse();
    assertThat(users.exists("sneaky")).isFalse();
    assertThat(web().get("/admin/users").location()).endsWith("/login");
    assertThat(admin().get("/plans").body()).contains("id=\"nav-users\"");
  }
}
