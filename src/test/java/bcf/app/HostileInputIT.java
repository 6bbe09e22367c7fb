package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input, generated from the application's own route list (as {@link AccessControlIT} is),
 * so that a new endpoint gets every case without anyone writing them: every route of every
 * controller, with every hostile case below, as an anonymous visitor and as a signed-in editor of
 * the plan. Whatever the input, the answer is never a server error, an error's body is at most
 * {@value #ERROR_BOUND} bytes, and it is in the right shape: the API's problem document, or a page
 * in the service's style. Exact limits (how large a body, how many rows) are for the tests of the
 * limits; here an oversized body must only not break anything.
 */
class HostileInputIT extends AppTestSupport {

  /**
   * The most an error answer may carry: a problem or a page, never an echo of the input. The
   * largest page given back with its errors is the start page, whose lists name every HWB and ICB
   * in England (66 KB).
   */
  static final int ERROR_BOUND = 96 * 1024;

  private static final HttpClient ANONYMOUS =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static final String JSON = "application/json";
  private static final String CSV = "text/csv";
  private static final String FORM = "application/x-www-form-urlencoded";

  private static final String HUGE = "1e2147483647";
  private static final String TINY = "1e-999999999";
  private static final byte[] NOT_UTF8 = {'a', (byte) 0xC0, (byte) 0xAF, ',', (byte) 0xFF, '\n'};

  /** Every query parameter any route reads, with the value of a case. */
  private static String everyParameter(String value) {
    return Stream.of(
            "round",
            "hwb",
            "status",
            "version",
            "from",
            "to",
            "metricType",
            "multiplier",
            "confidence",
            "polarity",
            "target",
            "screening",
            "fixAfter",
            "rebaseAt",
            "title",
            "unit",
            "file",
            "metric",
            "error",
            "done",
            "saved",
            "plans")
        .map(name -> name + "=" + value)
        .reduce((a, b) -> a + "&" + b)
        .orElseThrow();
  }

  /** The odd ids every path variable is given in turn, as they go in an address. */
  private static final List<String> ODD_IDS =
      List.of("a%20b", "a%22b", "a%5Cb", "a%25b", "a%09b", "a%0Ab", ".", "..", "a%2Fb", "100%25");

  /** The kind of body a route takes. */
  enum Body {
    NONE,
    JSON,
    CSV,
    FORM,
    /** A workbook (bcf.workbook.web): the hostile bytes as the file. */
    XLSX,
    /** A zip of workbooks (bcf.workbook.web): the hostile bytes as the zip. */
    ZIP
  }

  /**
   * One hostile case: a content type (null for the route's own), the body (the same bytes for every
   * route, or one for each kind of body), a query, and a value for every path variable (null for
   * real ones). A case that is about the address sends an ordinary body.
   */
  record Case(
      String name,
      String contentType,
      byte[] raw,
      String json,
      String csv,
      String form,
      String query,
      String pathValue) {

    static Case typed(String name, String contentType, String body) {
      return new Case(
          name, contentType, body.getBytes(StandardCharsets.UTF_8), null, null, null, "", null);
    }

    static Case raw(String name, byte[] body) {
      return new Case(name, null, body, null, null, null, "", null);
    }

    static Case bodies(String name, String json, String csv, String form) {
      return new Case(name, null, null, json, csv, form, "", null);
    }

    static Case query(String name, String query) {
      return new Case(name, null, null, null, null, null, query, null);
    }

    static Case path(String value) {
      return new Case("path variables " + value, null, null, null, null, null, "", value);
    }

    /** The body for a route that takes this kind. */
    byte[] bodyFor(Body kind) {
      if (raw != null) {
        return raw;
      }
      String text =
          switch (kind) {
            case JSON, NONE, XLSX, ZIP -> json == null ? "{}" : json;
            case CSV -> csv == null ? "value\n1\n" : csv;
            case FORM -> form == null ? "a=b" : form;
          };
      return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Case> CASES = new ArrayList<>();

  static {
    // Content types that cannot be read, and the simple types a cross-site form can send.
    CASES.add(Case.typed("Content-Type ;;;", ";;;", "x"));
    CASES.add(Case.typed("Content-Type without a slash", "foo", "x"));
    CASES.add(Case.typed("Content-Type with an unknown charset", "text/csv; charset=klingon", "x"));
    CASES.add(Case.typed("text/plain", "text/plain", "{\"party\":\"warwickshire\"}"));
    CASES.add(Case.typed("a JSON body as a form, with a %", FORM, "{\"a\":\"100%\"}"));
    CASES.add(Case.typed("multipart without a boundary", "multipart/form-data", "x"));
    CASES.add(
        Case.typed("multipart with a broken part", "multipart/form-data; boundary=b", "--b\r\nx"));
    // Numbers at the edges of what a decimal can say, in the body and in every parameter.
    for (String number : List.of(HUGE, TINY, "-" + HUGE)) {
      CASES.add(
          Case.bodies(
              "the number " + number + " in the body",
              "{\"comment\":"
                  + number
                  + ",\"party\":"
                  + number
                  + ",\"risks\":[{\"likelihood\":"
                  + number
                  + ",\"impact\":"
                  + number
                  + "}],\"contributions\":[{\"actual\":{\"2014-15\":"
                  + number
                  + "}}]}",
              "hwb,metric,period,numerator,denominator,value,group\n"
                  + "warwickshire,permanent-admissions-65,2014-15,"
                  + number
                  + ","
                  + number
                  + ","
                  + number
                  + ",a\n",
              "party=" + number + "&value=" + number + "&/risks/0/likelihood=" + number));
      CASES.add(Case.query("the number " + number + " in every parameter", everyParameter(number)));
    }
    // Bytes that are not UTF-8, in the body and in the address.
    CASES.add(Case.raw("bytes that are not UTF-8 in the body", NOT_UTF8));
    CASES.add(Case.query("bytes that are not UTF-8 in the query", everyParameter("%C0%AF")));
    CASES.add(Case.query("a broken escape in the query", everyParameter("%E2%82")));
    // Odd ids in every path variable.
    ODD_IDS.forEach(id -> CASES.add(Case.path(id)));
    // A body far over any limit: whatever the limit, it must not break anything.
    byte[] huge = new byte[11 * 1024 * 1024];
    Arrays.fill(huge, (byte) '1');
    CASES.add(Case.raw("an 11 MiB body", huge));
  }

  /**
   * Cases that still fail, each with the work that fixes it; they are skipped with that reason
   * while they fail, and fail once they pass, so that the entry is removed. Keys are "METHOD
   * pattern | case | caller".
   */
  static final Map<String, String> KNOWN_GAPS = Map.of();

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mapping;

  private String plan;
  private HttpClient editorPages;
  private String editorToken;

  /** "METHOD pattern" of every handler route of every controller in a bcf package. */
  private Set<String> routes() {
    Set<String> routes = new TreeSet<>();
    for (var entry : mapping.getHandlerMethods().entrySet()) {
      HandlerMethod handler = entry.getValue();
      String pkg = handler.getBeanType().getPackageName();
      if (!pkg.equals("bcf") && !pkg.startsWith("bcf.")
          || ErrorController.class.isAssignableFrom(handler.getBeanType())) {
        continue;
      }
      RequestMappingInfo info = entry.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      List<String> names =
          methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).toList();
      for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
        names.forEach(method -> routes.add(method + " " + pattern));
      }
    }
    routes.add("GET /error"); // the error page, asked for directly
    return routes;
  }

  @Test
  void theRouteListIsTheApplications() {
    Set<String> routes = routes();
    assertThat(routes).contains("POST /api/v1/plans", "POST /plans/{id}/edit/{part}", "GET /error");
    assertThat(routes.size()).isGreaterThan(40);
  }

  @TestFactory
  Stream<DynamicNode> everyRouteWithEveryHostileCaseNeverFails() {
    plan = copyOfSeed("warwickshire-2014-16");
    api(EDITOR).post("/api/v1/plans/" + plan + "/register", ""); // its risk register too
    signInEditor();
    List<DynamicNode> nodes = new ArrayList<>();
    for (String route : routes()) {
      List<DynamicNode> cases = new ArrayList<>();
      for (Case hostile : CASES) {
        if (hostile.pathValue() != null && !route.contains("{")) {
          continue; // no path variable to put it in
        }
        if (hostile.name().startsWith("an 11 MiB") && route.startsWith("GET ")) {
          continue;
        }
        for (boolean editor : new boolean[] {false, true}) {
          String name = hostile + (editor ? " as an editor" : " anonymously");
          cases.add(DynamicTest.dynamicTest(name, () -> check(route, hostile, editor)));
        }
      }
      nodes.add(DynamicContainer.dynamicContainer(route, cases));
    }
    return nodes.stream();
  }

  private void check(String route, Case hostile, boolean editor) {
    String gap =
        KNOWN_GAPS.get(route + " | " + hostile + " | " + (editor ? "as an editor" : "anonymously"));
    if (gap == null) {
      probe(route, hostile, editor);
      return;
    }
    try {
      probe(route, hostile, editor);
    } catch (AssertionError e) {
      Assumptions.abort(
          "known gap: " + gap + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    throw new AssertionError("now passes, remove it from KNOWN_GAPS: " + route + " | " + hostile);
  }

  private void probe(String route, Case hostile, boolean editor) {
    String method = route.substring(0, route.indexOf(' '));
    String pattern = route.substring(route.indexOf(' ') + 1);
    boolean api = pattern.startsWith("/api/");
    String path =
        hostile.pathValue() != null
            ? pattern.replaceAll("\\{[^}]+}", Matcher.quoteReplacement(hostile.pathValue()))
            : pattern
                .replace("{id}", plan)
                .replace("{part}", "risks")
                .replace("{action}", "agree")
                .replace("{version}", "1")
                .replace("{hwb}", "warwickshire")
                .replace("{metric}", "permanent-admissions-65")
                .replace("{scheme}", "1")
                .replace("{ambition}", "1")
                .replace("{section}", "pooled-budget")
                .replace("{returnSection}", "narrative")
                .replace("{returnAction}", "sign-off")
                .replace("{tokenId}", "1")
                .replace("{username}", EDITOR)
                .replace("{entry}", "risk-1")
                .replace("{registerPart}", "entries")
                .replace("{commitment}", "0-0")
                .replace("{milestone}", "0")
                .replace("{mitigation}", "1")
                .replace("{run}", "no-such-run")
                .replace("{file}", "national.csv");
    Body kind = kind(method, pattern);
    String type =
        hostile.contentType() != null
            ? hostile.contentType()
            : switch (kind) {
              case JSON -> JSON;
              case CSV -> CSV;
              case FORM -> FORM;
              case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
              case ZIP -> "application/zip";
              case NONE -> null;
            };
    // A GET carries a body only in the cases about bodies and their types.
    byte[] body =
        method.equals("GET") && hostile.contentType() == null && hostile.raw() == null
            ? null
            : hostile.bodyFor(kind);
    String address = base() + path + (hostile.query().isEmpty() ? "" : "?" + hostile.query());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(address))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Accept", api ? "application/json" : "text/html,*/*;q=0.8");
    if (type != null && body != null) {
      request.header("Content-Type", type);
    }
    HttpClient client = ANONYMOUS;
    if (editor && api) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    } else if (editor) {
      client = editorPages;
      request.header("X-CSRF-TOKEN", editorToken); // so that posts reach the controllers
    }
    HttpResponse<byte[]> response;
    try {
      response = send(client, request);
    } catch (UncheckedIOException e) {
      if (hostile.raw() != null && hostile.raw().length > 10 * 1024 * 1024) {
        return; // the server answered before reading it all, and closed: refused unread
      }
      throw e;
    }
    int status = response.statusCode();
    String text = new String(response.body(), StandardCharsets.UTF_8);
    String what =
        method
            + " "
            + address.substring(0, Math.min(address.length(), 200))
            + " ("
            + hostile
            + "): "
            + status
            + " "
            + text.substring(0, Math.min(text.length(), 300));
    assertThat(status).as("never a server error: " + what).isLessThan(500);
    if (status >= 400) {
      assertThat(response.body().length)
          .as("an error is small: " + what)
          .isLessThanOrEqualTo(ERROR_BOUND);
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      if (response.body().length > 0) {
        if (api) {
          assertThat(contentType)
              .as("a problem document: " + what)
              .startsWith("application/problem+json");
          assertThat(text).as(what).contains("\"rule\"");
        } else {
          assertThat(contentType).as("a page: " + what).startsWith("text/html");
          assertThat(text).as("in the service's style: " + what).contains("govuk-");
        }
      }
      assertThat(text).as(what).doesNotContain("Exception").doesNotContain("at bcf.");
    }
  }

  /** The kind of body a route takes. */
  private static Body kind(String method, String pattern) {
    if (method.equals("GET")) {
      return Body.NONE;
    }
    if (pattern.equals("/api/v1/plans/{id}/workbook")
        || pattern.equals("/api/v1/returns/{id}/workbook")) {
      return Body.XLSX;
    }
    if (pattern.equals("/api/v1/workbooks/ingest")) {
      return Body.ZIP;
    }
    if (pattern.startsWith("/api/")) {
      return pattern.endsWith("/actuals")
              || pattern.startsWith("/api/v1/metrics/")
              || pattern.endsWith("/monitoring/imports")
          ? Body.CSV
          : Body.JSON;
    }
    return Body.FORM;
  }

  private static HttpResponse<byte[]> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static final Pattern TOKEN =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  /** Signs the editor in with the form, and keeps a CSRF token of the signed-in session. */
  private void signInEditor() {
    editorPages =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String login = token("/login");
    String form =
        "username="
            + URLEncoder.encode(EDITOR, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(login, StandardCharsets.UTF_8);
    HttpResponse<byte[]> signedIn =
        send(
            editorPages,
            HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    editorToken = token("/plans/" + plan + "/edit/risks");
  }

  private String token(String page) {
    HttpResponse<byte[]> response =
        send(editorPages, HttpRequest.newBuilder(URI.create(base() + page)).GET());
    Matcher matcher = TOKEN.matcher(new String(response.body(), StandardCharsets.UTF_8));
    assertThat(matcher.find()).as("a CSRF token on " + page).isTrue();
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }
}
