package bcf.national.web;

import static bcf.finance.FigureKey.Kind.*;

import bcf.access.Actor;
import bcf.finance.Figures;
import bcf.finance.Tally;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanningException;
import bcf.round.Round;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national view for assurers and admins: a round's plans in the caller's scope with findings
 * and totals per year, and the national-conditions stocktake.
 */
@Controller
class NationalPage {

  static final String FALLBACK_ROUND = "2014-16";

  private final NationalService national;
  private final PlanService plans;

  NationalPage(NationalService national, PlanService plans) {
    this.national = national;
    this.plans = plans;
  }

  /** A plan's row: identity, status, findings and income and expenditure totals per year. */
  public record PlanRow(
      String id,
      String title,
      String hwbs,
      String status,
      String statusColour,
      long errors,
      long warnings,
      List<String> income,
      List<String> expenditure) {}

  @GetMapping("/national")
  String national(
      Actor actor,
      @RequestParam(required = false) String round,
      HttpServletResponse response,
      Model model) {
    actor.requireSignedIn();
    List<Round> rounds = plans.rounds();
    String chosen = round == null || round.isBlank() ? defaultRound(actor, rounds) : round.strip();
    model.addAttribute("rounds", rounds);
    model.addAttribute("round", chosen);
    NationalService.NationalView view;
    try {
      view = national.national(actor, chosen);
    } catch (PlanningException.BadRequest e) {
      response.setStatus(400);
      model.addAttribute("errors", Map.of("round", "Choose a round from the list"));
      model.addAttribute("years", List.of());
      model.addAttribute("rows", List.of());
      return "national/national";
    }
    List<FinancialYear> years = view.round().years();
    List<PlanRow> rows = new ArrayList<>();
    for (PlanService.Listing listing : view.plans()) {
      PlanRecord r = listing.record();
      Figures figures = listing.analysis().summary().figures();
      String hwbs =
          listing.analysis().plan().hwbs().stream()
              .map(h -> h.name() == null || h.name().isBlank() ? h.id() : h.name())
              .collect(Collectors.joining("; "));
      rows.add(
          new PlanRow(
              r.id(),
              r.title(),
              hwbs.isEmpty() ? String.join(", ", r.hwbs()) : hwbs,
              r.status().label() + (r.outcome() == null ? "" : ": " + r.outcome().label()),
              r.status().tagColour(),
              listing.errors(),
              listing.warnings(),
              amounts(figures.years(INCOME_TOTAL.key()), years),
              amounts(figures.years(EXPENDITURE_TOTAL.key()), years)));
    }
    model.addAttribute("errors", Map.of());
    model.addAttribute("view", view);
    model.addAttribute("years", years.stream().map(FinancialYear::display).toList());
    model.addAttribute("rows", rows);
    return "national/national";
  }

  /** The latest round with plans the caller can see, or the first round. */
  private String defaultRound(Actor actor, List<Round> rounds) {
    Set<String> withPlans =
        plans.list(actor, PlanService.Filter.NONE).stream()
            .map(l -> l.record().round())
            .collect(Collectors.toSet());
    return rounds.stream()
        .map(Round::id)
        .filter(withPlans::contains)
        .max(Comparator.naturalOrder())
        .orElse(FALLBACK_ROUND);
  }

  private static List<String> amounts(
      SortedMap<FinancialYear, Tally> byYear, List<FinancialYear> years) {
    return years.stream()
        .map(y -> byYear.containsKey(y) ? byYear.get(y).amount().format() : Money.ZERO.format())
        .toList();
  }
}
