package bcf.national.web;

import bcf.access.Actor;
import bcf.kernel.FinancialYear;
import bcf.national.Desk;
import bcf.national.DeskCsv;
import bcf.national.DeskRefusal;
import bcf.planning.PlanService;
import bcf.planning.PlanningException;
import bcf.round.Round;
import bcf.workflow.PlanStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The national view for assurers and admins (the assurer's desk): how far the HWBs in view have
 * got, the queue of plans awaiting assurance, the round's plans with findings and totals per year
 * (sortable, by region, with a totals row, as CSV), a comparison of chosen plans, and the
 * national-conditions stocktake.
 */
@Controller
class NationalPage {

  static final String FALLBACK_ROUND = "2014-16";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

  private final NationalService national;
  private final PlanService plans;

  NationalPage(NationalService national, PlanService plans) {
    this.national = national;
    this.plans = plans;
  }

  /** A plan's row: identity, status, submission, findings and totals per year in words. */
  public record PlanRow(
      String id,
      String title,
      String hwbs,
      String status,
      String statusColour,
      String submitted,
      String overrideReason,
      long errors,
      long warnings,
      List<String> income,
      List<String> expenditure) {}

  /**
   * A sortable column heading: its label, {@code aria-sort} value and the link that sorts by it.
   */
  public record Heading(String name, String label, String ariaSort, String href) {}

  /** A plan awaiting assurance. */
  public record QueueItem(
      String id, String title, String hwbs, String submitted, String overrideReason) {}

  /** A count of HWBs by the furthest status of their plans. */
  public record StatusCount(String status, String colour, int hwbs) {}

  @GetMapping("/national")
  String national(
      Actor actor,
      @RequestParam(required = false) String round,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      HttpServletResponse response,
      Model model) {
    actor.requireSignedIn();
    List<Round> rounds = plans.rounds();
    String chosen = round == null || round.isBlank() ? defaultRound(actor, rounds) : round.strip();
    model.addAttribute("rounds", rounds);
    model.addAttribute("round", chosen);
    model.addAttribute("region", region == null ? "" : region.strip());
    model.addAttribute("regions", List.of());
    NationalService.NationalView view;
    try {
      view = national.national(actor, chosen, region);
    } catch (PlanningException.BadRequest e) {
      return withError(response, model, "round", "Choose a round from the list");
    } catch (DeskRefusal.UnknownRegion e) {
      model.addAttribute("regions", national.national(actor, chosen).regions());
      return withError(response, model, "region", "Choose a region from the list");
    }
    List<FinancialYear> years = view.round().years();
    List<Desk.Column> columns = Desk.columns(years);
    Desk.Sort order = Desk.sort(columns, sort, dir);
    List<Desk.Entry> entries = Desk.sorted(view.entries(), order);

    Map<String, Heading> headings = new LinkedHashMap<>();
    for (Desk.Column column : columns) {
      boolean sorted = column == order.column();
      String next = sorted && !order.descending() ? "desc" : "asc";
      headings.put(
          column.name(),
          new Heading(
              column.name(),
              column.label(),
              sorted ? order.direction() : "none",
              link("/national", view, column.name(), next)));
    }
    model.addAttribute("errors", Map.of());
    model.addAttribute("view", view);
    model.addAttribute("regions", view.regions());
    model.addAttribute("region", view.region() == null ? "" : view.region());
    model.addAttribute("years", years.stream().map(FinancialYear::display).toList());
    model.addAttribute("headings", headings);
    model.addAttribute(
        "incomeHeadings", years.stream().map(y -> headings.get("income-" + y)).toList());
    model.addAttribute(
        "spendHeadings", years.stream().map(y -> headings.get("spend-" + y)).toList());
    model.addAttribute("rows", entries.stream().map(e -> row(e, years)).toList());
    Desk.Totals totals = Desk.totals(columns, entries);
    model.addAttribute("totals", totals);
    model.addAttribute(
        "totalAmounts", totals.amounts().stream().map(t -> Desk.show(t.amount())).toList());
    model.addAttribute("coverage", view.coverage());
    model.addAttribute("statusCounts", statusCounts(view.coverage()));
    model.addAttribute("queue", view.queue().stream().map(NationalPage::queueItem).toList());
    model.addAttribute("scopeName", view.region() == null ? scopeName(view) : view.region());
    model.addAttribute(
        "csvHref",
        link("/national.csv", view, order.column().name(), order.descending() ? "desc" : "asc"));
    return "national/national";
  }

  /**
   * The chosen plans side by side; with none chosen, the round's plans to choose from (so the
   * comparison can be reached without the table, and without JavaScript).
   */
  @GetMapping("/national/compare")
  String compare(
      Actor actor,
      @RequestParam(required = false) String round,
      @RequestParam(name = "plan", required = false) List<String> chosen,
      HttpServletResponse response,
      Model model) {
    actor.requireSignedIn();
    if (round == null || round.isBlank()) {
      throw new DeskRefusal.BadComparison("Say which round's plans to compare (round=).");
    }
    NationalService.NationalView view = national.national(actor, round.strip());
    Set<String> ids = new LinkedHashSet<>();
    if (chosen != null) {
      chosen.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).forEach(ids::add);
    }
    model.addAttribute("view", view);
    model.addAttribute("chosen", ids);
    model.addAttribute("errors", Map.of());
    if (ids.isEmpty()) {
      return "national/compare";
    }
    if (ids.size() < Desk.COMPARE_MIN || ids.size() > Desk.COMPARE_MAX) {
      response.setStatus(400);
      model.addAttribute(
          "errors",
          Map.of(
              "plan",
              "Choose from "
                  + Desk.COMPARE_MIN
                  + " to "
                  + Desk.COMPARE_MAX
                  + " plans to compare; "
                  + ids.size()
                  + (ids.size() == 1 ? " was" : " were")
                  + " chosen."));
      return "national/compare";
    }
    List<Desk.Entry> entries = Desk.chosen(view.entries(), ids, view.round().id());
    model.addAttribute("entries", entries);
    model.addAttribute("lines", Desk.compare(entries, view.round().years()));
    return "national/compare";
  }

  /** The plans table as CSV, in the order and region asked for. */
  @GetMapping("/national.csv")
  ResponseEntity<String> csv(
      Actor actor,
      @RequestParam(required = false) String round,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir) {
    actor.requireSignedIn();
    if (round == null || round.isBlank()) {
      throw new PlanningException.BadRequest("Say which round's plans to download (round=).");
    }
    NationalService.NationalView view = national.national(actor, round.strip(), region);
    List<Desk.Column> columns = Desk.columns(view.round().years());
    List<Desk.Entry> entries = Desk.sorted(view.entries(), Desk.sort(columns, sort, dir));
    String name =
        "bcf-national-"
            + view.round().id()
            + (view.region() == null
                ? ""
                : "-" + view.region().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
            + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(DeskCsv.write(columns, entries, view.known()));
  }

  private String withError(
      HttpServletResponse response, Model model, String field, String message) {
    response.setStatus(400);
    model.addAttribute("errors", Map.of(field, message));
    model.addAttribute("years", List.of());
    model.addAttribute("rows", List.of());
    return "national/national";
  }

  private static String link(
      String path, NationalService.NationalView view, String sort, String dir) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath(path).queryParam("round", view.round().id());
    if (view.region() != null) {
      uri.queryParam("region", view.region());
    }
    return uri.queryParam("sort", sort).queryParam("dir", dir).encode().build().toUriString();
  }

  private static String scopeName(NationalService.NationalView view) {
    List<String> regions = view.regions();
    return regions.size()
            == view.known().values().stream().map(Desk.Area::region).distinct().count()
        ? "England"
        : String.join(" and ", regions);
  }

  private static List<StatusCount> statusCounts(Desk.Coverage coverage) {
    List<StatusCount> counts = new ArrayList<>();
    for (PlanStatus status : PlanStatus.values()) {
      counts.add(
          new StatusCount(status.label(), status.tagColour(), coverage.byStatus().get(status)));
    }
    return counts;
  }

  private static QueueItem queueItem(Desk.Entry e) {
    return new QueueItem(e.id(), e.title(), e.hwbNames(), day(e.submittedAt()), e.overrideReason());
  }

  private static PlanRow row(Desk.Entry e, List<FinancialYear> years) {
    return new PlanRow(
        e.id(),
        e.title(),
        e.hwbNames(),
        e.statusLabel(),
        e.status().tagColour(),
        day(e.submittedAt()),
        e.overrideReason(),
        e.errors(),
        e.warnings(),
        years.stream()
            .map(y -> Desk.show(e.amount(bcf.finance.FigureKey.Kind.INCOME_TOTAL.key(), y)))
            .toList(),
        years.stream()
            .map(y -> Desk.show(e.amount(bcf.finance.FigureKey.Kind.EXPENDITURE_TOTAL.key(), y)))
            .toList());
  }

  private static String day(Instant at) {
    return at == null ? "" : DAY.format(at);
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
}
