package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.Actor;
import bcf.actuals.ActualsRepository;
import bcf.document.DocumentHistory;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.workflow.RequiredSignatures;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Access control, generated from the application's own route list: every handler route of every
 * controller in a {@code bcf} package (whatever feature package it lives in) must have an
 * expectation below, so a new endpoint cannot be missed. Every route that takes a plan, and every
 * list of plans, is then called by every kind of caller against a copy of Warwickshire's plan in
 * each state of the workflow (draft, agreed, approved, submitted, assured, and assured and
 * published), each built through the workflow by the right users; routes without a plan are called
 * once by every caller.
 *
 * <p>The expectations are the product's rules (docs/web-and-api.md, "Workflow" and "Users, roles
 * and scope"), written out here rather than asked of the code: a write is allowed only if it
 * succeeds (2xx, or a form's redirect to its success page) and its effect is seen; a denial is 401,
 * 403 or 404 (or the sign-in page), and changes nothing; a refusal for a workflow reason (a move
 * not allowed from the state, a plan that cannot be edited) is the stated 409 and changes nothing.
 * Anything else, a 400 or 422 included, fails the case.
 */
class AccessControlIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2014-16";
  private static final String PART = "risks";

  /** The rule of the finding the explanation page is probed with (a rule of the seed's round). */
  private static final String EXPLAINED = "income-equals-expenditure";

  private static final String ACTUALS =
      "hwb,metric,period,numerator,denominator\n"
          + "warwickshire,permanent-admissions-65,2014-15,520,104380\n";
  private static final String SERIES =
      "period,value\n"
          + "2024-01,1\n2024-02,2\n2024-03,1\n2024-04,2\n2024-05,10\n2024-06,1\n"
          + "2024-07,2\n2024-08,1\n2024-09,2\n2024-10,1\n2024-11,2\n2024-12,1\n";
  private static final String MONITORING =
      "period,kind,scheme,source,partner,amount\n2014-04,actual,scheme-1,,,1000\n";
  private static final String RATES = "group,numerator,denominator\nA,1,100\nB,20,60\n";

  /** The states a plan is probed in. */
  enum State {
    DRAFT("draft", false),
    AGREED("agreed", false),
    APPROVED("approved", false),
    SUBMITTED("submitted", false),
    /** Assured with the outcome "not approved": nothing is published. */
    ASSURED("assured", false),
    /** Assured with the outcome "approved": the assured version is published. */
    PUBLISHED("assured", true);

    final String status;
    final boolean published;

    State(String status, boolean published) {
      this.status = status;
      this.published = published;
    }

    /** "A submitted or assured plan cannot be edited until it is returned to draft." */
    boolean editable() {
      return this == DRAFT || this == AGREED || this == APPROVED;
    }
  }

  /** Who may make a workflow move (the table's "who" column). */
  enum Who {
    EDITOR,
    EDITOR_OR_SIGNATORY,
    ASSURER;

    boolean includes(Caller caller) {
      return switch (this) {
        case EDITOR -> caller.edits();
        case EDITOR_OR_SIGNATORY -> caller.edits() || caller.signs();
        case ASSURER -> caller.assures();
      };
    }
  }

  /** The workflow's moves as docs/web-and-api.md states them: who, from, to. */
  enum Move {
    AGREE("agree", Who.EDITOR, "agreed", State.DRAFT),
    APPROVE("approve", Who.EDITOR_OR_SIGNATORY, "approved", State.AGREED),
    SUBMIT("submit", Who.EDITOR, "submitted", State.APPROVED),
    ASSURE("assure", Who.ASSURER, "assured", State.SUBMITTED),
    RETURN("return", Who.ASSURER, "draft", State.SUBMITTED, State.ASSURED, State.PUBLISHED),
    REOPEN("reopen", Who.EDITOR, "draft", State.AGREED, State.APPROVED);

    final String code;
    final Who who;
    final String to;
    final Set<State> from;

    Move(String code, Who who, String to, State... from) {
      this.code = code;
      this.who = who;
      this.to = to;
      this.from = Set.of(from);
    }
  }

  /** Which access rule guards a route. */
  enum Rule {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in user. */
    SIGNED_IN,
    /** An editor (for their own HWBs) or an admin: add a plan. */
    CREATE,
    /** The national view: assurers and admins. */
    NATIONAL,
    /** Whoever may see the plan: its HWB, its assurers, admins; anyone once it is published. */
    READ_PLAN,
    /** Whoever may see the plan's working version and history: its HWB, assurers, admins. */
    READ_CURRENT,
    /** A version that is not the published one: it does not exist for anyone else (404). */
    READ_EARLIER_VERSION,
    /** An editor of the plan's HWB, while the plan may be edited. */
    EDIT,
    /** A signatory of the plan's HWB, while the plan is a draft. */
    SIGN,
    /** A workflow move: by whom the table says, from the states it says. */
    MOVE,
    /** An editor of the plan's HWB imports actuals, whatever the plan's state. */
    ACTUALS,
    /** Administrators only: the user pages. */
    USERS_ADMIN,
    /**
     * An editor of the plan's HWB records progress, whatever the plan's state; the plan is
     * untouched.
     */
    PROGRESS,
    /** An editor of the plan's HWB changes its risk register, whatever the plan's state. */
    REGISTER,
    /** An editor starts the plan's register: refused (409) as the probed plans have one. */
    REGISTER_START,
    /** The register as it stood when the plan was signed: none for an unsigned draft (404). */
    REGISTER_AS_SIGNED,
    /** A signatory of the plan's HWB signs its risk register, whatever the plan's state. */
    REGISTER_SIGN,
    /** An editor of the plan's HWB starts a return, whatever the plan's state. */
    RETURN_START,
    /** An editor of the plan's HWB edits a draft return, whatever the plan's state. */
    RETURN_EDIT,
    /** A signatory of the plan's HWB signs a draft return for their HWB. */
    RETURN_SIGN,
    /** An editor of the plan's HWB changes its monitoring terms, whatever its state. */
    MONITORING_TERMS;

    boolean writes() {
      return this == EDIT
          || this == SIGN
          || this == MOVE
          || this == ACTUALS
          || this == CREATE
          || this == PROGRESS
          || this == REGISTER;
    }
  }

  /** One request to make on a route. */
  record Probe(String label, Rule rule, Move move, String version, String query) {
    static Probe of(Rule rule) {
      return new Probe("", rule, null, null, "");
    }

    static Probe of(Rule rule, String query) {
      return new Probe("", rule, null, null, query);
    }

    static Probe moving(Move move) {
      return new Probe(" (" + move.code + ")", Rule.MOVE, move, null, "");
    }

    static Probe atVersion(String version, Rule rule) {
      return new Probe(" (version " + version + ")", rule, null, version, "");
    }
  }

  /** The expectations, keyed by "METHOD pattern". */
  static final Map<String, List<Probe>> EXPECTATIONS = new LinkedHashMap<>();

  static {
    Probe[] moves = Stream.of(Move.values()).map(Probe::moving).toArray(Probe[]::new);
    // The API.
    expect("GET /api/v1/me", Probe.of(Rule.SIGNED_IN));
    expect("GET /api/v1/rounds", Probe.of(Rule.PUBLIC));
    expect("GET /api/v1/plans", Probe.of(Rule.PUBLIC));
    expect("GET /api/v1/hwbs", Probe.of(Rule.PUBLIC));
    expect("GET /api/v1/icbs", Probe.of(Rule.PUBLIC));
    expect("POST /api/v1/plans", Probe.of(Rule.CREATE));
    expect("GET /api/v1/plans/{id}", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/document", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/summary", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/workbook", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/validation", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/parts/{part}", Probe.of(Rule.READ_PLAN));
    expect("PUT /api/v1/plans/{id}/parts/{part}", Probe.of(Rule.EDIT));
    expect("POST /api/v1/plans/{id}/workflow/{action}", moves);
    expect("GET /api/v1/plans/{id}/sign-offs", Probe.of(Rule.READ_PLAN));
    expect("POST /api/v1/plans/{id}/sign-offs", Probe.of(Rule.SIGN));
    expect("GET /api/v1/plans/{id}/history", Probe.of(Rule.READ_CURRENT));
    expect("GET /api/v1/plans/{id}/versions", Probe.of(Rule.READ_CURRENT));
    expect(
        "GET /api/v1/plans/{id}/versions/{version}/document",
        Probe.atVersion("1", Rule.READ_EARLIER_VERSION),
        Probe.atVersion("current", Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/diff", Probe.of(Rule.READ_CURRENT, "from=1&to=2"));
    expect("GET /api/v1/national", Probe.of(Rule.NATIONAL, "round=2014-16"));
    expect("GET /api/v1/national/compare", Probe.of(Rule.NATIONAL, "round=2014-16"));
    expect("GET /api/v1/plans/{id}/metrics", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/metrics/{hwb}/{metric}", Probe.of(Rule.READ_PLAN));
    expect(
        "GET /api/v1/plans/{id}/metrics/{hwb}/{metric}/plan-chart.svg", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/metrics/{hwb}/{metric}/spc-chart.svg", Probe.of(Rule.READ_PLAN));
    expect(
        "GET /api/v1/plans/{id}/actuals",
        Probe.of(Rule.READ_PLAN)); // actuals are public with the plan
    expect("POST /api/v1/plans/{id}/actuals", Probe.of(Rule.ACTUALS));
    expect("POST /api/v1/metrics/compute", Probe.of(Rule.PUBLIC, "metricType=rate"));
    expect("POST /api/v1/metrics/spc", Probe.of(Rule.PUBLIC));
    expect("POST /api/v1/metrics/spc-chart.svg", Probe.of(Rule.PUBLIC));
    expect("GET /api/v1/me/tokens", Probe.of(Rule.SIGNED_IN));
    expect("POST /api/v1/me/tokens", Probe.of(Rule.SIGNED_IN));
    expect("DELETE /api/v1/me/tokens/{tokenId}", Probe.of(Rule.SIGNED_IN));
    expect("GET /api/v1/plans/{id}/progress", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/progress/summary", Probe.of(Rule.READ_PLAN));
    expect("PUT /api/v1/plans/{id}/progress", Probe.of(Rule.PROGRESS));
    expect("GET /api/v1/plans/{id}/register", Probe.of(Rule.READ_PLAN));
    expect("POST /api/v1/plans/{id}/register", Probe.of(Rule.REGISTER_START));
    expect("GET /api/v1/plans/{id}/register/summary", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/register/as-signed", Probe.of(Rule.REGISTER_AS_SIGNED));
    expect("PUT /api/v1/plans/{id}/register/parts/{registerPart}", Probe.of(Rule.REGISTER));
    expect("POST /api/v1/plans/{id}/register/entries/{entry}/reviews", Probe.of(Rule.REGISTER));
    expect("POST /api/v1/plans/{id}/register/entries/{entry}/decision", Probe.of(Rule.REGISTER));
    expect("GET /api/v1/plans/{id}/register/sign-offs", Probe.of(Rule.READ_PLAN));
    expect("POST /api/v1/plans/{id}/register/sign-offs", Probe.of(Rule.REGISTER_SIGN));
    expect("GET /api/v1/plans/{id}/returns", Probe.of(Rule.READ_PLAN));
    expect("POST /api/v1/plans/{id}/returns", Probe.of(Rule.RETURN_START));
    expect("GET /api/v1/returns/{id}", Probe.of(Rule.READ_CURRENT)); // a draft return
    expect("GET /api/v1/returns/{id}/document", Probe.of(Rule.READ_CURRENT));
    expect("GET /api/v1/returns/{id}/summary", Probe.of(Rule.READ_CURRENT));
    expect("GET /api/v1/returns/{id}/workbook", Probe.of(Rule.READ_CURRENT));
    expect("PUT /api/v1/returns/{id}/sections/{returnSection}", Probe.of(Rule.RETURN_EDIT));
    expect("PUT /api/v1/returns/{id}/workbook", Probe.of(Rule.RETURN_EDIT));
    expect("POST /api/v1/returns/{id}/workflow/{returnAction}", Probe.of(Rule.RETURN_SIGN));
    expect(
        "GET /api/v1/national/stocktake",
        Probe.of(Rule.NATIONAL, "round=2014-16&quarter=2015-16-Q2"));

    // The web pages.
    expect("GET /login", Probe.of(Rule.PUBLIC));
    expect("GET /plans", Probe.of(Rule.PUBLIC));
    expect("GET /plans/{id}", Probe.of(Rule.READ_PLAN));
    expect("GET /plans/{id}/edit/{part}", Probe.of(Rule.EDIT));
    expect("POST /plans/{id}/edit/{part}", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/edit/schemes", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/edit/schemes/{scheme}", Probe.of(Rule.EDIT));
    expect("POST /plans/{id}/edit/schemes/{scheme}", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/edit/schemes/{scheme}/remove", Probe.of(Rule.EDIT));
    expect("POST /plans/{id}/edit/schemes/{scheme}/remove", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/edit/metrics", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/edit/metrics/{ambition}", Probe.of(Rule.EDIT));
    expect("POST /plans/{id}/edit/metrics/{ambition}", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/edit/metrics/{ambition}/remove", Probe.of(Rule.EDIT));
    expect("POST /plans/{id}/edit/metrics/{ambition}/remove", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/edit/finance", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/edit/finance/{section}", Probe.of(Rule.EDIT));
    expect("POST /plans/{id}/edit/finance/{section}", Probe.of(Rule.EDIT));
    expect("GET /plans/{id}/sign-off", Probe.of(Rule.READ_CURRENT));
    expect("POST /plans/{id}/sign-off", Probe.of(Rule.SIGN));
    expect("POST /plans/{id}/workflow/{action}", moves);
    expect("GET /plans/{id}/history", Probe.of(Rule.READ_CURRENT));
    expect("GET /plans/{id}/diff", Probe.of(Rule.READ_CURRENT, "from=1&to=2"));
    expect("GET /national", Probe.of(Rule.NATIONAL, "round=2014-16"));
    expect("GET /national/compare", Probe.of(Rule.NATIONAL, "round=2014-16"));
    expect("GET /plans/{id}/returns", Probe.of(Rule.READ_PLAN));
    expect("POST /plans/{id}/returns", Probe.of(Rule.RETURN_START));
    expect("GET /returns/{id}", Probe.of(Rule.READ_CURRENT)); // a draft return
    expect("GET /returns/{id}/workbook.xlsx", Probe.of(Rule.READ_CURRENT));
    expect("GET /returns/{id}/sections/{returnSection}", Probe.of(Rule.RETURN_EDIT));
    expect("POST /returns/{id}/sections/{returnSection}", Probe.of(Rule.RETURN_EDIT));
    expect("GET /returns/{id}/workbook/upload", Probe.of(Rule.RETURN_EDIT));
    expect("POST /returns/{id}/workbook/upload", Probe.of(Rule.RETURN_EDIT));
    expect("GET /returns/{id}/actions/{returnAction}", Probe.of(Rule.RETURN_SIGN));
    expect("POST /returns/{id}/actions/{returnAction}", Probe.of(Rule.RETURN_SIGN));
    expect("GET /national/stocktake", Probe.of(Rule.NATIONAL, "round=2014-16&quarter=2015-16-Q2"));
    expect("GET /national.csv", Probe.of(Rule.NATIONAL, "round=2014-16"));
    expect("GET /plans/{id}/metrics", Probe.of(Rule.READ_PLAN));
    expect("POST /plans/{id}/metrics/actuals", Probe.of(Rule.ACTUALS));
    expect("GET /plans/{id}/monitoring", Probe.of(Rule.READ_PLAN));
    expect("POST /plans/{id}/monitoring/imports", Probe.of(Rule.ACTUALS));
    expect("GET /plans/{id}/monitoring/enter", Probe.of(Rule.ACTUALS));
    expect("POST /plans/{id}/monitoring/enter", Probe.of(Rule.ACTUALS));
    expect("GET /api/v1/plans/{id}/monitoring", Probe.of(Rule.READ_PLAN));
    expect("POST /api/v1/plans/{id}/monitoring/imports", Probe.of(Rule.ACTUALS));
    expect("GET /plans/{id}/monitoring/position.csv", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/monitoring/position.csv", Probe.of(Rule.READ_PLAN));
    expect("GET /api/v1/plans/{id}/monitoring/terms", Probe.of(Rule.READ_PLAN));
    expect("PUT /api/v1/plans/{id}/monitoring/terms", Probe.of(Rule.MONITORING_TERMS));
    expect("GET /plans/{id}/monitoring/terms", Probe.of(Rule.ACTUALS));
    expect("POST /plans/{id}/monitoring/terms/achieved", Probe.of(Rule.MONITORING_TERMS));
    expect("GET /plans/{id}/monitoring/terms/risk-share", Probe.of(Rule.ACTUALS));
    expect("POST /plans/{id}/monitoring/terms/risk-share", Probe.of(Rule.MONITORING_TERMS));
    expect("POST /plans/{id}/monitoring/terms/risk-share/remove", Probe.of(Rule.MONITORING_TERMS));
    expect("GET /plans/{id}/monitoring/terms/retention", Probe.of(Rule.ACTUALS));
    expect("POST /plans/{id}/monitoring/terms/retention", Probe.of(Rule.MONITORING_TERMS));
    expect("GET /plans/{id}/monitoring/terms/carry-forward", Probe.of(Rule.ACTUALS));
    expect("POST /plans/{id}/monitoring/terms/carry-forward", Probe.of(Rule.MONITORING_TERMS));
    expect("GET /plans/{id}/metrics/actuals.csv", Probe.of(Rule.READ_PLAN)); // as its API
    expect("GET /tools/intervals", Probe.of(Rule.PUBLIC));
    expect("POST /tools/intervals", Probe.of(Rule.PUBLIC));
    expect("GET /tools/spc", Probe.of(Rule.PUBLIC));
    expect("POST /tools/spc", Probe.of(Rule.PUBLIC));
    expect("GET /plans/new", Probe.of(Rule.SIGNED_IN));
    expect("POST /plans/new", Probe.of(Rule.CREATE));
    expect("GET /plans/{id}/explain", Probe.of(Rule.EDIT, "rule=" + EXPLAINED));
    expect("POST /plans/{id}/explain", Probe.of(Rule.EDIT));
    expect("GET /account/tokens", Probe.of(Rule.SIGNED_IN));
    expect("POST /account/tokens", Probe.of(Rule.SIGNED_IN));
    expect("POST /account/tokens/{tokenId}/revoke", Probe.of(Rule.SIGNED_IN));
    expect("GET /admin/users", Probe.of(Rule.USERS_ADMIN));
    expect("GET /admin/users/new", Probe.of(Rule.USERS_ADMIN));
    expect("POST /admin/users/new", Probe.of(Rule.USERS_ADMIN));
    expect("GET /admin/users/{username}", Probe.of(Rule.USERS_ADMIN));
    expect("POST /admin/users/{username}", Probe.of(Rule.USERS_ADMIN));
    expect("POST /admin/users/{username}/disable", Probe.of(Rule.USERS_ADMIN));
    expect("POST /admin/users/{username}/enable", Probe.of(Rule.USERS_ADMIN));
    expect("POST /admin/users/{username}/password", Probe.of(Rule.USERS_ADMIN));
    expect("GET /plans/{id}/progress", Probe.of(Rule.READ_PLAN));
    expect("GET /plans/{id}/workbook.xlsx", Probe.of(Rule.READ_PLAN));
    expect("GET /plans/{id}/progress/commitment", Probe.of(Rule.PROGRESS));
    expect("POST /plans/{id}/progress/commitment", Probe.of(Rule.PROGRESS));
    expect("GET /plans/{id}/progress/milestone", Probe.of(Rule.PROGRESS));
    expect("POST /plans/{id}/progress/milestone", Probe.of(Rule.PROGRESS));
    expect("GET /plans/{id}/progress/status", Probe.of(Rule.PROGRESS));
    expect("POST /plans/{id}/progress/status", Probe.of(Rule.PROGRESS));
    expect("GET /plans/{id}/progress/commitments/{commitment}", Probe.of(Rule.READ_PLAN));
    expect("GET /plans/{id}/progress/commitments/{commitment}/change", Probe.of(Rule.PROGRESS));
    expect("POST /plans/{id}/progress/commitments/{commitment}/change", Probe.of(Rule.PROGRESS));
    expect("GET /plans/{id}/progress/commitments/{commitment}/remove", Probe.of(Rule.PROGRESS));
    expect("POST /plans/{id}/progress/commitments/{commitment}/remove", Probe.of(Rule.PROGRESS));
    expect(
        "GET /plans/{id}/progress/commitments/{commitment}/milestones/{milestone}/change",
        Probe.of(Rule.PROGRESS));
    expect(
        "POST /plans/{id}/progress/commitments/{commitment}/milestones/{milestone}/change",
        Probe.of(Rule.PROGRESS));
    expect(
        "GET /plans/{id}/progress/commitments/{commitment}/milestones/{milestone}/remove",
        Probe.of(Rule.PROGRESS));
    expect(
        "POST /plans/{id}/progress/commitments/{commitment}/milestones/{milestone}/remove",
        Probe.of(Rule.PROGRESS));
    expect("GET /plans/{id}/progress/performance", Probe.of(Rule.PROGRESS));
    expect("POST /plans/{id}/progress/performance", Probe.of(Rule.PROGRESS));
    // The row removed is the first of the first year's table (callWeb adds one and its query).
    expect("GET /plans/{id}/progress/performance/remove", Probe.of(Rule.PROGRESS));
    expect("POST /plans/{id}/progress/performance/remove", Probe.of(Rule.PROGRESS));
    expect("GET /plans/{id}/register", Probe.of(Rule.READ_PLAN));
    expect("POST /plans/{id}/register/start", Probe.of(Rule.REGISTER_START));
    expect("GET /plans/{id}/register/entries/{entry}", Probe.of(Rule.READ_PLAN));
    expect("GET /plans/{id}/register/entries/new", Probe.of(Rule.REGISTER));
    expect("POST /plans/{id}/register/entries/new", Probe.of(Rule.REGISTER));
    expect("GET /plans/{id}/register/entries/{entry}/review", Probe.of(Rule.REGISTER));
    expect("POST /plans/{id}/register/entries/{entry}/review", Probe.of(Rule.REGISTER));
    expect("GET /plans/{id}/register/entries/{entry}/mitigation", Probe.of(Rule.REGISTER));
    expect("POST /plans/{id}/register/entries/{entry}/mitigation", Probe.of(Rule.REGISTER));
    expect("GET /plans/{id}/register/entries/{entry}/escalate", Probe.of(Rule.REGISTER));
    expect("POST /plans/{id}/register/entries/{entry}/escalate", Probe.of(Rule.REGISTER));
    expect("POST /plans/{id}/register/entries/{entry}/close", Probe.of(Rule.REGISTER));
    expect("GET /plans/{id}/register/entries/{entry}/decide", Probe.of(Rule.REGISTER));
    expect("POST /plans/{id}/register/entries/{entry}/decide", Probe.of(Rule.REGISTER));
    expect(
        "POST /plans/{id}/register/entries/{entry}/mitigations/{mitigation}/done",
        Probe.of(Rule.REGISTER));
    expect("GET /plans/{id}/register/sign-off", Probe.of(Rule.REGISTER_SIGN));
    expect("POST /plans/{id}/register/sign-off", Probe.of(Rule.REGISTER_SIGN));
    expect("GET /plans/{id}/register/scale", Probe.of(Rule.REGISTER));
    expect("POST /plans/{id}/register/scale", Probe.of(Rule.REGISTER));
    expect("GET /plans/{id}/register/details", Probe.of(Rule.REGISTER));
    expect("POST /plans/{id}/register/details", Probe.of(Rule.REGISTER));
    // Workbooks uploaded: one as a plan's next version or a new plan, many for the national team.
    expect("PUT /api/v1/plans/{id}/workbook", Probe.of(Rule.EDIT));
    expect("POST /api/v1/workbooks/ingest", Probe.of(Rule.NATIONAL));
    expect("GET /api/v1/workbooks/ingest/{run}/{file}", Probe.of(Rule.NATIONAL));
    expect("GET /plans/{id}/workbook/upload", Probe.of(Rule.EDIT));
    expect("POST /plans/{id}/workbook/upload", Probe.of(Rule.EDIT));
    expect("GET /plans/new/workbook", Probe.of(Rule.SIGNED_IN));
    expect("POST /plans/new/workbook", Probe.of(Rule.CREATE));
    expect("GET /workbooks/ingest", Probe.of(Rule.NATIONAL));
    expect("POST /workbooks/ingest", Probe.of(Rule.NATIONAL));
    expect("GET /workbooks/ingest/{run}/{file}", Probe.of(Rule.NATIONAL));
  }

  private static final String WORKBOOK =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final bcf.workbook.PlanWorkbooks WORKBOOKS =
      new bcf.workbook.PlanWorkbooks(bcf.round.json.RoundCatalogue.load());

  private String ingestRun;

  /** The plan's workbook at its current version with a new title: an edit of its details. */
  private byte[] changedWorkbook(String id) {
    PlanView view = planService.view(Actor.SYSTEM, id);
    ObjectNode tree =
        (ObjectNode)
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(planService.write(view.plan()));
    tree.put("title", newDescription());
    return WORKBOOKS.filled(
        new bcf.plan.json.PlanDocumentReader().read(tree.toString()), view.version());
  }

  /** The plan's draft return's workbook at its current version with a new progress narrative. */
  private byte[] changedReturnWorkbook(String planId) {
    String id = returnOf(planId);
    ApiClient.Response now = api(ADMIN).get("/api/v1/returns/" + id);
    ObjectNode document = (ObjectNode) api(ADMIN).get("/api/v1/returns/" + id + "/document").json();
    document.putObject("narrative").put("progress", newDescription());
    return new bcf.workbook.ReturnWorkbooks(bcf.round.json.RoundCatalogue.load())
        .filled(document, Integer.parseInt(now.header("ETag").replace("\"", "")));
  }

  /** A workbook of a new Warwickshire plan (an id no plan has). */
  private byte[] newPlanWorkbook() {
    String id = SEED + "-book-" + edits.incrementAndGet() + "-" + System.nanoTime();
    return WORKBOOKS.filled(new bcf.plan.json.PlanDocumentReader().read(seedAs(SEED, id, false)));
  }

  /** A zip of one workbook, Warwickshire's. */
  private static byte[] ingestZip() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("warwickshire.xlsx"));
      zip.write(WORKBOOKS.filled(bcf.golden.Examples.plan(SEED)));
      zip.closeEntry();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The id of an ingest's kept result, made once by the admin. */
  private String ingestRun() {
    if (ingestRun == null) {
      ApiClient.Response made =
          api(ADMIN).postBytes("/api/v1/workbooks/ingest", "application/zip", ingestZip());
      assertThat(made.status()).as(made.body()).isEqualTo(200);
      ingestRun = made.json().get("id").asString();
    }
    return ingestRun;
  }

  private static void expect(String key, Probe... probes) {
    EXPECTATIONS.put(key, List.of(probes));
  }

  /** The lists of plans: what they show depends on the plan's state. */
  private static final Set<String> LISTS =
      Set.of("GET /api/v1/plans", "GET /api/v1/national", "GET /plans", "GET /national");

  /**
   * A caller and what it may do with Warwickshire's plan (region Midlands). {@code sees}: may see
   * its working version (a draft included).
   */
  record Caller(
      String label,
      String user,
      boolean sees,
      boolean edits,
      boolean signs,
      boolean assures,
      boolean national,
      boolean creates) {

    boolean anonymous() {
      return user == null;
    }
  }

  static final List<Caller> CALLERS =
      List.of(
          new Caller("anonymous", null, false, false, false, false, false, false),
          new Caller("editor", EDITOR, true, true, false, false, false, true),
          new Caller("signatory", SIGNATORY, true, false, true, false, false, false),
          new Caller("other HWB editor", OTHER_EDITOR, false, false, false, false, false, false),
          new Caller(
              "other HWB signatory", OTHER_SIGNATORY, false, false, false, false, false, false),
          new Caller("assurer", ASSURER, true, false, false, true, true, false),
          new Caller(
              "other region assurer", OTHER_ASSURER, false, false, false, false, true, false),
          new Caller("national assurer", NATIONAL_ASSURER, true, false, false, true, true, false),
          new Caller("admin", ADMIN, true, false, false, false, true, true));

  /** What a case expects: allowed, denied, or refused with a status and rule. */
  record Expected(Kind kind, int status, String rule) {
    enum Kind {
      ALLOWED,
      DENIED,
      REFUSED
    }

    static final Expected ALLOWED = new Expected(Kind.ALLOWED, 0, null);
    static final Expected DENIED = new Expected(Kind.DENIED, 0, null);

    static Expected when(boolean allowed) {
      return allowed ? ALLOWED : DENIED;
    }

    static Expected refused(String rule) {
      return new Expected(Kind.REFUSED, 409, rule);
    }

    @Override
    public String toString() {
      return kind == Kind.REFUSED ? "refused " + status + " " + rule : kind.name().toLowerCase();
    }
  }

  /** The product's rules: what this caller may do on this route with a plan in this state. */
  static Expected expect(Probe probe, Caller caller, State state, boolean page) {
    boolean visible = caller.sees() || state.published;
    return switch (probe.rule()) {
      case PUBLIC -> Expected.ALLOWED;
      case SIGNED_IN -> Expected.when(!caller.anonymous());
      case CREATE -> Expected.when(caller.creates());
      case NATIONAL -> Expected.when(caller.national());
      case READ_PLAN -> Expected.when(visible);
      case READ_CURRENT, READ_EARLIER_VERSION -> Expected.when(caller.sees());
      case EDIT -> {
        if (!caller.edits()) {
          yield Expected.DENIED;
        }
        // The API says why (409); the edit pages are not there for a plan that cannot be edited.
        yield state.editable()
            ? Expected.ALLOWED
            : page ? Expected.DENIED : Expected.refused("plan-not-editable");
      }
      case SIGN -> {
        if (!caller.signs()) {
          yield Expected.DENIED;
        }
        yield state == State.DRAFT ? Expected.ALLOWED : Expected.refused("sign-off-closed");
      }
      case MOVE -> {
        if (!probe.move().who.includes(caller)) {
          yield Expected.DENIED;
        }
        yield probe.move().from.contains(state)
            ? Expected.ALLOWED
            : Expected.refused("not-allowed-from-status");
      }
      case ACTUALS -> Expected.when(caller.edits());
      case USERS_ADMIN -> Expected.when(ADMIN.equals(caller.user()));
      case PROGRESS -> Expected.when(caller.edits());
      case REGISTER -> Expected.when(caller.edits());
      case REGISTER_SIGN -> Expected.when(caller.signs());
      case REGISTER_START -> caller.edits() ? Expected.refused("register-exists") : Expected.DENIED;
      case REGISTER_AS_SIGNED -> {
        if (!visible) {
          yield Expected.DENIED;
        }
        yield state == State.DRAFT
            ? new Expected(Expected.Kind.REFUSED, 404, "plan-not-signed")
            : Expected.ALLOWED;
      }
      case RETURN_START, RETURN_EDIT -> Expected.when(caller.edits());
      case RETURN_SIGN -> Expected.when(caller.signs());
      case MONITORING_TERMS -> Expected.when(caller.edits());
    };
  }

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mapping;

  @Autowired private PlanService planService;
  @Autowired private bcf.register.RegisterService registers;
  @Autowired private ActualsRepository actuals;
  @Autowired private bcf.progress.ProgressService progress;
  @Autowired private bcf.monitoring.MonitoringRepository monitoring;

  private final Map<String, WebClient> webClients = new HashMap<>();
  private final Map<String, String> csrfTokens = new HashMap<>();
  private final Map<State, String> shared = new EnumMap<>(State.class);
  private final AtomicInteger edits = new AtomicInteger();
  private Map<String, String> editForm;
  private JsonNode risksPart;

  /** "METHOD pattern" of every handler route of every controller in a bcf package. */
  private Set<String> routes() {
    Set<String> routes = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mapping.getHandlerMethods().entrySet()) {
      String pkg = entry.getValue().getBeanType().getPackageName();
      if (!pkg.equals("bcf") && !pkg.startsWith("bcf.")
          || org.springframework.boot.webmvc.error.ErrorController.class.isAssignableFrom(
              entry.getValue().getBeanType())) {
        continue; // the framework's own routes (springdoc's OpenAPI document, the error page)
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
        EXPECTATIONS.keySet().stream().filter(k -> !routes.contains(k)).sorted().toList();
    assertThat(missing).as("expectations without a route").isEmpty();
  }

  @TestFactory
  Stream<DynamicNode> everyRouteForEveryCallerInEveryState() {
    for (State state : State.values()) {
      shared.put(state, build(state, false));
    }
    risksPart =
        api(EDITOR).get("/api/v1/plans/" + shared.get(State.DRAFT) + "/parts/" + PART).json();
    String editPage = "/plans/" + shared.get(State.DRAFT) + "/edit/" + PART;
    WebClient.Page form = webClient(CALLERS.get(1)).get(editPage);
    assertThat(form.status()).as("the editor's edit page").isEqualTo(200);
    editForm = PlanEditPagesIT.formFields(form.body());
    assertThat(editForm).containsKeys("baseVersion", "/risks/0/description");

    List<String> routes =
        routes().stream().filter(EXPECTATIONS::containsKey).toList(); // others: the test above
    List<DynamicNode> nodes = new ArrayList<>();
    List<DynamicNode> withoutPlan = new ArrayList<>();
    for (String route : routes) {
      if (!planScoped(route) && !LISTS.contains(route)) {
        withoutPlan.add(cases(route, State.DRAFT));
      }
    }
    nodes.add(DynamicContainer.dynamicContainer("routes without a plan", withoutPlan));
    for (State state : State.values()) {
      List<DynamicNode> perRoute = new ArrayList<>();
      for (String route : routes) {
        if (planScoped(route) || LISTS.contains(route)) {
          perRoute.add(cases(route, state));
        }
      }
      nodes.add(
          DynamicContainer.dynamicContainer("a plan " + state.name().toLowerCase(), perRoute));
    }
    return nodes.stream();
  }

  private DynamicNode cases(String route, State state) {
    List<DynamicNode> cases = new ArrayList<>();
    boolean page = !pattern(route).startsWith("/api/");
    for (Probe probe : EXPECTATIONS.get(route)) {
      for (Caller caller : CALLERS) {
        Expected expected = expect(probe, caller, state, page);
        String name =
            route
                + probe.label()
                + " as "
                + caller.label()
                + " -> "
                + expected
                + " ("
                + probe.rule()
                + ")";
        cases.add(
            DynamicTest.dynamicTest(name, () -> check(route, probe, caller, state, expected)));
      }
    }
    return DynamicContainer.dynamicContainer(route, cases);
  }

  private static String method(String route) {
    return route.substring(0, route.indexOf(' '));
  }

  private static String pattern(String route) {
    return route.substring(route.indexOf(' ') + 1);
  }

  private static boolean planScoped(String route) {
    return route.contains("{id}");
  }

  /** What a write did to a plan: enough to tell that nothing happened. */
  record Snapshot(
      String status,
      String outcome,
      int version,
      Integer published,
      long signOffs,
      int transitions,
      int imports,
      int register,
      long registerSignOffs) {}

  private Snapshot snapshot(String id) {
    PlanRecord record = planService.view(Actor.SYSTEM, id).record();
    DocumentHistory history = planService.history(Actor.SYSTEM, id);
    return new Snapshot(
        record.status().code(),
        record.outcome() == null ? null : record.outcome().code(),
        record.currentVersion(),
        record.publishedVersion(),
        history.signOffs().stream().filter(DocumentHistory.SignOffEntry::valid).count(),
        history.transitions().size(),
        actuals.imports(id).size() + monitoring.imports(id).size(),
        registers.find(Actor.SYSTEM, id).map(r -> r.version()).orElse(0),
        registers.find(Actor.SYSTEM, id).isEmpty()
            ? 0
            : registers.signOffs(Actor.SYSTEM, id).stream()
                .filter(DocumentHistory.SignOffEntry::valid)
                .count());
  }

  private void check(String route, Probe probe, Caller caller, State state, Expected expected) {
    String method = method(route);
    String pattern = pattern(route);
    boolean write = !method.equals("GET");
    boolean planScoped = planScoped(route);
    // A write that will change the plan gets its own copy in the state; the shared ones stay put.
    boolean changes =
        expected.kind() == Expected.Kind.ALLOWED
            && write
            && planScoped
            && (probe.rule() == Rule.EDIT
                || probe.rule() == Rule.SIGN
                || probe.rule() == Rule.REGISTER_SIGN
                || probe.rule() == Rule.MOVE);
    String id = changes ? build(state, probe.move() == Move.AGREE) : shared.get(state);
    Snapshot before = write && planScoped ? snapshot(id) : null;
    String path =
        substitute(
            pattern.contains("{tokenId}")
                ? pattern.replace("{tokenId}", tokenOf(caller))
                : pattern.replace("{username}", accessTarget()),
            id,
            probe,
            before);
    boolean visible = caller.sees() || state.published;
    if (!pattern.startsWith("/api/")) {
      checkPage(method, pattern, path, id, probe, caller, expected, visible);
    } else {
      checkApi(method, pattern, path, id, probe, caller, expected, visible);
    }
    if (before != null) {
      Snapshot after = snapshot(id);
      if (expected.kind() != Expected.Kind.ALLOWED) {
        assertThat(after).as("nothing changed by a refused " + route).isEqualTo(before);
      } else {
        assertEffect(probe, state, before, after);
      }
    }
  }

  /** An allowed write did what it is for. */
  private static void assertEffect(Probe probe, State state, Snapshot before, Snapshot after) {
    switch (probe.rule()) {
      case EDIT -> {
        assertThat(after.version()).as("a new version").isEqualTo(before.version() + 1);
        // "An edit to an agreed or approved plan returns it to draft."
        assertThat(after.status()).as("status after an edit").isEqualTo("draft");
      }
      case SIGN -> assertThat(after.signOffs()).as("sign-offs").isEqualTo(before.signOffs() + 1);
      case MOVE -> {
        assertThat(after.status())
            .as("status after " + probe.move().code)
            .isEqualTo(probe.move().to);
        assertThat(after.transitions()).isEqualTo(before.transitions() + 1);
      }
      case ACTUALS -> assertThat(after.imports()).as("imports").isEqualTo(before.imports() + 1);
      // Progress is a document of its own: the plan, its sign-offs included, is untouched.
      case PROGRESS -> assertThat(after).as("the plan after recording progress").isEqualTo(before);
      case REGISTER ->
          assertThat(after.register()).as("register version").isEqualTo(before.register() + 1);
      // Signing the register leaves the plan and the register's content as they were.
      case REGISTER_SIGN ->
          assertThat(after)
              .as("one more sign-off of the register, nothing else")
              .isEqualTo(
                  new Snapshot(
                      before.status(),
                      before.outcome(),
                      before.version(),
                      before.published(),
                      before.signOffs(),
                      before.transitions(),
                      before.imports(),
                      before.register(),
                      before.registerSignOffs() + 1));
      // A return is its own document: starting, editing or signing one leaves the plan as it was.
      case RETURN_START, RETURN_EDIT, RETURN_SIGN ->
          assertThat(after).as("the plan, after a change to a return").isEqualTo(before);
      // Monitoring terms are stored beside the plan: the plan is untouched.
      case MONITORING_TERMS ->
          assertThat(after).as("the plan, after a change of terms").isEqualTo(before);
      default -> throw new AssertionError("no effect known for " + probe.rule() + " in " + state);
    }
  }

  private void checkApi(
      String method,
      String pattern,
      String path,
      String id,
      Probe probe,
      Caller caller,
      Expected expected,
      boolean visible) {
    ApiClient client = caller.anonymous() ? anonymous() : api(caller.user());
    ApiClient.Response response = callApi(client, method, pattern, path, id);
    String body = response.body();
    String what =
        method
            + " "
            + path
            + " as "
            + caller.label()
            + ": "
            + response.status()
            + " "
            + body.substring(0, Math.min(body.length(), 300));
    switch (expected.kind()) {
      case ALLOWED -> {
        int success =
            switch (method) {
              case "GET", "PUT" -> 200;
              case "DELETE" -> 204;
              default ->
                  pattern.endsWith("/sign-offs")
                          || pattern.endsWith("/actuals")
                          || pattern.endsWith("/monitoring/imports")
                          || pattern.equals("/api/v1/plans")
                          || pattern.equals("/api/v1/me/tokens")
                          || pattern.endsWith("/reviews")
                          || pattern.equals("/api/v1/plans/{id}/returns")
                      ? 201
                      : 200;
            };
        assertThat(response.status()).as(what).isEqualTo(success);
        if (LISTS.contains(method + " " + pattern)) {
          // The plan is listed exactly to those who may see it (on the national view: who
          // assures it, and admins).
          boolean listed = pattern.equals("/api/v1/national") ? caller.sees() : visible;
          assertThat(body.contains("\"" + id + "\""))
              .as("lists the plan: " + what)
              .isEqualTo(listed);
        }
      }
      case DENIED -> {
        int status;
        if (probe.rule() == Rule.READ_EARLIER_VERSION) {
          status = 404;
        } else if (caller.anonymous()) {
          status = method.equals("GET") && planScoped(pattern) && !visible ? 404 : 401;
        } else {
          status = planScoped(pattern) && !visible ? 404 : 403;
        }
        assertThat(response.status()).as(what).isEqualTo(status);
        if (status == 401) {
          assertThat(response.header("WWW-Authenticate")).as(what).startsWith("Basic");
        }
        assertThat(response.json().get("rule")).as(what).isNotNull();
      }
      case REFUSED -> {
        assertThat(response.status()).as(what).isEqualTo(expected.status());
        assertThat(response.json().get("rule").asString()).as(what).isEqualTo(expected.rule());
      }
    }
  }

  private void checkPage(
      String method,
      String pattern,
      String path,
      String id,
      Probe probe,
      Caller caller,
      Expected expected,
      boolean visible) {
    WebClient.Page page = callWeb(method, pattern, path, id, caller);
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
    boolean toLogin =
        page.status() >= 300
            && page.status() < 400
            && page.location() != null
            && page.location().endsWith("/login");
    switch (expected.kind()) {
      case ALLOWED -> {
        if (method.equals("GET") || pattern.startsWith("/tools/") || SHOWN_ONCE.contains(pattern)) {
          assertThat(page.status()).as(what).isEqualTo(200);
          assertThat(page.body()).as(what).doesNotContain("govuk-error-summary");
        } else {
          // A form that worked redirects to its success page.
          String success =
              switch (probe.rule()) {
                case EDIT ->
                    pattern.contains("/edit/schemes/")
                        ? "/plans/" + id + "/edit/schemes?"
                        : pattern.contains("/edit/metrics/")
                            ? "/plans/" + id + "/edit/metrics?"
                            : pattern.contains("/edit/finance/")
                                ? "/plans/" + id + "/edit/finance?saved="
                                : "/plans/" + id + "?saved";
                case SIGN -> "/plans/" + id + "/sign-off?done=signed";
                case MOVE -> "/plans/" + id + "/sign-off?done=" + probe.move().code;
                case ACTUALS ->
                    pattern.contains("/monitoring/")
                        ? "/plans/" + id + "/monitoring"
                        : "/plans/" + id + "/metrics";
                case PROGRESS -> "/plans/" + id + "/progress?saved=";
                case REGISTER -> "/plans/" + id + "/register";
                case REGISTER_SIGN -> "/plans/" + id + "/register?signed";
                case CREATE -> "?started=1";
                case SIGNED_IN -> "/account/tokens?revoked";
                case USERS_ADMIN -> "/admin/users/" + ACCESS_TARGET + "?done=";
                case RETURN_START -> "/returns/" + id + "-2015-16-q3?started";
                case MONITORING_TERMS -> "/plans/" + id + "/monitoring/terms?saved=";
                case RETURN_EDIT -> "?saved=narrative";
                case RETURN_SIGN -> "?done=sign-off";
                default -> throw new AssertionError("no success page known for " + pattern);
              };
          assertThat(page.status()).as(what).isIn(302, 303);
          assertThat(page.location()).as(what).contains(success);
        }
        if (LISTS.contains(method + " " + pattern)) {
          boolean listed = pattern.equals("/national") ? caller.sees() : visible;
          assertThat(page.body().contains("/plans/" + id + "\""))
              .as("lists the plan: " + what)
              .isEqualTo(listed);
        }
      }
      case DENIED -> {
        if (caller.anonymous()) {
          // Signed-out visitors are sent to sign in; a plan they may not see is not found.
          if (planScoped(pattern) && !visible) {
            assertThat(toLogin || page.status() == 404)
                .as("sign in, or not found: " + what)
                .isTrue();
          } else {
            assertThat(toLogin).as("sent to sign in: " + what).isTrue();
          }
        } else {
          assertThat(page.status()).as(what).isEqualTo(planScoped(pattern) && !visible ? 404 : 403);
        }
      }
      case REFUSED -> assertThat(page.status()).as(what).isEqualTo(expected.status());
    }
  }

  /**
   * A filled progress form with the session's CSRF token; a milestone or status needs a commitment,
   * added first by the editor.
   */
  private Map<String, String> progressForm(
      String pattern, String id, WebClient client, String path) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (pattern.contains("/progress/commitments/")) {
      progressMilestone(id);
    }
    var view = progress.view(Actor.SYSTEM, id);
    if (!pattern.endsWith("/commitment") && view.log().themes().isEmpty()) {
      WebClient editor = webClient(CALLERS.get(1));
      String form = "/plans/" + id + "/progress/commitment";
      WebClient.Page added =
          editor.post(
              form,
              Map.of(
                  "baseVersion", String.valueOf(view.version()),
                  "theme", "",
                  "newTheme", "Access check",
                  "name", "Commitment",
                  "scheme", "",
                  "aim", "access check"),
              form);
      assertThat(added.status()).as("the commitment added first").isEqualTo(302);
      view = progress.view(Actor.SYSTEM, id);
    }
    fields.put("baseVersion", String.valueOf(view.version()));
    if (pattern.endsWith("/commitment")) {
      fields.put("theme", "");
      fields.put("newTheme", "Access check " + System.nanoTime());
      fields.put("name", "Commitment");
      fields.put("scheme", "");
      fields.put("aim", newDescription());
    } else if (pattern.endsWith("/remove")) {
      // Asked and answered: the form carries only its version.
    } else if (pattern.contains("/milestones/")) {
      fields.put("what", newDescription());
      fields.put("due-day", "");
      fields.put("due-month", "9");
      fields.put("due-year", "2017");
    } else if (pattern.endsWith("/commitments/{commitment}/change")) {
      var theme = view.log().themes().get(0);
      fields.put("theme", theme.name());
      fields.put("newTheme", "");
      fields.put("name", theme.commitments().get(0).name());
      fields.put("scheme", "");
      fields.put("aim", newDescription());
    } else if (pattern.endsWith("/performance")) {
      fields.put("year", view.facts().years().get(0).toString());
      fields.put("metric", newDescription());
      fields.put("rag", "green");
      fields.put("growthUnit", "percent");
    } else if (pattern.endsWith("/milestone")) {
      fields.put("commitment", view.log().themes().get(0).commitments().get(0).id());
      fields.put("what", newDescription());
      fields.put("due-day", "");
      fields.put("due-month", "9");
      fields.put("due-year", "2017");
    } else {
      fields.put("commitment", view.log().themes().get(0).commitments().get(0).id());
      fields.put(
          "quarter", view.facts().years().get(0) + " Q" + (1 + (int) (System.nanoTime() % 4)));
      fields.put("rag", "amber");
      fields.put("reason", newDescription());
    }
    fields.put("_csrf", client.csrf("/login")); // the session's token serves every form
    return fields;
  }

  /** A row in the performance table of the plan's first year, added when missing; the year. */
  private String progressPerformanceRow(String id) {
    var view = progress.view(Actor.SYSTEM, id);
    String year = view.facts().years().get(0).toString();
    boolean has =
        view.log().performance().stream()
            .anyMatch(t -> t.year().toString().equals(year) && !t.rows().isEmpty());
    if (!has) {
      WebClient editor = webClient(CALLERS.get(1));
      String form = "/plans/" + id + "/progress/performance";
      WebClient.Page added =
          editor.post(
              form,
              Map.of(
                  "baseVersion", String.valueOf(view.version()),
                  "year", year,
                  "metric", "Access check",
                  "rag", "green",
                  "growthUnit", "percent"),
              form);
      assertThat(added.status()).as("the performance row added first").isEqualTo(302);
    }
    return year;
  }

  /**
   * The plan's first commitment with a milestone, added by the editor when missing, for the pages
   * of a commitment and its milestones (a probe before may have removed them).
   */
  private void progressMilestone(String id) {
    WebClient editor = webClient(CALLERS.get(1));
    var view = progress.view(Actor.SYSTEM, id);
    if (view.log().themes().isEmpty()) {
      String form = "/plans/" + id + "/progress/commitment";
      WebClient.Page added =
          editor.post(
              form,
              Map.of(
                  "baseVersion", String.valueOf(view.version()),
                  "theme", "",
                  "newTheme", "Access check",
                  "name", "Commitment",
                  "scheme", "",
                  "aim", "access check"),
              form);
      assertThat(added.status()).as("the commitment added first").isEqualTo(302);
      view = progress.view(Actor.SYSTEM, id);
    }
    if (view.log().themes().get(0).commitments().get(0).milestones().isEmpty()) {
      String form = "/plans/" + id + "/progress/milestone";
      WebClient.Page added =
          editor.post(
              form,
              Map.of(
                  "baseVersion", String.valueOf(view.version()),
                  "commitment", view.log().themes().get(0).commitments().get(0).id(),
                  "what", "Access check",
                  "due-day", "",
                  "due-month", "9",
                  "due-year", "2017",
                  "done-day", "",
                  "done-month", "",
                  "done-year", ""),
              form);
      assertThat(added.status()).as("the milestone added first").isEqualTo(302);
    }
  }

  /** A progress log for the plan, different each time so that a save makes a version. */
  private static String progressLog(String id) {
    return "{\"documentVersion\": 1, \"id\": \"x\", \"plan\": \""
        + id
        + "\", \"title\": \"Progress\", \"themes\": [{\"name\": \"Integrated Care\","
        + " \"commitments\": [{\"name\": \"HomeFirst\", \"aim\": \"access check "
        + System.nanoTime()
        + "\"}]}], \"performance\": []}";
  }

  private String substitute(String pattern, String id, Probe probe, Snapshot before) {
    String version = probe.version();
    if ("current".equals(version)) {
      version = String.valueOf(planService.view(Actor.SYSTEM, id).record().currentVersion());
    }
    // A commitment and a milestone are addressed by the ids bcf gave them.
    String commitment = "none";
    String milestone = "none";
    if (pattern.contains("{commitment}")) {
      progressMilestone(id);
      var first = progress.view(Actor.SYSTEM, id).log().themes().get(0).commitments().get(0);
      commitment = first.id();
      milestone = first.milestones().get(0).id();
    }
    String path =
        (pattern.startsWith("/api/v1/returns/") || pattern.startsWith("/returns/")
                ? pattern.replace("{id}", returnOf(id))
                : pattern)
            .replace("{id}", id)
            .replace("{returnSection}", "narrative")
            .replace("{returnAction}", "sign-off")
            .replace("{part}", PART)
            .replace("{action}", probe.move() == null ? "agree" : probe.move().code)
            .replace("{version}", version == null ? "1" : version)
            .replace("{hwb}", "warwickshire")
            .replace("{metric}", "permanent-admissions-65")
            .replace("{scheme}", "1")
            .replace("{ambition}", "1")
            .replace("{section}", "pooled-budget")
            .replace("{entry}", "risk-1")
            .replace("{registerPart}", "entries")
            .replace("{commitment}", commitment)
            .replace("{milestone}", milestone)
            .replace("{mitigation}", String.valueOf(firstMitigationNotDone(id)))
            .replace("{run}", pattern.contains("{run}") ? ingestRun() : "")
            .replace("{file}", "report.csv");
    assertThat(path).as("all path variables substituted").doesNotContain("{");
    return probe.query().isEmpty() ? path : path + "?" + probe.query();
  }

  private final Map<String, String> returns = new HashMap<>();

  /** The plan's draft return for quarter 1 of 2015-16, started by its editor when first asked. */
  private String returnOf(String planId) {
    return returns.computeIfAbsent(
        planId,
        plan -> {
          ApiClient.Response started =
              api(EDITOR)
                  .post(
                      "/api/v1/plans/" + plan + "/returns",
                      "{\"year\":\"2015-16\",\"quarter\":\"Q1\"}");
          assertThat(started.status()).as("a return to probe: " + started.body()).isEqualTo(201);
          return started.json().path("id").asString();
        });
  }

  private ApiClient.Response callApi(
      ApiClient client, String method, String pattern, String path, String id) {
    if (method.equals("GET")) {
      return client.get(path);
    }
    if (method.equals("DELETE")) {
      return client.send("DELETE", path, null);
    }
    if (pattern.equals("/api/v1/me/tokens")) {
      return client.post(path, "{\"name\":\"access check\",\"expiresInDays\":30}");
    }
    if (pattern.endsWith("/monitoring/terms")) {
      return client.put(path, "{\"carryForward\":[]}", "\"" + termsVersion(id) + "\"");
    }
    if (pattern.endsWith("/progress")) {
      String version = client.get(path).header("ETag");
      return client.put(path, progressLog(id), version == null ? "\"0\"" : version);
    }
    if (pattern.contains("/register")) {
      return callRegisterApi(client, method, pattern, path, id);
    }
    if (pattern.equals("/api/v1/plans/{id}/returns")) {
      return client.post(path, "{\"year\":\"2015-16\",\"quarter\":\"Q2\"}");
    }
    if (pattern.equals("/api/v1/returns/{id}/workbook")) {
      return client.putBytes(path, WORKBOOK, changedReturnWorkbook(id));
    }
    if (pattern.startsWith("/api/v1/returns/") && method.equals("PUT")) {
      String version = api(ADMIN).get("/api/v1/returns/" + returnOf(id)).header("ETag");
      return client.put(path, "{\"progress\":\"" + newDescription() + "\"}", version);
    }
    if (pattern.startsWith("/api/v1/returns/") && pattern.contains("/workflow/")) {
      return client.post(path, "{\"hwb\":\"warwickshire\"}");
    }
    if (pattern.equals("/api/v1/plans/{id}/workbook")) {
      return client.putBytes(path, WORKBOOK, changedWorkbook(id));
    }
    if (pattern.equals("/api/v1/workbooks/ingest")) {
      return client.postBytes(path, "application/zip", ingestZip());
    }
    if (method.equals("PUT")) {
      ObjectNode body = (ObjectNode) risksPart.deepCopy();
      ((ObjectNode) body.get("risks").get(0)).put("description", newDescription());
      return client.put(path, body.toString(), "\"" + currentVersion(id) + "\"");
    }
    if (pattern.equals("/api/v1/plans")) {
      return client.post(path, seedAs(SEED, SEED + "-access-" + System.nanoTime(), false));
    }
    if (pattern.endsWith("/sign-offs")) {
      RequiredSignatures.Required party = party(id);
      return client.post(
          path,
          "{\"party\":\""
              + party.party()
              + "\",\"role\":\""
              + party.role()
              + "\",\"name\":\"A Person\"}");
    }
    if (pattern.contains("/workflow/")) {
      return client.post(
          path,
          "{\"comment\":\"access check\",\"overrideReason\":\"access check: errors known\","
              + "\"outcome\":\"approved\"}");
    }
    if (pattern.endsWith("/monitoring/imports")) {
      return client.postCsv(path, MONITORING);
    }
    if (pattern.endsWith("/actuals")) {
      return client.postCsv(path, ACTUALS);
    }
    if (pattern.equals("/api/v1/metrics/compute")) {
      return client.postCsv(path, RATES);
    }
    if (pattern.startsWith("/api/v1/metrics/spc")) {
      return client.postCsv(path, SERIES);
    }
    throw new AssertionError("no request body known for " + method + " " + pattern);
  }

  /** The register's writes: an edit of its entries, a review, a start (the plan has one). */
  private ApiClient.Response callRegisterApi(
      ApiClient client, String method, String pattern, String path, String id) {
    String version = "\"" + registerVersion(id) + "\"";
    if (pattern.endsWith("/parts/{registerPart}")) {
      JsonNode document =
          tools.jackson.databind.json.JsonMapper.builder()
              .build()
              .readTree(registers.document(Actor.SYSTEM, id, null));
      ObjectNode body = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      body.set("entries", document.get("entries"));
      ((ObjectNode) body.get("entries").get(0)).put("owner", newDescription());
      return client.put(path, body.toString(), version);
    }
    if (pattern.endsWith("/sign-offs")) {
      RequiredSignatures.Required party =
          planService.view(Actor.SYSTEM, id).requiredSignatures().get(0);
      return client.post(
          path,
          "{\"party\":\""
              + party.party()
              + "\",\"role\":\""
              + party.role()
              + "\",\"name\":\"A Person\"}");
    }
    if (pattern.endsWith("/decision")) {
      return client.post(path, "{\"decision\":\"" + newDescription() + "\"}", version);
    }
    if (pattern.endsWith("/reviews")) {
      return client.post(
          path,
          "{\"date\":\"2015-01-01\",\"likelihood\":3,\"impact\":4,\"note\":\""
              + newDescription()
              + "\"}",
          version);
    }
    return client.post(path, "");
  }

  /** The version of the plan's monitoring terms, as the API gives it. */
  private String termsVersion(String id) {
    return api(ADMIN)
        .get("/api/v1/plans/" + id + "/monitoring/terms")
        .header("ETag")
        .replace("\"", "");
  }

  /** The first mitigation of the first entry not yet done (1 the first), for the done route. */
  private int firstMitigationNotDone(String id) {
    if (registers.find(Actor.SYSTEM, id).isEmpty()) {
      return 1;
    }
    List<bcf.register.model.Mitigation> mitigations =
        registers.view(Actor.SYSTEM, id).register().entries().get(0).mitigations();
    for (int n = 0; n < mitigations.size(); n++) {
      if (!Boolean.TRUE.equals(mitigations.get(n).done())) {
        return n + 1;
      }
    }
    return 1;
  }

  private int registerVersion(String id) {
    return registers.find(Actor.SYSTEM, id).map(r -> r.version()).orElse(0);
  }

  /** The register's forms, filled in as a person would. */
  private static Map<String, String> registerForm(String pattern, int version) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("baseVersion", String.valueOf(version));
    if (pattern.endsWith("/entries/new")) {
      fields.put("type", "risk");
      fields.put("title", "Access check " + System.nanoTime());
      fields.put("raised-day", "1");
      fields.put("raised-month", "1");
      fields.put("raised-year", "2015");
    } else if (pattern.endsWith("/review")) {
      fields.put("date-day", "1");
      fields.put("date-month", "1");
      fields.put("date-year", "2015");
      fields.put("rating-likelihood", "2");
      fields.put("rating-impact", "2");
      fields.put("note", "Access check " + System.nanoTime());
    } else if (pattern.endsWith("/mitigation")) {
      fields.put("action", "Access check " + System.nanoTime());
    } else if (pattern.endsWith("/decide")) {
      fields.put("decision", "Access check " + System.nanoTime());
    } else if (pattern.endsWith("/escalate")) {
      fields.put("to", "the programme board");
      fields.put("on-day", "1");
      fields.put("on-month", "1");
      fields.put("on-year", "2015");
      fields.put("reason", "Access check " + System.nanoTime());
    } else if (pattern.endsWith("/register/scale")) {
      fields.put("likelihood", "Rare\nUnlikely\nPossible\nLikely\nCertain " + System.nanoTime());
      fields.put("impact", "Negligible\nMinor\nModerate\nMajor\nCatastrophic");
      String[][] bands = {{"Low", "1", "4"}, {"Medium", "5", "9"}, {"High", "10", "14"}};
      for (int n = 0; n < bands.length; n++) {
        fields.put("band-" + n + "-label", bands[n][0]);
        fields.put("band-" + n + "-from", bands[n][1]);
        fields.put("band-" + n + "-to", bands[n][2]);
      }
      fields.put("band-3-label", "Very high");
      fields.put("band-3-from", "15");
      fields.put("band-3-to", "25");
      fields.put("threshold", "High");
      fields.put("categories", "Low\nMedium\nHigh");
      fields.put("categoryThreshold", "High");
    } else if (pattern.endsWith("/register/details")) {
      fields.put("title", "Access check " + System.nanoTime());
    }
    return fields;
  }

  private WebClient.Page callWeb(
      String method, String pattern, String path, String id, Caller caller) {
    WebClient client = webClient(caller);
    if (pattern.endsWith("/progress/performance/remove")) {
      path = path + "?year=" + progressPerformanceRow(id) + "&row=0";
    }
    if (method.equals("GET")) {
      if (pattern.contains("/progress/commitments/")) {
        progressMilestone(id);
      }
      return client.get(path);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    if (pattern.startsWith("/plans/{id}/progress/")) {
      return client.postRaw(path, progressForm(pattern, id, client, path));
    }
    if (pattern.endsWith("/register/sign-off")) {
      RequiredSignatures.Required party =
          planService.view(Actor.SYSTEM, id).requiredSignatures().get(0);
      fields.put("signature", party.party() + "|" + party.role());
      fields.put("name", "A Person");
    } else if (pattern.contains("/register/")) {
      fields.putAll(registerForm(pattern, registerVersion(id)));
    } else if (pattern.startsWith("/plans/{id}/monitoring/terms/")) {
      if (pattern.endsWith("/remove")) {
        // An agreement to remove.
        monitoring.saveTerms(
            id,
            "{\"riskShares\":[{\"name\":\"S75\",\"basis\":\"pro-rata\"}]}",
            "test",
            java.time.Instant.now());
        fields.put("n", "1");
      } else if (pattern.endsWith("/risk-share")) {
        fields.put("name", "Section 75 agreement");
        fields.put("basis", "pro-rata");
      } else if (pattern.endsWith("/achieved")) {
        fields.put("achieved-warwickshire", "100");
      }
      fields.put("baseVersion", termsVersion(id));
    } else if (pattern.equals("/plans/{id}/returns")) {
      fields.put("period", "2015-16|Q3");
    } else if (pattern.equals("/returns/{id}/sections/{returnSection}")) {
      String version = api(ADMIN).get("/api/v1/returns/" + returnOf(id)).header("ETag");
      fields.put("baseVersion", version.replace("\"", ""));
      fields.put("progress", newDescription());
    } else if (pattern.equals("/returns/{id}/actions/{returnAction}")) {
      // An edit takes a signed-off return back to draft, so that it may be signed again.
      String version = api(ADMIN).get("/api/v1/returns/" + returnOf(id)).header("ETag");
      api(EDITOR)
          .put(
              "/api/v1/returns/" + returnOf(id) + "/sections/narrative",
              "{\"progress\":\"" + newDescription() + "\"}",
              version);
      fields.put("hwb", "warwickshire");
    } else if (pattern.endsWith("/edit/{part}")) {
      fields.putAll(editForm);
      fields.put("baseVersion", String.valueOf(currentVersion(id)));
      fields.put("/risks/0/description", newDescription());
    } else if (pattern.endsWith("/edit/schemes/{scheme}")) {
      fields.put("baseVersion", String.valueOf(currentVersion(id)));
      fields.put("/schemes/0/name", newDescription());
    } else if (pattern.endsWith("/edit/metrics/{ambition}")) {
      fields.put("baseVersion", String.valueOf(currentVersion(id)));
      fields.put("/metrics/0/notes", newDescription());
    } else if (pattern.endsWith("/edit/metrics/{ambition}/remove")) {
      fields.put("baseVersion", String.valueOf(currentVersion(id)));
    } else if (pattern.endsWith("/edit/finance/{section}")) {
      fields.put("baseVersion", String.valueOf(currentVersion(id)));
      fields.put("/pooledBudget/arrangement", newDescription());
    } else if (pattern.endsWith("/edit/schemes/{scheme}/remove")) {
      fields.put("baseVersion", String.valueOf(currentVersion(id)));
    } else if (pattern.endsWith("/explain")) {
      fields.put("baseVersion", String.valueOf(currentVersion(id)));
      fields.put("rule", EXPLAINED);
      fields.put("text", newDescription());
    } else if (pattern.endsWith("/sign-off")) {
      RequiredSignatures.Required party = party(id);
      fields.put("party", party.party() + "|" + party.role());
      fields.put("name", "A Person");
    } else if (pattern.contains("/workflow/")) {
      fields.put("comment", "access check");
      fields.put("overrideReason", "access check: errors known");
      fields.put("outcome", "approved");
    } else if (pattern.endsWith("/monitoring/enter")) {
      fields.put("period", "2014-04");
      fields.put("kind", "actual");
      fields.put("amount-0", "1000");
    } else if (pattern.endsWith("/monitoring/imports")) {
      return client.upload(path, Map.of(), "file", "monitoring.csv", MONITORING, "/login");
    } else if (pattern.equals("/returns/{id}/workbook/upload")) {
      return client.upload(
          path, Map.of(), "file", "return.xlsx", changedReturnWorkbook(id), "/login");
    } else if (pattern.equals("/plans/{id}/workbook/upload")) {
      return client.upload(path, Map.of(), "file", "plan.xlsx", changedWorkbook(id), "/login");
    } else if (pattern.equals("/plans/new/workbook")) {
      return client.upload(path, Map.of(), "file", "plan.xlsx", newPlanWorkbook(), "/login");
    } else if (pattern.equals("/workbooks/ingest")) {
      return client.upload(path, Map.of(), "file", "plans.zip", ingestZip(), "/login");
    } else if (pattern.endsWith("/metrics/actuals")) {
      return client.upload(
          path, Map.of("hwb", "warwickshire"), "file", "actuals.csv", ACTUALS, "/login");
    } else if (pattern.equals("/tools/intervals")) {
      fields.put("metricType", "proportion");
      fields.put("csv", "numerator,denominator\n65,100\n");
      fields.put("confidence", "0.95");
    } else if (pattern.equals("/tools/spc")) {
      fields.put("csv", SERIES);
    } else if (pattern.equals("/plans/new")) {
      // A 2025-26 plan for Westminster (the editor edits it too), and Blackpool for the admin.
      fields.put("round", "2025-26");
      fields.put("hwb", ADMIN.equals(caller.user()) ? "E06000009" : "E09000033");
      fields.put("icb", "QWU");
      fields.put("from", "");
      fields.put("action", "start");
    } else if (pattern.equals("/account/tokens")) {
      fields.put("name", "access check");
      fields.put("expiresInDays", "30");
    } else if (pattern.equals("/admin/users/new")) {
      fields.put("username", "access.new." + edits.incrementAndGet() + "." + System.nanoTime());
      fields.put("fullName", "A New User");
      fields.put("roles", "admin");
    } else if (pattern.equals("/admin/users/{username}")) {
      fields.put("roles", "editor");
      fields.put("hwbs", "warwickshire");
    } else if (pattern.startsWith("/admin/users/{username}/") || pattern.endsWith("/revoke")) {
      // a button: no fields but the token
    } else {
      throw new AssertionError("no form known for " + method + " " + pattern);
    }
    fields.put("_csrf", csrfTokens.get(caller.label()));
    return client.postRaw(path, fields);
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
          // The session's token serves every form of the session.
          csrfTokens.put(label, client.csrf("/login"));
          return client;
        });
  }

  /** The user the admin pages' probes act on (disabled, enabled, changed, given a password). */
  private static final String ACCESS_TARGET = "access.target";

  /** The pages that answer a form with a secret shown once (200), not a redirect. */
  private static final Set<String> SHOWN_ONCE =
      Set.of(
          "/account/tokens",
          "/admin/users/new",
          "/admin/users/{username}/password",
          "/plans/{id}/workbook/upload", // the result: the version saved and what changed
          "/returns/{id}/workbook/upload", // the same for a return
          "/plans/new/workbook", // the result: the plan started and its findings
          "/workbooks/ingest"); // the report per file

  @Autowired private bcf.users.ApiTokens apiTokens;
  @Autowired private bcf.users.UserRepository userRepository;

  /** A token of the caller's to revoke (anonymous: any id, refused before it is looked at). */
  private String tokenOf(Caller caller) {
    return caller.anonymous()
        ? "1"
        : String.valueOf(apiTokens.create(caller.user(), "to revoke", 30).id());
  }

  private String accessTarget() {
    synchronized (AccessControlIT.class) {
      if (!userRepository.exists(ACCESS_TARGET)) {
        new bcf.users.UserAccounts(
                userRepository,
                new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4))
            .add(ACCESS_TARGET, "Access Target", PASSWORD, Set.of(bcf.access.Role.ADMIN), Set.of());
      }
    }
    return ACCESS_TARGET;
  }

  private String newDescription() {
    return "Reworded for the access check, " + edits.incrementAndGet();
  }

  private int currentVersion(String id) {
    return planService.view(Actor.SYSTEM, id).record().currentVersion();
  }

  /** A signature the plan still needs, or (when all are given) the first it needs. */
  private RequiredSignatures.Required party(String id) {
    PlanView view = planService.view(Actor.SYSTEM, id);
    List<RequiredSignatures.Required> missing = view.missingSignatures();
    return missing.isEmpty() ? view.requiredSignatures().get(0) : missing.get(0);
  }

  /**
   * A copy of the seed plan brought to a state through the workflow by the right users: edited once
   * (so that version 1 is an earlier version), signed by every partner (for a draft, when {@code
   * signed}), agreed, approved, submitted (with a reason: the seed has error findings) and assured.
   */
  private String build(State state, boolean signed) {
    String id = copyOfSeed(SEED);
    ApiClient editor = api(EDITOR);
    // Its risk register, started before the plan is signed (so that it has a version as signed).
    expectStatus(editor.post("/api/v1/plans/" + id + "/register", ""), 201);
    // Its first entry escalated, with mitigations to mark done: the decision and done routes.
    ObjectNode entries = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    entries.set("entries", editor.get("/api/v1/plans/" + id + "/register").json().get("entries"));
    ObjectNode first = (ObjectNode) entries.get("entries").get(0);
    first.put("status", "escalated");
    ObjectNode escalation = first.putObject("escalation");
    escalation.put("by", "Programme Manager");
    escalation.put("to", "the HWB Executive team");
    escalation.put("on", "2015-01-01");
    escalation.put("reason", "Access check");
    escalation.put("decided", false);
    tools.jackson.databind.node.ArrayNode mitigations = first.putArray("mitigations");
    for (int n = 1; n <= 4; n++) {
      mitigations.addObject().put("action", "Mitigation " + n);
    }
    expectStatus(
        editor.put("/api/v1/plans/" + id + "/register/parts/entries", entries.toString(), "\"1\""),
        200);
    JsonNode risks = editor.get("/api/v1/plans/" + id + "/parts/" + PART).json();
    ((ObjectNode) risks.get("risks").get(0)).put("description", "Reworded before sign-off");
    expectStatus(
        editor.put("/api/v1/plans/" + id + "/parts/" + PART, risks.toString(), "\"1\""), 200);
    if (state == State.DRAFT && !signed) {
      return verified(id, state);
    }
    for (RequiredSignatures.Required r : planService.view(Actor.SYSTEM, id).missingSignatures()) {
      expectStatus(
          api(signatoryFor("warwickshire", r.party()))
              .post(
                  "/api/v1/plans/" + id + "/sign-offs",
                  "{\"party\":\""
                      + r.party()
                      + "\",\"role\":\""
                      + r.role()
                      + "\",\"name\":\"Pat Partner\"}"),
          201);
    }
    if (state == State.DRAFT) {
      return verified(id, state);
    }
    move(editor, id, "agree", "{}");
    if (state == State.AGREED) {
      return verified(id, state);
    }
    move(api(SIGNATORY), id, "approve", "{}");
    if (state == State.APPROVED) {
      return verified(id, state);
    }
    move(editor, id, "submit", "{\"overrideReason\":\"The figures are being restated.\"}");
    if (state == State.SUBMITTED) {
      return verified(id, state);
    }
    String outcome = state == State.PUBLISHED ? "approved" : "not-approved";
    move(api(ASSURER), id, "assure", "{\"outcome\":\"" + outcome + "\"}");
    return verified(id, state);
  }

  private static void move(ApiClient client, String id, String action, String body) {
    expectStatus(client.post("/api/v1/plans/" + id + "/workflow/" + action, body), 200);
  }

  private static void expectStatus(ApiClient.Response response, int status) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
  }

  private String verified(String id, State state) {
    PlanRecord record = planService.view(Actor.SYSTEM, id).record();
    assertThat(record.status().code()).as("state of " + id).isEqualTo(state.status);
    assertThat(record.currentVersion()).as("version of " + id).isEqualTo(2);
    assertThat(record.publishedVersion())
        .as("published version of " + id)
        .isEqualTo(state.published ? 2 : null);
    return id;
  }
}
