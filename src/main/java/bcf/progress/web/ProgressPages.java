package bcf.progress.web;

import bcf.access.Actor;
import bcf.kernel.FinancialYear;
import bcf.kernel.Refusal;
import bcf.progress.ProgressRefusal;
import bcf.progress.ProgressService;
import bcf.progress.log.Commitment;
import bcf.progress.log.Finding;
import bcf.progress.log.Milestone;
import bcf.progress.log.ProgressEdits;
import bcf.progress.log.ProgressLog;
import bcf.progress.log.ProgressRules;
import bcf.progress.log.Quarter;
import bcf.progress.log.QuarterStatus;
import bcf.progress.log.Rag;
import bcf.progress.log.Theme;
import bcf.progress.log.When;
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
      default -> null;
    };
  }

  // The forms.

  /** A choice of a list: the value sent and the words shown. */
  record Choice(String value, String label) {}

  @GetMapping("/plans/{id}/progress/commitment")
  String commitmentForm(Actor actor, @PathVariable String id, Model model) {
    ProgressService.ProgressView view = progress.editable(actor, id);
    return form(model, view, "commitment", view.version(), Map.of(), new LinkedHashMap<>());
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
    String theme = values.get("theme");
    if (theme.isEmpty()) {
      theme = values.get("newTheme");
      if (theme.isEmpty()) {
        errors.put("theme", "Choose the theme, or name a new one");
      }
    } else if (themes(view).stream().noneMatch(theme::equals)) {
      errors.put("theme", "Choose one of the themes listed");
    }
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
    ProgressService.ProgressView view = progress.editable(actor, id);
    return form(model, view, "milestone", view.version(), Map.of(), new LinkedHashMap<>());
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
    Milestone milestone = new Milestone(values.get("what"), due, done);
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
    ProgressService.ProgressView view = progress.editable(actor, id);
    return form(model, view, "status", view.version(), Map.of(), new LinkedHashMap<>());
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
        return "redirect:/plans/" + id + "/progress?saved=" + which;
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
      }
    }
    return form(model, view, which, base == null ? view.version() : base, values, errors);
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
    String heading =
        switch (which) {
          case "commitment" -> "Add a commitment";
          case "milestone" -> "Add a milestone";
          default -> "Record a quarter's status";
        };
    model.addAttribute("heading", heading);
    model.addAttribute("title", heading + " – " + view.plan().record().title());
    return "progress/" + which;
  }

  private static List<String> themes(ProgressService.ProgressView view) {
    return view.log().themes().stream().map(Theme::name).toList();
  }

  /** Each commitment as "Theme: name", its value the positions (the form carries the version). */
  private static List<Choice> commitments(ProgressLog log) {
    List<Choice> choices = new ArrayList<>();
    for (int t = 0; t < log.themes().size(); t++) {
      Theme theme = log.themes().get(t);
      for (int c = 0; c < theme.commitments().size(); c++) {
        choices.add(
            new Choice(t + "-" + c, theme.name() + ": " + theme.commitments().get(c).name()));
      }
    }
    return choices;
  }

  /** The theme and name of the commitment chosen, or an error. */
  private static String[] commitment(ProgressLog log, String value, Map<String, String> errors) {
    if (value.matches("\\d{1,4}-\\d{1,4}")) {
      int t = Integer.parseInt(value.substring(0, value.indexOf('-')));
      int c = Integer.parseInt(value.substring(value.indexOf('-') + 1));
      if (t < log.themes().size() && c < log.themes().get(t).commitments().size()) {
        Theme theme = log.themes().get(t);
        return new String[] {theme.name(), theme.commitments().get(c).name()};
      }
    }
    errors.put("commitment", "Choose one of the commitments listed");
    return new String[] {"", ""};
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
              + ("due".equals(label) ? "due" : "done")
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
