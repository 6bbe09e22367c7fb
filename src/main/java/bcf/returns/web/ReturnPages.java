package bcf.returns.web;

import bcf.access.Actor;
import bcf.kernel.Money;
import bcf.returns.QuarterlyReturn;
import bcf.returns.ReturnRefusal;
import bcf.returns.ReturnWords;
import bcf.returns.store.ReturnService;
import bcf.returns.store.ReturnService.ReturnView;
import bcf.round.ReturnsDefinition.ReturnPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of returns: a plan's returns with a form to start one for a quarter of its round, and a
 * return's page (its position, conditions, metrics and money in words).
 */
@Controller
class ReturnPages {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ReturnService returns;

  ReturnPages(ReturnService returns) {
    this.returns = returns;
  }

  /** A period a return may be started for: its value in the form and its name. */
  public record Choice(String value, String name) {}

  @GetMapping("/plans/{id}/returns")
  String list(Actor actor, @PathVariable String id, Model model) {
    return listPage(actor, id, model, Map.of());
  }

  private String listPage(Actor actor, String id, Model model, Map<String, String> errors) {
    model.addAttribute("planId", id);
    model.addAttribute("returns", returns.list(actor, id));
    List<Choice> choices = new ArrayList<>();
    if (!actor.isAnonymous()) {
      try {
        for (ReturnPeriod p : returns.openPeriods(actor, id)) {
          choices.add(new Choice(p.year() + "|" + p.quarter(), p.name()));
        }
      } catch (ReturnRefusal e) {
        // Not a reader of the plan's working version: no form.
      }
    }
    model.addAttribute("choices", choices);
    model.addAttribute("errors", errors);
    return "returns/list";
  }

  @PostMapping("/plans/{id}/returns")
  String start(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "period", required = false) String period,
      Model model) {
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    if (period == null || !period.contains("|")) {
      // Access first: who may not start one is refused before being told what to choose.
      returns.openPeriods(actor, id);
      return listPage(actor, id, model, Map.of("period", "Choose the quarter the return is for"));
    }
    String[] parts = period.split("\\|", 2);
    ReturnView started = returns.start(actor, id, parts[0], parts[1]);
    return "redirect:/returns/" + started.record().id() + "?started";
  }

  /** A line of a table: label and cells, all words. */
  public record Row(String label, List<String> cells) {}

  @GetMapping("/returns/{id}")
  String view(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "saved", required = false) String saved,
      @RequestParam(name = "done", required = false) String done,
      Model model) {
    ReturnView view = returns.view(actor, id);
    QuarterlyReturn ret = view.content();
    model.addAttribute("view", view);
    model.addAttribute("banner", banner(saved, done));
    model.addAttribute("sections", view.may().edit() ? SectionForm.sections(view) : List.of());
    model.addAttribute(
        "signOffs",
        returns.signOffs(actor, id).stream()
            .map(
                s ->
                    new Row(
                        view.hwbName(s.party()),
                        List.of(
                            s.signatoryName() == null ? "" : s.signatoryName(),
                            DAY.format(s.signedAt().atZone(java.time.ZoneId.of("Europe/London"))))))
            .toList());
    model.addAttribute("next", next(view));
    model.addAttribute("period", ReturnWords.quarter(ret.quarter()) + " " + ret.year());
    model.addAttribute("asAt", ret.asAt() == null ? "Not given" : DAY.format(ret.asAt()));
    List<Row> hwbs = new ArrayList<>();
    for (var h : view.summary().byHwb()) {
      hwbs.add(
          new Row(
              view.hwbName(h.hwb()),
              List.of(
                  h.conditionsMet() + " of " + h.conditionsReported(),
                  h.metricsOnTrack() + " of " + h.metricsReported())));
    }
    model.addAttribute("hwbs", hwbs);
    List<Row> conditions = new ArrayList<>();
    for (var c : ret.nationalConditions()) {
      conditions.add(
          new Row(
              view.hwbName(c.hwb()),
              List.of(
                  view.conditionName(c.condition(), c.subItem()),
                  ReturnWords.status(c.status()),
                  c.expectedDate() != null
                      ? DAY.format(c.expectedDate())
                      : c.expectedDateText() == null ? "" : c.expectedDateText(),
                  c.regionalShareMet() == null ? "" : percent(c.regionalShareMet()))));
    }
    model.addAttribute("conditions", conditions);
    List<Row> metrics = new ArrayList<>();
    for (var m : ret.metrics()) {
      metrics.add(
          new Row(
              view.hwbName(m.hwb()),
              List.of(
                  view.metricName(m.metric()),
                  m.progress() == null ? "Not stated" : ReturnWords.status(m.progress()),
                  m.latestActual() == null
                      ? ""
                      : m.latestActual().stripTrailingZeros().toPlainString())));
    }
    model.addAttribute("metrics", metrics);
    List<Row> spend = new ArrayList<>();
    if (ret.incomeAndExpenditure() != null) {
      for (var l : ret.incomeAndExpenditure().expenditure()) {
        spend.add(
            new Row(l.description() == null ? words(l.scheme()) : l.description(), amounts(l)));
      }
    }
    model.addAttribute("spend", spend);
    List<Row> income = new ArrayList<>();
    if (ret.incomeAndExpenditure() != null) {
      for (var l : ret.incomeAndExpenditure().income()) {
        String source =
            l.source() == null
                ? null
                : view.round()
                    .fundingStream(l.source())
                    .map(s -> s.name())
                    .orElse("A source the round does not name");
        income.add(
            new Row(
                l.description() != null
                    ? l.description()
                    : source != null ? source : "Income not described",
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                            l.organisation() == null
                                ? "Not stated"
                                : view.plan().organisationName(l.organisation())),
                        amounts(l).stream())
                    .toList()));
      }
    }
    model.addAttribute("income", income);
    Map<String, String> totals = new LinkedHashMap<>();
    totals.put("Income (plan)", money(view.summary().incomePlan()));
    totals.put("Expenditure (plan)", money(view.summary().expenditurePlan()));
    totals.put("Forecast variance", money(view.summary().forecastVariance()));
    if (view.summary().paymentForPerformanceMaximum() != null) {
      totals.put(
          "Payment for performance, at most", money(view.summary().paymentForPerformanceMaximum()));
    }
    model.addAttribute("totals", totals);
    return "returns/view";
  }

  private static String banner(String saved, String done) {
    if (saved != null) {
      return bcf.returns.ReturnPart.of(saved)
          .map(p -> p.label() + " saved")
          .orElse("The section was saved");
    }
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "sign-off" -> "You signed off the return for your board";
      case "submit" -> "The return was submitted to NHS England";
      case "assure" -> "Your view of the return was recorded";
      default -> null;
    };
  }

  /** What happens next, in words, for whoever reads the page. */
  private static String next(ReturnView view) {
    return switch (view.status()) {
      case DRAFT ->
          view.may().sign()
              ? "Sign off the return for your board once it is ready."
              : "The return is being filled. Each board's signatory signs it off, then an editor"
                  + " submits it.";
      case SIGNED_OFF ->
          view.may().submit()
              ? "Every board has signed off: submit the return to NHS England. An edit now takes"
                  + " it back to draft."
              : "Every board has signed off; an editor of the plan submits it.";
      case SUBMITTED ->
          view.may().assure()
              ? "Give NHS England's view of the return."
              : "The return is with NHS England for assurance.";
      case ASSURED -> "NHS England has given its view of the return.";
    };
  }

  /** A code as words, for the few codes the round names only by code. */
  /** A finance line's plan, actual to date and forecast, and its variance or forecast in words. */
  private static List<String> amounts(QuarterlyReturn.FinanceLine l) {
    return List.of(
        money(l.plan()),
        money(l.actualToDate()),
        money(l.forecastOutturn()),
        l.variance()
            .map(ReturnPages::money)
            .orElse(l.forecastNote() == null ? "" : l.forecastNote()));
  }

  private static String words(String code) {
    if (code == null) {
      return "";
    }
    String text = code.replace('-', ' ');
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String percent(BigDecimal share) {
    return share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString()
        + "%";
  }

  private static String money(Money amount) {
    return amount == null ? "Not given" : amount.format();
  }

  static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
