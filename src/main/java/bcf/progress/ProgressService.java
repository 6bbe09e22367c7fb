package bcf.progress;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.SignInRequired;
import bcf.document.DocumentRecord;
import bcf.document.DocumentStore;
import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.progress.json.ProgressJson;
import bcf.progress.log.Finding;
import bcf.progress.log.PlanFacts;
import bcf.progress.log.ProgressIds;
import bcf.progress.log.ProgressLog;
import bcf.progress.log.ProgressRules;
import bcf.round.Round;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A plan's progress log: read by whoever may read the plan (anyone, for a published plan), saved by
 * an editor of the plan's HWB whatever the plan's state, as a versioned document of its own linked
 * to the plan. The first save creates it. A save names the version it started from and is refused
 * when the log changed since; a log that breaks a rule is refused whole, so nothing is half-saved.
 */
@Service
public class ProgressService {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final PlanService plans;
  private final DocumentStore store;
  private final Clock clock;

  private final bcf.document.ParsedVersions parsed;

  public ProgressService(
      PlanService plans, DocumentStore store, bcf.document.ParsedVersions parsed, Clock clock) {
    this.plans = plans;
    this.store = store;
    this.parsed = parsed;
    this.clock = clock;
  }

  /**
   * A plan's log as its reader sees it: the version (0 before anything is recorded), the log, the
   * plan's facts the rules use, whether the reader may edit it, and the rules it breaks now.
   */
  public record ProgressView(
      PlanView plan,
      int version,
      ProgressLog log,
      PlanFacts facts,
      boolean canEdit,
      List<Finding> findings) {}

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), LONDON);
  }

  @Transactional(readOnly = true)
  public ProgressView view(Actor actor, String planId) {
    PlanView plan = plans.view(actor, planId); // refuses those who may not read the plan
    Optional<DocumentRecord> record =
        store.findForPlan(ProgressKind.PROGRESS, planId).stream().findFirst();
    ProgressLog log =
        record
            .map(r -> read(store.content(r.id(), r.currentVersion()).orElseThrow()))
            .orElseGet(() -> ProgressLog.empty(documentId(planId), planId, title(plan.plan())));
    PlanFacts facts = facts(plan.plan());
    return new ProgressView(
        plan,
        record.map(DocumentRecord::currentVersion).orElse(0),
        log,
        facts,
        PlanAccess.edits(actor, plan.record().facts()),
        ProgressRules.check(log, facts, today()));
  }

  /**
   * The log as an editor sees it before changing it: refused (sign in, not found, not allowed) for
   * anyone else, as a save would be.
   */
  @Transactional(readOnly = true)
  public ProgressView editable(Actor actor, String planId) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    ProgressView view = view(actor, planId);
    if (!view.canEdit()) {
      throw ProgressRefusal.notEditor();
    }
    return view;
  }

  /** What a save did: the version now current and whether anything changed. */
  public record Saved(String id, int version, boolean changed) {}

  /** Saves a whole log document (the API). */
  @Transactional
  public Saved save(Actor actor, String planId, Integer baseVersion, byte[] document) {
    // Read after the access checks: who may not save learns nothing of the document's problems.
    return update(actor, planId, baseVersion, current -> ProgressJson.read(document), true, false);
  }

  /**
   * Loads a log for a plan that has none, as bcf itself (the demo data at first start): no editor
   * needed, the same rules kept.
   */
  @Transactional
  public Saved load(String planId, byte[] document) {
    return update(Actor.SYSTEM, planId, 0, current -> ProgressJson.read(document), true, true);
  }

  /** Applies an edit to the current log (the pages' forms). */
  @Transactional
  public Saved edit(
      Actor actor, String planId, Integer baseVersion, UnaryOperator<ProgressLog> edit) {
    return update(actor, planId, baseVersion, edit, false, false);
  }

  private Saved update(
      Actor actor,
      String planId,
      Integer baseVersion,
      UnaryOperator<ProgressLog> edit,
      boolean wholeDocument,
      boolean bySystem) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanView plan = plans.view(actor, planId);
    if (!bySystem && !PlanAccess.edits(actor, plan.record().facts())) {
      throw ProgressRefusal.notEditor();
    }
    if (baseVersion == null) {
      throw ProgressRefusal.versionRequired();
    }
    String id = documentId(planId);
    Optional<DocumentRecord> record = store.lock(ProgressKind.PROGRESS, id);
    int current = record.map(DocumentRecord::currentVersion).orElse(0);
    if (baseVersion != current) {
      if (record.isPresent() && baseVersion >= 1 && baseVersion < current) {
        store.checkConflict(
            id, current, ProgressKind.Part.LOG, baseVersion, v -> tree(id, v)); // says what changed
      }
      throw ProgressRefusal.staleVersion(baseVersion, current);
    }
    ProgressLog before =
        record.isPresent()
            ? read(store.content(id, current).orElseThrow())
            : ProgressLog.empty(id, planId, title(plan.plan()));
    // New commitments and milestones get their ids here, whoever made them.
    ProgressLog after = ProgressIds.assign(edit.apply(before));
    if (wholeDocument && !planId.equals(after.plan())) {
      throw ProgressRefusal.otherPlan(after.plan(), planId);
    }
    // The id and the plan are the link's, not the document's to choose.
    after =
        new ProgressLog(
            id,
            planId,
            after.title(),
            after.source(),
            after.partial(),
            after.themes(),
            after.performance());
    List<Finding> findings = ProgressRules.check(after, facts(plan.plan()), today());
    if (!findings.isEmpty()) {
      throw ProgressRefusal.broken(findings);
    }
    String text = ProgressJson.write(after);
    if (record.isEmpty()) {
      try {
        create(plan, id, after, text, actor);
      } catch (org.springframework.dao.DataIntegrityViolationException e) {
        // Another first save of this plan's log committed while this one ran (both found no log
        // to lock): this transaction rolls back whole and the save is refused as a conflict.
        throw ProgressRefusal.startedMeanwhile();
      }
      store.linkToPlan(id, planId);
      return new Saved(id, 1, true);
    }
    DocumentStore.Saved saved =
        store.savePart(
            ProgressKind.PROGRESS,
            id,
            current,
            ProgressKind.Part.LOG,
            tree(id, current),
            ProgressJson.tree(after),
            text,
            after.title(),
            actor.auditName(),
            clock.instant());
    return new Saved(id, saved.version(), !saved.changes().isEmpty());
  }

  private void create(PlanView plan, String id, ProgressLog after, String text, Actor actor) {
    store.create(
        ProgressKind.PROGRESS,
        id,
        plan.record().round(),
        after.title(),
        ProgressKind.OPEN,
        plan.plan().hwbs(),
        text,
        actor.auditName(),
        "Progress log started",
        clock.instant(),
        false);
  }

  /**
   * A plan's kept log, for a caller that has already been allowed to read the plan (the plan's page
   * and its monitoring page), or none before anything is recorded.
   */
  @Transactional(readOnly = true)
  public Optional<ProgressLog> log(String planId) {
    return store.findForPlan(ProgressKind.PROGRESS, planId).stream()
        .findFirst()
        .map(r -> parsed.read(r.id(), r.currentVersion(), READER));
  }

  /** The one reading of a log's text, so that its kept readings are shared. */
  private static final java.util.function.Function<String, ProgressLog> READER =
      ProgressService::read;

  /** Whether a plan has a progress log yet. */
  @Transactional(readOnly = true)
  public boolean exists(String planId) {
    return !store.findForPlan(ProgressKind.PROGRESS, planId).isEmpty();
  }

  /** Whether the plan exists at all (for bcf itself, not a reader). */
  public boolean planExists(String planId) {
    return plans.exists(planId);
  }

  /** The id of a plan's log: one log per plan. */
  public static String documentId(String planId) {
    return planId + "-progress";
  }

  static String title(Plan plan) {
    return plan.title() + ": progress against aims";
  }

  /** The plan's years (its round's, when the plan names none itself) and its schemes' names. */
  PlanFacts facts(Plan plan) {
    List<FinancialYear> years =
        !plan.years().isEmpty()
            ? plan.years()
            : plans.rounds().stream()
                .filter(r -> r.id().equals(plan.round()))
                .findFirst()
                .map(Round::years)
                .orElse(List.of());
    return new PlanFacts(years, plan.schemes().stream().map(Scheme::name).toList());
  }

  private JsonNode tree(String id, int version) {
    return Json.read(store.content(id, version).orElseThrow());
  }

  private static ProgressLog read(String text) {
    return ProgressJson.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
