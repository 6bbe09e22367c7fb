package bcf.returns.store;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.Role;
import bcf.document.DocumentHistory;
import bcf.document.DocumentPart;
import bcf.document.DocumentRecord;
import bcf.document.DocumentStore;
import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.plan.Hwb;
import bcf.plan.MetricAmbition;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import bcf.plan.Split;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.returns.QuarterlyReturn;
import bcf.returns.ReturnFindings;
import bcf.returns.ReturnKind;
import bcf.returns.ReturnPart;
import bcf.returns.ReturnRefusal;
import bcf.returns.ReturnRules;
import bcf.returns.ReturnStatus;
import bcf.returns.ReturnSummary;
import bcf.returns.ReturnWords;
import bcf.returns.json.ReturnDocumentReader;
import bcf.round.ReturnsDefinition.ReturnPeriod;
import bcf.round.Round;
import bcf.validation.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Returns kept as versioned documents of kind {@code return}, each linked to its plan. Who may read
 * or change a return is decided on its plan ({@link PlanAccess}): who reads the plan's working
 * version reads its returns; anyone reads the submitted and assured returns of a published plan;
 * its editors edit and submit, its signatories sign, an assurer of its region assures. A return
 * that breaks an error rule of its round or plan is never saved.
 */
@Service
public class ReturnService {

  private static final ReturnKind KIND = ReturnKind.RETURN;

  private final DocumentStore store;
  private final PlanService plans;
  private final Clock clock;

  private final bcf.document.ParsedVersions parsed;

  public ReturnService(
      DocumentStore store, bcf.document.ParsedVersions parsed, PlanService plans, Clock clock) {
    this.store = store;
    this.parsed = parsed;
    this.plans = plans;
    this.clock = clock;
  }

  /** A stored return as the caller may see it: header, content and what they may do with it. */
  public record ReturnView(
      DocumentRecord record,
      ReturnStatus status,
      String planId,
      String planTitle,
      QuarterlyReturn content,
      String json,
      ReturnFindings findings,
      ReturnSummary summary,
      Permissions may,
      Plan plan,
      Round round) {

    /** An HWB's name, from the plan. */
    public String hwbName(String hwb) {
      return hwb == null ? "All" : plan.hwb(hwb).map(Hwb::name).orElse(hwb);
    }

    /** A national condition's (or its part's) name, from the round. */
    public String conditionName(String condition, String subItem) {
      return round
          .condition(condition)
          .map(
              c ->
                  subItem == null
                      ? c.name()
                      : c.subItems().stream()
                          .filter(s -> s.code().equals(subItem))
                          .map(s -> s.name())
                          .findFirst()
                          .orElse(c.name()))
          .orElse(condition);
    }

    /** A metric's name, from the plan or else the round. */
    public String metricName(String metric) {
      return plan.metrics().stream()
          .filter(m -> metric.equals(m.metric()) && m.name() != null)
          .map(MetricAmbition::name)
          .findFirst()
          .or(() -> round.metric(metric).map(m -> m.name()))
          .orElse(metric);
    }
  }

  public record Permissions(boolean edit, boolean sign, boolean submit, boolean assure) {}

  /** A line of a plan's list of returns. */
  public record Listing(
      String id, String title, String period, String status, String statusLabel, int version) {}

  // --- reading ----------------------------------------------------------------------------

  /** A return as a plan's page and its monitoring page show it. */
  public record Shown(QuarterlyReturn content, ReturnStatus status) {}

  /**
   * The returns of a plan that the reader of {@code view} may see (drafts only for those who read
   * the plan's working version), earliest period first; the caller was allowed to read the plan.
   */
  @Transactional(readOnly = true)
  public List<Shown> shown(bcf.planning.PlanView view) {
    boolean current = view.can().readCurrent();
    boolean published = view.record().facts().published();
    return store.findForPlan(KIND, view.record().id()).stream()
        .filter(
            r ->
                current
                    || (published
                        && (status(r) == ReturnStatus.SUBMITTED
                            || status(r) == ReturnStatus.ASSURED)))
        .map(r -> new Shown(content(r), status(r)))
        .sorted(
            Comparator.comparing((Shown s) -> s.content().year())
                .thenComparing(s -> quarterOrder(s.content().quarter())))
        .toList();
  }

  /** Quarters in order, an end-of-year return after the fourth. */
  private static int quarterOrder(String quarter) {
    return quarter != null && quarter.matches("Q[1-4]") ? quarter.charAt(1) - '0' : 5;
  }

  @Transactional(readOnly = true)
  public List<Listing> list(Actor actor, String planId) {
    PlanRecord plan = visiblePlan(actor, planId);
    return store.findForPlan(KIND, planId).stream()
        .filter(r -> reads(actor, plan, status(r)))
        .map(
            r -> {
              QuarterlyReturn content = content(r);
              return new Listing(
                  r.id(),
                  r.title(),
                  ReturnWords.quarter(content.quarter()) + " " + content.year(),
                  status(r).code(),
                  status(r).label(),
                  r.currentVersion());
            })
        .sorted(Comparator.comparing(Listing::period))
        .toList();
  }

  @Transactional(readOnly = true)
  public ReturnView view(Actor actor, String id) {
    DocumentRecord record = store.find(KIND, id).orElseThrow(() -> notFound(id));
    String planId = store.planOf(id).orElseThrow(() -> notFound(id));
    PlanRecord plan = plans.record(planId).orElseThrow(() -> notFound(id));
    requireReader(actor, plan, record);
    return view(actor, record, plan);
  }

  /** The periods of the plan's round that have no return yet: the choices for a new one. */
  @Transactional(readOnly = true)
  public List<ReturnPeriod> openPeriods(Actor actor, String planId) {
    PlanRecord plan = visiblePlan(actor, planId);
    Round round = plans.round(plan.round());
    Set<String> taken =
        Set.copyOf(
            store.findForPlan(KIND, planId).stream()
                .map(this::content)
                .map(r -> r.year() + " " + r.quarter())
                .toList());
    return round.returns().periods().stream()
        .filter(p -> !taken.contains(p.year() + " " + p.quarter()))
        .toList();
  }

  @Transactional(readOnly = true)
  public DocumentHistory history(Actor actor, String id) {
    view(actor, id);
    return store.history(id);
  }

  // --- creating ---------------------------------------------------------------------------

  /** Starts the return of a plan for one of its round's quarters, pre-filled from the plan. */
  @Transactional
  public ReturnView start(Actor actor, String planId, String year, String quarter) {
    PlanRecord record = editablePlan(actor, planId);
    Plan plan = plans.view(actor, planId).plan();
    Round round = plans.round(plan.round());
    FinancialYear fy;
    try {
      fy = FinancialYear.parse(year);
    } catch (IllegalArgumentException e) {
      throw ReturnRefusal.badRequest("return-period", "year: " + e.getMessage());
    }
    ReturnPeriod period =
        round
            .returns()
            .period(fy, quarter)
            .orElseThrow(
                () ->
                    ReturnRefusal.badRequest(
                        ReturnRules.PERIOD,
                        ReturnWords.quarter(quarter)
                            + " "
                            + year
                            + " is not a return the "
                            + round.name()
                            + " round asks for."));
    ObjectNode doc = prefill(plan, period);
    return create(actor, record, plan, doc, "Started for " + period.name(), false);
  }

  /** Adds a whole return document (an import, or the demo seed) to its plan. */
  @Transactional
  public ReturnView importDocument(Actor actor, String planId, byte[] document) {
    PlanRecord record = editablePlan(actor, planId);
    return importChecked(actor, record, planId, document);
  }

  private ReturnView importChecked(Actor actor, PlanRecord record, String planId, byte[] document) {
    Plan plan = plans.view(actor, planId).plan();
    QuarterlyReturn ret = ReturnDocumentReader.read(document);
    if (!planId.equals(ret.plan())) {
      throw ReturnRefusal.badRequest(
          ReturnRules.PLAN,
          "The return is for the plan '" + ret.plan() + "', not this plan ('" + planId + "').");
    }
    ObjectNode tree =
        (ObjectNode) Json.read(new String(document, java.nio.charset.StandardCharsets.UTF_8));
    return create(actor, record, plan, tree, "Imported", false);
  }

  /**
   * A return already submitted elsewhere (the demo seed, or returns loaded for a stocktake), added
   * by an admin and recorded as submitted, as an admin's import of a published plan keeps it
   * published.
   */
  @Transactional
  public ReturnView loadSubmitted(Actor actor, String planId, byte[] document) {
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    if (!actor.has(Role.ADMIN)) {
      throw ReturnRefusal.forbidden("Only an admin loads returns submitted elsewhere.");
    }
    PlanRecord record =
        plans.record(planId).orElseThrow(() -> ReturnRefusal.notFound("plan " + planId));
    ReturnView created = importChecked(actor, record, planId, document);
    move(
        created.record(),
        ReturnStatus.DRAFT,
        ReturnStatus.SUBMITTED,
        "load",
        actor,
        "Loaded as submitted",
        clock.instant());
    return view(actor, store.find(KIND, created.record().id()).orElseThrow(), record);
  }

  private ReturnView create(
      Actor actor, PlanRecord record, Plan plan, ObjectNode doc, String note, boolean publish) {
    QuarterlyReturn ret = ReturnDocumentReader.read(doc);
    Round round = plans.round(plan.round());
    refuseErrors(ReturnRules.check(ret, round, Optional.of(plan)));
    if (store.exists(ret.id())) {
      throw ReturnRefusal.conflict(
          "return-exists", "There is already a document with the id '" + ret.id() + "'.");
    }
    boolean periodTaken =
        store.findForPlan(KIND, plan.id()).stream()
            .map(this::content)
            .anyMatch(r -> r.year().equals(ret.year()) && r.quarter().equals(ret.quarter()));
    if (periodTaken) {
      throw ReturnRefusal.conflict(
          "return-exists",
          "The plan already has a return for "
              + ReturnWords.quarter(ret.quarter())
              + " "
              + ret.year()
              + ".");
    }
    List<Hwb> hwbs = plan.hwbs().stream().filter(h -> ret.hwbs().contains(h.id())).toList();
    store.create(
        KIND,
        ret.id(),
        plan.round(),
        title(ret),
        ReturnStatus.DRAFT.code(),
        hwbs,
        Json.write(doc),
        actor.auditName(),
        note,
        clock.instant(),
        publish);
    store.linkToPlan(ret.id(), plan.id());
    DocumentRecord created = store.find(KIND, ret.id()).orElseThrow();
    return view(actor, created, record);
  }

  /**
   * A new return of a plan for one of its round's periods, pre-filled from the plan as the return
   * pages start one (its HWBs, metrics with their latest actuals, schemes with their plan for the
   * year); also the start of a return's workbook made from a plan.
   */
  public static ObjectNode prefill(Plan plan, ReturnPeriod period) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode doc = f.objectNode();
    doc.put("documentVersion", 1);
    doc.put("kind", "return");
    doc.put("id", returnId(plan.id(), period));
    doc.put("plan", plan.id());
    doc.put("round", plan.round());
    doc.put("year", period.year().toString());
    doc.put("quarter", period.quarter());
    doc.put("title", (plan.title() == null ? plan.id() : plan.title()) + ": " + period.name());
    doc.put("asAt", period.periodEnd().toString());
    ArrayNode hwbs = doc.putArray("hwbs");
    plan.hwbs().forEach(h -> hwbs.add(h.id()));
    ArrayNode metrics = doc.putArray("metrics");
    for (MetricAmbition metric : plan.metrics()) {
      ObjectNode row = metrics.addObject();
      if (metric.hwb() != null) {
        row.put("hwb", metric.hwb());
      }
      row.put("metric", metric.metric());
      metric.actuals().stream()
          .max(Comparator.comparing(o -> o.period().toString()))
          .ifPresent(
              latest -> {
                row.put("latestPeriod", latest.period().toString());
                if (latest.value() != null) {
                  row.put("latestActual", latest.value());
                }
              });
    }
    ObjectNode finance = doc.putObject("incomeAndExpenditure");
    ArrayNode spend = finance.putArray("expenditure");
    for (Scheme scheme : plan.schemes()) {
      ObjectNode line = spend.addObject();
      line.put("scheme", scheme.id());
      line.put("description", scheme.name());
      Split split = scheme.spend() == null ? null : scheme.spend().get(period.year());
      if (split != null) {
        split.amount().ifPresent(amount -> line.put("plan", amount.toPlain()));
      }
    }
    return doc;
  }

  static String returnId(String planId, ReturnPeriod period) {
    String quarter = period.quarter().toLowerCase(Locale.ROOT);
    return planId.endsWith(period.year().toString())
        ? planId + "-" + quarter
        : planId + "-" + period.year() + "-" + quarter;
  }

  // --- editing ----------------------------------------------------------------------------

  /** Saves one section, starting from {@code baseVersion}; refused whole when it breaks a rule. */
  @Transactional
  public ReturnView saveSection(
      Actor actor, String id, ReturnPart part, Integer baseVersion, JsonNode value) {
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    DocumentRecord record = store.lock(KIND, id).orElseThrow(() -> notFound(id));
    PlanRecord plan = planOf(actor, record);
    ReturnStatus status = status(record);
    if (part == ReturnPart.ASSURANCE) {
      throw ReturnRefusal.badRequest(
          "return-section", "The assurer's view is given by assuring the submitted return.");
    }
    if (!PlanAccess.edits(actor, plan.facts())) {
      throw notEditor();
    }
    refuseUnlessEditable(status);
    Saved saved = save(actor, record, plan, part, baseVersion, value);
    if (saved.changed()) {
      reopenIfSignedOff(actor, id, status, part.label().toLowerCase(Locale.UK), clock.instant());
    }
    return view(actor, store.find(KIND, id).orElseThrow(), plan);
  }

  private record Saved(boolean changed, int version) {}

  private Saved save(
      Actor actor,
      DocumentRecord record,
      PlanRecord planRecord,
      ReturnPart part,
      Integer baseVersion,
      JsonNode value) {
    if (baseVersion == null) {
      throw ReturnRefusal.versionRequired();
    }
    int current = record.currentVersion();
    if (baseVersion < 1 || baseVersion > current) {
      throw ReturnRefusal.notFound("version " + baseVersion + " of the return " + record.id());
    }
    ObjectNode currentTree = tree(record.id(), current);
    store.checkConflict(
        record.id(),
        current,
        part,
        baseVersion,
        v -> v == current ? currentTree : tree(record.id(), v));
    ObjectNode edited = currentTree.deepCopy();
    if (value == null || value.isNull()) {
      edited.remove(part.field());
    } else {
      edited.set(part.field(), value);
    }
    QuarterlyReturn ret = ReturnDocumentReader.read(edited);
    Plan plan = plans.view(Actor.SYSTEM, planRecord.id()).plan();
    refuseErrors(ReturnRules.check(ret, plans.round(plan.round()), Optional.of(plan)));
    DocumentStore.Saved saved =
        store.savePart(
            KIND,
            record.id(),
            current,
            part,
            currentTree,
            edited,
            Json.write(edited),
            title(ret),
            actor.auditName(),
            clock.instant());
    return new Saved(!saved.changes().isEmpty(), saved.version());
  }

  /**
   * What an import of a whole return did: the return as it is now, the version saved (the current
   * one when nothing changed), the version the import started from, the sections it changed, how
   * many values changed, and what it changed that no section holds (not saved), in words.
   */
  public record ImportedVersion(
      ReturnView view,
      int version,
      int baseVersion,
      List<ReturnPart> parts,
      int changes,
      List<String> notSaved) {}

  /** The fields a workbook may not change: who the return is (checked first) and its start. */
  private static final List<String> IDENTITY = List.of("id", "plan", "round", "year", "quarter");

  /**
   * Saves a whole return, read from a filled workbook, as the next version, through the sections'
   * path: only an editor of the plan while the return may be edited; the return, plan, round and
   * quarter the document says must be this return's. The sections it changes from {@code
   * baseVersion} (the version it was downloaded at) replace the current ones; the others stay as
   * they are now, so edits others made since are kept. A section it changes that someone else
   * changed after {@code baseVersion} is refused as a conflict, as a section's form is, and nothing
   * is saved. What no section's form edits (the title, position as at, HWBs, sign-offs, the
   * assurer's view) is not saved and is listed in words. A signed-off return goes back to draft.
   *
   * @param source what the return was read from, for the version's note ("return.xlsx")
   */
  @Transactional
  public ImportedVersion importVersion(
      Actor actor, String id, Integer baseVersion, ObjectNode imported, String source) {
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    DocumentRecord record = store.lock(KIND, id).orElseThrow(() -> notFound(id));
    PlanRecord plan = planOf(actor, record);
    ReturnStatus status = status(record);
    if (!PlanAccess.edits(actor, plan.facts())) {
      throw notEditor();
    }
    refuseUnlessEditable(status);
    int current = record.currentVersion();
    ObjectNode currentTree = tree(id, current);
    for (String field : IDENTITY) {
      String theirs = imported.path(field).asString("");
      String ours = currentTree.path(field).asString("");
      if (!theirs.equals(ours)) {
        throw ReturnRefusal.badRequest(
            "return-workbook",
            "The workbook is of "
                + (field.equals("id")
                    ? "another return ('" + theirs + "')"
                    : "another " + words(field) + " ('" + theirs + "', not '" + ours + "')")
                + ", not of this return: download this return's workbook and copy the figures"
                + " across. Nothing was saved.");
      }
    }
    if (baseVersion == null) {
      throw ReturnRefusal.versionRequired();
    }
    if (baseVersion < 1 || baseVersion > current) {
      throw ReturnRefusal.notFound("version " + baseVersion + " of the return " + id);
    }
    ObjectNode baseTree = baseVersion == current ? currentTree : tree(id, baseVersion);
    List<bcf.document.Change> changed = bcf.document.JsonDiff.between(baseTree, imported);
    List<ReturnPart> parts =
        java.util.Arrays.stream(ReturnPart.values())
            .filter(p -> p != ReturnPart.ASSURANCE)
            .filter(p -> changed.stream().anyMatch(c -> p.contains(c.path())))
            .toList();
    List<String> notSaved =
        changed.stream()
            .map(c -> topField(c.path()))
            .filter(f -> parts.stream().noneMatch(p -> p.fields().contains(f)))
            .distinct()
            .map(ReturnService::words)
            .toList();
    ObjectNode edited =
        store.overlay(
            id,
            current,
            baseVersion,
            v -> v == current ? currentTree : v == baseVersion ? baseTree : tree(id, v),
            parts,
            imported);
    if (parts.isEmpty()) {
      return new ImportedVersion(
          view(actor, record, plan), current, baseVersion, parts, 0, notSaved);
    }
    QuarterlyReturn ret = ReturnDocumentReader.read(edited);
    Plan planContent = plans.view(Actor.SYSTEM, plan.id()).plan();
    refuseErrors(
        ReturnRules.check(ret, plans.round(planContent.round()), Optional.of(planContent)));
    DocumentPart whole = bcf.document.WorkbookParts.of(parts, source);
    Instant now = clock.instant();
    DocumentStore.Saved saved =
        store.savePart(
            KIND,
            id,
            current,
            whole,
            currentTree,
            edited,
            Json.write(edited),
            title(ret),
            actor.auditName(),
            now);
    if (!saved.changes().isEmpty()) {
      reopenIfSignedOff(actor, id, status, "from the workbook " + source, now);
    }
    return new ImportedVersion(
        view(actor, store.find(KIND, id).orElseThrow(), plan),
        saved.version(),
        baseVersion,
        parts,
        saved.changes().size(),
        notSaved);
  }

  private static String topField(String pointer) {
    String trimmed = pointer.startsWith("/") ? pointer.substring(1) : pointer;
    int slash = trimmed.indexOf('/');
    return slash < 0 ? trimmed : trimmed.substring(0, slash);
  }

  /** A return's top-level field in words, for what a workbook may not change. */
  private static String words(String field) {
    return switch (field) {
      case "id" -> "return";
      case "plan" -> "plan";
      case "round" -> "round";
      case "year" -> "financial year";
      case "quarter" -> "quarter";
      case "title" -> "the title";
      case "asAt" -> "the position as at";
      case "source" -> "the source";
      case "hwbs" -> "the HWBs";
      case "signOffs" -> "the sign-offs";
      case "assurance" -> "the assurer's view";
      default -> "the other details";
    };
  }

  /**
   * The return as its editor may change it now: refused to who may not edit its plan's returns
   * (403), and for a return that can no longer be edited (409), before anything is read.
   */
  @Transactional(readOnly = true)
  public ReturnView editable(Actor actor, String id) {
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    ReturnView view = view(actor, id);
    if (!view.may().edit()) {
      // a return no one may edit now says so first, as its pages always have
      refuseUnlessEditable(view.status());
      throw notEditor();
    }
    return view;
  }

  private static ReturnRefusal notEditor() {
    return ReturnRefusal.forbidden("You may not edit the returns of this plan.");
  }

  private static void refuseUnlessEditable(ReturnStatus status) {
    if (!status.editable()) {
      throw ReturnRefusal.conflict(
          "return-not-editable",
          "The return is "
              + status.label().toLowerCase(Locale.UK)
              + " and can no longer be edited.");
    }
  }

  /** An edit of a signed-off return takes it back to draft: the sign-offs no longer count. */
  private void reopenIfSignedOff(
      Actor actor, String id, ReturnStatus status, String what, Instant at) {
    if (status == ReturnStatus.SIGNED_OFF) {
      move(
          store.find(KIND, id).orElseThrow(),
          status,
          ReturnStatus.DRAFT,
          "edit",
          actor,
          "Edited after sign-off (" + what + "); the sign-offs no longer count.",
          at);
    }
  }

  // --- workflow ---------------------------------------------------------------------------

  /**
   * Signs the return for one of its HWBs (a signatory of that HWB), submits it (an editor, once
   * every HWB has signed) or gives the assurer's view (an assurer of its region).
   */
  @Transactional
  public ReturnView act(
      Actor actor, String id, ReturnStatus.Action action, String hwb, String comment) {
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    DocumentRecord record = store.lock(KIND, id).orElseThrow(() -> notFound(id));
    PlanRecord plan = planOf(actor, record);
    ReturnStatus status = status(record);
    // Who may make the move is checked before whether it may be made now.
    refuseUnlessMay(actor, plan, action);
    if (!action.allowedFrom(status)) {
      throw ReturnRefusal.conflict(
          "return-workflow",
          "A return that is "
              + status.label().toLowerCase(Locale.UK)
              + " cannot be "
              + switch (action) {
                case SIGN_OFF -> "signed off";
                case SUBMIT -> "submitted";
                case ASSURE -> "assured";
              }
              + ".");
    }
    return actNow(actor, id, record, plan, status, action, hwb, comment);
  }

  /**
   * Refuses who may not make the move on this return at all (whatever its status), as {@link #act}
   * does: the page that confirms a move is refused as the move itself would be.
   */
  @Transactional(readOnly = true)
  public void refuseUnlessMay(Actor actor, String id, ReturnStatus.Action action) {
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    DocumentRecord record = store.find(KIND, id).orElseThrow(() -> notFound(id));
    refuseUnlessMay(actor, planOf(actor, record), action);
  }

  /** The valid sign-offs of the return's current version, for its page. */
  @Transactional(readOnly = true)
  public List<DocumentHistory.SignOffEntry> signOffs(Actor actor, String id) {
    view(actor, id);
    return store.signOffs(id).stream().filter(DocumentHistory.SignOffEntry::valid).toList();
  }

  private static void refuseUnlessMay(Actor actor, PlanRecord plan, ReturnStatus.Action action) {
    boolean may =
        switch (action) {
          case SIGN_OFF -> PlanAccess.signs(actor, plan.facts());
          case SUBMIT -> PlanAccess.edits(actor, plan.facts());
          case ASSURE -> PlanAccess.assures(actor, plan.facts());
        };
    if (!may) {
      throw ReturnRefusal.forbidden(
          switch (action) {
            case SIGN_OFF -> "Only a signatory of the plan's HWBs may sign its returns.";
            case SUBMIT -> "Only an editor of the plan may submit its returns.";
            case ASSURE ->
                "Only an NHS England assurer of the plan's region may assure its returns.";
          });
    }
  }

  private ReturnView actNow(
      Actor actor,
      String id,
      DocumentRecord record,
      PlanRecord plan,
      ReturnStatus status,
      ReturnStatus.Action action,
      String hwb,
      String comment) {
    Instant now = clock.instant();
    switch (action) {
      case SIGN_OFF -> signOff(actor, record, plan, hwb, now);
      case SUBMIT -> {
        if (!PlanAccess.edits(actor, plan.facts())) {
          throw ReturnRefusal.forbidden("Only an editor of the plan may submit its returns.");
        }
        ReturnView view = view(actor, record, plan);
        refuseErrors(view.findings());
        store.markSubmitted(id, record.currentVersion());
        move(record, status, ReturnStatus.SUBMITTED, "submit", actor, comment, now);
      }
      case ASSURE -> {
        if (!PlanAccess.assures(actor, plan.facts())) {
          throw ReturnRefusal.forbidden(
              "Only an NHS England assurer of the plan's region may assure its returns.");
        }
        if (comment == null || comment.isBlank()) {
          throw ReturnRefusal.badRequest("return-assurance", "Give the assurer's view.");
        }
        ObjectNode view = JsonNodeFactory.instance.objectNode();
        view.put("view", comment.strip());
        view.put("assurer", actor.displayName());
        view.put(
            "date",
            java.time.LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/London")).toString());
        save(actor, record, plan, ReturnPart.ASSURANCE, record.currentVersion(), view);
        DocumentRecord after = store.find(KIND, id).orElseThrow();
        move(after, status, ReturnStatus.ASSURED, "assure", actor, comment, now);
      }
      default -> throw new IllegalStateException(action.toString());
    }
    return view(actor, store.find(KIND, id).orElseThrow(), plan);
  }

  private void signOff(
      Actor actor, DocumentRecord record, PlanRecord plan, String hwb, Instant now) {
    if (!PlanAccess.signs(actor, plan.facts())) {
      throw ReturnRefusal.forbidden("Only a signatory of the plan's HWBs may sign its returns.");
    }
    if (hwb == null || !record.hwbs().contains(hwb)) {
      throw ReturnRefusal.badRequest(
          "return-sign-off",
          "Say which of the return's HWBs you sign for ("
              + String.join(", ", record.hwbs())
              + ").");
    }
    if (!actor.has(Role.ADMIN)
        && !PlanAccess.signs(
            actor, new PlanAccess.PlanFacts(Set.of(hwb), Set.copyOf(record.regions()), false))) {
      throw ReturnRefusal.forbidden("You may sign only for your own HWB's board.");
    }
    List<DocumentHistory.SignOffEntry> valid =
        store.signOffs(record.id()).stream().filter(DocumentHistory.SignOffEntry::valid).toList();
    if (valid.stream().anyMatch(s -> s.party().equals(hwb))) {
      throw ReturnRefusal.conflict(
          "return-sign-off", "The board of " + hwb + " has already signed this version.");
    }
    store.signOff(
        record.id(),
        new DocumentHistory.SignOffEntry(
            0,
            record.currentVersion(),
            hwb,
            hwb,
            "hwb",
            actor.displayName(),
            null,
            actor.auditName(),
            now,
            null,
            null,
            null));
    boolean all =
        record.hwbs().stream()
            .allMatch(h -> h.equals(hwb) || valid.stream().anyMatch(s -> s.party().equals(h)));
    if (all) {
      move(
          record,
          ReturnStatus.DRAFT,
          ReturnStatus.SIGNED_OFF,
          "sign-off",
          actor,
          "Signed off by every HWB's board",
          now);
    }
  }

  private void move(
      DocumentRecord record,
      ReturnStatus from,
      ReturnStatus to,
      String action,
      Actor actor,
      String comment,
      Instant at) {
    store.move(
        record.id(),
        new DocumentHistory.TransitionEntry(
            record.currentVersion(),
            action,
            from.code(),
            to.code(),
            null,
            actor.auditName(),
            at,
            comment,
            null),
        to.code(),
        null,
        record.publishedVersion(),
        at);
  }

  // --- helpers ----------------------------------------------------------------------------

  private ReturnView view(Actor actor, DocumentRecord record, PlanRecord plan) {
    String json = store.content(record.id(), record.currentVersion()).orElseThrow();
    QuarterlyReturn content = ReturnDocumentReader.read(json);
    Plan planContent = plans.view(Actor.SYSTEM, plan.id()).plan();
    Round round = plans.round(plan.round());
    ReturnStatus status = status(record);
    PlanAccess.PlanFacts facts = plan.facts();
    return new ReturnView(
        record,
        status,
        plan.id(),
        planContent.title() == null ? plan.id() : planContent.title(),
        content,
        json,
        ReturnRules.check(content, round, Optional.of(planContent)),
        ReturnSummary.of(content, round),
        new Permissions(
            status.editable() && PlanAccess.edits(actor, facts),
            status == ReturnStatus.DRAFT && PlanAccess.signs(actor, facts),
            status == ReturnStatus.SIGNED_OFF && PlanAccess.edits(actor, facts),
            status == ReturnStatus.SUBMITTED && PlanAccess.assures(actor, facts)),
        planContent,
        round);
  }

  private static void refuseErrors(ReturnFindings findings) {
    if (findings.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      throw ReturnRefusal.broken(findings.findings());
    }
  }

  private boolean reads(Actor actor, PlanRecord plan, ReturnStatus status) {
    return PlanAccess.readsCurrent(actor, plan.facts())
        || (plan.facts().published()
            && (status == ReturnStatus.SUBMITTED || status == ReturnStatus.ASSURED));
  }

  private PlanRecord visiblePlan(Actor actor, String planId) {
    PlanRecord plan =
        plans.record(planId).orElseThrow(() -> ReturnRefusal.notFound("plan " + planId));
    if (!PlanAccess.reads(actor, plan.facts())) {
      throw ReturnRefusal.notFound("plan " + planId);
    }
    return plan;
  }

  private PlanRecord editablePlan(Actor actor, String planId) {
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    PlanRecord plan = visiblePlan(actor, planId);
    if (!PlanAccess.edits(actor, plan.facts())) {
      throw ReturnRefusal.forbidden("Only an editor of the plan may start its returns.");
    }
    return plan;
  }

  private PlanRecord planOf(Actor actor, DocumentRecord record) {
    String planId = store.planOf(record.id()).orElseThrow(() -> notFound(record.id()));
    PlanRecord plan = plans.record(planId).orElseThrow(() -> notFound(record.id()));
    requireReader(actor, plan, record);
    return plan;
  }

  /**
   * Who may not see the plan is told the return does not exist; who sees the plan but not this
   * return (a draft of a published plan) is asked to sign in, or refused.
   */
  private void requireReader(Actor actor, PlanRecord plan, DocumentRecord record) {
    if (reads(actor, plan, status(record))) {
      return;
    }
    if (!PlanAccess.reads(actor, plan.facts())) {
      throw notFound(record.id());
    }
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    throw ReturnRefusal.forbidden(
        "Only the plan's HWBs and assurers see a return before it is submitted.");
  }

  private QuarterlyReturn content(DocumentRecord record) {
    return parsed.read(record.id(), record.currentVersion(), READER);
  }

  /** The one reading of a return's text, so that its kept readings are shared. */
  static final java.util.function.Function<String, QuarterlyReturn> READER =
      ReturnDocumentReader::read;

  private ObjectNode tree(String id, int version) {
    return (ObjectNode) Json.read(store.content(id, version).orElseThrow());
  }

  private static ReturnStatus status(DocumentRecord record) {
    return ReturnStatus.of(record.status()).orElse(ReturnStatus.DRAFT);
  }

  private static String title(QuarterlyReturn ret) {
    return ret.title() == null ? ret.id() : ret.title();
  }

  private static ReturnRefusal notFound(String id) {
    return ReturnRefusal.notFound("return " + id + " that you may see");
  }
}
