package bcf.national.web;

import bcf.access.Actor;
import bcf.finance.FigureKey;
import bcf.finance.Figures;
import bcf.kernel.FinancialYear;
import bcf.national.Desk;
import bcf.national.Stocktake;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.workflow.PlanStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national view in the API: {@code GET /api/v1/national?round=} with optional {@code region},
 * {@code sort} and {@code dir}, as the page takes them.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class NationalApi {

  private final NationalService national;

  NationalApi(NationalService national) {
    this.national = national;
  }

  /**
   * A plan of the table. Amounts are in pounds per year (years written {@code 2017-18}); a year the
   * plan gives no figure for is absent from the map.
   */
  public record NationalItem(
      String id,
      String title,
      List<String> hwbs,
      List<String> hwbCodes,
      String status,
      String outcome,
      int version,
      Instant submittedAt,
      String overrideReason,
      long errors,
      long warnings,
      SortedMap<String, BigDecimal> incomeTotal,
      SortedMap<String, BigDecimal> expenditureTotal) {}

  /** An HWB with no plan in the round. */
  public record NotStarted(String code, String name, String region) {}

  /**
   * How many HWBs in view have got how far: by the furthest status of their plans ({@code draft} to
   * {@code assured}), {@code submitted} counting submitted and assured.
   */
  public record Counts(
      int hwbs,
      int submitted,
      int started,
      Map<String, Integer> byStatus,
      List<NotStarted> notStarted) {}

  /** A plan awaiting assurance, the longest waiting first. */
  public record QueueItem(String id, String title, Instant submittedAt, String overrideReason) {}

  /** The totals row: amounts over the plans that give each (null where none does). */
  public record Totals(
      int plans,
      long errors,
      long warnings,
      SortedMap<String, BigDecimal> incomeTotal,
      SortedMap<String, BigDecimal> expenditureTotal) {}

  public record National(
      String round,
      String region,
      List<String> regions,
      String sort,
      String dir,
      Counts counts,
      List<QueueItem> queue,
      List<NationalItem> plans,
      Totals totals,
      List<Stocktake.ConditionCount> conditions) {}

  @GetMapping("/national")
  public National national(
      Actor actor,
      @RequestParam String round,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir) {
    NationalService.NationalView view = national.national(actor, round, region);
    List<FinancialYear> years = view.round().years();
    List<Desk.Column> columns = Desk.columns(years);
    Desk.Sort order = Desk.sort(columns, sort, dir);
    Map<String, PlanService.Listing> listings =
        view.listings().stream()
            .collect(Collectors.toMap(l -> l.record().id(), Function.identity()));
    List<NationalItem> items = new ArrayList<>();
    List<Desk.Entry> sorted = Desk.sorted(view.entries(), order);
    for (Desk.Entry entry : sorted) {
      PlanService.Listing listing = listings.get(entry.id());
      PlanRecord r = listing.record();
      Figures figures = entry.figures();
      items.add(
          new NationalItem(
              r.id(),
              r.title(),
              r.hwbs(),
              r.hwbs().stream()
                  .map(id -> view.known().containsKey(id) ? view.known().get(id).code() : null)
                  .toList(),
              r.status().code(),
              r.outcome() == null ? null : r.outcome().code(),
              listing.version(),
              entry.submittedAt(),
              entry.overrideReason(),
              entry.errors(),
              entry.warnings(),
              byYear(figures, FigureKey.Kind.INCOME_TOTAL.key()),
              byYear(figures, FigureKey.Kind.EXPENDITURE_TOTAL.key())));
    }
    Desk.Coverage coverage = view.coverage();
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    for (PlanStatus status : PlanStatus.values()) {
      byStatus.put(status.code(), coverage.byStatus().get(status));
    }
    Counts counts =
        new Counts(
            coverage.hwbs(),
            coverage.submitted(),
            coverage.started(),
            byStatus,
            coverage.notStarted().stream()
                .map(a -> new NotStarted(a.code(), a.name(), a.region()))
                .toList());
    List<QueueItem> queue =
        view.queue().stream()
            .map(e -> new QueueItem(e.id(), e.title(), e.submittedAt(), e.overrideReason()))
            .toList();
    Desk.Totals totals = Desk.totals(columns, sorted);
    SortedMap<String, BigDecimal> income = new TreeMap<>();
    SortedMap<String, BigDecimal> spend = new TreeMap<>();
    int i = 0;
    for (Desk.Column column : columns) {
      if (column.figure() == null) {
        continue;
      }
      Desk.Total total = totals.amounts().get(i++);
      SortedMap<String, BigDecimal> into =
          column.figure().kind() == FigureKey.Kind.INCOME_TOTAL ? income : spend;
      into.put(Desk.yearOf(column).toString(), total.amount().map(m -> m.pounds()).orElse(null));
    }
    return new National(
        view.round().id(),
        view.region(),
        view.regions(),
        order.column().name(),
        order.descending() ? "desc" : "asc",
        counts,
        queue,
        items,
        new Totals(totals.plans(), totals.errors(), totals.warnings(), income, spend),
        view.conditions());
  }

  /** A plan of a comparison. */
  public record ComparedPlan(
      String id,
      String title,
      List<String> hwbs,
      String hwbNames,
      String status,
      String outcome,
      Instant submittedAt,
      String overrideReason,
      long errors,
      long warnings,
      int schemes) {}

  /**
   * A figure of a comparison for a year ({@code 2017-18}): the plans' amounts in pounds in the
   * order of {@code plans}, null where a plan does not give the figure (not 0).
   */
  public record ComparedFigure(String figure, String year, List<BigDecimal> amounts) {}

  /** A plan of the caller's desk that can be chosen for a comparison. */
  public record Choice(String id, String title) {}

  /**
   * Chosen plans side by side: the plans, then their figures; {@code choices} are the round's plans
   * on the caller's desk (with none chosen, only those, as the page offers them).
   */
  public record Comparison(
      String round, List<ComparedPlan> plans, List<ComparedFigure> figures, List<Choice> choices) {}

  /**
   * The assurer's comparison, as {@code /national/compare} shows it: 2 to 10 plans of one round
   * from the caller's desk ({@code plans=a,b} or {@code plans=a&plans=b}); the round is the first
   * plan's unless given. With a round and no plans, the plans that can be chosen.
   */
  @GetMapping("/national/compare")
  public Comparison compare(
      Actor actor,
      @RequestParam(required = false) String round,
      @RequestParam(name = "plans", required = false) List<String> chosen) {
    actor.requireSignedIn();
    // plans=a,b and plans=a&plans=b alike (Spring splits commas only for a single value)
    List<String> ids =
        chosen == null
            ? List.of()
            : chosen.stream()
                .filter(c -> c != null)
                .flatMap(c -> java.util.Arrays.stream(c.split(",")))
                .toList();
    String roundId = round;
    if (roundId == null || roundId.isBlank()) {
      String first = ids.stream().filter(i -> i != null && !i.isBlank()).findFirst().orElse(null);
      if (first == null) {
        throw new bcf.national.DeskRefusal.BadComparison(
            "Say which plans to compare: plans=ID,ID (from "
                + Desk.COMPARE_MIN
                + " to "
                + Desk.COMPARE_MAX
                + ").");
      }
      roundId = national.roundOf(actor, first.strip());
    }
    NationalService.NationalView view = national.national(actor, roundId.strip());
    List<Choice> choices = view.entries().stream().map(e -> new Choice(e.id(), e.title())).toList();
    if (ids.stream().allMatch(i -> i == null || i.isBlank())) {
      return new Comparison(view.round().id(), List.of(), List.of(), choices);
    }
    List<Desk.Entry> entries = Desk.chosen(view.entries(), ids, view.round().id());
    Map<String, PlanService.Listing> listings =
        view.listings().stream()
            .collect(Collectors.toMap(l -> l.record().id(), Function.identity()));
    List<ComparedPlan> plans = new ArrayList<>();
    for (Desk.Entry e : entries) {
      PlanRecord r = listings.get(e.id()).record();
      plans.add(
          new ComparedPlan(
              e.id(),
              e.title(),
              e.hwbs(),
              e.hwbNames(),
              r.status().code(),
              r.outcome() == null ? null : r.outcome().code(),
              e.submittedAt(),
              e.overrideReason(),
              e.errors(),
              e.warnings(),
              e.schemes()));
    }
    List<ComparedFigure> figures = new ArrayList<>();
    for (Desk.ComparedFigure figure : Desk.comparedFigures(entries, view.round().years())) {
      List<BigDecimal> amounts = new ArrayList<>();
      for (Desk.Entry e : entries) {
        amounts.add(e.amount(figure.key(), figure.year()).map(m -> m.pounds()).orElse(null));
      }
      figures.add(
          new ComparedFigure(
              figure.figure(),
              figure.year().toString(),
              java.util.Collections.unmodifiableList(amounts)));
    }
    return new Comparison(view.round().id(), plans, figures, choices);
  }

  /** A figure's amount in pounds per year, the years written {@code 2017-18}. */
  private static SortedMap<String, BigDecimal> byYear(Figures figures, FigureKey key) {
    SortedMap<String, BigDecimal> amounts = new TreeMap<>();
    figures
        .years(key)
        .forEach((year, tally) -> amounts.put(year.toString(), tally.amount().pounds()));
    return amounts;
  }
}
