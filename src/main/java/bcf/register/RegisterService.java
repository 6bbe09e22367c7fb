package bcf.register;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.SignInRequired;
import bcf.document.Change;
import bcf.document.DocumentHistory;
import bcf.document.DocumentRecord;
import bcf.document.DocumentStore;
import bcf.json.Json;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.register.json.RegisterJson;
import bcf.register.model.ExceptionReport;
import bcf.register.model.Finding;
import bcf.register.model.HeatMap;
import bcf.register.model.Register;
import bcf.register.model.RegisterRules;
import bcf.register.model.RegisterStarter;
import bcf.register.model.Scale;
import bcf.round.json.RoundCatalogue;
import bcf.workflow.RequiredSignatures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan's risk register: started from the plan's risks or from a register document, read by
 * whoever may read the plan, changed by whoever may edit it, one part at a time with the version
 * the change started from (a conflicting change is refused), never saved when it breaks a register
 * rule. The register is a document of its own, so nothing done to it touches the plan or its
 * sign-offs.
 */
@Service
public class RegisterService {

  private static final RegisterKind KIND = RegisterKind.REGISTER;

  private final DocumentStore store;
  private final PlanService plans;
  private final Clock clock;
  private final RoundCatalogue rounds;

  private final bcf.document.ParsedVersions parsed;

  /** The one reading of a register's text, so that its kept readings are shared. */
  private static final java.util.function.Function<String, Register> READER = RegisterJson::read;

  public RegisterService(
      DocumentStore store,
      bcf.document.ParsedVersions parsed,
      PlanService plans,
      Clock clock,
      RoundCatalogue rounds) {
    this.store = store;
    this.parsed = parsed;
    this.plans = plans;
    this.clock = clock;
    this.rounds = rounds;
  }

  /** A register as one caller sees it, with its findings and what the caller may do. */
  public record RegisterView(
      String planId,
      String planTitle,
      DocumentRecord record,
      int version,
      Register register,
      List<Finding> findings,
      boolean canEdit) {

    public ExceptionReport exceptions(LocalDate today) {
      return ExceptionReport.of(register, today);
    }

    public HeatMap heatMap() {
      return HeatMap.of(register);
    }
  }

  /** What a change did: the version now current, what changed, register sign-offs ended. */
  public record Saved(int version, List<Change> changes, int signOffsInvalidated) {}

  /** The register as it stood when the plan was signed. */
  public record AsSigned(Instant signedAt, int version, Register register) {}

  /** Today, for the exception report: the clock is read here, at the edge of the rules. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The plan's register as it stands, for a caller already allowed to read the plan (its page and
   * its monitoring page), or empty when it has none.
   */
  @Transactional(readOnly = true)
  public Optional<Register> current(String planId) {
    return registerOf(planId).map(r -> parsed.read(r.id(), r.currentVersion(), READER));
  }

  /** The plan's register, or empty when it has none; the plan itself must be visible. */
  @Transactional(readOnly = true)
  public Optional<RegisterView> find(Actor actor, String planId) {
    PlanView plan = plans.view(actor, planId);
    return registerOf(planId).map(r -> view(actor, plan, r, r.currentVersion()));
  }

  @Transactional(readOnly = true)
  public RegisterView view(Actor actor, String planId) {
    return find(actor, planId).orElseThrow(() -> RegisterRefusal.notFound(planId));
  }

  /** Whether the caller may start a register for the plan (one it edits that has none). */
  @Transactional(readOnly = true)
  public boolean mayStart(Actor actor, String planId) {
    PlanView plan = plans.view(actor, planId);
    return edits(actor, plan) && registerOf(planId).isEmpty();
  }

  /** The register's stored document of a version, as text. */
  @Transactional(readOnly = true)
  public String document(Actor actor, String planId, Integer version) {
    RegisterView view = view(actor, planId);
    int which = version == null ? view.version() : version;
    if (which < 1 || which > view.record().currentVersion()) {
      throw RegisterRefusal.badRequest(
          "The register has versions 1 to " + view.record().currentVersion() + ".");
    }
    return store.content(view.record().id(), which).orElseThrow();
  }

  @Transactional(readOnly = true)
  public DocumentHistory history(Actor actor, String planId) {
    RegisterView view = view(actor, planId);
    return store.history(view.record().id());
  }

  /**
   * Starts the plan's register from the plan's risks, their ratings its first reviews, on the scale
   * the plan's round sets (bcf's default when it sets none).
   */
  @Transactional
  public RegisterView start(Actor actor, String planId) {
    PlanView plan = editablePlan(actor, planId);
    Scale scale =
        rounds
            .find(plan.record().round())
            .map(round -> Scale.of(round.register()))
            .orElse(Scale.DEFAULT);
    Register register = RegisterStarter.from(plan.plan(), planId + "-register", scale);
    return create(actor, plan, register, "Started from the plan's risks");
  }

  /** Creates the plan's register from a register document (an import, or the seed). */
  @Transactional
  public RegisterView create(Actor actor, String planId, String document, String note) {
    PlanView plan = editablePlan(actor, planId);
    Register register = RegisterJson.read(document);
    if (register.plan() != null && !register.plan().equals(planId)) {
      throw RegisterRefusal.badRequest(
          "The register document belongs to the plan '"
              + register.plan()
              + "', not to '"
              + planId
              + "'.");
    }
    if (register.id() == null || register.id().isBlank()) {
      throw RegisterRefusal.badRequest("The register document needs an id.");
    }
    return create(actor, plan, register, note);
  }

  /**
   * Loads a seed register for a demo plan, as the system: the demo plans are loaded the same way,
   * by no user. Nothing happens when the plan already has a register.
   */
  @Transactional
  void loadSeed(String planId, String document) {
    PlanView plan = plans.view(Actor.SYSTEM, planId);
    if (registerOf(planId).isEmpty()) {
      create(Actor.SYSTEM, plan, RegisterJson.read(document), "Loaded from the published plan");
    }
  }

  private RegisterView create(Actor actor, PlanView plan, Register register, String note) {
    String planId = plan.record().id();
    if (registerOf(planId).isPresent()) {
      throw RegisterRefusal.exists(planId);
    }
    if (store.exists(register.id())) {
      throw RegisterRefusal.badRequest(
          "The id '" + register.id() + "' is taken by another document; choose another.");
    }
    Register linked =
        new Register(
            register.id(),
            planId,
            register.title(),
            register.source(),
            register.arrangements(),
            register.scale(),
            register.entries(),
            register.reviews());
    requireValid(linked);
    store.create(
        KIND,
        linked.id(),
        plan.record().round(),
        title(linked),
        RegisterKind.LIVE,
        plan.plan().hwbs(),
        RegisterJson.write(linked),
        actor.auditName(),
        note,
        clock.instant(),
        false);
    store.linkToPlan(linked.id(), planId);
    DocumentRecord record = store.find(KIND, linked.id()).orElseThrow();
    return view(actor, plan, record, 1);
  }

  /**
   * Replaces one part of the register with {@code content} (the part's top-level fields; one left
   * out is removed).
   */
  @Transactional
  public Saved savePart(
      Actor actor, String planId, RegisterPart part, Integer baseVersion, ObjectNode content) {
    for (String field : content.propertyNames()) {
      if (!part.fields().contains(field)) {
        throw RegisterRefusal.badRequest(
            "'"
                + field
                + "' is not part of "
                + part.label().toLowerCase()
                + " (its fields: "
                + String.join(", ", part.fields())
                + ").");
      }
    }
    return change(
        actor,
        planId,
        List.of(part),
        baseVersion,
        current -> {
          ObjectNode edited = current.deepCopy();
          for (String field : part.fields()) {
            JsonNode value = content.get(field);
            if (value == null || value.isNull()) {
              edited.remove(field);
            } else {
              edited.set(field, value);
            }
          }
          return edited;
        });
  }

  /**
   * Changes the register as {@code edit} says, keeping only what {@code edit} did to {@code part}:
   * the forms' way (review an entry, add a mitigation, escalate, close).
   */
  @Transactional
  public Saved edit(
      Actor actor,
      String planId,
      RegisterPart part,
      Integer baseVersion,
      UnaryOperator<Register> edit) {
    return edit(actor, planId, List.of(part), baseVersion, edit);
  }

  /**
   * The same for a change of several parts saved as one version (a new entry with its first
   * rating): each part is checked for conflicting edits; sign-offs end as the first part says.
   */
  @Transactional
  public Saved edit(
      Actor actor,
      String planId,
      List<RegisterPart> parts,
      Integer baseVersion,
      UnaryOperator<Register> edit) {
    return change(
        actor,
        planId,
        parts,
        baseVersion,
        current -> {
          ObjectNode changed = RegisterJson.tree(edit.apply(RegisterJson.read(current)));
          ObjectNode edited = current.deepCopy();
          for (RegisterPart part : parts) {
            for (String field : part.fields()) {
              if (changed.has(field)) {
                edited.set(field, changed.get(field));
              } else {
                edited.remove(field);
              }
            }
          }
          return edited;
        });
  }

  private Saved change(
      Actor actor,
      String planId,
      List<RegisterPart> parts,
      Integer baseVersion,
      UnaryOperator<ObjectNode> change) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanView plan = plans.view(actor, planId);
    if (!edits(actor, plan)) {
      throw RegisterRefusal.mayNotEdit();
    }
    String id =
        registerOf(planId)
            .map(DocumentRecord::id)
            .orElseThrow(() -> RegisterRefusal.notFound(planId));
    DocumentRecord record = store.lock(KIND, id).orElseThrow();
    if (baseVersion == null) {
      throw RegisterRefusal.versionRequired();
    }
    if (baseVersion < 1 || baseVersion > record.currentVersion()) {
      throw RegisterRefusal.badRequest(
          "The register has versions 1 to "
              + record.currentVersion()
              + "; the change cannot start from version "
              + baseVersion
              + ".");
    }
    int current = record.currentVersion();
    ObjectNode currentTree = tree(id, current);
    for (RegisterPart part : parts) {
      store.checkConflict(id, current, part, baseVersion, v -> tree(id, v));
    }
    ObjectNode edited = change.apply(currentTree.deepCopy());
    edited.put("id", id);
    edited.put("plan", planId);
    Register register = RegisterJson.read(edited);
    requireValid(register);
    ObjectNode canonical = RegisterJson.tree(register);
    DocumentStore.Saved saved =
        store.savePart(
            KIND,
            id,
            current,
            parts.get(0),
            currentTree,
            canonical,
            Json.write(canonical),
            title(register),
            actor.auditName(),
            clock.instant());
    return new Saved(saved.version(), saved.changes(), saved.signOffsInvalidated());
  }

  /**
   * Records the board's sign-off of the register's current version by one of the plan's
   * signatories, for a signature the plan needs and the signatory's authorities cover. It counts
   * until an edit of the register's entries, scale or details (a review keeps it).
   */
  @Transactional
  public DocumentHistory.SignOffEntry signOff(
      Actor actor, String planId, String party, String role, String name, String onBehalfOf) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanView plan = plans.view(actor, planId);
    if (!PlanAccess.signs(actor, plan.record().facts())) {
      throw RegisterRefusal.mayNotSign();
    }
    String id =
        registerOf(planId)
            .map(DocumentRecord::id)
            .orElseThrow(() -> RegisterRefusal.notFound(planId));
    DocumentRecord record = store.lock(KIND, id).orElseThrow();
    if (party == null || party.isBlank()) {
      throw RegisterRefusal.badRequest("Say for whom you sign (the party).");
    }
    RequiredSignatures.Required required =
        plan.requiredSignatures().stream()
            .filter(
                r ->
                    r.party().equals(party)
                        && (role == null || role.isBlank() || r.role().equals(role)))
            .findFirst()
            .orElseThrow(
                () ->
                    RegisterRefusal.badRequest(
                        "'" + party + "' is not a party whose signature this plan needs."));
    if (!PlanAccess.signsFor(actor, required.party(), required.partyName(), required.role())) {
      throw RegisterRefusal.notYourSignature(required.describe());
    }
    List<DocumentHistory.SignOffEntry> current = currentSignOffs(id, record.currentVersion());
    if (current.stream()
        .anyMatch(s -> s.party().equals(required.party()) && s.role().equals(required.role()))) {
      throw RegisterRefusal.alreadySigned(required.describe(), record.currentVersion());
    }
    if (name == null || name.isBlank()) {
      throw RegisterRefusal.badRequest("Enter the name of the person signing.");
    }
    DocumentHistory.SignOffEntry entry =
        new DocumentHistory.SignOffEntry(
            0,
            record.currentVersion(),
            required.party(),
            required.partyName(),
            required.role(),
            name.strip(),
            required.roleName(),
            actor.auditName(),
            clock.instant(),
            null,
            null,
            onBehalfOf == null || onBehalfOf.isBlank() ? null : onBehalfOf.strip());
    store.signOff(id, entry);
    return entry;
  }

  /** Every sign-off of the plan's register, oldest first, each saying whether it still counts. */
  @Transactional(readOnly = true)
  public List<DocumentHistory.SignOffEntry> signOffs(Actor actor, String planId) {
    RegisterView view = view(actor, planId);
    return store.signOffs(view.record().id()).stream()
        .sorted(Comparator.comparing(DocumentHistory.SignOffEntry::signedAt))
        .toList();
  }

  /**
   * The signatures the plan needs that the caller may give for the register's current version (not
   * given yet), for the sign-off form; empty for those who do not sign the plan.
   */
  @Transactional(readOnly = true)
  public List<RequiredSignatures.Required> signaturesFor(Actor actor, String planId) {
    PlanView plan = plans.view(actor, planId);
    if (actor.isAnonymous() || !PlanAccess.signs(actor, plan.record().facts())) {
      return List.of();
    }
    RegisterView view = view(actor, planId);
    List<DocumentHistory.SignOffEntry> current =
        currentSignOffs(view.record().id(), view.record().currentVersion());
    return plan.requiredSignatures().stream()
        .filter(r -> PlanAccess.signsFor(actor, r.party(), r.partyName(), r.role()))
        .filter(
            r ->
                current.stream()
                    .noneMatch(s -> s.party().equals(r.party()) && s.role().equals(r.role())))
        .toList();
  }

  private List<DocumentHistory.SignOffEntry> currentSignOffs(String id, int version) {
    return store.signOffs(id).stream().filter(s -> s.valid() && s.version() == version).toList();
  }

  /**
   * The register as it stood when the plan was signed: the version current at the latest sign-off
   * of the plan that still counts. Empty when the plan has no such sign-off or the register was
   * started after it.
   */
  @Transactional(readOnly = true)
  public Optional<AsSigned> asSigned(Actor actor, String planId) {
    RegisterView view = view(actor, planId);
    Optional<Instant> signed =
        store.signOffs(planId).stream()
            .filter(DocumentHistory.SignOffEntry::valid)
            .map(DocumentHistory.SignOffEntry::signedAt)
            .max(Comparator.naturalOrder());
    return signed.flatMap(
        at ->
            versionAt(view.record().id(), at)
                .map(
                    v ->
                        new AsSigned(
                            at,
                            v,
                            RegisterJson.read(
                                store.content(view.record().id(), v).orElseThrow()))));
  }

  /** The version of a register current at an instant: the last one saved at or before it. */
  @Transactional(readOnly = true)
  public Optional<Integer> versionAt(String registerId, Instant at) {
    return store.history(registerId).versions().stream()
        .filter(v -> !v.createdAt().isAfter(at))
        .map(DocumentHistory.VersionEntry::version)
        .max(Comparator.naturalOrder());
  }

  private PlanView editablePlan(Actor actor, String planId) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanView plan = plans.view(actor, planId);
    if (!edits(actor, plan)) {
      throw RegisterRefusal.mayNotEdit();
    }
    return plan;
  }

  private Optional<DocumentRecord> registerOf(String planId) {
    return store.findForPlan(KIND, planId).stream().findFirst();
  }

  private RegisterView view(Actor actor, PlanView plan, DocumentRecord record, int version) {
    Register register = RegisterJson.read(store.content(record.id(), version).orElseThrow());
    PlanRecord planRecord = plan.record();
    return new RegisterView(
        planRecord.id(),
        planRecord.title(),
        record,
        version,
        register,
        RegisterRules.check(register),
        edits(actor, plan));
  }

  /**
   * Who edits the plan's HWB edits its register, whatever the plan's state: the register is kept up
   * to date all year, after the plan is signed and submitted too (as actuals are).
   */
  private static boolean edits(Actor actor, PlanView plan) {
    return PlanAccess.edits(actor, plan.record().facts());
  }

  private ObjectNode tree(String id, int version) {
    return (ObjectNode) Json.read(store.content(id, version).orElseThrow());
  }

  private static void requireValid(Register register) {
    List<Finding> errors = RegisterRules.check(register).stream().filter(Finding::error).toList();
    if (!errors.isEmpty()) {
      throw new RegisterRefusal.Broken(errors);
    }
  }

  private static String title(Register register) {
    return register.title() == null || register.title().isBlank()
        ? register.id()
        : register.title();
  }
}
