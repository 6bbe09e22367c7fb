package bcf.actuals;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.SignInRequired;
import bcf.analysis.PlanAnalysis;
import bcf.metric.Actual;
import bcf.metric.ActualsCsv;
import bcf.metric.MetricAssessment;
import bcf.metric.MetricAssessor;
import bcf.metric.PlanMetrics;
import bcf.planning.ImportedActuals;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.PlanningException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's metrics as one caller may see them, and the import of actuals. Whoever may read the plan
 * sees its imported actuals and the judgements against the version they read (anonymous readers:
 * the published version); only those who see the current version see who imported what. Imports are
 * all-or-nothing.
 */
@Service
public class MetricsService implements ImportedActuals {

  private final PlanService plans;
  private final ActualsRepository actuals;
  private final KeptActuals kept;
  private final Clock clock;

  /**
   * The metrics of one analysis assessed against one set of actuals. Assessing (control charts,
   * trends, intervals for every metric) is the same for every reader of that analysis, so it is
   * done once per analysis (by identity: one per version and set of signatures, see {@code
   * PlanCache}) and set of stored actuals ({@link KeptActuals}: the same list while no import has
   * come, so the comparison ends at its identity).
   */
  private final Cache<AssessedKey, Assessed> assessed =
      Caffeine.newBuilder().maximumSize(200).build();

  private record AssessedKey(PlanAnalysis analysis, List<Actual> actuals) {
    @Override
    public boolean equals(Object other) {
      return other instanceof AssessedKey k && k.analysis == analysis && k.actuals.equals(actuals);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(analysis) * 31 + actuals.hashCode();
    }
  }

  private record Assessed(PlanMetrics metrics, List<MetricAssessment> assessments) {}

  public MetricsService(PlanService plans, ActualsRepository actuals, Clock clock) {
    this.plans = plans;
    this.actuals = actuals;
    this.kept = new KeptActuals(actuals);
    this.clock = clock;
  }

  /** What a caller sees of a plan's metrics. */
  public record MetricsView(
      PlanView plan,
      PlanMetrics metrics,
      List<MetricAssessment> assessments,
      List<ActualsRepository.Import> imports,
      boolean actualsShown,
      boolean canImport) {

    /** The assessments of one HWB. */
    public List<MetricAssessment> of(String hwb) {
      return assessments.stream().filter(a -> a.hwb().equals(hwb)).toList();
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<Actual> of(String planId) {
    return kept.of(planId);
  }

  /** The result of an import: how many rows were written and how many of them replaced others. */
  public record Imported(long importId, int rows, int replaced) {}

  @Transactional(readOnly = true)
  public MetricsView view(Actor actor, String planId) {
    PlanView view = plans.view(actor, planId);
    Assessed done = assessed(view);
    boolean current = view.can().readCurrent();
    // Actuals are what happened, not what the plan says: whoever may read the plan (anonymous
    // readers of a published one too) sees them and the judgements against its plan. Who imported
    // which file stays with those who see the current version.
    return new MetricsView(
        view,
        done.metrics(),
        done.assessments(),
        current ? actuals.imports(planId) : List.of(),
        true,
        mayImport(actor, view.record()));
  }

  /**
   * The metrics of a plan its reader has been allowed to see, each assessed against the plan's
   * actuals (the monitoring page's "metrics on track").
   */
  @Transactional(readOnly = true)
  public List<MetricAssessment> assessments(PlanView view) {
    return assessed(view).assessments();
  }

  private Assessed assessed(PlanView view) {
    return assessed.get(
        new AssessedKey(view.analysis(), kept.of(view.record().id())),
        key -> {
          PlanMetrics metrics = new PlanMetrics(view.plan(), view.analysis().round());
          return new Assessed(metrics, List.copyOf(MetricAssessor.assess(metrics, key.actuals())));
        });
  }

  /**
   * The stored actuals in the import format, for whoever may read the plan: the same values the
   * metrics page shows in its tables.
   */
  @Transactional(readOnly = true)
  public List<Actual> actuals(Actor actor, String planId) {
    plans.view(actor, planId);
    return kept.of(planId);
  }

  /**
   * Checks the file against the plan's current version and, when every row is right, writes it in
   * one transaction.
   *
   * @throws bcf.csv.CsvException listing every problem with its row and column; nothing is written
   * @throws PlanningException.AccessRefused when a row is for an HWB the caller does not edit
   */
  @Transactional
  public Imported importCsv(Actor actor, String planId, String fileName, String text) {
    PlanRecord record = requireImporter(actor, planId, true);
    PlanView view = plans.view(actor, planId);
    PlanMetrics metrics = new PlanMetrics(view.plan(), view.analysis().round());
    List<Actual> rows = ActualsCsv.read(text, metrics);
    Set<String> refused = new LinkedHashSet<>();
    for (Actual row : rows) {
      String hwb = row.hwb().equals(ActualsCsv.BENCHMARK) ? null : row.hwb();
      if (!PlanAccess.recordsActuals(actor, record.facts(), hwb)) {
        refused.add(row.hwb());
      }
    }
    if (!refused.isEmpty()) {
      throw new PlanningException.AccessRefused(
          "You may not import actuals for " + String.join(", ", refused) + ".");
    }
    int replaced = actuals.countExisting(planId, rows);
    long id = actuals.save(planId, fileName, actor.username(), clock.instant(), rows);
    return new Imported(id, rows.size(), replaced);
  }

  /**
   * Checks that the caller may import actuals into the plan, refusing as the rest of the product
   * does: sign in first; a plan the caller cannot see is not found; one they see but do not edit is
   * refused.
   */
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
          "Only an editor of the plan's HWB may import its actuals.");
    }
    return record;
  }

  private static boolean mayImport(Actor actor, PlanRecord record) {
    return PlanAccess.recordsActuals(actor, record.facts(), null);
  }
}
