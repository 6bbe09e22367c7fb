package bcf.planning;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.Role;
import bcf.access.SignInRequired;
import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.document.Change;
import bcf.document.DocumentHistory;
import bcf.document.DocumentPart;
import bcf.document.DocumentStore;
import bcf.document.EditConflict;
import bcf.document.JsonDiff;
import bcf.json.Json;
import bcf.plan.Hwb;
import bcf.plan.Plan;
import bcf.plan.PlanStarter;
import bcf.plan.json.PlanDocumentReader;
import bcf.plan.json.PlanDocumentWriter;
import bcf.reference.HwbDirectory;
import bcf.round.Round;
import bcf.validation.Severity;
import bcf.workflow.Outcome;
import bcf.workflow.PlanStatus;
import bcf.workflow.RequiredSignatures;
import bcf.workflow.Workflow;
import bcf.workflow.WorkflowAction;
import bcf.workflow.WorkflowRefused;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything people do with stored plans: list, read, create from a plan document, edit a part
 * (with conflict detection), sign off, move through the workflow, and read the history. Every
 * method checks the caller's access through {@link PlanAccess} before it does anything else.
 */
@Service
public class PlanService {

  private static final PlanKind KIND = PlanKind.PLAN;

  private final DocumentStore store;
  private final PlanAnalyser analyser;
  private final PlanCache cache;
  private final Clock clock;
  private final HwbDirectory directory;
  private final PlanDocumentReader reader = new PlanDocumentReader();
  private final PlanDocumentWriter writer = new PlanDocumentWriter();

  public PlanService(
      DocumentStore store,
      PlanAnalyser analyser,
      PlanCache cache,
      Clock clock,
      HwbDirectory directory) {
    this.store = store;
    this.analyser = analyser;
    this.cache = cache;
    this.clock = clock;
    this.directory = directory;
  }

  /** Which plans to list. Blank values do not filter. */
  public record Filter(String round, String hwb, String status) {
    public static final Filter NONE = new Filter(null, null, null);

    boolean accepts(PlanRecord plan) {
      return (blank(round) || round.equals(plan.round()))
          && (blank(hwb) || plan.hwbs().contains(hwb))
          && (blank(status) || status.equals(plan.status().code()));
    }
  }

  /** A plan in a list: its header, the version the caller sees, and that version's analysis. */
  public record Listing(PlanRecord record, int version, PlanAnalysis analysis) {
    public long errors() {
      return analysis.count(Severity.ERROR);
    }

    public long warnings() {
      return analysis.count(Severity.WARNING);
    }
  }

  @Transactional(readOnly = true)
  public List<Listing> list(Actor actor, Filter filter) {
    List<Listing> listings = new ArrayList<>();
    for (PlanRecord record : all()) {
      if (!filter.accepts(record)) {
        continue;
      }
      Optional<Integer> version = visibleVersion(actor, record);
      version.ifPresent(v -> listings.add(new Listing(record, v, analysis(record.id(), v))));
    }
    return listings;
  }

  @Transactional(readOnly = true)
  public PlanView view(Actor actor, String id) {
    PlanRecord record = visible(actor, id);
    int version = visibleVersion(actor, record).orElseThrow();
    return view(actor, record, version);
  }

  /** A given version; only those who see the current version may see earlier ones. */
  @Transactional(readOnly = true)
  public PlanView view(Actor actor, String id, int version) {
    PlanRecord record = visible(actor, id);
    if (!PlanAccess.readsCurrent(actor, record.facts())
        && !Integer.valueOf(version).equals(record.publishedVersion())) {
      throw new PlanningException.VersionNotFound(id, version);
    }
    if (version < 1 || version > record.currentVersion()) {
      throw new PlanningException.VersionNotFound(id, version);
    }
    return view(actor, record, version);
  }

  /** The canonical plan document of the version the caller sees (or the one asked for). */
  @Transactional(readOnly = true)
  public String document(Actor actor, String id, Integer version) {
    PlanView view = version == null ? view(actor, id) : view(actor, id, version);
    return writer.write(view.plan());
  }

  @Transactional(readOnly = true)
  public DocumentHistory history(Actor actor, String id) {
    PlanRecord record = visible(actor, id);
    requireCurrentReader(actor, record);
    return store.history(id);
  }

  /** The changes from version {@code from} to version {@code to}. */
  @Transactional(readOnly = true)
  public List<Change> diff(Actor actor, String id, int from, int to) {
    PlanRecord record = visible(actor, id);
    requireCurrentReader(actor, record);
    return JsonDiff.between(tree(record, from), tree(record, to));
  }

  /**
   * A version of the plan as its document tree, for those who see the current version (to name the
   * rows and fields of its changes in words).
   */
  @Transactional(readOnly = true)
  public ObjectNode tree(Actor actor, String id, int version) {
    PlanRecord record = visible(actor, id);
    requireCurrentReader(actor, record);
    return tree(record, version);
  }

  /** Creates a plan from a plan document, as version 1, in draft. */
  @Transactional
  public PlanRecord create(Actor actor, byte[] document, String note) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    return createChecked(actor, reader.read(document), note);
  }

  private PlanRecord createChecked(Actor actor, Plan plan, String note) {
    PlanId.check(plan.id());
    analyser.rounds().find(plan.round()).orElseThrow(() -> unknownRound(plan.round()));
    Set<String> hwbs = Set.copyOf(plan.hwbs().stream().map(Hwb::id).toList());
    if (!PlanAccess.creates(actor, hwbs)) {
      throw new PlanningException.AccessRefused(
          "You may add plans only for your own HWBs (" + String.join(", ", hwbs) + ").");
    }
    if (store.exists(plan.id())) {
      // Only those who may see the plan learn that it exists; to anyone else the id is refused
      // as any other refusal is, without a word about the plan that has it.
      boolean theirs =
          record(plan.id()).map(r -> PlanAccess.readsCurrent(actor, r.facts())).orElse(false);
      if (theirs) {
        throw new PlanningException.PlanExists(plan.id());
      }
      throw new PlanningException.AccessRefused(
          "You may not add a plan with the id '" + plan.id() + "'; choose another.");
    }
    if (!actor.has(Role.ADMIN)
        && hwbs.stream().noneMatch(h -> plan.id().contains(h.toLowerCase(Locale.ROOT)))) {
      throw new PlanningException.BadRequest(
          "A plan's id names one of its HWBs: '"
              + plan.id()
              + "' does not contain "
              + String.join(" or ", hwbs.stream().sorted().map(h -> "'" + h + "'").toList())
              + " (for example '"
              + hwbs.stream().sorted().findFirst().orElse("hwb")
              + "-"
              + plan.round()
              + "').");
    }
    // Publication is a workflow state: only an admin import (the public seed plans) keeps it.
    boolean publish = actor.has(Role.ADMIN) && plan.published();
    if (plan.published() && !publish) {
      ObjectNode tree = writer.toJson(plan);
      tree.put("published", false);
      return create(actor, reader.read(tree), note, false);
    }
    return create(actor, plan, note, publish);
  }

  /**
   * What to start a plan from: a round, the HWBs by ONS code (or a seed plan's short id), the ICBs
   * by ODS code, and optionally the id of an earlier plan of those HWBs to carry forward.
   */
  public record Start(String round, List<String> hwbs, List<String> icbs, String from) {
    public Start {
      hwbs = hwbs == null ? List.of() : List.copyOf(hwbs);
      icbs = icbs == null ? List.of() : List.copyOf(icbs);
    }
  }

  /**
   * Starts a plan, as version 1 in draft, blank from the round or carried forward from an earlier
   * plan ({@link PlanStarter}). The caller edits every HWB named (or is an admin); an HWB that has
   * a plan for the round already is refused, and so is a plan to carry forward they cannot see.
   */
  @Transactional
  public PlanRecord start(Actor actor, Start start) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    Round round = startRound(start.round());
    List<HwbDirectory.HwbEntry> hwbs = startHwbs(start.hwbs());
    Set<String> ids = new LinkedHashSet<>(hwbs.stream().map(HwbDirectory.HwbEntry::id).toList());
    if (!PlanAccess.creates(actor, ids)) {
      throw new PlanningException.AccessRefused(
          "You may start plans only for the HWBs you edit ("
              + String.join(", ", hwbs.stream().map(HwbDirectory.HwbEntry::name).toList())
              + " named).");
    }
    List<PlanStarter.IcbFacts> icbs = startIcbs(start.icbs());
    for (PlanRecord existing : all()) {
      if (existing.round().equals(round.id())
          && existing.hwbs().stream().anyMatch(ids::contains)
          && PlanAccess.readsCurrent(actor, existing.facts())) {
        String name =
            hwbs.stream()
                .filter(h -> existing.hwbs().contains(h.id()))
                .map(HwbDirectory.HwbEntry::name)
                .findFirst()
                .orElseThrow();
        throw StartRefused.planExists(name, round.name(), existing.title());
      }
    }
    List<PlanStarter.HwbFacts> facts = facts(hwbs);
    if (blank(start.from())) {
      Plan plan = PlanStarter.blank(round, facts, icbs);
      return createChecked(actor, plan, "Started blank from the round " + round.name());
    }
    PlanRecord from =
        record(start.from().strip())
            .filter(r -> PlanAccess.reads(actor, r.facts()))
            .orElseThrow(() -> StartRefused.unknownFrom(start.from()));
    if (from.hwbs().stream().noneMatch(ids::contains)) {
      throw StartRefused.fromOtherHwbs(start.from());
    }
    int version = visibleVersion(actor, from).orElseThrow();
    Plan previous = analysis(from.id(), version).plan();
    Plan plan = PlanStarter.carriedForward(round, facts, icbs, previous);
    return createChecked(
        actor,
        plan,
        "Carried forward from \"" + from.title() + "\" (" + from.round() + "), version " + version);
  }

  /** The plan document as stored and as {@code bcf format} writes it. */
  public String write(Plan plan) {
    return writer.write(plan);
  }

  /** The HWBs a caller may start plans for: an admin any in England, an editor their own. */
  @Transactional(readOnly = true)
  public List<HwbDirectory.HwbEntry> startableHwbs(Actor actor) {
    return directory.hwbs().stream()
        .filter(h -> PlanAccess.creates(actor, Set.of(h.id())))
        .toList();
  }

  /** England's integrated care boards, by name. */
  @Transactional(readOnly = true)
  public List<HwbDirectory.IcbEntry> icbs() {
    return directory.icbs();
  }

  private Round startRound(String roundId) {
    return PlanStart.round(analyser.rounds(), roundId);
  }

  private List<HwbDirectory.HwbEntry> startHwbs(List<String> codes) {
    return PlanStart.hwbs(codes, directory::hwb);
  }

  private List<PlanStarter.IcbFacts> startIcbs(List<String> codes) {
    return PlanStart.icbs(codes, directory.icbs());
  }

  private static List<PlanStarter.HwbFacts> facts(List<HwbDirectory.HwbEntry> hwbs) {
    return hwbs.stream().map(h -> new PlanStarter.HwbFacts(h.id(), h.name(), h.region())).toList();
  }

  private PlanRecord create(Actor actor, Plan plan, String note, boolean publish) {
    store.create(
        KIND,
        plan.id(),
        plan.round(),
        title(plan),
        PlanStatus.DRAFT.code(),
        plan.hwbs(),
        readable(plan),
        actor.auditName(),
        note,
        clock.instant(),
        publish);
    // The plan is in memory: analyse it now rather than read back what was just written.
    cache.analysis(plan.id(), 1, () -> analyser.analyse(plan));
    return record(plan.id()).orElseThrow();
  }

  /**
   * The text to store for a plan, read back through the reader first: a document the reader would
   * refuse is never stored, so nothing saved can poison the lists and views that read it later.
   */
  private String readable(Plan plan) {
    return readable(writer.toJson(plan));
  }

  private String readable(ObjectNode canonical) {
    String text = Json.write(canonical);
    try {
      reader.read(text);
    } catch (RuntimeException e) {
      throw new PlanningException.BadRequest(
          "The plan could not be saved: as it would be stored it does not read back ("
              + e.getMessage()
              + "). Nothing was saved.");
    }
    return text;
  }

  /** Whether a document of any kind has this id. */
  public boolean exists(String id) {
    return store.exists(id);
  }

  /** A plan's header, whoever asks: for services that make their own access decision. */
  public Optional<PlanRecord> record(String id) {
    return store.find(KIND, id).map(PlanRecord::of);
  }

  /** A plan's header with its row locked until the transaction ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<PlanRecord> lockRecord(String id) {
    return store.lock(KIND, id).map(PlanRecord::of);
  }

  /** The result of a save: the version now current and its analysis. */
  public record Saved(
      PlanRecord record, int version, List<Change> changes, PlanAnalysis analysis) {}

  /**
   * Replaces one part of the plan. {@code content} holds the part's top-level fields (a field left
   * out is removed). Refused with {@link EditConflict} when someone else changed the same part
   * after {@code baseVersion}; changes to other parts since then are kept.
   */
  @Transactional
  public Saved updatePart(
      Actor actor, String id, PlanPart part, Integer baseVersion, ObjectNode content) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanRecord record = lockVisible(actor, id);
    if (!PlanAccess.edits(actor, record.facts())) {
      throw new PlanningException.AccessRefused("You may not edit this plan.");
    }
    if (!record.status().editable()) {
      throw new PlanningException.PlanNotEditable(id, record.status().label().toLowerCase());
    }
    if (baseVersion == null) {
      throw new PlanningException.VersionRequired();
    }
    if (baseVersion < 1 || baseVersion > record.currentVersion()) {
      throw new PlanningException.VersionNotFound(id, baseVersion);
    }
    for (String field : content.propertyNames()) {
      if (!part.fields().contains(field)) {
        throw new PlanningException.BadRequest(
            "'"
                + field
                + "' is not part of "
                + part.label().toLowerCase()
                + " (its fields: "
                + String.join(", ", part.fields())
                + ").");
      }
    }
    int current = record.currentVersion();
    ObjectNode currentTree = tree(record, current);
    store.checkConflict(
        id, current, part, baseVersion, v -> v == current ? currentTree : tree(record, v));
    ObjectNode edited = currentTree.deepCopy();
    for (String field : part.fields()) {
      JsonNode value = content.get(field);
      if (value == null || value.isNull()) {
        edited.remove(field);
      } else {
        edited.set(field, value);
      }
    }
    Plan plan = reader.read(edited);
    if (part == PlanPart.DETAILS) {
      Set<String> before = Set.copyOf(record.hwbs());
      Set<String> after = Set.copyOf(plan.hwbs().stream().map(Hwb::id).toList());
      if (!before.equals(after) && !PlanAccess.changesHwbs(actor, before, after)) {
        throw new PlanningException.AccessRefused(
            "You may change which HWBs this plan belongs to only if you edit every one of them,"
                + " before the change and after it.");
      }
    }
    ObjectNode canonical = writer.toJson(plan);
    Instant now = clock.instant();
    DocumentStore.Saved saved =
        store.savePart(
            KIND,
            id,
            current,
            part,
            currentTree,
            canonical,
            readable(canonical),
            title(plan),
            actor.auditName(),
            now);
    if (saved.changes().isEmpty()) {
      return new Saved(record, current, List.of(), analysis(id, current));
    }
    return afterSave(actor, record, plan, part, part == PlanPart.DETAILS, saved, now);
  }

  /**
   * After a new version was saved: the plan's HWBs when they may have changed, its analysis, and
   * back to draft (recorded as a move) when it had been agreed or approved.
   */
  private Saved afterSave(
      Actor actor,
      PlanRecord record,
      Plan plan,
      DocumentPart part,
      boolean detailsChanged,
      DocumentStore.Saved saved,
      Instant now) {
    String id = record.id();
    int next = saved.version();
    if (detailsChanged) {
      store.setHwbs(id, plan.hwbs());
    }
    // The saved plan is in memory: analyse it once, for the answer and for later readers.
    PlanAnalysis analysis = cache.analysis(id, next, () -> analyser.analyse(plan));
    if (record.status() == PlanStatus.AGREED || record.status() == PlanStatus.APPROVED) {
      recordTransition(
          record,
          next,
          new Workflow.Transition(
              WorkflowAction.REOPEN,
              record.status(),
              PlanStatus.DRAFT,
              null,
              "Edited after sign-off ("
                  + part.label().toLowerCase()
                  + "); "
                  + saved.signOffsInvalidated()
                  + " sign-off(s) of earlier versions no longer count.",
              null),
          actor,
          now,
          record.publishedVersion());
    }
    PlanRecord after = record(id).orElseThrow();
    return new Saved(after, next, saved.changes(), analysis);
  }

  /** What an import of a whole plan did: the save, the version it started from, parts changed. */
  public record ImportedVersion(Saved saved, int baseVersion, List<PlanPart> parts) {}

  /**
   * Saves a whole plan, read from a filled workbook, as the next version, through the edit pages'
   * path: only an editor of the plan while it may be edited; the plan and round the workbook says
   * must be this plan's. The parts the workbook changes from {@code baseVersion} (the version it
   * was downloaded at) replace the current ones; the other parts stay as they are now, so edits
   * made since by others are kept. A part the workbook changes that someone else changed after
   * {@code baseVersion} is refused as a conflict ({@link EditConflict}), as an edit page's form is,
   * and nothing is saved.
   *
   * @param source what the plan was read from, for the version's note ("workbook.xlsx")
   */
  @Transactional
  public ImportedVersion importVersion(
      Actor actor, String id, Integer baseVersion, Plan imported, String source) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanRecord record = lockVisible(actor, id);
    if (!PlanAccess.edits(actor, record.facts())) {
      throw new PlanningException.AccessRefused("You may not edit this plan.");
    }
    if (!record.status().editable()) {
      throw new PlanningException.PlanNotEditable(id, record.status().label().toLowerCase());
    }
    if (!imported.id().equals(id)) {
      throw new PlanningException.BadRequest(
          "The workbook is of another plan (\""
              + title(imported)
              + "\"), not of \""
              + record.title()
              + "\": download this plan's workbook and copy the figures across. Nothing was"
              + " saved.");
    }
    if (!imported.round().equals(record.round())) {
      throw new PlanningException.BadRequest(
          "The workbook is for the "
              + imported.round()
              + " round, and this plan is of the "
              + record.round()
              + " round. Nothing was saved.");
    }
    if (baseVersion == null) {
      throw new PlanningException.VersionRequired();
    }
    if (baseVersion < 1 || baseVersion > record.currentVersion()) {
      throw new PlanningException.VersionNotFound(id, baseVersion);
    }
    int current = record.currentVersion();
    ObjectNode currentTree = tree(record, current);
    ObjectNode baseTree = baseVersion == current ? currentTree : tree(record, baseVersion);
    ObjectNode importedTree = writer.toJson(imported);
    List<Change> theirs = JsonDiff.between(baseTree, importedTree);
    List<PlanPart> parts =
        java.util.Arrays.stream(PlanPart.values())
            .filter(p -> theirs.stream().anyMatch(c -> p.contains(c.path())))
            .toList();
    ObjectNode edited =
        store.overlay(
            id,
            current,
            baseVersion,
            v -> v == current ? currentTree : v == baseVersion ? baseTree : tree(record, v),
            parts,
            importedTree);
    Plan plan = reader.read(edited);
    boolean details = parts.contains(PlanPart.DETAILS);
    if (details) {
      Set<String> before = Set.copyOf(record.hwbs());
      Set<String> after = Set.copyOf(plan.hwbs().stream().map(Hwb::id).toList());
      if (!before.equals(after) && !PlanAccess.changesHwbs(actor, before, after)) {
        throw new PlanningException.AccessRefused(
            "You may change which HWBs this plan belongs to only if you edit every one of them,"
                + " before the change and after it.");
      }
    }
    DocumentPart whole = bcf.document.WorkbookParts.of(parts, source);
    ObjectNode canonical = writer.toJson(plan);
    Instant now = clock.instant();
    DocumentStore.Saved saved =
        store.savePart(
            KIND,
            id,
            current,
            whole,
            currentTree,
            canonical,
            readable(canonical),
            title(plan),
            actor.auditName(),
            now);
    if (saved.changes().isEmpty()) {
      return new ImportedVersion(
          new Saved(record, current, List.of(), analysis(id, current)), baseVersion, parts);
    }
    return new ImportedVersion(
        afterSave(actor, record, plan, whole, details, saved, now), baseVersion, parts);
  }

  /**
   * Records a partner's sign-off of the current version: the person signing, the position (the
   * round's name for the role), when, and on whose behalf if not in person. Only a signature the
   * signatory's authorities cover ({@link PlanAccess#signsFor}).
   */
  @Transactional
  public DocumentHistory.SignOffEntry signOff(
      Actor actor, String id, String party, String role, String name, String onBehalfOf) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanRecord record = lockVisible(actor, id);
    if (!PlanAccess.signs(actor, record.facts())) {
      throw new PlanningException.AccessRefused("Only a signatory of this plan's HWB may sign.");
    }
    if (record.status() != PlanStatus.DRAFT) {
      throw new WorkflowRefused(
          "sign-off-closed",
          "Partners sign a draft; this plan is " + record.status().label().toLowerCase() + ".");
    }
    PlanView view = view(actor, record, record.currentVersion());
    RequiredSignatures.Required required =
        view.requiredSignatures().stream()
            .filter(r -> r.party().equals(party) && (blank(role) || r.role().equals(role)))
            .findFirst()
            .orElseThrow(
                () ->
                    new PlanningException.BadRequest(
                        "'" + party + "' is not a party whose signature this plan needs."));
    if (!PlanAccess.signsFor(actor, required.party(), required.partyName(), required.role())) {
      throw new PlanningException.NotYourSignature(
          "You may not sign for "
              + required.describe()
              + ": you sign only for the organisations and positions an administrator gave you.");
    }
    if (view.currentSignOffs().stream()
        .anyMatch(s -> s.party().equals(party) && s.role().equals(required.role()))) {
      throw new WorkflowRefused(
          "already-signed",
          required.describe() + " has already signed version " + record.currentVersion() + ".");
    }
    view.currentSignOffs().stream()
        .filter(s -> s.signedBy().equalsIgnoreCase(actor.auditName()))
        .findFirst()
        .ifPresent(
            mine -> {
              throw new WorkflowRefused(
                  "one-signature-each",
                  "You have already signed version "
                      + record.currentVersion()
                      + " for "
                      + mine.partyName()
                      + "; each partner signs with its own account.");
            });
    if (blank(name)) {
      throw new PlanningException.BadRequest("Enter the name of the person signing.");
    }
    DocumentHistory.SignOffEntry entry =
        new DocumentHistory.SignOffEntry(
            0,
            record.currentVersion(),
            required.party(),
            required.partyName(),
            required.role(),
            name.strip(),
            // The position signed in is the round's, not typed: what the signatory was given.
            required.roleName(),
            actor.auditName(),
            clock.instant(),
            null,
            null,
            blank(onBehalfOf) ? null : onBehalfOf.strip());
    store.signOff(id, entry);
    return entry;
  }

  /** Moves the plan through the workflow, or refuses with the rule that stops it. */
  @Transactional
  public PlanRecord act(Actor actor, String id, Workflow.Request request) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanRecord record = lockVisible(actor, id);
    WorkflowAction action = request.action();
    if (!PlanAccess.moves(actor, action.roles(), record.facts())) {
      throw new PlanningException.AccessRefused(
          "You may not \"" + action.label().toLowerCase() + "\" for this plan.");
    }
    PlanView view = view(actor, record, record.currentVersion());
    int errors = (int) view.analysis().count(Severity.ERROR);
    Workflow.State state =
        new Workflow.State(
            record.status(),
            record.currentVersion(),
            view.missingSignatures().stream().map(RequiredSignatures.Required::describe).toList(),
            errors);
    Workflow.Transition transition = Workflow.decide(state, request);
    Instant now = clock.instant();
    Integer published = record.publishedVersion();
    if (transition.action() == WorkflowAction.SUBMIT) {
      store.markSubmitted(id, record.currentVersion());
    }
    if (transition.action() == WorkflowAction.ASSURE
        && transition.outcome() != Outcome.NOT_APPROVED) {
      published = record.currentVersion();
    }
    recordTransition(record, record.currentVersion(), transition, actor, now, published);
    return record(id).orElseThrow();
  }

  /** The round with this id, or a refusal naming the rounds there are. */
  public Round round(String roundId) {
    return analyser.rounds().find(roundId).orElseThrow(() -> unknownRound(roundId));
  }

  /**
   * The current version of every stored plan that passes the filter, with its analysis, by title.
   * The caller decides who may see them.
   */
  @Transactional(readOnly = true)
  public List<Listing> currentListings(Predicate<PlanRecord> which) {
    return all().stream()
        .filter(which)
        .map(r -> new Listing(r, r.currentVersion(), analysis(r.id(), r.currentVersion())))
        .sorted(Comparator.comparing(l -> l.record().title()))
        .toList();
  }

  public List<Round> rounds() {
    return analyser.rounds().all();
  }

  /** The analysis of a stored version (versions never change, so it is cached). */
  public PlanAnalysis analysis(String id, int version) {
    return cache.analysis(
        id,
        version,
        () -> {
          String text =
              store
                  .content(id, version)
                  .orElseThrow(() -> new PlanningException.VersionNotFound(id, version));
          return analyser.analyse(reader.read(text));
        });
  }

  private PlanView view(Actor actor, PlanRecord record, int version) {
    PlanAnalysis analysis = analysis(record.id(), version);
    PlanAccess.PlanFacts facts = record.facts();
    boolean current = PlanAccess.readsCurrent(actor, facts);
    List<WorkflowAction> actions = new ArrayList<>();
    if (current) {
      for (WorkflowAction action : WorkflowAction.values()) {
        if (PlanAccess.moves(actor, action.roles(), facts) && action.allowedFrom(record.status())) {
          actions.add(action);
        }
      }
    }
    PlanView.Permissions can =
        new PlanView.Permissions(
            current,
            current && PlanAccess.edits(actor, facts) && record.status().editable(),
            current && PlanAccess.signs(actor, facts) && record.status() == PlanStatus.DRAFT,
            current && PlanAccess.assures(actor, facts),
            actions);
    List<DocumentHistory.SignOffEntry> stored = store.signOffs(record.id());
    List<DocumentHistory.SignOffEntry> signOffs =
        current
            ? stored.stream()
                .filter(s -> s.valid() && s.version() == record.currentVersion())
                .toList()
            : List.of();
    // The signatures recorded for the version shown decide its sign-off findings, as they decide
    // the workflow (one decision: RequiredSignatures.check), so an assured plan signed in bcf shows
    // no "has not signed" next to "4 of 4 signatures".
    List<RequiredSignatures.Recorded> recorded =
        stored.stream()
            .filter(s -> s.version() == version)
            .filter(s -> s.valid() || s.version() != record.currentVersion())
            .map(s -> new RequiredSignatures.Recorded(s.party(), s.role()))
            .toList();
    PlanAnalysis unsigned = analysis;
    analysis =
        cache.signed(
            record.id(),
            version,
            recorded,
            () -> analyser.withRecordedSignatures(unsigned, recorded));
    return new PlanView(
        record,
        version,
        analysis.plan(),
        analysis,
        can,
        RequiredSignatures.of(analysis.plan(), analysis.round()),
        signOffs);
  }

  /** Records a workflow move and sets the plan's state to where it leads. */
  private void recordTransition(
      PlanRecord record,
      int version,
      Workflow.Transition t,
      Actor actor,
      Instant at,
      Integer publishedVersion) {
    store.move(
        record.id(),
        new DocumentHistory.TransitionEntry(
            version,
            t.action().code(),
            t.from().code(),
            t.to().code(),
            t.outcome() == null ? null : t.outcome().code(),
            actor.auditName(),
            at,
            t.comment(),
            t.overrideReason()),
        t.to().code(),
        t.outcome() == null ? null : t.outcome().code(),
        publishedVersion,
        at);
  }

  private List<PlanRecord> all() {
    return store.findAll(KIND).stream().map(PlanRecord::of).toList();
  }

  /** Locks the plan's row for this transaction; a plan the caller may not see is not found. */
  private PlanRecord lockVisible(Actor actor, String id) {
    PlanRecord record = lockRecord(id).orElseThrow(() -> new PlanningException.PlanNotFound(id));
    if (!PlanAccess.reads(actor, record.facts())) {
      throw new PlanningException.PlanNotFound(id);
    }
    return record;
  }

  private PlanRecord visible(Actor actor, String id) {
    PlanRecord record = record(id).orElseThrow(() -> new PlanningException.PlanNotFound(id));
    if (!PlanAccess.reads(actor, record.facts())) {
      throw new PlanningException.PlanNotFound(id);
    }
    return record;
  }

  private static Optional<Integer> visibleVersion(Actor actor, PlanRecord record) {
    if (PlanAccess.readsCurrent(actor, record.facts())) {
      return Optional.of(record.currentVersion());
    }
    return Optional.ofNullable(record.publishedVersion());
  }

  private static void requireCurrentReader(Actor actor, PlanRecord record) {
    if (!PlanAccess.readsCurrent(actor, record.facts())) {
      if (actor.isAnonymous()) {
        throw new SignInRequired();
      }
      throw new PlanningException.AccessRefused(
          "The history of a plan is for its HWB, its assurers and admins.");
    }
  }

  private ObjectNode tree(PlanRecord record, int version) {
    if (version < 1 || version > record.currentVersion()) {
      throw new PlanningException.VersionNotFound(record.id(), version);
    }
    return writer.toJson(analysis(record.id(), version).plan());
  }

  private PlanningException unknownRound(String round) {
    return new PlanningException.BadRequest(
        "Unknown round '"
            + round
            + "' (known: "
            + String.join(", ", analyser.rounds().all().stream().map(Round::id).toList())
            + ").");
  }

  private static String title(Plan plan) {
    return plan.title() == null || plan.title().isBlank() ? plan.id() : plan.title();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
