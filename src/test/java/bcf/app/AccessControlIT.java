package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Access control, generated from the application's own route list: every handler route of the API
 * and the web pages must have an expectation below (so a new endpoint cannot be missed), and every
 * route is then called by every kind of caller against an unpublished draft of Warwickshire's plan.
 * The critical property: a user of one HWB can never read or change another HWB's draft.
 */
class AccessControlIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2014-16";

  /** Which access rule guards a route (on an unpublished Warwickshire draft). */
  enum Rule {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in user. */
    SIGNED_IN,
    /** Whoever may see the plan (for a draft: its HWB, its assurers, admins). */
    READ_PLAN,
    /** Whoever may see the plan's working version and history. */
    READ_CURRENT,
    /** An editor of the plan's HWB, or an admin: add a plan. */
    CREATE,
    /** An editor of the plan's HWB. */
    EDIT,
    /** A signatory of the plan's HWB. */
    SIGN,
    /** A workflow move made by an editor of the plan's HWB. */
    WORKFLOW_EDITOR,
    /** A workflow move made by an editor or a signatory of the plan's HWB. */
    WORKFLOW_SIGNATORY,
    /** A workflow move made by an assurer of the plan's region (or national). */
    WORKFLOW_ASSURER,
    /** The national view: assurers and admins. */
    NATIONAL,
    /** Admins only. */
    ADMIN;

    boolean planScoped() {
      return this != PUBLIC
          && this != SIGNED_IN
          && this != CREATE
          && this != NATIONAL
          && this != ADMIN;
    }
  }

  /** One request to make on a route: the access rule, and what to put in the path and query. */
  record Probe(String label, Rule rule, Map<String, String> variables, String query) {
    static Probe of(Rule rule) {
      return new Probe("", rule, Map.of(), "");
    }

    static Probe of(Rule rule, String query) {
      return new Probe("", rule, Map.of(), query);
    }

    static Probe action(String action, Rule rule) {
      return new Probe(" (" + action + ")", rule, Map.of("action", action), "");
    }
  }

  /** The expectations, keyed by "METHOD pattern". */
  static final Map<String, List<Probe>> EXPECTATIONS = new LinkedHashMap<>();

  /**
   * Web routes that other changes add in parallel: expected, but not yet required to exist. Once
   * they are all merged this set should be emptied, so that a missing route fails the test.
   */
  static final Set<String> PENDING_WEB_ROUTES = Set.of();

  static {
    // The API.
    expect("GET /api/v1/me", Probe.of(Rule.SIGNED_IN));
    expect("GET /api/v1/rounds", Probe.of(Rule.PUBLIC));
    expect("GET /api/v1/plans", Probe.of(Rule.PUBLIC));
    expect("POST /api/v1/plans", Probe.of(Rule.CREATE));
    expect("GET /api/v1/plans/{id}", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/document", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/summary", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/validation", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/parts/{part}", Probe.of(Rule.READ_PLAN));
    expect("PUT /api/v1/plans/{id}/parts/{part}", Probe.of(Rule.EDIT));
    expect(
        "POST /api/v1/plans/{id}/workflow/{action}",
        Probe.action("agree", Rule.WORKFLOW_EDITOR),
        Probe.action("approve", Rule.WORKFLOW_SIGNATORY),
        Probe.action("assure", Rule.WORKFLOW_ASSURER));
    expect("GET /api/v1/plans/{id}/sign-offs", Probe.of(Rule.READ_PLAN));
    expect("POST /api/v1/plans/{id}/sign-offs", Probe.of(Rule.SIGN));
    expect("GET /api/v1/plans/{id}/history", Probe.of(Rule.READ_CURRENT));
    expect("GET /api/v1/plans/{id}/versions", Probe.of(Rule.READ_CURRENT));
    expect("GET /api/v1/plans/{id}/versions/{version}/document", Probe.of(Rule.READ_CURRENT));
    expect("GET /api/v1/plans/{id}/diff", Probe.of(Rule.READ_CURRENT, "from=1&to=1"));
    expect("GET /api/v1/national", Probe.of(Rule.NATIONAL, "round=2014-16"));
    expect("GET /api/v1/plans/{id}/metrics", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/metrics/{hwb}/{metric}", Probe.of(Rule.READ_PLAN));
    expect(
        "GET /api/v1/plans/{id}/metrics/{hwb}/{metric}/plan-chart.svg", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/metrics/{hwb}/{metric}/spc-chart.svg", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/actuals", Probe.of(Rule.READ_CURRENT));
    expect("POST /api/v1/plans/{id}/actuals", Probe.of(Rule.EDIT));
    expect("POST /api/v1/metrics/compute", Probe.of(Rule.PUBLIC));
    expect("POST /api/v1/metrics/spc", Probe.of(Rule.PUBLIC));
    expect("POST /api/v1/metrics/spc-chart.svg", Probe.of(Rule.PUBLIC));

    // The web pages.
    expect("GET /login", Probe.of(Rule.PUBLIC));
    expect("GET /plans", Probe.of(Rule.PUBLIC));
    expect("GET /plans/{id}", Probe.of(Rule.READ_PLAN));
    expect("GET /plans/{id}/edit/{part}", Probe.of(Rule.EDIT));
    expect("POST /plans/{id}/edit/{part}", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/sign-off", Probe.of(Rule.READ_CURRENT));
    expect("POST /plans/{id}/sign-off", Probe.of(Rule.SIGN));
    expect(
        "POST /plans/{id}/workflow/{action}",
        Probe.action("agree", Rule.WORKFLOW_EDITOR),
        Probe.action("assure", Rule.WORKFLOW_ASSURER));
    expect("GET /plans/{id}/history", Probe.of(Rule.READ_CURRENT));
    expect("GET /plans/{id}/diff", Probe.of(Rule.READ_CURRENT, "from=1&to=1"));
    expect("GET /national", Probe.of(Rule.NATIONAL, "round=2014-16"));
    expect("GET /plans/{id}/metrics", Probe.of(Rule.READ_PLAN));
    expect("POST /plans/{id}/metrics/actuals", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/metrics/actuals.csv", Probe.of(Rule.READ_CURRENT));
    expect("GET /tools/intervals", Probe.of(Rule.PUBLIC));
    expect("POST /tools/intervals", Probe.of(Rule.PUBLIC));
    expect("GET /tools/spc", Probe.of(Rule.PUBLIC));
    expect("POST /tools/spc", Probe.of(Rule.PUBLIC));
  }

  private static void expect(String key, Probe... probes) {
    EXPECTATIONS.put(key, List.of(probes));
  }

  /** A caller and what it may do with an unpublished Warwickshire draft (region Midlands). */
  record Caller(
      String label,
      String user,
      boolean sees,
      boolean edits,
      boolean signs,
      boolean assures,
      boolean national,
      boolean creates,
      boolean admin) {

    boolean anonymous() {
      return user == null;
    }

    boolean may(Rule rule) {
      switch (rule) {
        case PUBLIC:
          return true;
        case SIGNED_IN:
          return !anonymous();
        case READ_PLAN:
        case READ_CURRENT:
          return sees;
        case CREATE:
          return creates;
        case EDIT:
        case WORKFLOW_EDITOR:
          return edits;
        case SIGN:
          return signs;
        case WORKFLOW_SIGNATORY:
          return edits || signs;
        case WORKFLOW_ASSURER:
          return assures;
        case NATIONAL:
          return national;
        case ADMIN:
          return admin;
        default:
          throw new IllegalArgumentException(rule.name());
      }
    }
  }

  static final List<Caller> CALLERS =
      List.of(
          new Caller("anonymous", null, false, false, false, false, false, false, false),
          new Caller("editor", EDITOR, true, true, false, false, false, true, false),
          new Caller("signatory", SIGNATORY, true, false, true, false, false, false, false),
          new Caller(
              "other HWB editor", OTHER_EDITOR, false, false, false, false, false, false, false),
          new Caller(
              "other HWB signatory",
              OTHER_SIGNATORY,
              false,
              false,
              false,
              false,
              false,
              false,
              false),
          new Caller("assurer", ASSURER, true, false, false, true, true, false, false),
          new Caller(
              "other region assurer",
              OTHER_ASSURER,
              false,
              false,
              false,
              false,
              true,
              false,
              false),
          new Caller(
              "national assurer", NATIONAL_ASSURER, true, false, false, true, true, false, false),
          new Caller("admin", ADMIN, true, false, false, false, true, true, true));

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mapping;

  private final Map<String, WebClient> webClients = new HashMap<>();

  /** "METHOD pattern" of every handler route of the API and the web pages. */
  private Set<String> routes() {
    Set<String> routes = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mapping.getHandlerMethods().entrySet()) {
      String pkg = entry.getValue().getBeanType().getPackageName();
      if (!pkg.startsWith("bcf.")) {
        continue;
      }
      RequestMappingInfo info = entry.getKey();
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      List<String> names =
          methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList();
      for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
        for (String method : names) {
          routes.add(method + " " + pattern);
        }
      }
    }
    return routes;
  }

  @Test
  void everyRouteHasAnExpectationAndEveryExpectationARoute() {
    Set<String> routes = routes();
    assertThat(routes).as("routes found").isNotEmpty();
    List<String> unexpected =
        routes.stream().filter(r -> !EXPECTATIONS.containsKey(r)).sorted().toList();
    assertThat(unexpected)
        .as("routes without an access expectation in AccessControlIT (add one)")
        .isEmpty();
    List<String> missing =
        EXPECTATIONS.keySet().stream()
            .filter(k -> !routes.contains(k) && !PENDING_WEB_ROUTES.contains(k))
            .sorted()
            .toList();
    assertThat(missing).as("expectations without a route").isEmpty();
  }

  @TestFactory
  Stream<DynamicNode> everyRouteForEveryCaller() {
    String shared = copyOfSeed(SEED);
    List<DynamicNode> nodes = new ArrayList<>();
    for (String route : routes()) {
      List<Probe> probes = EXPECTATIONS.get(route);
      if (probes == null) {
        continue; // reported by everyRouteHasAnExpectationAndEveryExpectationARoute
      }
      List<DynamicNode> cases = new ArrayList<>();
      for (Probe probe : probes) {
        for (Caller caller : CALLERS) {
          String name =
              route
                  + probe.label()
                  + " as "
                  + caller.label()
                  + " -> "
                  + (caller.may(probe.rule()) ? "allowed" : "denied")
                  + " ("
                  + probe.rule()
                  + ")";
          cases.add(DynamicTest.dynamicTest(name, () -> check(route, probe, caller, shared)));
        }
      }
      nodes.add(DynamicContainer.dynamicContainer(route, cases));
    }
    return nodes.stream();
  }

  private void check(String route, Probe probe, Caller caller, String shared) {
    String method = route.substring(0, route.indexOf(' '));
    String pattern = route.substring(route.indexOf(' ') + 1);
    boolean write = !method.equals("GET");
    // A write may change the plan: give it a fresh copy so that no case depends on another.
    String id = write ? copyOfSeed(SEED) : shared;
    String path = substitute(pattern, id, probe);
    boolean allowed = caller.may(probe.rule());
    if (pattern.startsWith("/api/")) {
      ApiClient.Response response = callApi(method, pattern, path, id, caller);
      String what = method + " " + path + " as " + caller.label() + ": " + response.body();
      assertThat(response.status()).as("never a server error: " + what).isLessThan(500);
      if (allowed) {
        if (write) {
          // Past the access check; the business rules may still refuse (a guard, a bad body).
          assertThat(response.status()).as(what).isIn(200, 201, 204, 400, 409, 422);
        } else {
          assertThat(response.status()).as(what).isEqualTo(200);
          if (pattern.equals("/api/v1/plans") || pattern.equals("/api/v1/national")) {
            // Lists show the draft exactly to those who may see it.
            assertThat(response.body().contains("\"" + id + "\""))
                .as("lists the draft: " + what)
                .isEqualTo(caller.sees());
          }
        }
      } else {
        int expected = deniedApiStatus(method, probe.rule(), caller);
        assertThat(response.status()).as(what).isEqualTo(expected);
        if (expected == 401) {
          assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Basic");
        }
        assertThat(response.body()).as(what).contains("\"rule\"");
      }
      if (!allowed || !probe.rule().planScoped() || response.status() >= 300) {
        assertUnchanged(id, write);
      }
    } else {
      WebClient.Page page = callWeb(method, path, caller);
      String what =
          method
              + " "
              + path
              + " as "
              + caller.label()
              + ": "
              + page.status()
              + " "
              + page.location();
      assertThat(page.status()).as("never a server error: " + what).isLessThan(500);
      boolean toLogin =
          page.status() >= 300
              && page.status() < 400
              && page.location() != null
              && page.location().contains("/login");
      if (allowed) {
        assertThat(toLogin).as("not sent to sign in: " + what).isFalse();
        if (write) {
          assertThat(page.status()).as(what).isIn(200, 201, 204, 301, 302, 303, 400, 409, 422);
        } else {
          assertThat(page.status()).as(what).isEqualTo(200);
        }
      } else if (caller.anonymous()) {
        // Signed-out visitors are sent to sign in, or (for a draft they may not know of) not found.
        assertThat(toLogin || (probe.rule().planScoped() && page.status() == 404))
            .as("sent to sign in: " + what)
            .isTrue();
        assertUnchanged(id, write);
      } else {
        int expected = probe.rule().planScoped() && !caller.sees() ? 404 : 403;
        assertThat(page.status()).as(what).isEqualTo(expected);
        assertUnchanged(id, write);
      }
    }
  }

  /** 401 asks a signed-out caller to sign in; 404 hides a draft; 403 refuses one that is seen. */
  private static int deniedApiStatus(String method, Rule rule, Caller caller) {
    if (caller.anonymous()) {
      return method.equals("GET") && rule.planScoped() ? 404 : 401;
    }
    return rule.planScoped() && !caller.sees() ? 404 : 403;
  }

  private static String substitute(String pattern, String id, Probe probe) {
    String path =
        pattern
            .replace("{id}", id)
            .replace("{part}", "contributions")
            .replace("{action}", probe.variables().getOrDefault("action", "agree"))
            .replace("{version}", "1")
            .replace("{hwb}", "warwickshire")
            .replace("{metric}", "permanent-admissions-65");
    assertThat(path).as("all path variables substituted").doesNotContain("{");
    return probe.query().isEmpty() ? path : path + "?" + probe.query();
  }

  private ApiClient.Response callApi(
      String method, String pattern, String path, String id, Caller caller) {
    ApiClient client = caller.anonymous() ? anonymous() : api(caller.user());
    switch (method) {
      case "GET":
        return client.get(path);
      case "PUT":
        String part = api(ADMIN).get("/api/v1/plans/" + id + "/parts/contributions").body();
        return client.put(path, part, "\"1\"");
      case "POST":
        return client.post(path, apiBody(pattern, id));
      default:
        return client.send(method, path, null);
    }
  }

  private String apiBody(String pattern, String id) {
    if (pattern.equals("/api/v1/plans")) {
      return seedAs(SEED, id + "-new", false);
    }
    if (pattern.endsWith("/sign-offs")) {
      return "{\"party\":\"" + firstParty(id) + "\",\"name\":\"A Person\"}";
    }
    if (pattern.contains("/workflow/")) {
      return "{\"comment\":\"access check\",\"outcome\":\"approved\"}";
    }
    return "{}";
  }

  /** A party whose signature the plan needs (the admin may read every plan). */
  private String firstParty(String id) {
    ApiClient.Response signOffs = api(ADMIN).get("/api/v1/plans/" + id + "/sign-offs");
    assertThat(signOffs.status()).isEqualTo(200);
    return signOffs.json().get("required").get(0).get("party").asString();
  }

  private WebClient.Page callWeb(String method, String path, Caller caller) {
    WebClient client = webClient(caller);
    if (method.equals("GET")) {
      return client.get(path);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    if (path.endsWith("/sign-off")) {
      fields.put("party", "wcc");
      fields.put("name", "A Person");
    } else if (path.contains("/workflow/")) {
      fields.put("comment", "access check");
    }
    return client.post(path, fields, "/login");
  }

  private WebClient webClient(Caller caller) {
    return webClients.computeIfAbsent(
        caller.label(),
        label -> {
          WebClient client = web();
          if (!caller.anonymous()) {
            WebClient.Page signedIn = client.signIn(caller.user(), PASSWORD);
            assertThat(signedIn.location()).as("signed in as " + label).doesNotContain("error");
          }
          return client;
        });
  }

  /** A refused write leaves the copy at version 1 in draft. */
  private void assertUnchanged(String id, boolean write) {
    if (!write) {
      return;
    }
    ApiClient.Response plan = api(ADMIN).get("/api/v1/plans/" + id);
    assertThat(plan.status()).isEqualTo(200);
    assertThat(plan.json().get("currentVersion").asInt()).as("version of " + id).isEqualTo(1);
    assertThat(plan.json().get("status").asString()).as("status of " + id).isEqualTo("draft");
    ApiClient.Response signOffs = api(ADMIN).get("/api/v1/plans/" + id + "/sign-offs");
    assertThat(signOffs.json().get("history").size()).as("sign-offs of " + id).isZero();
  }
}
