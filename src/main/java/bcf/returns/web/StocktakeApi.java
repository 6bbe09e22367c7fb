package bcf.returns.web;

import bcf.access.Actor;
import bcf.kernel.Money;
import bcf.returns.ReturnStocktake;
import bcf.returns.store.StocktakeService;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/national/stocktake?round=&quarter=}: the stocktake of a quarter's returns. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class StocktakeApi {

  private final StocktakeService stocktakes;

  StocktakeApi(StocktakeService stocktakes) {
    this.stocktakes = stocktakes;
  }

  /** A region's (or England's) counts; amounts in pounds. */
  public record Region(
      String region,
      int hwbs,
      int submitted,
      int notSubmitted,
      List<Integer> conditionsMet,
      int metricsOnTrack,
      int metricsReported,
      int changesEstablished,
      int changesReported,
      BigDecimal expenditurePlan,
      BigDecimal expenditureActualToDate,
      BigDecimal expenditureForecast) {

    static Region of(ReturnStocktake.Tally t) {
      return new Region(
          t.region(),
          t.hwbs(),
          t.submitted(),
          t.notSubmitted(),
          t.conditionsMet(),
          t.metricsOnTrack(),
          t.metricsReported(),
          t.changesEstablished(),
          t.changesReported(),
          plain(t.expenditurePlan()),
          plain(t.expenditureActualToDate()),
          plain(t.expenditureForecast()));
    }

    private static BigDecimal plain(Money m) {
      return m.toPlain();
    }
  }

  /** The conditions in the order of {@code conditionsMet}, the regions and England. */
  public record StocktakeDocument(
      String round,
      String year,
      String quarter,
      List<ReturnStocktake.ConditionKey> conditions,
      List<Region> regions,
      Region england) {}

  @GetMapping("/national/stocktake")
  public StocktakeDocument stocktake(
      Actor actor,
      @RequestParam(name = "round", required = false, defaultValue = "2014-16") String round,
      @RequestParam(name = "quarter", required = false) String quarter) {
    ReturnStocktake.Result r = stocktakes.stocktake(actor, round, quarter).result();
    return new StocktakeDocument(
        r.round(),
        r.year().toString(),
        r.quarter(),
        r.conditions(),
        r.regions().stream().map(Region::of).toList(),
        Region.of(r.total()));
  }
}
