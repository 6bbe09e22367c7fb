package bcf.national.web;

import bcf.access.Actor;
import bcf.finance.FigureKey;
import bcf.finance.Figures;
import bcf.national.Stocktake;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The national view in the API: {@code GET /api/v1/national?round=}. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class NationalApi {

  private final NationalService national;

  NationalApi(NationalService national) {
    this.national = national;
  }

  public record NationalItem(
      String id,
      String title,
      List<String> hwbs,
      String status,
      String outcome,
      int version,
      long errors,
      long warnings,
      SortedMap<String, BigDecimal> incomeTotal,
      SortedMap<String, BigDecimal> expenditureTotal) {}

  public record National(
      String round, List<NationalItem> plans, List<Stocktake.ConditionCount> conditions) {}

  @GetMapping("/national")
  public National national(Actor actor, @RequestParam String round) {
    NationalService.NationalView view = national.national(actor, round);
    List<NationalItem> items = new ArrayList<>();
    for (PlanService.Listing listing : view.plans()) {
      PlanRecord r = listing.record();
      Figures figures = listing.analysis().summary().figures();
      items.add(
          new NationalItem(
              r.id(),
              r.title(),
              r.hwbs(),
              r.status().code(),
              r.outcome() == null ? null : r.outcome().code(),
              listing.version(),
              listing.errors(),
              listing.warnings(),
              byYear(figures, FigureKey.Kind.INCOME_TOTAL.key()),
              byYear(figures, FigureKey.Kind.EXPENDITURE_TOTAL.key())));
    }
    return new National(view.round().id(), items, view.conditions());
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
