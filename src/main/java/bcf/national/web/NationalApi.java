package bcf.national.web;

import bcf.access.Actor;
import bcf.finance.FigureKey;
import bcf.finance.Figures;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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
      JsonNode incomeTotal,
      JsonNode expenditureTotal) {}

  public record National(String round, List<NationalItem> plans, List<Object> conditions) {}

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
    return new National(view.round().id(), items, new ArrayList<>(view.conditions()));
  }

  private static JsonNode byYear(Figures figures, FigureKey key) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    figures.years(key).forEach((year, tally) -> node.put(year.toString(), tally.amount().pounds()));
    return node;
  }
}
