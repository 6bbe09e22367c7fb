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

  /** A figure's amount in pounds per year, the years written {@code 2017-18}. */
  private static SortedMap<String, BigDecimal> byYear(Figures figures, FigureKey key) {
    SortedMap<String, BigDecimal> amounts = new TreeMap<>();
    figures
        .years(key)
        .forEach((year, tally) -> amounts.put(year.toString(), tally.amount().pounds()));
    return amounts;
  }
}
