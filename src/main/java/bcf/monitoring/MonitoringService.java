package bcf.monitoring;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.SignInRequired;
import bcf.analysis.PlanAnalysis;
import bcf.finance.monitoring.MonitoringCsv;
import bcf.finance.monitoring.MonitoringEngine;
import bcf.finance.monitoring.MonitoringEntry;
import bcf.finance.monitoring.MonitoringPosition;
import bcf.finance.monitoring.MonitoringRefused;
import bcf.finance.monitoring.MonitoringTerms;
import bcf.kernel.FinancialYear;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.PlanningException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's pooled-budget monitoring as one caller may see it, and the import of its actuals and
 * forecasts. Who may read the plan sees its monitoring (anonymous readers: of a published plan,
 * against the published version); only an editor of the plan's HWB imports figures, all rows or
 * none; who imported what is shown to those who see the current version.
 */
@Service
public class MonitoringService {

  private final PlanService plans;
  private final MonitoringRepository repository;
  private final Clock clock;
  private final MonitoringEngine engine = new MonitoringEngine();

  public MonitoringService(PlanService plans, MonitoringRepository repository, Clock clock) {
    this.plans = plans;
    this.repository = repository;
    this.clock = clock;
  }

  /** What a caller sees: the plan, the year's position, the years to choose, the imports. */
  public record MonitoringView(
      PlanView plan,
      MonitoringPosition position,
      List<FinancialYear> years,
      List<MonitoringRepository.Import> imports,
      boolean canImport) {}

  public record Imported(long importId, int rows) {}

  /**
   * The position for {@code year}, or, when it is null, for the latest year with figures (the
   * plan's first year when there are none).
   */
  @Transactional(readOnly = true)
  public MonitoringView view(Actor actor, String planId, String year) {
    PlanView view = plans.view(actor, planId);
    PlanAnalysis analysis = view.analysis();
    List<MonitoringEntry> entries = repository.find(planId);
    List<FinancialYear> years = analysis.summary().years();
    FinancialYear shown;
    if (year != null && !year.isBlank()) {
      if (!FinancialYear.isValid(year)) {
        throw new MonitoringRefused.BadYear(year);
      }
      shown = FinancialYear.parse(year);
    } else {
      shown =
          entries.stream()
              .map(e -> FinancialYear.containing(e.period().first()))
              .filter(years::contains)
              .max(Comparator.naturalOrder())
              .orElse(years.isEmpty() ? null : years.get(0));
      if (shown == null) {
        throw new MonitoringRefused(
            MonitoringRefused.YEAR_NOT_IN_PLAN, "The plan has no financial years to monitor.");
      }
    }
    MonitoringTerms terms =
        repository.terms(planId).map(TermsJson::read).orElse(MonitoringTerms.NONE);
    MonitoringPosition position =
        engine.position(
            analysis.plan(),
            analysis.summary(),
            analysis.round().paymentForPerformanceTerms(),
            shown,
            entries,
            terms);
    boolean current = view.can().readCurrent();
    return new MonitoringView(
        view,
        position,
        years,
        current ? repository.imports(planId) : List.of(),
        mayImport(actor, view.record()));
  }

  /** The stored figures, for whoever may read the plan. */
  @Transactional(readOnly = true)
  public List<MonitoringEntry> entries(Actor actor, String planId) {
    plans.view(actor, planId);
    return repository.find(planId);
  }

  /**
   * Checks the file against the plan's current version and, when every row is right, writes it in
   * one transaction.
   *
   * @throws bcf.csv.CsvException listing every problem with its row and column; nothing is written
   */
  @Transactional
  public Imported importCsv(Actor actor, String planId, String fileName, String text) {
    requireImporter(actor, planId, true);
    PlanAnalysis analysis = plans.view(actor, planId).analysis();
    List<MonitoringEntry> rows =
        MonitoringCsv.read(text, analysis.plan(), analysis.summary().years());
    long id = repository.save(planId, fileName, actor.username(), clock.instant(), rows);
    return new Imported(id, rows.size());
  }

  /**
   * Saves figures entered on the page for one period, kind and partner, recorded as an import named
   * {@code label}; the caller has checked each against the plan's schemes and years.
   */
  @Transactional
  public Imported enter(Actor actor, String planId, String label, List<MonitoringEntry> rows) {
    requireImporter(actor, planId, true);
    long id = repository.save(planId, label, actor.username(), clock.instant(), rows);
    return new Imported(id, rows.size());
  }

  /**
   * The plan's monitoring terms as stored (an empty object when there are none) and their version:
   * a digest of the stored text, so any change gives a new one.
   */
  public record Terms(String json, String version, boolean canEdit) {}

  /** The terms, for whoever may read the plan. */
  @Transactional(readOnly = true)
  public Terms terms(Actor actor, String planId) {
    PlanView view = plans.view(actor, planId);
    String json = repository.terms(planId).orElse("{}");
    return new Terms(json, versionOf(json), mayImport(actor, view.record()));
  }

  /**
   * Stores the terms when {@code baseVersion} (from {@link #terms}) is still the stored one;
   * refused as a conflict otherwise, and nothing is saved.
   */
  @Transactional
  public void saveTerms(Actor actor, String planId, String json, String baseVersion) {
    requireImporter(actor, planId, true);
    if (baseVersion == null || baseVersion.isBlank()) {
      throw TermsRefused.versionRequired();
    }
    var stored = repository.storedTerms(planId);
    String current = versionOf(stored.map(MonitoringRepository.StoredTerms::terms).orElse("{}"));
    if (!current.equals(baseVersion.strip())) {
      throw TermsRefused.conflict(
          stored.map(MonitoringRepository.StoredTerms::updatedBy).orElse(null));
    }
    saveTerms(actor, planId, json);
  }

  static String versionOf(String json) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stores the plan's monitoring terms after checking that they read and apply to the plan. */
  @Transactional
  public void saveTerms(Actor actor, String planId, String json) {
    requireImporter(actor, planId, true);
    MonitoringTerms terms = TermsJson.read(json);
    PlanAnalysis analysis = plans.view(actor, planId).analysis();
    for (FinancialYear year : analysis.summary().years()) {
      engine.position(
          analysis.plan(),
          analysis.summary(),
          analysis.round().paymentForPerformanceTerms(),
          year,
          repository.find(planId),
          terms);
    }
    repository.saveTerms(planId, json, actor.username(), clock.instant());
  }

  /** Refuses, as the rest of the product does, a caller who may not import into the plan. */
  @Transactional(readOnly = true)
  public void checkImporter(Actor actor, String planId) {
    requireImporter(actor, planId, false);
  }

  private PlanRecord requireImporter(Actor actor, String planId, boolean lock) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanRecord record =
        (lock ? plans.lockRecord(planId) : plans.record(planId))
            .orElseThrow(() -> new PlanningException.PlanNotFound(planId));
    if (!PlanAccess.reads(actor, record.facts())) {
      throw new PlanningException.PlanNotFound(planId);
    }
    if (!mayImport(actor, record)) {
      throw new PlanningException.AccessRefused(
          "Only an editor of the plan's HWB may import its monitoring figures.");
    }
    return record;
  }

  private static boolean mayImport(Actor actor, PlanRecord record) {
    return PlanAccess.recordsActuals(actor, record.facts(), null);
  }
}
