package bcf.progress.web;

import bcf.access.Actor;
import bcf.kernel.FinancialYear;
import bcf.kernel.Refusal;
import bcf.progress.ProgressRefusal;
import bcf.progress.ProgressService;
import bcf.progress.log.Commitment;
import bcf.progress.log.Finding;
import bcf.progress.log.Milestone;
import bcf.progress.log.PerformanceRow;
import bcf.progress.log.PerformanceTable;
import bcf.progress.log.ProgressEdits;
import bcf.progress.log.ProgressLog;
import bcf.progress.log.ProgressRules;
import bcf.progress.log.Quarter;
import bcf.progress.log.QuarterStatus;
import bcf.progress.log.Rag;
import bcf.progress.log.Theme;
import bcf.progress.log.Trend;
import bcf.progress.log.When;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan's progress against its aims, for people: the page (aims by theme with RAG tags in words,
 * counts by RAG per quarter, each commitment's history of changes, the performance tables) and the
 * forms to add a commitment or a milestone and to record a quarter's status. A form that cannot be
 * saved comes back with the GOV.UK error summary and each field's message; nothing is half-saved.
 */
@Controller
class ProgressPages {

  private final ProgressService progress;

  ProgressPages(ProgressService progress) {
    this.progress = progress;
  }

  @GetMapping("/plans/{id}/progress")
  String page(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String saved,
      Model model) {
    ProgressService.ProgressView view = progress.view(actor, id);
    model.addAttribute("page", ProgressPage.of(view));
    model.addAttribute("title", "Progress against aims – " + view.plan().record().title());
    model.addAttribute("saved", savedMessage(saved));
    return "progress/progress";
  }

  private static String savedMessage(String saved) {
    if (saved == null) {
      return null;
    }
    return switch (saved) {
      case "commitment" -> "The commitment was added.";
      case "milestone" -> "The milestone was added.";
      case "status" -> "The quarter's status was recorded.";
      case "commitment-changed" -> "The commitment was changed.";
      case "commitment-removed" -> "The commitment was removed.";
      case "milestone-changed" -> "The milestone was changed.";
      case "milestone-removed" -> "The milestone was removed.";
      case "performance" -> "The performance table was saved.";
      case "performance-removed" -> "The row was removed from the performance table.";
      default -> null;
    };
  }

  // The forms.

  /** A choice of a list: the value sent and the words shown. */
  record Choice(String value, String label) {}

  @GetMapping("/plans/{id}/progress/commitment")
  String commitmentForm(Actor actor, @PathVariable String id, Model model) {
    return emptyForm(actor, id, model, "commitment");
  }

  @PostMapping("/plans/{id}/progress/commitment")
  String addCommitment(
      Actor actor,
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    Map<String, String> values = values(form, "theme", "newTheme", "name", "scheme", "aim");
    Map<String, String> errors = new LinkedHashMap<>();
    String theme = theme(view, values, errors);
    String scheme = commitmentChecked(view, values, errors);
    String chosenTheme = theme;
    Commitment commitment =
        new Commitment(
            values.get("name"), scheme, null, null, values.get("aim"), null, List.of(), List.of());
    return save(
        actor,
        id,
        model,
        view,
        "commitment",
        form,
        values,
        errors,
        log -> ProgressEdits.addCommitment(log, chosenTheme, commitment));
  }

  @GetMapping("/plans/{id}/progress/milestone")
  String milestoneForm(Actor actor, @PathVariable String id, Model model) {
    return emptyForm(actor, id, model, "milestone");
  }

  @PostMapping("/plans/{id}/progress/milestone")
  String addMilestone(
      Actor actor,
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    Map<String, String> values =
        values(
            form,
            "commitment",
            "what",
            "due-day",
            "due-month",
            "due-year",
            "done-day",
            "done-month",
            "done-year");
    Map<String, String> errors = new LinkedHashMap<>();
    String[] chosen = commitment(view.log(), values.get("commitment"), errors);
    Milestone milestone = milestone(values, errors);
    return save(
        actor,
        id,
        model,
        view,
        "milestone",
        form,
        values,
        errors,
        log -> ProgressEdits.addMilestone(log, chosen[0], chosen[1], milestone));
  }

  @GetMapping("/plans/{id}/progress/status")
  String statusForm(Actor actor, @PathVariable String id, Model model) {
    return emptyForm(actor, id, model, "status");
  }

  @PostMapping("/plans/{id}/progress/status")
  String recordStatus(
      Actor actor,
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    Map<String, String> values = values(form, "commitment", "quarter", "rag", "reason", "achieved");
    Map<String, String> errors = new LinkedHashMap<>();
    String[] chosen = commitment(view.log(), values.get("commitment"), errors);
    Quarter quarter = null;
    if (quarters(view).stream().noneMatch(q -> q.value().equals(values.get("quarter")))) {
      errors.put("quarter", "Choose a quarter of the plan's years");
    } else {
      quarter = Quarter.parse(values.get("quarter"));
    }
    Rag rag = Rag.of(values.get("rag")).orElse(null);
    if (rag == null) {
      errors.put("rag", "Choose red, amber or green");
    }
    QuarterStatus status =
        new QuarterStatus(
            quarter,
            rag,
            values.get("reason").isEmpty() ? null : values.get("reason"),
            values.get("achieved").isEmpty() ? null : values.get("achieved"));
    return save(
        actor,
        id,
        model,
        view,
        "status",
        form,
        values,
        errors,
        log -> ProgressEdits.recordStatus(log, chosen[0], chosen[1], status));
  }

  /** The theme chosen from the list, or the new theme named; the error beside it otherwise. */
  private static String theme(
      ProgressService.ProgressView view, Map<String, String> values, Map<String, String> errors) {
    String theme = values.get("theme");
    if (theme.isEmpty()) {
      theme = values.get("newTheme");
      if (theme.isEmpty()) {
        errors.put("theme", "Choose the theme, or name a new one");
      }
    } else if (themes(view).stream().noneMatch(theme::equals)) {
      errors.put("theme", "Choose one of the themes listed");
    }
    return theme;
  }

  /**
   * Checks a commitment form's name, scheme and aim (adding and changing alike); the scheme chosen,
   * or null for none.
   */
  private static String commitmentChecked(
      ProgressService.ProgressView view, Map<String, String> values, Map<String, String> errors) {
    if (values.get("name").isEmpty()) {
      errors.put("name", "Enter what the commitment is called, such as HomeFirst");
    }
    String scheme = values.get("scheme").isEmpty() ? null : values.get("scheme");
    if (scheme != null && !view.facts().schemes().contains(scheme)) {
      errors.put("scheme", "Choose one of the plan's schemes, or none");
    }
    if (values.get("aim").isEmpty()) {
      errors.put("aim", "Enter what we aim to achieve");
    }
    return scheme;
  }

  /** A milestone form's milestone (adding and changing alike): what, and when due or done. */
  private static Milestone milestone(Map<String, String> values, Map<String, String> errors) {
    if (values.get("what").isEmpty()) {
      errors.put("what", "Enter what the milestone is");
    }
    When due = when(values, "due", "due", errors);
    When done = when(values, "done", "done", errors);
    if (due == null
        && done == null
        && !errors.containsKey("due-day")
        && !errors.containsKey("done-day")) {
      errors.put("due-day", "Enter when the milestone is due, or when it was done");
    }
    return new Milestone(values.get("what"), due, done);
  }

  // A commitment's page, and changing or removing a commitment, a milestone, a performance row.

  /**
   * Where the commitment a page names by its id is now (its theme's place and its place in it), or
   * 404 in words: a commitment removed since the page was opened is never mistaken for another.
   */
  private static int[] place(ProgressLog log, String commitment) {
    for (int t = 0; t < log.themes().size(); t++) {
      List<Commitment> commitments = log.themes().get(t).commitments();
      for (int c = 0; c < commitments.size(); c++) {
        if (commitment.equals(commitments.get(c).id())) {
          return new int[] {t, c};
        }
      }
    }
    throw ProgressRefusal.removedMeanwhile("commitment");
  }

  @GetMapping("/plans/{id}/progress/commitments/{commitment}")
  String commitmentPage(
      Actor actor, @PathVariable String id, @PathVariable String commitment, Model model) {
    ProgressService.ProgressView view = progress.view(actor, id);
    int[] at = place(view.log(), commitment);
    Theme theme = view.log().themes().get(at[0]);
    ProgressPage page = ProgressPage.of(view);
    ProgressPage.CommitmentView c = page.themes().get(at[0]).commitments().get(at[1]);
    model.addAttribute("page", page);
    model.addAttribute("theme", theme.name());
    model.addAttribute("c", c);
    model.addAttribute("commitment", commitment);
    model.addAttribute("title", c.name() + " – " + view.plan().record().title());
    return "progress/commitment-page";
  }

  @GetMapping("/plans/{id}/progress/commitments/{commitment}/change")
  String changeCommitmentForm(
      Actor actor, @PathVariable String id, @PathVariable String commitment, Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    ProgressEdits.Located at = located(view.log(), commitment);
    Commitment c = at.commitment();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("theme", at.theme());
    values.put("newTheme", "");
    values.put("name", c.name());
    values.put("scheme", c.scheme() == null ? "" : c.scheme());
    values.put("aim", c.aim() == null ? "" : c.aim());
    values.put("achieved", c.achieved() == null ? "" : c.achieved());
    putDate(values, "since", c.since());
    model.addAttribute("commitment", commitment);
    return form(model, view, "commitment-change", view.version(), values, new LinkedHashMap<>());
  }

  @PostMapping("/plans/{id}/progress/commitments/{commitment}/change")
  String changeCommitment(
      Actor actor,
      @PathVariable String id,
      @PathVariable String commitment,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    Map<String, String> values =
        values(
            form,
            "theme",
            "newTheme",
            "name",
            "scheme",
            "aim",
            "achieved",
            "since-day",
            "since-month",
            "since-year");
    Map<String, String> errors = new LinkedHashMap<>();
    // The commitment at this place now; a form from an older version is refused as a conflict.
    ProgressEdits.Located current = located(view.log(), commitment);
    String[] chosen = {current.theme(), current.commitment().name()};
    String theme = theme(view, values, errors);
    String scheme = commitmentChecked(view, values, errors);
    When since = when(values, "since", "since", errors);
    Commitment fields =
        new Commitment(
            values.get("name"),
            scheme,
            null,
            since,
            values.get("aim"),
            values.get("achieved").isEmpty() ? null : values.get("achieved"),
            List.of(),
            List.of());
    String toTheme = theme;
    model.addAttribute("commitment", commitment);
    return save(
        actor,
        id,
        model,
        view,
        "commitment-change",
        form,
        values,
        errors,
        log -> ProgressEdits.changeCommitment(log, chosen[0], chosen[1], toTheme, fields));
  }

  @GetMapping("/plans/{id}/progress/commitments/{commitment}/remove")
  String removeCommitmentForm(
      Actor actor, @PathVariable String id, @PathVariable String commitment, Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    Commitment c = located(view.log(), commitment).commitment();
    return removeForm(
        model,
        view,
        view.version(),
        "Remove the commitment " + c.name() + "?",
        "The commitment, its milestones and its quarterly statuses leave the log in a new version;"
            + " earlier versions keep them.",
        address(id, commitment, "/remove"),
        Map.of());
  }

  @PostMapping("/plans/{id}/progress/commitments/{commitment}/remove")
  String removeCommitment(
      Actor actor,
      @PathVariable String id,
      @PathVariable String commitment,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    ProgressEdits.Located at = located(view.log(), commitment);
    String name = at.commitment().name();
    return remove(
        actor,
        id,
        model,
        view,
        form,
        "commitment-removed",
        "Remove the commitment " + name + "?",
        address(id, commitment, "/remove"),
        log -> ProgressEdits.removeCommitment(log, at.theme(), name));
  }

  /** The commitment a page names by its id and its theme now, or 404 in words. */
  private static ProgressEdits.Located located(ProgressLog log, String commitment) {
    int[] at = place(log, commitment);
    Theme theme = log.themes().get(at[0]);
    return new ProgressEdits.Located(theme.name(), theme.commitments().get(at[1]));
  }

  /** The address of a commitment's form ({@code rest} such as "/remove"). */
  private static String address(String id, String commitment, String rest) {
    return "/plans/" + id + "/progress/commitments/" + commitment + rest;
  }

  /** What a milestone's form says of the milestone and its commitment. */
  private static void milestoneOf(Model model, String commitment, String milestone, Commitment c) {
    model.addAttribute("commitment", commitment);
    model.addAttribute("milestone", milestone);
    model.addAttribute("commitmentName", c.name());
  }

  /** Where the milestone a page names by its id is in its commitment now, or 404 in words. */
  private static int milestoneIndex(Commitment c, String milestone) {
    try {
      return ProgressEdits.milestoneIndex(c, milestone);
    } catch (ProgressEdits.MilestoneGone e) {
      throw ProgressRefusal.removedMeanwhile("milestone");
    }
  }

  @GetMapping("/plans/{id}/progress/commitments/{commitment}/milestones/{milestone}/change")
  String changeMilestoneForm(
      Actor actor,
      @PathVariable String id,
      @PathVariable String commitment,
      @PathVariable String milestone,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    Commitment c = located(view.log(), commitment).commitment();
    Milestone m = c.milestones().get(milestoneIndex(c, milestone));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("commitment", commitment);
    values.put("what", m.what());
    putDate(values, "due", m.due());
    putDate(values, "done", m.done());
    milestoneOf(model, commitment, milestone, c);
    return form(model, view, "milestone-change", view.version(), values, new LinkedHashMap<>());
  }

  @PostMapping("/plans/{id}/progress/commitments/{commitment}/milestones/{milestone}/change")
  String changeMilestone(
      Actor actor,
      @PathVariable String id,
      @PathVariable String commitment,
      @PathVariable String milestone,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    ProgressEdits.Located at = located(view.log(), commitment);
    Commitment c = at.commitment();
    int index = milestoneIndex(c, milestone);
    Map<String, String> values =
        values(
            form,
            "what",
            "due-day",
            "due-month",
            "due-year",
            "done-day",
            "done-month",
            "done-year");
    values.put("commitment", commitment);
    Map<String, String> errors = new LinkedHashMap<>();
    Milestone changed = milestone(values, errors);
    milestoneOf(model, commitment, milestone, c);
    return save(
        actor,
        id,
        model,
        view,
        "milestone-change",
        form,
        values,
        errors,
        log -> ProgressEdits.changeMilestone(log, at.theme(), c.name(), index, changed));
  }

  @GetMapping("/plans/{id}/progress/commitments/{commitment}/milestones/{milestone}/remove")
  String removeMilestoneForm(
      Actor actor,
      @PathVariable String id,
      @PathVariable String commitment,
      @PathVariable String milestone,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    Commitment c = located(view.log(), commitment).commitment();
    Milestone m = c.milestones().get(milestoneIndex(c, milestone));
    return removeForm(
        model,
        view,
        view.version(),
        "Remove the milestone " + m.what() + "?",
        "The milestone leaves "
            + c.name()
            + " in a new version of the log; earlier versions keep it.",
        address(id, commitment, "/milestones/" + milestone + "/remove"),
        Map.of());
  }

  @PostMapping("/plans/{id}/progress/commitments/{commitment}/milestones/{milestone}/remove")
  String removeMilestone(
      Actor actor,
      @PathVariable String id,
      @PathVariable String commitment,
      @PathVariable String milestone,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    ProgressEdits.Located at = located(view.log(), commitment);
    Commitment c = at.commitment();
    int index = milestoneIndex(c, milestone);
    return remove(
        actor,
        id,
        model,
        view,
        form,
        "milestone-removed",
        "Remove the milestone " + c.milestones().get(index).what() + "?",
        address(id, commitment, "/milestones/" + milestone + "/remove"),
        log -> ProgressEdits.removeMilestone(log, at.theme(), c.name(), index));
  }

  /** A form to add something, empty, from the version now current. */
  private String emptyForm(Actor actor, String id, Model model, String which) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    return form(model, view, which, view.version(), Map.of(), new LinkedHashMap<>());
  }

  private String removeForm(
      Model model,
      ProgressService.ProgressView view,
      int baseVersion,
      String heading,
      String body,
      String action,
      Map<String, String> errors) {
    model.addAttribute("planTitle", view.plan().record().title());
    model.addAttribute("planId", view.plan().record().id());
    model.addAttribute("baseVersion", baseVersion);
    model.addAttribute("errors", errors);
    model.addAttribute("heading", heading);
    model.addAttribute("body", body);
    model.addAttribute("action", action);
    model.addAttribute(
        "title",
        (errors.isEmpty() ? "" : "Error: ") + heading + " – " + view.plan().record().title());
    return "progress/remove";
  }

  private String remove(
      Actor actor,
      String id,
      Model model,
      ProgressService.ProgressView view,
      MultiValueMap<String, String> form,
      String which,
      String heading,
      String action,
      UnaryOperator<ProgressLog> edit) {
    Integer base = baseVersion(form.getFirst("baseVersion"));
    Map<String, String> errors = new LinkedHashMap<>();
    if (base == null) {
      errors.put(
          "error-summary", "The form is missing its version: open it again from the progress page");
    } else {
      try {
        progress.edit(actor, id, base, edit);
        return "redirect:/plans/" + id + "/progress?saved=" + which;
      } catch (ProgressRefusal e) {
        if (e.kind() != Refusal.Kind.UNUSABLE && e.kind() != Refusal.Kind.CONFLICT) {
          throw e;
        }
        errors.put("error-summary", e.getMessage());
      } catch (bcf.document.EditConflict e) {
        errors.put("error-summary", e.getMessage());
      }
    }
    return removeForm(
        model,
        view,
        base == null ? view.version() : base,
        heading,
        "Nothing was removed.",
        action,
        errors);
  }

  // The performance table: add a row, or change one.

  @GetMapping("/plans/{id}/progress/performance")
  String performanceForm(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String row,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("row", "");
    if (year != null || row != null) {
      PerformanceTable table = performanceTable(view, year, row);
      PerformanceRow r = table.rows().get(Integer.parseInt(row));
      values.put("row", row);
      values.put("year", table.year().toString());
      values.put(
          "comparedWith", table.comparedWith() == null ? "" : table.comparedWith().toString());
      values.put("metric", r.metric());
      values.put("rag", r.rag() == null ? "" : r.rag().code());
      values.put("weeklyVolume", plain(r.weeklyVolume()));
      values.put(
          "growth",
          plain(r.growthPercent() != null ? r.growthPercent() : r.growthPercentagePoints()));
      values.put("growthUnit", r.growthPercentagePoints() != null ? "points" : "percent");
      values.put("weeklyGrowth", plain(r.weeklyGrowth()));
      values.put("trend", r.trend() == null ? "" : r.trend().code());
    }
    return form(model, view, "performance", view.version(), values, new LinkedHashMap<>());
  }

  @PostMapping("/plans/{id}/progress/performance")
  String savePerformanceRow(
      Actor actor,
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    Map<String, String> values =
        values(
            form,
            "row",
            "year",
            "comparedWith",
            "metric",
            "rag",
            "weeklyVolume",
            "growth",
            "growthUnit",
            "weeklyGrowth",
            "trend");
    Map<String, String> errors = new LinkedHashMap<>();
    List<FinancialYear> years = performanceYears(view);
    FinancialYear year =
        years.stream()
            .filter(y -> y.toString().equals(values.get("year")))
            .findFirst()
            .orElse(null);
    if (year == null) {
      errors.put("year", "Choose the year the table is for");
    }
    FinancialYear comparedWith = null;
    if (!values.get("comparedWith").isEmpty()) {
      comparedWith =
          years.stream()
              .filter(y -> y.toString().equals(values.get("comparedWith")))
              .findFirst()
              .orElse(null);
      if (comparedWith == null) {
        errors.put("comparedWith", "Choose a year listed, or none");
      } else if (year != null && comparedWith.compareTo(year) >= 0) {
        errors.put("comparedWith", "The year compared with must be before the table's year");
      }
    }
    int index = -1;
    if (!values.get("row").isEmpty()) {
      if (!values.get("row").matches("\\d{1,4}")) {
        throw ProgressRefusal.notFound("performance row");
      }
      index = Integer.parseInt(values.get("row"));
    }
    if (values.get("metric").isEmpty()) {
      errors.put("metric", "Enter the measure, such as Non-elective admissions");
    }
    Rag rag = Rag.of(values.get("rag")).orElse(null);
    if (rag == null) {
      errors.put("rag", "Choose red, amber or green");
    }
    BigDecimal weeklyVolume =
        number(values, "weeklyVolume", "The volume per week must be a number, such as 974", errors);
    BigDecimal growth =
        number(values, "growth", "The growth must be a number, such as 2.7 or -13", errors);
    BigDecimal weeklyGrowth =
        number(values, "weeklyGrowth", "The growth per week must be a number, such as 26", errors);
    boolean points = "points".equals(values.get("growthUnit"));
    if (growth != null && !points && !"percent".equals(values.get("growthUnit"))) {
      errors.put("growthUnit", "Say whether the growth is in per cent or percentage points");
    }
    Trend trend = null;
    if (!values.get("trend").isEmpty()) {
      trend = Trend.of(values.get("trend")).orElse(null);
      if (trend == null) {
        errors.put("trend", "Choose rising, falling or level, or not given");
      }
    }
    PerformanceRow row =
        new PerformanceRow(
            values.get("metric"),
            rag,
            weeklyVolume,
            points ? null : growth,
            weeklyGrowth,
            points ? growth : null,
            trend);
    FinancialYear chosenYear = year;
    FinancialYear chosenComparedWith = comparedWith;
    int chosenIndex = index;
    return save(
        actor,
        id,
        model,
        view,
        "performance",
        form,
        values,
        errors,
        log -> {
          try {
            return ProgressEdits.putPerformanceRow(
                log, chosenYear, chosenComparedWith, chosenIndex, row);
          } catch (ProgressEdits.NoSuchRow e) {
            throw ProgressRefusal.notFound("performance row");
          }
        });
  }

  @GetMapping("/plans/{id}/progress/performance/remove")
  String removePerformanceRowForm(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String row,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    PerformanceTable table = performanceTable(view, year, row);
    PerformanceRow r = table.rows().get(Integer.parseInt(row));
    return removeForm(
        model,
        view,
        view.version(),
        "Remove " + r.metric() + " from the " + table.year().display() + " performance table?",
        "The row leaves the table in a new version of the log; earlier versions keep it.",
        removeRowAction(id, table, row),
        Map.of());
  }

  @PostMapping("/plans/{id}/progress/performance/remove")
  String removePerformanceRow(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String row,
      @RequestParam MultiValueMap<String, String> form,
      Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    PerformanceTable table = performanceTable(view, year, row);
    int index = Integer.parseInt(row);
    PerformanceRow r = table.rows().get(index);
    return remove(
        actor,
        id,
        model,
        view,
        form,
        "performance-removed",
        "Remove " + r.metric() + " from the " + table.year().display() + " performance table?",
        removeRowAction(id, table, row),
        log -> {
          try {
            return ProgressEdits.removePerformanceRow(log, table.year(), index);
          } catch (ProgressEdits.NoSuchRow e) {
            throw ProgressRefusal.notFound("performance row");
          }
        });
  }

  private static String removeRowAction(String id, PerformanceTable table, String row) {
    return "/plans/" + id + "/progress/performance/remove?year=" + table.year() + "&row=" + row;
  }

  /** The year's table holding the row asked for, or 404 in words when there is none. */
  private static PerformanceTable performanceTable(
      ProgressService.ProgressView view, String year, String row) {
    PerformanceTable table =
        view.log().performance().stream()
            .filter(t -> t.year().toString().equals(year))
            .findFirst()
            .orElseThrow(() -> ProgressRefusal.notFound("performance table"));
    if (row == null || !row.matches("\\d{1,4}") || Integer.parseInt(row) >= table.rows().size()) {
      throw ProgressRefusal.notFound("performance row");
    }
    return table;
  }

  /** The years a performance table may be for or compared with: the plan's and three before. */
  private static List<FinancialYear> performanceYears(ProgressService.ProgressView view) {
    java.util.TreeSet<FinancialYear> years = new java.util.TreeSet<>(view.facts().years());
    view.log()
        .performance()
        .forEach(
            t -> {
              years.add(t.year());
              if (t.comparedWith() != null) {
                years.add(t.comparedWith());
              }
            });
    if (!years.isEmpty()) {
      FinancialYear first = years.first();
      for (int i = 1; i <= 3; i++) {
        years.add(new FinancialYear(first.startYear() - i));
      }
    }
    return List.copyOf(years);
  }

  private static BigDecimal number(
      Map<String, String> values, String field, String message, Map<String, String> errors) {
    String text = values.get(field).replace(",", "").replace("%", "").strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!text.matches("-?\\d{1,12}(\\.\\d{1,6})?")) {
      errors.put(field, message);
      return null;
    }
    return new BigDecimal(text);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static void putDate(Map<String, String> values, String prefix, When when) {
    values.put(
        prefix + "-day", when == null || !when.exact() ? "" : "" + when.date().getDayOfMonth());
    values.put(
        prefix + "-month",
        when == null
            ? ""
            : "" + (when.exact() ? when.date().getMonthValue() : when.month().getMonthValue()));
    values.put(
        prefix + "-year",
        when == null ? "" : "" + (when.exact() ? when.date().getYear() : when.month().getYear()));
  }

  private String save(
      Actor actor,
      String id,
      Model model,
      ProgressService.ProgressView view,
      String which,
      MultiValueMap<String, String> form,
      Map<String, String> values,
      Map<String, String> errors,
      UnaryOperator<ProgressLog> edit) {
    Integer base = baseVersion(form.getFirst("baseVersion"));
    if (base == null) {
      errors.put(
          "error-summary", "The form is missing its version: open it again from the progress page");
    }
    if (errors.isEmpty()) {
      try {
        progress.edit(actor, id, base, edit);
        return "redirect:/plans/" + id + "/progress?saved=" + savedName(which);
      } catch (ProgressRefusal e) {
        if (e.kind() != Refusal.Kind.UNUSABLE && e.kind() != Refusal.Kind.CONFLICT) {
          throw e;
        }
        if (e.findings().isEmpty()) {
          errors.put("error-summary", e.getMessage());
        }
        for (Finding f : e.findings()) {
          errors.putIfAbsent(
              field(f.rule()),
              f.message().substring(0, 1).toUpperCase() + f.message().substring(1));
        }
      } catch (bcf.document.EditConflict e) {
        errors.put("error-summary", e.getMessage());
      } catch (ProgressEdits.NoSuchCommitment e) {
        errors.put("commitment", "Choose one of the commitments listed");
      } catch (ProgressEdits.CommitmentGone | ProgressEdits.MilestoneGone e) {
        errors.put("error-summary", e.getMessage());
      }
    }
    return form(model, view, which, base == null ? view.version() : base, values, errors);
  }

  private static String savedName(String which) {
    return switch (which) {
      case "commitment-change" -> "commitment-changed";
      case "milestone-change" -> "milestone-changed";
      default -> which;
    };
  }

  /** The form field a broken rule belongs to. */
  private static String field(String rule) {
    return switch (rule) {
      case ProgressRules.REASON_MISSING -> "reason";
      case ProgressRules.QUARTER_OUTSIDE_PLAN,
          ProgressRules.QUARTER_NOT_BEGUN,
          ProgressRules.QUARTER_TWICE ->
          "quarter";
      case ProgressRules.DONE_BEFORE_COMMITMENT, ProgressRules.DONE_IN_FUTURE -> "done-day";
      case ProgressRules.UNKNOWN_SCHEME -> "scheme";
      case ProgressRules.COMMITMENT_TWICE -> "name";
      case ProgressRules.THEME_TWICE -> "theme";
      case ProgressRules.PERFORMANCE_YEAR_ORDER -> "comparedWith";
      default -> "error-summary";
    };
  }

  private String form(
      Model model,
      ProgressService.ProgressView view,
      String which,
      int baseVersion,
      Map<String, String> values,
      Map<String, String> errors) {
    model.addAttribute("planTitle", view.plan().record().title());
    model.addAttribute("planId", view.plan().record().id());
    model.addAttribute("baseVersion", baseVersion);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("themes", themes(view).stream().map(t -> new Choice(t, t)).toList());
    model.addAttribute(
        "schemes", view.facts().schemes().stream().map(s -> new Choice(s, s)).toList());
    model.addAttribute("commitments", commitments(view.log()));
    model.addAttribute("quarters", quarters(view));
    model.addAttribute(
        "rags",
        List.of(
            new Choice("red", "Red: off track"),
            new Choice("amber", "Amber: at risk"),
            new Choice("green", "Green: on track")));
    model.addAttribute(
        "years",
        performanceYears(view).stream().map(y -> new Choice(y.toString(), y.display())).toList());
    model.addAttribute(
        "trends",
        List.of(
            new Choice("up", "Rising"),
            new Choice("down", "Falling"),
            new Choice("level", "Level")));
    String heading =
        switch (which) {
          case "commitment" -> "Add a commitment";
          case "commitment-change" -> "Change the commitment";
          case "milestone" -> "Add a milestone";
          case "milestone-change" -> "Change the milestone";
          case "performance" ->
              values.getOrDefault("row", "").isEmpty()
                  ? "Add a row to a performance table"
                  : "Change a row of the performance table";
          default -> "Record a quarter's status";
        };
    model.addAttribute("heading", heading);
    model.addAttribute(
        "title",
        (errors.isEmpty() ? "" : "Error: ") + heading + " – " + view.plan().record().title());
    return "progress/" + which.replace("-change", "");
  }

  private static List<String> themes(ProgressService.ProgressView view) {
    return view.log().themes().stream().map(Theme::name).toList();
  }

  /** Each commitment as "Theme: name", its value the commitment's id. */
  private static List<Choice> commitments(ProgressLog log) {
    List<Choice> choices = new ArrayList<>();
    for (Theme theme : log.themes()) {
      for (Commitment c : theme.commitments()) {
        choices.add(new Choice(c.id(), theme.name() + ": " + c.name()));
      }
    }
    return choices;
  }

  /** The theme and name of the commitment chosen by its id, or an error. */
  private static String[] commitment(ProgressLog log, String value, Map<String, String> errors) {
    if (value.isEmpty()) {
      errors.put("commitment", "Choose one of the commitments listed");
      return new String[] {"", ""};
    }
    try {
      ProgressEdits.Located at = ProgressEdits.locate(log, value);
      return new String[] {at.theme(), at.commitment().name()};
    } catch (ProgressEdits.CommitmentGone e) {
      errors.put(
          "commitment",
          "That commitment has been removed since you opened the page; choose one of the"
              + " commitments listed");
      return new String[] {"", ""};
    }
  }

  /** The plan's quarters, "2017/18 quarter 1 (April to June 2017)". */
  private static List<Choice> quarters(ProgressService.ProgressView view) {
    List<Choice> choices = new ArrayList<>();
    for (FinancialYear year : view.facts().years()) {
      for (int n = 1; n <= 4; n++) {
        Quarter quarter = new Quarter(year, n);
        YearMonth first = year.firstMonth().plusMonths(3L * (n - 1));
        YearMonth last = first.plusMonths(2);
        choices.add(
            new Choice(
                quarter.code(),
                quarter.words()
                    + " ("
                    + month(first)
                    + " to "
                    + month(last)
                    + " "
                    + last.getYear()
                    + ")"));
      }
    }
    return choices;
  }

  private static String month(YearMonth month) {
    return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
  }

  /** A GOV.UK date input whose day may be left empty when only the month is known. */
  private static When when(
      Map<String, String> values, String prefix, String label, Map<String, String> errors) {
    String day = values.get(prefix + "-day");
    String month = values.get(prefix + "-month");
    String year = values.get(prefix + "-year");
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      return null;
    }
    try {
      if (!month.matches("\\d{1,2}")
          || !year.matches("\\d{4}")
          || !(day.isEmpty() || day.matches("\\d{1,2}"))) {
        throw new DateTimeException("not numbers");
      }
      YearMonth ym = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
      return day.isEmpty()
          ? When.in(ym)
          : When.on(LocalDate.of(ym.getYear(), ym.getMonthValue(), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      errors.put(
          prefix + "-day",
          "The date "
              + label
              + " must be a real date, such as 30 9 2017, or a month and year, such as 9 2017");
      return null;
    }
  }

  private static Map<String, String> values(MultiValueMap<String, String> form, String... fields) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String field : fields) {
      String value = form.getFirst(field);
      values.put(field, value == null ? "" : value.strip());
    }
    return values;
  }

  private static Integer baseVersion(String text) {
    return text != null && text.strip().matches("\\d{1,9}") ? Integer.parseInt(text.strip()) : null;
  }
}
