package bcf.register.web;

import static bcf.register.web.RegisterForms.put;
import static bcf.register.web.RegisterForms.text;

import bcf.access.Actor;
import bcf.document.DocumentHistory;
import bcf.register.RegisterEdits;
import bcf.register.RegisterPart;
import bcf.register.RegisterRefusal;
import bcf.register.RegisterService;
import bcf.register.model.Entry;
import bcf.register.model.EntryStatus;
import bcf.register.model.EntryType;
import bcf.register.model.Escalation;
import bcf.register.model.Finding;
import bcf.register.model.HeatMapSvg;
import bcf.register.model.Level;
import bcf.register.model.Mitigation;
import bcf.register.model.Rating;
import bcf.register.model.Register;
import bcf.register.model.Review;
import bcf.register.model.Words;
import bcf.workflow.RequiredSignatures;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register's pages under the plan: the register (heat map with its table, exception report,
 * entries with filters, the register as it stood when the plan was signed), an entry with its
 * history, and the forms to start the register, add an entry, review (re-rate) one, add a
 * mitigation, escalate and close. Every choice is from a list; nobody types a code.
 */
@Controller
class RegisterPages {

  private final RegisterService registers;

  RegisterPages(RegisterService registers) {
    this.registers = registers;
  }

  /** A choice in a list: the value sent and the words shown. */
  public record Option(String value, String label) {}

  /** One row of the entries table, in words. */
  public record Row(
      String id,
      String name,
      String type,
      String level,
      String status,
      String owner,
      String rating,
      String band,
      String reviewDue) {}

  @GetMapping("/plans/{id}/register")
  String register(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String level,
      Model model) {
    Optional<RegisterService.RegisterView> found = registers.find(actor, id);
    model.addAttribute("planId", id);
    if (found.isEmpty()) {
      model.addAttribute("title", "Risk register");
      model.addAttribute("mayStart", registers.mayStart(actor, id));
      return "register/none";
    }
    RegisterService.RegisterView view = found.get();
    Register register = view.register();
    LocalDate today = registers.today();
    List<Row> rows = new ArrayList<>();
    for (Entry e : register.entries()) {
      if (matches(type, e.type() == null ? null : e.type().code())
          && matches(status, e.status().code())
          && matches(level, e.level() == null ? null : e.level().code())) {
        rows.add(row(register, e));
      }
    }
    model.addAttribute("title", "Risk register – " + view.planTitle());
    model.addAttribute("view", view);
    model.addAttribute("register", register);
    model.addAttribute("rows", rows);
    model.addAttribute("heatMap", view.heatMap());
    model.addAttribute("svg", HeatMapSvg.of(view.heatMap(), register.scale(), "heat-map"));
    model.addAttribute("exceptions", view.exceptions(today));
    model.addAttribute("today", Words.date(today));
    model.addAttribute("findings", view.findings().stream().map(Finding::describe).toList());
    model.addAttribute("types", options(EntryType.values(), "Any type"));
    model.addAttribute("statuses", options(EntryStatus.values(), "Any status"));
    model.addAttribute("levels", options(Level.values(), "Any level"));
    model.addAttribute("filter", new String[] {blank(type), blank(status), blank(level)});
    model.addAttribute("likelihoodLabels", register.scale().likelihood());
    model.addAttribute("impactLabels", register.scale().impact());
    model.addAttribute(
        "asSigned",
        registers
            .asSigned(actor, id)
            .map(
                s ->
                    new AsSigned(
                        Words.date(
                            s.signedAt()
                                .atZone(java.time.ZoneId.of("Europe/London"))
                                .toLocalDate()),
                        s.register().entries().stream().map(e -> row(s.register(), e)).toList()))
            .orElse(null));
    model.addAttribute("signOffs", signOffRows(registers.signOffs(actor, id)));
    model.addAttribute("maySign", !registers.signaturesFor(actor, id).isEmpty());
    return "register/register";
  }

  /** A sign-off of the register in words: who, for whom, which version, when, whether it counts. */
  public record SignOffRow(
      String who, String forWhom, int version, String signedOn, boolean counts, String status) {}

  private static List<SignOffRow> signOffRows(List<DocumentHistory.SignOffEntry> signOffs) {
    List<SignOffRow> rows = new ArrayList<>();
    for (DocumentHistory.SignOffEntry s : signOffs) {
      String who =
          s.signatoryName()
              + (s.position() == null ? "" : ", " + s.position())
              + (s.onBehalfOf() == null ? "" : " (on behalf of " + s.onBehalfOf() + ")");
      rows.add(
          new SignOffRow(
              who,
              s.partyName(),
              s.version(),
              Words.date(s.signedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()),
              s.valid(),
              s.valid()
                  ? "Counts"
                  : "Ended by a change to the register"
                      + (s.invalidatedByVersion() == null
                          ? ""
                          : " (version " + s.invalidatedByVersion() + ")")));
    }
    return rows;
  }

  @GetMapping("/plans/{id}/register/sign-off")
  String signOffForm(Actor actor, @PathVariable String id, Model model) {
    return signOffPage(actor, id, model, Map.of(), Map.of());
  }

  @PostMapping("/plans/{id}/register/sign-off")
  String signOff(
      Actor actor, @PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    List<RequiredSignatures.Required> mine = signatures(actor, id);
    String choice = text(fields, "signature");
    if (choice == null && mine.size() == 1) {
      choice = mine.get(0).party() + "|" + mine.get(0).role();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (choice == null || !choice.contains("|")) {
      errors.put("signature", "Choose whom you sign for.");
    }
    if (text(fields, "name") == null) {
      errors.put("name", "Enter the name of the person signing.");
    }
    if (!errors.isEmpty()) {
      return signOffPage(actor, id, model, errors, fields);
    }
    String[] parts = choice.split("\\|", 2);
    try {
      registers.signOff(
          actor, id, parts[0], parts[1], fields.get("name"), fields.get("onBehalfOf"));
    } catch (RegisterRefusal refused) {
      if (refused.kind() == bcf.kernel.Refusal.Kind.FORBIDDEN
          || refused.kind() == bcf.kernel.Refusal.Kind.NOT_FOUND) {
        throw refused;
      }
      return signOffPage(actor, id, model, Map.of("signature", refused.getMessage()), fields);
    }
    return "redirect:/plans/" + id + "/register?signed";
  }

  private List<RequiredSignatures.Required> signatures(Actor actor, String id) {
    if (actor.isAnonymous()) {
      throw new bcf.access.SignInRequired();
    }
    List<RequiredSignatures.Required> mine = registers.signaturesFor(actor, id);
    if (mine.isEmpty()) {
      // Not a signatory of this plan, or nothing left to sign: the register says who signed.
      registers.view(actor, id);
      throw RegisterRefusal.mayNotSignNow();
    }
    return mine;
  }

  private String signOffPage(
      Actor actor, String id, Model model, Map<String, String> errors, Map<String, String> values) {
    RegisterService.RegisterView view = registers.view(actor, id);
    List<RequiredSignatures.Required> mine = signatures(actor, id);
    model.addAttribute("title", "Sign the risk register");
    model.addAttribute("planId", id);
    model.addAttribute("view", view);
    model.addAttribute(
        "signatures",
        mine.stream()
            .map(r -> new Option(r.party() + "|" + r.role(), capital(r.describe())))
            .toList());
    model.addAttribute("errors", errors);
    model.addAttribute("values", values);
    return "register/sign-off";
  }

  /** The register as it stood when the plan was signed: the date and its entries then. */
  public record AsSigned(String signedOn, List<Row> rows) {}

  @GetMapping("/plans/{id}/register/entries/{entry}")
  String entry(Actor actor, @PathVariable String id, @PathVariable String entry, Model model) {
    RegisterService.RegisterView view = registers.view(actor, id);
    Register register = view.register();
    Entry e = register.entry(entry).orElseThrow(() -> notFound(entry));
    List<String[]> history = new ArrayList<>();
    for (Review r : register.history(entry)) {
      history.add(
          new String[] {
            r.date() == null ? "Not dated" : Words.date(r.date()),
            Words.rating(r.rating(), register.scale()),
            r.note() == null ? "" : r.note(),
            r.next() == null ? "" : Words.date(r.next())
          });
    }
    model.addAttribute(
        "title", e.name().length() > 60 ? e.name().substring(0, 57) + "..." : e.name());
    model.addAttribute("planId", id);
    model.addAttribute("view", view);
    model.addAttribute("entry", e);
    model.addAttribute("row", row(register, e));
    model.addAttribute(
        "target", e.target() == null ? null : Words.rating(e.target(), register.scale()));
    model.addAttribute("history", history);
    model.addAttribute(
        "mitigations",
        e.mitigations().stream()
            .map(
                m ->
                    new String[] {
                      m.action(),
                      m.owner() == null ? "" : m.owner(),
                      m.due() == null ? "" : Words.date(m.due()),
                      m.done() == null ? "Not said" : m.done() ? "Done" : "Not done"
                    })
            .toList());
    Escalation x = e.escalation();
    model.addAttribute(
        "escalation",
        x == null
            ? null
            : new String[] {
              x.by(),
              x.to(),
              x.on() == null ? "" : Words.date(x.on()),
              x.reason(),
              x.decided()
                  ? "Decided: " + (x.decision() == null ? "" : x.decision())
                  : "Decision awaited"
            });
    return "register/entry";
  }

  @PostMapping("/plans/{id}/register/start")
  String start(Actor actor, @PathVariable String id) {
    registers.start(actor, id);
    return "redirect:/plans/" + id + "/register?started";
  }

  // The forms. Each shows itself again with its errors, or saves and returns to the register.

  @GetMapping("/plans/{id}/register/entries/new")
  String newEntry(Actor actor, @PathVariable String id, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    return form(model, view, null, "add", Map.of(), Map.of("type", "risk", "status", "open"), null);
  }

  @PostMapping("/plans/{id}/register/entries/new")
  String addEntry(
      Actor actor, @PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Map<String, String> errors = new LinkedHashMap<>();
    EntryType type = EntryType.of(fields.getOrDefault("type", "")).orElse(null);
    if (type == null) {
      errors.put("type", "Choose what the entry is: a risk, assumption, issue or dependency");
    }
    String title = text(fields, "title");
    String description = text(fields, "description");
    if (title == null) {
      errors.put("title", "Enter a title");
    }
    Level level = Level.of(fields.getOrDefault("level", "")).orElse(null);
    LocalDate raised = date(fields, "raised", "the date it was raised", true, errors);
    LocalDate review = date(fields, "review", "the review date", false, errors);
    Rating target = rating(fields, "target", view.register(), errors);
    if (!errors.isEmpty()) {
      return form(model, view, null, "add", errors, fields, null);
    }
    String entryId = RegisterEdits.nextId(view.register(), type.code());
    Entry entry =
        new Entry(
            entryId,
            type,
            title,
            description,
            text(fields, "owner"),
            level,
            EntryStatus.OPEN,
            raised,
            review,
            target,
            List.of(),
            null);
    Rating first = rating(fields, "rating", view.register(), errors);
    if (!errors.isEmpty()) {
      return form(model, view, null, "add", errors, fields, null);
    }
    UnaryOperator<Register> add = RegisterEdits.add(entry);
    UnaryOperator<Register> edit =
        first == null
            ? add
            : r ->
                RegisterEdits.review(new Review(entryId, raised, first, "When raised", null))
                    .apply(add.apply(r));
    return save(
        actor,
        id,
        view,
        model,
        null,
        "add",
        fields,
        first == null
            ? List.of(RegisterPart.ENTRIES)
            : List.of(RegisterPart.ENTRIES, RegisterPart.REVIEWS),
        edit);
  }

  @GetMapping("/plans/{id}/register/entries/{entry}/review")
  String reviewForm(Actor actor, @PathVariable String id, @PathVariable String entry, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = entryOf(view, entry);
    Map<String, String> values = new LinkedHashMap<>();
    view.register()
        .current(entry)
        .ifPresent(
            r -> {
              put(values, "rating-likelihood", r.likelihood());
              put(values, "rating-impact", r.impact());
              put(values, "rating-category", r.category());
            });
    return form(model, view, e, "review", Map.of(), values, null);
  }

  @PostMapping("/plans/{id}/register/entries/{entry}/review")
  String review(
      Actor actor,
      @PathVariable String id,
      @PathVariable String entry,
      @RequestParam Map<String, String> fields,
      Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = entryOf(view, entry);
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate on = date(fields, "date", "the date of the review", true, errors);
    Rating rating = rating(fields, "rating", view.register(), errors);
    if (rating == null && !errors.containsKey("rating-likelihood")) {
      errors.put("rating-likelihood", "Choose the likelihood and the impact, or a rating");
    }
    LocalDate next = date(fields, "next", "the next review date", false, errors);
    if (!errors.isEmpty()) {
      return form(model, view, e, "review", errors, fields, null);
    }
    return save(
        actor,
        id,
        view,
        model,
        e,
        "review",
        fields,
        List.of(RegisterPart.REVIEWS),
        RegisterEdits.review(new Review(entry, on, rating, text(fields, "note"), next)));
  }

  @GetMapping("/plans/{id}/register/entries/{entry}/mitigation")
  String mitigationForm(
      Actor actor, @PathVariable String id, @PathVariable String entry, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = entryOf(view, entry);
    return form(model, view, e, "mitigation", Map.of(), Map.of(), null);
  }

  @PostMapping("/plans/{id}/register/entries/{entry}/mitigation")
  String mitigate(
      Actor actor,
      @PathVariable String id,
      @PathVariable String entry,
      @RequestParam Map<String, String> fields,
      Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = entryOf(view, entry);
    Map<String, String> errors = new LinkedHashMap<>();
    String action = text(fields, "action");
    if (action == null) {
      errors.put("action", "Enter the action");
    }
    LocalDate due = date(fields, "due", "the due date", false, errors);
    if (!errors.isEmpty()) {
      return form(model, view, e, "mitigation", errors, fields, null);
    }
    return save(
        actor,
        id,
        view,
        model,
        e,
        "mitigation",
        fields,
        List.of(RegisterPart.ENTRIES),
        RegisterEdits.mitigate(
            entry,
            new Mitigation(action, text(fields, "owner"), due, "yes".equals(fields.get("done")))));
  }

  @GetMapping("/plans/{id}/register/entries/{entry}/escalate")
  String escalateForm(
      Actor actor, @PathVariable String id, @PathVariable String entry, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = entryOf(view, entry);
    return form(model, view, e, "escalate", Map.of(), Map.of(), null);
  }

  @PostMapping("/plans/{id}/register/entries/{entry}/escalate")
  String escalate(
      Actor actor,
      @PathVariable String id,
      @PathVariable String entry,
      @RequestParam Map<String, String> fields,
      Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = entryOf(view, entry);
    Map<String, String> errors = new LinkedHashMap<>();
    String to = text(fields, "to");
    if (to == null || !escalationChoices(view.register()).contains(to)) {
      errors.put("to", "Choose to whom the entry is escalated");
    }
    LocalDate on = date(fields, "on", "the date it was escalated", true, errors);
    String reason = text(fields, "reason");
    if (reason == null) {
      errors.put("reason", "Enter why it is escalated and the decision asked for");
    }
    if (!errors.isEmpty()) {
      return form(model, view, e, "escalate", errors, fields, null);
    }
    return save(
        actor,
        id,
        view,
        model,
        e,
        "escalate",
        fields,
        List.of(RegisterPart.ENTRIES),
        RegisterEdits.escalate(
            entry, new Escalation(actor.displayName(), to, on, reason, false, null)));
  }

  @GetMapping("/plans/{id}/register/entries/{entry}/decide")
  String decideForm(Actor actor, @PathVariable String id, @PathVariable String entry, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = escalated(view, entry);
    return form(model, view, e, "decide", Map.of(), Map.of(), null);
  }

  @PostMapping("/plans/{id}/register/entries/{entry}/decide")
  String decide(
      Actor actor,
      @PathVariable String id,
      @PathVariable String entry,
      @RequestParam Map<String, String> fields,
      Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = escalated(view, entry);
    String decision = text(fields, "decision");
    if (decision == null) {
      return form(
          model, view, e, "decide", Map.of("decision", "Enter what was decided"), fields, null);
    }
    return save(
        actor,
        id,
        view,
        model,
        e,
        "decide",
        fields,
        List.of(RegisterPart.ENTRIES),
        RegisterEdits.decide(entry, decision));
  }

  /** The register's entry, or 404 in words when it has none of that reference. */
  private static Entry entryOf(RegisterService.RegisterView view, String entry) {
    return view.register().entry(entry).orElseThrow(() -> notFound(entry));
  }

  /** An entry that has been escalated: only those have a decision to record. */
  private static Entry escalated(RegisterService.RegisterView view, String entry) {
    Entry e = entryOf(view, entry);
    if (e.escalation() == null) {
      throw notFound(entry);
    }
    return e;
  }

  @PostMapping("/plans/{id}/register/entries/{entry}/mitigations/{mitigation}/done")
  String mitigationDone(
      Actor actor,
      @PathVariable String id,
      @PathVariable String entry,
      @PathVariable("mitigation") String which,
      @RequestParam Map<String, String> fields,
      Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = entryOf(view, entry);
    // The n-th mitigation (1 the first); anything else is no mitigation of this entry.
    int mitigation = which.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(which) : 0;
    if (mitigation < 1 || mitigation > e.mitigations().size()) {
      throw notFound(entry);
    }
    return save(
        actor,
        id,
        view,
        model,
        e,
        "mitigation",
        fields,
        List.of(RegisterPart.ENTRIES),
        RegisterEdits.mitigationDone(entry, mitigation - 1));
  }

  @PostMapping("/plans/{id}/register/entries/{entry}/close")
  String close(
      Actor actor,
      @PathVariable String id,
      @PathVariable String entry,
      @RequestParam Map<String, String> fields,
      Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Entry e = entryOf(view, entry);
    return save(
        actor,
        id,
        view,
        model,
        e,
        "close",
        fields,
        List.of(RegisterPart.ENTRIES),
        RegisterEdits.close(entry));
  }

  private String save(
      Actor actor,
      String id,
      RegisterService.RegisterView view,
      Model model,
      Entry entry,
      String form,
      Map<String, String> fields,
      List<RegisterPart> parts,
      UnaryOperator<Register> edit) {
    return RegisterForms.save(
        registers,
        actor,
        id,
        view,
        fields,
        parts,
        edit,
        where -> field(form, where),
        (shown, errors, values, conflict) ->
            form(model, shown, entry, form, errors, values, conflict),
        "/plans/"
            + id
            + "/register"
            + (entry == null ? "?saved" : "/entries/" + entry.id() + "?saved"));
  }

  /** The form field a finding is about, so that its message stands beside it. */
  private static String field(String form, String where) {
    if (where.endsWith(".likelihood")) {
      return "rating-likelihood";
    }
    if (where.endsWith(".impact")) {
      return "rating-impact";
    }
    if (where.contains(".target")) {
      return "target-likelihood";
    }
    if (where.endsWith(".review")) {
      return "review-day";
    }
    if (where.endsWith(".next")) {
      return "next-day";
    }
    if (where.endsWith(".date")) {
      return "date-day";
    }
    if (where.endsWith(".escalation")) {
      return "to";
    }
    return switch (form) {
      case "review" -> "rating-likelihood";
      case "mitigation" -> "action";
      case "escalate" -> "to";
      case "decide" -> "decision";
      default -> "title";
    };
  }

  private String form(
      Model model,
      RegisterService.RegisterView view,
      Entry entry,
      String form,
      Map<String, String> errors,
      Map<String, String> values,
      String conflict) {
    String heading =
        switch (form) {
          case "add" -> "Add an entry";
          case "review" -> "Review the rating";
          case "mitigation" -> "Add a mitigation";
          case "escalate" -> "Escalate";
          case "decide" -> "Record the decision";
          default -> "Close the entry";
        };
    RegisterForms.formPage(
        model,
        view,
        heading,
        form,
        errors,
        values,
        conflict,
        RegisterForms.baseVersion(values, view));
    model.addAttribute("entry", entry);
    Register register = view.register();
    model.addAttribute("likelihoods", levels(register.scale().likelihood()));
    model.addAttribute("impacts", levels(register.scale().impact()));
    List<Option> categories = new ArrayList<>();
    categories.add(new Option("", "Not rated by category"));
    register.scale().categories().forEach(c -> categories.add(new Option(c, c)));
    model.addAttribute("categories", categories);
    model.addAttribute("types", options(EntryType.values(), null));
    List<Option> levels = new ArrayList<>(options(Level.values(), "Not given"));
    model.addAttribute("levels", levels);
    List<Option> to = new ArrayList<>();
    to.add(new Option("", "Choose"));
    escalationChoices(register).forEach(t -> to.add(new Option(t, t)));
    model.addAttribute("escalateTo", to);
    return "register/form";
  }

  /** To whom an entry may be escalated: the register's arrangements, or the usual three. */
  private static List<String> escalationChoices(Register register) {
    LinkedHashSet<String> choices = new LinkedHashSet<>();
    register.arrangements().stream()
        .map(a -> a.escalatesTo())
        .filter(t -> t != null && !t.isBlank())
        .forEach(choices::add);
    if (choices.isEmpty()) {
      choices.add("the Portfolio Lead");
      choices.add("the programme board");
      choices.add("the HWB Executive team");
    }
    return List.copyOf(choices);
  }

  private static Row row(Register register, Entry e) {
    Optional<Rating> rating = e.id() == null ? Optional.empty() : register.current(e.id());
    return new Row(
        e.id(),
        e.name(),
        e.type() == null ? "" : e.type().label(),
        e.level() == null ? "" : e.level().label(),
        e.status().label(),
        e.owner() == null ? "" : e.owner(),
        rating.map(r -> Words.rating(r, register.scale())).orElse("Not rated"),
        rating.flatMap(r -> register.scale().bandLabel(r)).orElse(""),
        e.id() == null ? "" : register.reviewDue(e.id()).map(Words::date).orElse(""));
  }

  private static List<Option> levels(List<String> labels) {
    List<Option> options = new ArrayList<>();
    options.add(new Option("", "Choose"));
    for (int n = 0; n < labels.size(); n++) {
      options.add(new Option(String.valueOf(n + 1), (n + 1) + " – " + labels.get(n)));
    }
    return options;
  }

  private static <E extends Enum<E>> List<Option> options(E[] values, String any) {
    List<Option> options = new ArrayList<>();
    if (any != null) {
      options.add(new Option("", any));
    }
    for (E value : values) {
      String code = value.toString();
      String label = code;
      if (value instanceof EntryType t) {
        label = t.label();
      } else if (value instanceof EntryStatus s) {
        label = s.label();
      } else if (value instanceof Level l) {
        label = l.label();
      }
      options.add(new Option(code, label));
    }
    return options;
  }

  /** A rating from the form's {@code prefix-likelihood}, {@code -impact} or {@code -category}. */
  private static Rating rating(
      Map<String, String> fields, String prefix, Register register, Map<String, String> errors) {
    Integer likelihood = level(fields, prefix + "-likelihood", "likelihood", errors);
    Integer impact = level(fields, prefix + "-impact", "impact", errors);
    String category = text(fields, prefix + "-category");
    if (likelihood == null && impact == null && category == null) {
      return null;
    }
    if (category != null && (likelihood != null || impact != null)) {
      errors.put(
          prefix + "-likelihood",
          "Choose either a likelihood and an impact, or a rating, not both");
      return null;
    }
    if (category != null) {
      return Rating.ofCategory(category);
    }
    if (likelihood == null || impact == null) {
      errors.put(
          prefix + (likelihood == null ? "-likelihood" : "-impact"),
          "Choose both the likelihood and the impact");
      return null;
    }
    return Rating.of(likelihood, impact);
  }

  private static Integer level(
      Map<String, String> fields, String name, String what, Map<String, String> errors) {
    String text = text(fields, name);
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      errors.put(name, "Choose the " + what + " from the list");
      return null;
    }
  }

  private static LocalDate date(
      Map<String, String> fields,
      String name,
      String what,
      boolean required,
      Map<String, String> errors) {
    String day = text(fields, name + "-day");
    String month = text(fields, name + "-month");
    String year = text(fields, name + "-year");
    if (day == null && month == null && year == null) {
      if (required) {
        errors.put(name + "-day", "Enter " + what);
      }
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException | DateTimeException | NullPointerException e) {
      errors.put(name + "-day", capital(what) + " must be a real date, such as 30 9 2017");
      return null;
    }
  }

  private static String capital(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean matches(String filter, String value) {
    return filter == null || filter.isBlank() || filter.equals(value);
  }

  private static String blank(String text) {
    return text == null ? "" : text;
  }

  private static RegisterRefusal notFound(String entry) {
    return RegisterRefusal.entryNotFound(entry);
  }
}
