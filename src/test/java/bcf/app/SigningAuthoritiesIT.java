package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.access.SigningAuthority;
import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Sign-off as governance: the admin links a signatory to organisations (chosen from those of their
 * HWBs) and positions (chosen from the rounds'), and the signatory signs only those signatures, on
 * the page and through the API; what is refused is said in words and nothing is saved.
 */
class SigningAuthoritiesIT extends AppTestSupport {

  /** Rutland: an HWB no other test plans for. */
  private static final String RUTLAND = "E06000017";

  private static final Pattern OPTION =
      Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>");

  @Autowired private UserRepository users;

  private WebClient admin() {
    WebClient admin = web();
    admin.signIn(ADMIN, PASSWORD);
    return admin;
  }

  private static String unique(String prefix) {
    return prefix + "." + System.nanoTime() % 1000000;
  }

  /** The options of a select, value to words. */
  private static Map<String, String> options(String page, String selectId) {
    int start = page.indexOf("id=\"" + selectId + "\"");
    assertThat(start).as("select " + selectId).isPositive();
    String select = page.substring(start, page.indexOf("</select>", start));
    Map<String, String> options = new LinkedHashMap<>();
    Matcher m = OPTION.matcher(select);
    while (m.find()) {
      if (!m.group(1).isEmpty()) {
        options.put(unescape(m.group(1)), unescape(m.group(2)));
      }
    }
    return options;
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'").replace("&amp;", "&");
  }

  private Map<String, String> signatoryForm(String username) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", username);
    form.put("fullName", "Sam Signer");
    form.put("roles", "signatory");
    form.put("hwbs", RUTLAND);
    return form;
  }

  @Test
  void theAdminChoosesTheOrganisationAndPositionFromListsAndAddsAnother() {
    WebClient admin = admin();
    String name = unique("sig.rutland");
    // No HWB chosen yet: no organisation is offered, and the page says how to get them.
    WebClient.Page blank = admin.get("/admin/users/new");
    assertThat(options(blank.body(), "authorities")).isEmpty();
    assertThat(options(blank.body(), "position"))
        .containsEntry("chief-executive", "Chief executive of each partner")
        .containsEntry("s151-officer", "The council's section 151 officer")
        .containsEntry("hwb-chair", "Chair of the Health and Wellbeing Board");

    Map<String, String> form = signatoryForm(name);
    form.put("then", "show-organisations");
    WebClient.Page shown = admin.post("/admin/users/new", form, "/admin/users/new");
    assertThat(shown.status()).isEqualTo(200);
    Map<String, String> organisations = options(shown.body(), "authorities");
    assertThat(organisations)
        .containsKey("Rutland")
        .containsKey("NHS Leicester, Leicestershire and Rutland Integrated Care Board")
        .doesNotContainKey("Gateshead Council");
    String council =
        organisations.keySet().stream()
            .filter(o -> organisations.get(o).endsWith("(council)"))
            .findFirst()
            .orElseThrow();
    assertThat(users.exists(name)).as("nothing saved by showing the organisations").isFalse();
    // A seed HWB: its plans' partners by the plans' names, and no council made up from the board's
    // name where the plans name one.
    Map<String, String> warwickshire = new LinkedHashMap<>(signatoryForm(name));
    warwickshire.put("hwbs", "warwickshire");
    warwickshire.put("then", "show-organisations");
    assertThat(
            options(
                admin.post("/admin/users/new", warwickshire, "/admin/users/new").body(),
                "authorities"))
        .containsEntry("Warwickshire County Council", "Warwickshire County Council (council)")
        .containsEntry(
            "Coventry & Rugby CCG", "Coventry & Rugby CCG (clinical commissioning group)")
        .containsKey("Warwickshire Health and Wellbeing Board")
        .doesNotContainKey("Warwickshire Health and Wellbeing Board Council");

    form = signatoryForm(name);
    form.put("signsFor", council);
    form.put("position", "chief-executive");
    WebClient.Page added = admin.post("/admin/users/new", form, "/admin/users/new");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    assertThat(added.body()).contains("<title>User added – bcf</title>");
    assertThat(users.find(name).orElseThrow().authorities())
        .containsExactly(new SigningAuthority(council, "chief-executive"));

    // Another authority, added to the one held, on the user's page.
    String page = "/admin/users/" + name;
    WebClient.Page user = admin.get(page);
    assertThat(user.body()).contains(council + ": Chief executive of each partner");
    Map<String, String> change = new LinkedHashMap<>();
    change.put("roles", "signatory");
    change.put("hwbs", RUTLAND);
    change.put("authority", "chief-executive:" + council);
    change.put("signsFor", "Rutland");
    change.put("position", "hwb-chair");
    change.put("then", "add-authority");
    WebClient.Page another = admin.post(page, change, page);
    assertThat(another.status()).isEqualTo(200);
    assertThat(another.body())
        .contains("value=\"hwb-chair:Rutland\"")
        .contains("Rutland: Chair of the Health and Wellbeing Board");
    assertThat(users.find(name).orElseThrow().authorities()).hasSize(1);
    change.remove("then");
    WebClient.Page saved = admin.post(page, change, page);
    assertThat(saved.location()).endsWith(page + "?done=saved");
    assertThat(users.find(name).orElseThrow().authorities())
        .containsExactlyInAnyOrder(
            new SigningAuthority(council, "chief-executive"),
            new SigningAuthority("Rutland", "hwb-chair"));

    // Unticked, an authority is removed.
    change.remove("signsFor");
    change.remove("position");
    change.put("authority", "hwb-chair:Rutland");
    assertThat(admin.post(page, change, page).status()).isEqualTo(302);
    assertThat(users.find(name).orElseThrow().authorities())
        .containsExactly(new SigningAuthority("Rutland", "hwb-chair"));
  }

  @Test
  void valuesNotOnTheListsAreRefusedInWordsAndNothingIsSaved() {
    WebClient admin = admin();
    String name = unique("refused.sig");
    Map<String, Map<String, String>> cases = new LinkedHashMap<>();
    cases.put(
        "an organisation of another HWB",
        with(signatoryForm(name), "Gateshead Council", "chief-executive"));
    cases.put(
        "an organisation made up", with(signatoryForm(name), "Narnia Council", "chief-executive"));
    cases.put("a position no round asks for", with(signatoryForm(name), "Rutland", "boss"));
    cases.put("an organisation without a position", with(signatoryForm(name), "Rutland", ""));
    cases.put("a position without an organisation", with(signatoryForm(name), "", "hwb-chair"));
    cases.put("a signatory signing for nothing", signatoryForm(name));
    Map<String, String> forged = signatoryForm(name);
    forged.put("authority", "*:Rutland");
    cases.put("any position, posted by hand", forged);
    Map<String, String> garbled = signatoryForm(name);
    garbled.put("authority", "Rutland");
    cases.put("a garbled authority", garbled);
    Map<String, String> editor = with(signatoryForm(name), "Rutland", "hwb-chair");
    editor.put("roles", "editor");
    cases.put("an editor given an authority", editor);
    cases.forEach(
        (what, form) -> {
          WebClient.Page refused = admin.post("/admin/users/new", form, "/admin/users/new");
          assertThat(refused.status()).as(what).isEqualTo(400);
          assertThat(refused.body())
              .as(what)
              .contains("<title>Error: Add a user – bcf</title>")
              .contains("href=\"#authorities\"")
              .contains("id=\"authorities\"");
        });
    assertThat(users.exists(name)).as("nothing saved").isFalse();
    WebClient.Page gateshead =
        admin.post(
            "/admin/users/new", cases.get("an organisation of another HWB"), "/admin/users/new");
    assertThat(gateshead.body())
        .contains("&#39;Gateshead Council&#39; is not an organisation of the HWBs chosen");
    assertThat(
            admin
                .post(
                    "/admin/users/new",
                    cases.get("a position no round asks for"),
                    "/admin/users/new")
                .body())
        .contains("Choose the position they sign in from the list");
  }

  private static Map<String, String> with(
      Map<String, String> form, String organisation, String position) {
    form.put("signsFor", organisation);
    form.put("position", position);
    return form;
  }

  @Test
  void aSignatorySignsOnlyInTheirPositionForTheirOrganisationOnThePageAndTheApi() {
    String id = startRutlandPlan();
    JsonNode required = api(ADMIN).get("/api/v1/plans/" + id + "/sign-offs").json().get("required");
    String councilId = null;
    String council = null;
    String hwbId = null;
    for (JsonNode r : required) {
      if (r.get("role").asString().equals("s151-officer")) {
        councilId = r.get("party").asString();
        council = r.get("partyName").asString();
      }
      if (r.get("role").asString().equals("hwb-chair")) {
        hwbId = r.get("party").asString();
      }
    }
    assertThat(council).isNotNull();
    String ce = signatory(new SigningAuthority(council, "chief-executive"));
    String page = "/plans/" + id + "/sign-off";

    // The page offers only the council's chief executive's signature.
    WebClient signer = web();
    signer.signIn(ce, PASSWORD);
    WebClient.Page offered = signer.get(page);
    assertThat(offered.status()).isEqualTo(200);
    Map<String, String> parties = options(offered.body(), "party");
    assertThat(parties.values()).containsExactly(council + " (Chief executive of each partner)");
    assertThat(offered.body()).doesNotContain("id=\"position\"");

    // The s151 officer's signature, posted by hand, is refused in words; nothing is saved.
    WebClient.Page refused =
        signer.post(page, Map.of("party", councilId + "|s151-officer", "name", "Sam Signer"), page);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body())
        .contains("<title>Error: Sign-off and workflow")
        .contains("There is a problem")
        .contains("You may not sign for " + council + " (The council&#39;s section 151 officer)");
    assertThat(signed(id)).isEmpty();

    // Their own: recorded with the round's position, the person and on whose behalf.
    WebClient.Page own =
        signer.post(
            page,
            Map.of(
                "party",
                parties.keySet().iterator().next(),
                "name",
                "Sam Signer",
                "onBehalfOf",
                "Chris Chief, Chief Executive"),
            page);
    assertThat(own.status()).as(own.body()).isEqualTo(302);
    List<JsonNode> signed = signed(id);
    assertThat(signed).hasSize(1);
    assertThat(signed.get(0).get("role").asString()).isEqualTo("chief-executive");
    assertThat(signed.get(0).get("position").asString())
        .isEqualTo("Chief executive of each partner");
    assertThat(signed.get(0).get("signatoryName").asString()).isEqualTo("Sam Signer");
    assertThat(signed.get(0).get("onBehalfOf").asString())
        .isEqualTo("Chris Chief, Chief Executive");
    assertThat(signed.get(0).get("signedBy").asString()).isEqualTo(ce);
    assertThat(signed.get(0).get("signedAt").asString()).isNotBlank();

    // Through the API: a signatory given the chair's position for the council (not the board)
    // signs neither the council's s151 signature nor the board's chair's.
    String other = signatory(new SigningAuthority(council, "hwb-chair"));
    for (String body :
        List.of(
            "{\"party\": \"" + councilId + "\", \"role\": \"s151-officer\", \"name\": \"B\"}",
            "{\"party\": \"" + hwbId + "\", \"role\": \"hwb-chair\", \"name\": \"B\"}")) {
      ApiClient.Response response = api(other).post("/api/v1/plans/" + id + "/sign-offs", body);
      assertThat(response.status()).as(body).isEqualTo(403);
      assertThat(response.json().get("rule").asString()).isEqualTo("not-your-signature");
      assertThat(response.json().get("detail").asString()).contains("You may not sign for");
    }
    assertThat(signed(id)).hasSize(1);
  }

  /** The signatures recorded on the plan, through the API. */
  private List<JsonNode> signed(String id) {
    List<JsonNode> signed = new ArrayList<>();
    api(ADMIN).get("/api/v1/plans/" + id + "/sign-offs").json().get("history").forEach(signed::add);
    return signed;
  }

  /** Rutland's 2025-26 plan, started blank by the admin (once: later runs reuse it). */
  private String startRutlandPlan() {
    String id = RUTLAND.toLowerCase() + "-2025-26";
    ApiClient.Response started =
        api(ADMIN)
            .post("/api/v1/plans", "{\"round\": \"2025-26\", \"hwbs\": [\"" + RUTLAND + "\"]}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().get("id").asString();
  }

  private String signatory(SigningAuthority... authorities) {
    String name = unique("sig.rutland");
    new UserAccounts(users, new BCryptPasswordEncoder(4))
        .add(
            name,
            name,
            PASSWORD,
            java.util.Set.of(Role.SIGNATORY),
            java.util.Set.of(Scope.hwb(RUTLAND)),
            List.of(authorities));
    return name;
  }
}
