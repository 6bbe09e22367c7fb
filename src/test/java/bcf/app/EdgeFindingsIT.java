package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Actor;
import bcf.planning.PlanService;
import bcf.platform.security.SecurityConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hostile-input findings of issue 11, one by one: each used to answer 500, accept what could
 * not be used afterwards, or let another site's page write with a browser's saved password.
 * HostileInputIT then tries every route with every kind of hostile input.
 */
class EdgeFindingsIT extends AppTestSupport {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Autowired private PlanService plans;

  /** A raw request: any method, content type and body bytes, with an Accept header. */
  private HttpResponse<String> raw(
      String method, String path, String contentType, byte[] body, String accept, String user) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    if (accept != null) {
      builder.header("Accept", accept);
    }
    if (user != null) {
      builder.header(
          "Authorization",
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void isProblem(HttpResponse<String> response, int status, String rule) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(response.body())
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("\"rule\":\"" + rule + "\"").doesNotContain("Exception");
  }

  private static void isPage(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(response.body())
        .contains("govuk-heading-l")
        .doesNotContain("Exception")
        .doesNotContain("Tomcat");
  }

  @Test
  void a_content_type_that_cannot_be_read_is_415_not_500() {
    for (String type : List.of(";;;", "foo", "text/plain; charset=klingon", "/json")) {
      isPage(raw("POST", "/login", type, bytes("a=b"), "text/html", null), 415);
      isProblem(
          raw("POST", "/api/v1/plans", type, bytes("{}"), null, ADMIN),
          415,
          "unsupported-media-type");
      isProblem(
          raw("POST", "/api/v1/metrics/compute?metricType=rate", type, bytes("a"), null, null),
          415,
          "unsupported-media-type");
    }
  }

  @Test
  void a_json_body_sent_as_a_form_with_a_percent_is_refused_not_500() {
    byte[] json = bytes("{\"a\":\"100%\"}");
    isProblem(
        raw("POST", "/api/v1/plans", "application/x-www-form-urlencoded", json, null, ADMIN),
        415,
        "unsupported-media-type");
    isPage(
        raw("POST", "/login", "application/x-www-form-urlencoded", json, "text/html", null), 400);
  }

  @Test
  void a_query_that_is_not_utf8_is_400_not_500() {
    isPage(raw("GET", "/plans?round=%C0%AF", null, null, "text/html", null), 400);
    isPage(raw("GET", "/national?round=%C0%AF", null, null, "text/html", null), 400);
    isPage(raw("GET", "/plans?hwb=%FF", null, null, "text/html", null), 400);
    isProblem(
        raw("GET", "/api/v1/national?round=%C0%AF", null, null, null, ADMIN), 400, "bad-query");
    isProblem(
        raw("GET", "/api/v1/plans?round=%ED%A0%80", null, null, null, null), 400, "bad-query");
  }

  @Test
  void asking_for_the_error_page_itself_is_not_found() {
    isPage(raw("GET", "/error", null, null, "text/html", null), 404);
    isProblem(raw("GET", "/error", null, null, "application/json", null), 404, "not-found");
  }

  @Test
  void addresses_the_container_refuses_get_the_services_answer() {
    for (String id : List.of("a%2Fb", "a%5Cb", "a%C0%AFb")) {
      HttpResponse<String> page = raw("GET", "/plans/" + id, null, null, "text/html", null);
      assertThat(page.statusCode()).as(id).isBetween(400, 404);
      isPage(page, page.statusCode());
      HttpResponse<String> api = raw("GET", "/api/v1/plans/" + id, null, null, null, null);
      assertThat(api.statusCode()).as(id).isBetween(400, 404);
      isProblem(api, api.statusCode(), api.statusCode() == 404 ? "not-found" : "bad-request");
    }
  }

  @Test
  void a_plan_id_an_address_cannot_carry_is_refused_and_nothing_is_stored() {
    for (String id :
        List.of(
            "warwickshire a",
            "warwickshire\"a",
            "warwickshire\\a",
            "warwickshire%a",
            "warwickshire\ta",
            "warwickshire\na",
            ".",
            "..",
            "warwickshire/a",
            "100%",
            "Warwickshire-A")) {
      String document = seedAs("warwickshire-2014-16", "placeholder-id", false);
      String escaped = id.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
      escaped = escaped.replace("\n", "\\n");
      ApiClient.Response created =
          api(EDITOR)
              .post("/api/v1/plans", document.replace("\"placeholder-id\"", "\"" + escaped + "\""));
      assertThat(created.status()).as(id + ": " + created.body()).isEqualTo(400);
      assertThat(created.json().get("rule").asString()).isEqualTo("invalid-plan-id");
      assertThat(created.json().get("detail").asString())
          .contains("lower-case letters, digits and hyphens");
      assertThat(plans.exists(id)).as(id).isFalse();
    }
    assertThat(plans.view(Actor.SYSTEM, "warwickshire-2017-19").record().id())
        .isEqualTo("warwickshire-2017-19");
  }

  @Test
  void an_unknown_trajectory_method_is_an_error_finding_and_every_view_still_works() {
    String id = "warwickshire-2017-19-bogus-" + System.nanoTime() % 100000;
    String document = seedAs("warwickshire-2017-19", id, false);
    assertThat(document).contains("\"method\": \"straight-line\"");
    ApiClient.Response created =
        api(ADMIN)
            .post(
                "/api/v1/plans",
                document.replace("\"method\": \"straight-line\"", "\"method\": \"bogus\""));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    ApiClient editor = api(ADMIN);
    ApiClient.Response validation = editor.get("/api/v1/plans/" + id + "/validation");
    assertThat(validation.status()).isEqualTo(200);
    assertThat(validation.body())
        .contains("'bogus' is not a way bcf draws a trajectory")
        .contains("\"severity\":\"error\"");
    for (String path :
        List.of(
            "/api/v1/plans/" + id + "/summary",
            "/api/v1/plans/" + id + "/metrics",
            "/api/v1/plans/" + id + "/metrics/warwickshire/delayed-transfers",
            "/api/v1/plans/" + id + "/metrics/warwickshire/delayed-transfers/plan-chart.svg",
            "/api/v1/plans/" + id + "/metrics/warwickshire/delayed-transfers/spc-chart.svg")) {
      ApiClient.Response response = editor.get(path);
      assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    }
    WebClient admin = web();
    admin.signIn(ADMIN, PASSWORD);
    assertThat(admin.get("/plans/" + id).status()).isEqualTo(200);
    assertThat(admin.get("/plans/" + id + "/metrics").status()).isEqualTo(200);
  }

  @Test
  void a_cross_site_form_cannot_write_to_the_api_with_a_saved_password() {
    String id = copyOfSeed("warwickshire-2014-16");
    int before = plans.history(Actor.SYSTEM, id).signOffs().size();
    String signOff =
        "{\"party\":\""
            + plans.view(Actor.SYSTEM, id).missingSignatures().get(0).party()
            + "\",\"name\":\"A Person\",\"onBehalfOf\":\"B Person, Chief Executive\"}";
    String signer =
        signatoryFor(
            "warwickshire", plans.view(Actor.SYSTEM, id).missingSignatures().get(0).party());
    for (String type :
        List.of(
            "text/plain",
            "text/plain;charset=UTF-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x")) {
      isProblem(
          raw("POST", "/api/v1/plans/" + id + "/sign-offs", type, bytes(signOff), null, signer),
          415,
          "unsupported-media-type");
    }
    // A body-less post (what fetch() without a body sends) needs a type too.
    isProblem(
        raw("POST", "/api/v1/plans/" + id + "/workflow/agree", null, null, null, EDITOR),
        415,
        "unsupported-media-type");
    // CSV to a JSON endpoint: the endpoint says what it takes.
    isProblem(
        raw("POST", "/api/v1/plans/" + id + "/sign-offs", "text/csv", bytes("a"), null, signer),
        415,
        "unsupported-media-type");
    assertThat(plans.history(Actor.SYSTEM, id).signOffs()).hasSize(before);
    assertThat(plans.view(Actor.SYSTEM, id).record().status().code()).isEqualTo("draft");
    // The same request as JSON is the signatory's to make.
    HttpResponse<String> json =
        raw(
            "POST",
            "/api/v1/plans/" + id + "/sign-offs",
            "application/json",
            bytes(signOff),
            null,
            signer);
    assertThat(json.statusCode()).as(json.body()).isEqualTo(201);
    assertThat(plans.history(Actor.SYSTEM, id).signOffs()).hasSize(before + 1);
    assertThat(json.body()).contains("\"onBehalfOf\":\"B Person, Chief Executive\"");
  }

  @Test
  void a_csrf_token_in_the_address_is_not_taken() {
    String id = copyOfSeed("warwickshire-2014-16");
    String page = "/plans/" + id + "/sign-off";
    String party = plans.view(Actor.SYSTEM, id).missingSignatures().get(0).party();
    WebClient signatory = web();
    signatory.signIn(signatoryFor("warwickshire", party), PASSWORD);
    String token = signatory.csrf(page);
    WebClient.Page inQuery =
        signatory.postRaw(
            page + "?_csrf=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8),
            Map.of("party", party, "name", "Pat Partner"));
    assertThat(inQuery.status()).isEqualTo(403);
    assertThat(plans.history(Actor.SYSTEM, id).signOffs()).isEmpty();
    // The same token in the form's body is taken.
    WebClient.Page inBody =
        signatory.postRaw(page, Map.of("party", party, "name", "Pat Partner", "_csrf", token));
    assertThat(inBody.status()).as(inBody.body()).isEqualTo(302);
    assertThat(plans.history(Actor.SYSTEM, id).signOffs()).hasSize(1);
  }

  private static void hasSecurityHeaders(HttpResponse<String> response, String what) {
    var headers = response.headers();
    assertThat(headers.firstValue("Content-Security-Policy"))
        .as(what)
        .contains(SecurityConfig.CONTENT_SECURITY_POLICY);
    assertThat(SecurityConfig.CONTENT_SECURITY_POLICY)
        .contains("script-src 'self';")
        .contains("style-src 'self';")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("no-referrer");
    assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
  }

  @Test
  void every_answer_carries_the_security_headers_and_pages_have_no_inline_script_or_style() {
    for (int i = 0; i < 2; i++) { // the second anonymous answer comes from the cache
      HttpResponse<String> list = raw("GET", "/plans", null, null, "text/html", null);
      hasSecurityHeaders(list, "/plans #" + i);
      assertThat(list.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
      assertThat(list.body()).doesNotContain("style=").doesNotContain("<style");
    }
    hasSecurityHeaders(
        raw("GET", "/plans/warwickshire-2017-19", null, null, "text/html", null), "overview");
    HttpResponse<String> metrics =
        raw("GET", "/plans/warwickshire-2017-19/metrics", null, null, "text/html", null);
    hasSecurityHeaders(metrics, "metrics");
    assertThat(metrics.body()).contains("<svg").doesNotContain("style=").doesNotContain("<style");
    hasSecurityHeaders(raw("GET", "/api/v1/plans", null, null, null, null), "API");
    hasSecurityHeaders(raw("GET", "/no-such-page", null, null, "text/html", null), "404");
    HttpResponse<String> script = raw("GET", "/js-enabled.js", null, null, null, null);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("js-enabled");
    assertThat(raw("GET", "/bcf.js", null, null, null, null).body()).contains("initAll()");
  }

  @Test
  void the_session_cookie_is_http_only_same_site_lax_and_secure_behind_a_tls_proxy() {
    for (boolean tls : new boolean[] {false, true}) {
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      try {
        HttpRequest.Builder login = HttpRequest.newBuilder(URI.create(base() + "/login"));
        if (tls) {
          login.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> response =
            client.send(login.GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = response.headers().allValues("Set-Cookie");
        String session =
            cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(session).as(session).contains("HttpOnly").contains("SameSite=Lax");
        if (tls) {
          assertThat(session).as(session).contains("Secure");
        } else {
          assertThat(session).as(session).doesNotContain("Secure");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
