package bcf.returns.web;

import bcf.access.Actor;
import bcf.returns.ReturnStocktake;
import bcf.returns.store.StocktakeService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The stocktake of a quarter's returns for assurers: per region, out of every HWB. */
@Controller
class StocktakePage {

  private final StocktakeService stocktakes;

  StocktakePage(StocktakeService stocktakes) {
    this.stocktakes = stocktakes;
  }

  /** A line of the table: what is counted and the count per region, then England's. */
  public record Line(String label, List<String> cells) {}

  /** A quarter to choose. */
  public record Choice(String value, String name, boolean selected) {}

  @GetMapping("/national/stocktake")
  String page(
      Actor actor,
      @RequestParam(name = "round", required = false, defaultValue = "2014-16") String round,
      @RequestParam(name = "quarter", required = false) String quarter,
      Model model) {
    StocktakeService.Stocktake stocktake = stocktakes.stocktake(actor, round, quarter);
    ReturnStocktake.Result r = stocktake.result();
    List<ReturnStocktake.Tally> columns = new ArrayList<>(r.regions());
    columns.add(r.total());
    List<Line> lines = new ArrayList<>();
    lines.add(line("Health and Wellbeing Boards", columns, t -> String.valueOf(t.hwbs())));
    lines.add(line("Returns submitted", columns, t -> String.valueOf(t.submitted())));
    lines.add(line("Returns not yet submitted", columns, t -> String.valueOf(t.notSubmitted())));
    for (int i = 0; i < r.conditions().size(); i++) {
      int at = i;
      lines.add(
          line(
              "Condition met: " + r.conditions().get(i).name(),
              columns,
              t -> t.conditionsMet().get(at) + " of " + t.submitted()));
    }
    lines.add(
        line("Metrics on track", columns, t -> t.metricsOnTrack() + " of " + t.metricsReported()));
    lines.add(
        line(
            "High Impact Changes established or better",
            columns,
            t -> t.changesEstablished() + " of " + t.changesReported()));
    lines.add(line("Expenditure planned", columns, t -> t.expenditurePlan().format()));
    lines.add(line("Spent to date", columns, t -> t.expenditureActualToDate().format()));
    lines.add(line("Forecast outturn", columns, t -> t.expenditureForecast().format()));
    model.addAttribute("round", stocktake.round());
    model.addAttribute("periodName", stocktake.period().name());
    model.addAttribute("columns", columns.stream().map(ReturnStocktake.Tally::region).toList());
    model.addAttribute("lines", lines);
    model.addAttribute(
        "choices",
        stocktake.round().returns().periods().stream()
            .map(
                p ->
                    new Choice(
                        p.year() + "-" + p.quarter(), p.name(), p.equals(stocktake.period())))
            .toList());
    return "returns/stocktake";
  }

  private static Line line(
      String label,
      List<ReturnStocktake.Tally> columns,
      java.util.function.Function<ReturnStocktake.Tally, String> cell) {
    return new Line(label, columns.stream().map(cell).toList());
  }
}
