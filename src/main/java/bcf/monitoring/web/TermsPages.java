package bcf.monitoring.web;

import bcf.access.Actor;
import bcf.finance.monitoring.MonitoringRefused;
import bcf.json.Json;
import bcf.kernel.Money;
import bcf.monitoring.MonitoringService;
import bcf.monitoring.TermsRefused;
import bcf.plan.Hwb;
import bcf.plan.Organisation;
import bcf.plan.Plan;
import bcf.plan.PooledBudget;
import bcf.planning.PlanView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pages on which an editor of the plan's HWB changes its monitoring terms: risk-share agreements,
 * retention judgements and emergency admissions avoided so far. Each form carries the version of
 * the terms it was opened at; a change saved meanwhile is refused and nothing is saved.
 */
@Controller
class TermsPages {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MonitoringService monitoring;
  private final Clock clock;

  TermsPages(MonitoringService monitoring, Clock clock) {
    this.monitoring = monitoring;
    this.clock = clock;
  }

  record Choice(String value, String text) {}

  /** A partner's row on the agreement form: share and cap as typed. */
  record PartnerField(String id, String name, String share, String cap) {}

  record SchemeChoice(String id, String name, boolean checked) {}

  /** A scheme's row of the agreement form: the partner contracting for it, as chosen. */
  record ContractingField(String id, String scheme, String partner) {}

  record RiskShareForm(
      Integer index,
      String name,
      String basis,
      List<SchemeChoice> schemes,
      List<PartnerField> partners,
      String bearer,
      String restTo,
      List<ContractingField> contracting,
      Map<String, String> errors) {}

  /** One of the plan's risk shares on the judgement form; {@code n} numbers its fields. */
  record RetentionForm(
      String n,
      String description,
      String condition,
      String judgement,
      String day,
      String month,
      String year,
      String reason,
      String scheme,
      String ceiling) {}

  record AchievedField(String id, String name, String value) {}

  /** What the overview page shows of an agreement, in words. */
  record AgreementRow(
      int index, String name, String basis, String covers, String partners, String caps) {}

  record RetentionRow(String riskShare, String description, String judged, String reason) {}

  /** The carry-forward form's schemes, and the problem with the posted choice if any. */
  record CarryForwardForm(List<SchemeChoice> schemes, Map<String, String> errors) {}

  // ----- the overview ------------------------------------------------------------------------

  @GetMapping("/plans/{id}/monitoring/terms")
  String overview(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String saved,
      Model model) {
    monitoring.checkImporter(actor, id);
    return overview(actor, id, model, saved == null ? null : savedMessage(saved), null, Map.of());
  }

  @PostMapping("/plans/{id}/monitoring/terms/achieved")
  String saveAchieved(
      Actor actor, @PathVariable String id, @RequestParam Map<String, String> posted, Model model) {
    monitoring.checkImporter(actor, id);
    Plan plan = plan(actor, id);
    Map<String, String> errors = new LinkedHashMap<>();
    ArrayNode achieved = Json.MAPPER.createArrayNode();
    List<AchievedField> fields = new ArrayList<>();
    for (Hwb hwb : plan.hwbs()) {
      String field = "achieved-" + hwb.id();
      String text = posted.getOrDefault(field, "").replace(",", "").strip();
      fields.add(new AchievedField(field, hwb.name(), posted.getOrDefault(field, "")));
      if (text.isEmpty()) {
        continue;
      }
      if (!text.matches("\\d{1,7}")) {
        errors.put(
            field,
            "Enter the emergency admissions avoided so far for "
                + hwb.name()
                + " as a whole number, such as 250, or leave it blank if not known");
        continue;
      }
      ObjectNode row = achieved.addObject();
      row.put("hwb", hwb.id());
      row.put("reduction", new BigDecimal(text));
    }
    if (errors.isEmpty()) {
      String failure =
          save(
              actor,
              id,
              posted.get("baseVersion"),
              root -> root.set("achievedReductions", achieved));
      if (failure == null) {
        return "redirect:/plans/{id}/monitoring/terms?saved=achieved";
      }
      errors.put(fields.isEmpty() ? "achieved" : fields.get(0).id(), failure);
    }
    return overview(actor, id, model, null, fields, errors);
  }

  // ----- a risk-share agreement --------------------------------------------------------------

  @GetMapping("/plans/{id}/monitoring/terms/risk-share")
  String riskShare(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) Integer n,
      Model model) {
    monitoring.checkImporter(actor, id);
    MonitoringService.Terms terms = monitoring.terms(actor, id);
    PlanView view = view(actor, id);
    JsonNode agreements = root(terms).path("riskShares");
    RiskShareForm form;
    if (n != null) {
      if (n < 1 || n > agreements.size()) {
        throw TermsRefused.notFound("There is no risk-share agreement " + n + " for this plan.");
      }
      form = formOf(view.plan(), n, agreements.get(n - 1));
    } else {
      form = formOf(view.plan(), null, Json.MAPPER.createObjectNode());
    }
    return riskSharePage(model, view, terms.version(), form);
  }

  @PostMapping("/plans/{id}/monitoring/terms/risk-share")
  String saveRiskShare(
      Actor actor,
      @PathVariable String id,
      @RequestParam Map<String, String> posted,
      @RequestParam(name = "schemes", required = false) List<String> schemes,
      Model model) {
    monitoring.checkImporter(actor, id);
    PlanView view = view(actor, id);
    Plan plan = view.plan();
    Integer index = null;
    String n = posted.get("n");
    if (n != null && !n.isBlank()) {
      index = n.strip().matches("\\d{1,4}") ? Integer.valueOf(n.strip()) : -1;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    ObjectNode agreement = readAgreement(plan, posted, schemes, errors);
    RiskShareForm form = formOf(plan, index, agreement, posted, schemes, errors);
    if (errors.isEmpty()) {
      Integer at = index;
      String failure =
          save(
              actor,
              id,
              posted.get("baseVersion"),
              root -> {
                ArrayNode list =
                    root.get("riskShares") instanceof ArrayNode a ? a : root.putArray("riskShares");
                if (at == null) {
                  list.add(agreement);
                } else if (at >= 1 && at <= list.size()) {
                  list.set(at - 1, agreement);
                } else {
                  throw TermsRefusedOnPage.gone();
                }
              });
      if (failure == null) {
        return "redirect:/plans/{id}/monitoring/terms?saved=risk-share";
      }
      errors.put("name", failure);
    }
    return riskSharePage(model, view, posted.get("baseVersion"), form);
  }

  @PostMapping("/plans/{id}/monitoring/terms/risk-share/remove")
  String removeRiskShare(
      Actor actor, @PathVariable String id, @RequestParam Map<String, String> posted, Model model) {
    monitoring.checkImporter(actor, id);
    String n = posted.getOrDefault("n", "").strip();
    int index = n.matches("\\d{1,4}") ? Integer.parseInt(n) : -1;
    String failure =
        save(
            actor,
            id,
            posted.get("baseVersion"),
            root -> {
              if (!(root.get("riskShares") instanceof ArrayNode list)
                  || index < 1
                  || index > list.size()) {
                throw TermsRefusedOnPage.gone();
              }
              list.remove(index - 1);
            });
    if (failure == null) {
      return "redirect:/plans/{id}/monitoring/terms?saved=removed";
    }
    return overview(actor, id, model, null, null, Map.of("risk-shares", failure));
  }

  // ----- a retention judgement ---------------------------------------------------------------

  @GetMapping("/plans/{id}/monitoring/terms/retention")
  String retention(Actor actor, @PathVariable String id, Model model) {
    monitoring.checkImporter(actor, id);
    PlanView view = view(actor, id);
    MonitoringService.Terms terms = monitoring.terms(actor, id);
    List<RetentionForm> forms = new ArrayList<>();
    int i = 0;
    for (PooledBudget.RiskShare share : riskShares(view.plan())) {
      i++;
      JsonNode judged = retentionOf(root(terms), share.id());
      String judgement =
          judged.path("conditionMet").isBoolean()
              ? (judged.path("conditionMet").asBoolean() ? "met" : "not-met")
              : "";
      String day = "", month = "", year = "";
      if (judged.hasNonNull("judgedOn")) {
        LocalDate on = LocalDate.parse(judged.get("judgedOn").asString());
        day = String.valueOf(on.getDayOfMonth());
        month = String.valueOf(on.getMonthValue());
        year = String.valueOf(on.getYear());
      }
      forms.add(
          new RetentionForm(
              String.valueOf(i),
              share.description(),
              share.condition(),
              judgement,
              day,
              month,
              year,
              judged.path("reason").asString(""),
              judged.path("scheme").asString(""),
              judged.hasNonNull("ceiling")
                  ? judged
                      .get("ceiling")
                      .decimalValue()
                      .setScale(2, RoundingMode.HALF_UP)
                      .toPlainString()
                  : ""));
    }
    return retentionPage(model, view, terms.version(), forms, Map.of());
  }

  @PostMapping("/plans/{id}/monitoring/terms/retention")
  String saveRetention(
      Actor actor, @PathVariable String id, @RequestParam Map<String, String> posted, Model model) {
    monitoring.checkImporter(actor, id);
    PlanView view = view(actor, id);
    Map<String, String> errors = new LinkedHashMap<>();
    List<RetentionForm> forms = new ArrayList<>();
    Map<String, ObjectNode> judged = new LinkedHashMap<>();
    LocalDate today = LocalDate.now(clock);
    int i = 0;
    for (PooledBudget.RiskShare share : riskShares(view.plan())) {
      i++;
      String n = "-" + i;
      String judgement = posted.getOrDefault("judgement" + n, "");
      String day = posted.getOrDefault("judgedOn" + n + "-day", "").strip();
      String month = posted.getOrDefault("judgedOn" + n + "-month", "").strip();
      String year = posted.getOrDefault("judgedOn" + n + "-year", "").strip();
      String reason = posted.getOrDefault("reason" + n, "").strip();
      String scheme = posted.getOrDefault("scheme" + n, "").strip();
      String ceiling = posted.getOrDefault("ceiling" + n, "").strip();
      forms.add(
          new RetentionForm(
              String.valueOf(i),
              share.description(),
              share.condition(),
              judgement,
              day,
              month,
              year,
              reason,
              scheme,
              ceiling));
      ObjectNode row = Json.MAPPER.createObjectNode();
      row.put("riskShare", share.id());
      judged.put(share.id(), row);
      readCeiling(view.plan(), n, scheme, ceiling, row, errors);
      if (!Set.of("met", "not-met", "").contains(judgement)) {
        errors.put(
            "judgement" + n, "Choose whether the condition is met, not met or not yet judged");
        continue;
      }
      if (judgement.isEmpty()) {
        continue;
      }
      row.put("conditionMet", judgement.equals("met"));
      if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
        errors.put("judgedOn" + n + "-day", "Enter the date of the judgement");
      } else {
        try {
          if (year.length() != 4) {
            throw new DateTimeException("year");
          }
          LocalDate on =
              LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
          if (on.isAfter(today)) {
            errors.put(
                "judgedOn" + n + "-day", "The date of the judgement must be today or in the past");
          }
          row.put("judgedOn", on.toString());
        } catch (NumberFormatException | DateTimeException e) {
          errors.put(
              "judgedOn" + n + "-day",
              "The date of the judgement must be a real date, such as 30 9 2015");
        }
      }
      if (reason.isEmpty()) {
        errors.put("reason" + n, "Enter why the condition is judged " + words(judgement));
      } else if (reason.length() > 2000) {
        errors.put("reason" + n, "The reason must be 2,000 characters or fewer");
      }
      row.put("reason", reason);
    }
    if (errors.isEmpty()) {
      String failure =
          save(
              actor,
              id,
              posted.get("baseVersion"),
              root -> {
                ArrayNode list =
                    root.get("retentions") instanceof ArrayNode a ? a : root.putArray("retentions");
                for (ObjectNode row : judged.values()) {
                  ObjectNode existing = null;
                  for (JsonNode r : list) {
                    if (row.get("riskShare")
                        .asString()
                        .equals(r.path("riskShare").asString(null))) {
                      existing = (ObjectNode) r;
                    }
                  }
                  if (existing == null) {
                    existing = list.addObject();
                    existing.put("riskShare", row.get("riskShare").asString());
                  }
                  List<String> fields =
                      List.of("conditionMet", "judgedOn", "reason", "scheme", "ceiling");
                  existing.remove(fields);
                  for (String f : fields) {
                    if (row.has(f)) {
                      existing.set(f, row.get(f));
                    }
                  }
                }
              });
      if (failure == null) {
        return "redirect:/plans/{id}/monitoring/terms?saved=retention";
      }
      errors.put(forms.isEmpty() ? "retentions" : "judgement-1", failure);
    }
    return retentionPage(model, view, posted.get("baseVersion"), forms, errors);
  }

  /**
   * A ceiling rule from the retention form: the share is judged met while the scheme's forecast
   * outturn is at most the ceiling (used when no judgement is given). Both or neither.
   */
  private static void readCeiling(
      Plan plan,
      String n,
      String scheme,
      String ceiling,
      ObjectNode row,
      Map<String, String> errors) {
    if (scheme.isEmpty() && ceiling.isEmpty()) {
      return;
    }
    if (!scheme.isEmpty() && plan.schemes().stream().noneMatch(s -> s.id().equals(scheme))) {
      errors.put("scheme" + n, "Choose the scheme from the list");
      return;
    }
    if (scheme.isEmpty()) {
      errors.put("scheme" + n, "Choose the scheme whose spend the ceiling limits");
      return;
    }
    if (ceiling.isEmpty()) {
      errors.put(
          "ceiling" + n,
          "Enter the most "
              + MonitoringPage.schemeName(plan, scheme)
              + " may spend for the condition to be met, in pounds");
      return;
    }
    BigDecimal pounds = EntryForm.amount(ceiling);
    if (pounds == null || pounds.signum() < 0) {
      errors.put("ceiling" + n, "Enter the ceiling in pounds, such as £5,000,000");
      return;
    }
    row.put("scheme", scheme);
    row.put("ceiling", pounds);
  }

  // ----- underspends carried forward ---------------------------------------------------------

  @GetMapping("/plans/{id}/monitoring/terms/carry-forward")
  String carryForward(Actor actor, @PathVariable String id, Model model) {
    monitoring.checkImporter(actor, id);
    PlanView view = view(actor, id);
    MonitoringService.Terms terms = monitoring.terms(actor, id);
    List<String> chosen = new ArrayList<>();
    root(terms).path("carryForward").forEach(s -> chosen.add(s.asString()));
    return carryForwardPage(model, view, terms.version(), chosen, Map.of());
  }

  @PostMapping("/plans/{id}/monitoring/terms/carry-forward")
  String saveCarryForward(
      Actor actor,
      @PathVariable String id,
      @RequestParam Map<String, String> posted,
      @RequestParam(name = "schemes", required = false) List<String> schemes,
      Model model) {
    monitoring.checkImporter(actor, id);
    PlanView view = view(actor, id);
    List<String> chosen = schemes == null ? List.of() : schemes;
    Map<String, String> errors = new LinkedHashMap<>();
    ArrayNode carry = planSchemes(view.plan(), chosen, errors);
    if (errors.isEmpty()) {
      String failure =
          save(
              actor,
              id,
              posted.get("baseVersion"),
              root -> {
                if (carry.isEmpty()) {
                  root.remove("carryForward");
                } else {
                  root.set("carryForward", carry);
                }
              });
      if (failure == null) {
        return "redirect:/plans/{id}/monitoring/terms?saved=carry-forward";
      }
      errors.put("schemes", failure);
    }
    return carryForwardPage(model, view, posted.get("baseVersion"), chosen, errors);
  }

  private String carryForwardPage(
      Model model, PlanView view, String version, List<String> chosen, Map<String, String> errors) {
    Plan plan = view.plan();
    model.addAttribute("view", view);
    model.addAttribute("version", version);
    model.addAttribute(
        "form",
        new CarryForwardForm(
            plan.schemes().stream()
                .map(
                    s ->
                        new SchemeChoice(
                            s.id(),
                            MonitoringPage.schemeName(plan, s.id()),
                            chosen.contains(s.id())))
                .toList(),
            errors));
    return "plans/monitoring-carry-forward";
  }

  // ----- reading and saving ------------------------------------------------------------------

  /** A change the page cannot make because what it changes is no longer there. */
  static final class TermsRefusedOnPage extends RuntimeException {
    TermsRefusedOnPage(String message) {
      super(message);
    }

    static TermsRefusedOnPage gone() {
      return new TermsRefusedOnPage(
          "That agreement is no longer in the terms: someone changed them. Nothing was saved.");
    }
  }

  interface Change {
    void apply(ObjectNode root);
  }

  /** Applies the change to the stored terms and saves them; the reason in words when refused. */
  private String save(Actor actor, String id, String baseVersion, Change change) {
    if (baseVersion == null || baseVersion.isBlank()) {
      return "The form is out of date. Open the terms again and make the change again.";
    }
    MonitoringService.Terms terms = monitoring.terms(actor, id);
    if (!terms.version().equals(baseVersion.strip())) {
      return TermsRefused.conflict(null).getMessage();
    }
    ObjectNode root = root(terms);
    try {
      change.apply(root);
      monitoring.saveTerms(actor, id, Json.MAPPER.writeValueAsString(root), baseVersion.strip());
      return null;
    } catch (TermsRefusedOnPage | TermsRefused e) {
      return e.getMessage();
    } catch (MonitoringRefused e) {
      return e.describe();
    }
  }

  private static ObjectNode root(MonitoringService.Terms terms) {
    return Json.MAPPER.readTree(terms.json()) instanceof ObjectNode o
        ? o
        : Json.MAPPER.createObjectNode();
  }

  private PlanView view(Actor actor, String id) {
    return monitoring.view(actor, id, null).plan();
  }

  private Plan plan(Actor actor, String id) {
    return view(actor, id).plan();
  }

  private static List<PooledBudget.RiskShare> riskShares(Plan plan) {
    return plan.pooledBudget() == null || plan.pooledBudget().riskShares() == null
        ? List.of()
        : plan.pooledBudget().riskShares();
  }

  private static JsonNode retentionOf(JsonNode root, String riskShare) {
    for (JsonNode r : root.path("retentions")) {
      if (riskShare.equals(r.path("riskShare").asString(null))) {
        return r;
      }
    }
    return Json.MAPPER.createObjectNode();
  }

  private static String words(String judgement) {
    return judgement.equals("met") ? "met" : "not met";
  }

  private static String savedMessage(String saved) {
    return switch (saved) {
      case "risk-share" -> "The risk-share agreement is saved.";
      case "removed" -> "The risk-share agreement is removed.";
      case "retention" -> "The retention judgement is saved.";
      case "achieved" -> "The emergency admissions avoided are saved.";
      case "carry-forward" -> "The underspends carried forward are saved.";
      default -> "The terms are saved.";
    };
  }

  // ----- the agreement form ------------------------------------------------------------------

  static final List<Choice> BASES =
      List.of(
          new Choice("fixed", "Fixed shares"),
          new Choice("pro-rata", "Pro rata to contributions"),
          new Choice("host", "The host bears it"),
          new Choice("contracting-partner", "The contracting partner bears it"));

  /** Reads and checks the posted agreement; problems go to {@code errors} by field. */
  static ObjectNode readAgreement(
      Plan plan, Map<String, String> posted, List<String> schemes, Map<String, String> errors) {
    ObjectNode a = Json.MAPPER.createObjectNode();
    String name = posted.getOrDefault("name", "").strip();
    if (name.isEmpty()) {
      errors.put("name", "Enter the name of the agreement, such as Section 75 agreement");
    } else if (name.length() > 200) {
      errors.put("name", "The name must be 200 characters or fewer");
    }
    a.put("name", name);
    String basis = posted.getOrDefault("basis", "");
    if (BASES.stream().noneMatch(c -> c.value().equals(basis))) {
      errors.put("basis", "Choose how the over- or underspend is shared");
    }
    a.put("basis", basis);
    ArrayNode covered = planSchemes(plan, schemes, errors);
    if (!covered.isEmpty()) {
      a.set("schemes", covered);
    }
    ObjectNode shares = Json.MAPPER.createObjectNode();
    ObjectNode caps = Json.MAPPER.createObjectNode();
    BigDecimal total = BigDecimal.ZERO;
    String firstShare = null;
    for (Organisation o : plan.organisations()) {
      String shareField = "share-" + o.id();
      String share = posted.getOrDefault(shareField, "").replace("%", "").strip();
      if (!share.isEmpty() && basis.equals("fixed")) {
        firstShare = firstShare == null ? shareField : firstShare;
        if (!share.matches("\\d{1,3}(\\.\\d{1,2})?")
            || new BigDecimal(share).compareTo(BigDecimal.valueOf(100)) > 0) {
          errors.put(
              shareField,
              "Enter " + o.name() + "'s share as a per cent from 0 to 100, such as 50 or 33.33");
        } else {
          BigDecimal percent = new BigDecimal(share);
          total = total.add(percent);
          shares.put(o.id(), percent.movePointLeft(2).stripTrailingZeros());
        }
      }
      String capField = "cap-" + o.id();
      String cap = posted.getOrDefault(capField, "").strip();
      if (!cap.isEmpty()) {
        BigDecimal pounds = EntryForm.amount(cap);
        if (pounds == null || pounds.signum() < 0) {
          errors.put(
              capField,
              "Enter "
                  + o.name()
                  + "'s cap in pounds, such as £250,000, or leave it blank for no cap");
        } else {
          caps.put(o.id(), pounds);
        }
      }
    }
    if (basis.equals("fixed")) {
      if (firstShare == null) {
        String first =
            plan.organisations().isEmpty() ? "basis" : "share-" + plan.organisations().get(0).id();
        errors.put(first, "Enter each partner's share: the shares must add up to 100%");
      } else if (errors.keySet().stream().noneMatch(k -> k.startsWith("share-"))
          && total.compareTo(BigDecimal.valueOf(100)) != 0) {
        errors.put(
            firstShare,
            "The shares add up to "
                + total.stripTrailingZeros().toPlainString()
                + "%: they must add up to 100%");
      }
      a.set("shares", shares);
    }
    String bearer = posted.getOrDefault("bearer", "").strip();
    if (basis.equals("host") && !bearer.isEmpty()) {
      if (plan.organisations().stream().noneMatch(o -> o.id().equals(bearer))) {
        errors.put("bearer", "Choose the partner that bears it from the list");
      } else {
        a.put("bearer", bearer);
      }
    }
    if (basis.equals("contracting-partner")) {
      ObjectNode contracting = Json.MAPPER.createObjectNode();
      for (bcf.plan.Scheme s : plan.schemes()) {
        String field = "contracting-" + s.id();
        String partner = posted.getOrDefault(field, "").strip();
        if (partner.isEmpty()) {
          continue;
        }
        if (plan.organisations().stream().noneMatch(o -> o.id().equals(partner))) {
          errors.put(
              field,
              "Choose the partner contracting for "
                  + MonitoringPage.schemeName(plan, s.id())
                  + " from the list");
        } else {
          contracting.put(s.id(), partner);
        }
      }
      if (!contracting.isEmpty()) {
        a.set("contracting", contracting);
      }
    }
    String restTo = posted.getOrDefault("restTo", "").strip();
    if (!caps.isEmpty()) {
      a.set("caps", caps);
      if (restTo.isEmpty()) {
        errors.put("restTo", "Choose who takes what is over a cap");
      } else if (plan.organisations().stream().noneMatch(o -> o.id().equals(restTo))) {
        errors.put("restTo", "Choose who takes what is over a cap from the list");
      } else if (caps.has(restTo)) {
        errors.put(
            "restTo",
            "The partner who takes what is over a cap cannot have a cap: choose another, or"
                + " remove its cap");
      } else {
        a.put("restTo", restTo);
      }
    }
    return a;
  }

  /** The schemes ticked, each once, refused at {@code schemes} when one is not the plan's. */
  private static ArrayNode planSchemes(Plan plan, List<String> ticked, Map<String, String> errors) {
    Set<String> known = new LinkedHashSet<>();
    plan.schemes().forEach(s -> known.add(s.id()));
    ArrayNode chosen = Json.MAPPER.createArrayNode();
    for (String s : new LinkedHashSet<>(ticked == null ? List.<String>of() : ticked)) {
      if (!known.contains(s)) {
        errors.put("schemes", "Choose schemes from the list");
      } else {
        chosen.add(s);
      }
    }
    return chosen;
  }

  private static RiskShareForm formOf(Plan plan, Integer index, JsonNode a) {
    Map<String, String> posted = new LinkedHashMap<>();
    posted.put("name", a.path("name").asString(""));
    posted.put("basis", a.path("basis").asString(""));
    posted.put("bearer", a.path("bearer").asString(""));
    posted.put("restTo", a.path("restTo").asString(""));
    a.path("shares")
        .properties()
        .forEach(
            e ->
                posted.put(
                    "share-" + e.getKey(),
                    e.getValue()
                        .decimalValue()
                        .movePointRight(2)
                        .stripTrailingZeros()
                        .toPlainString()));
    a.path("contracting")
        .properties()
        .forEach(e -> posted.put("contracting-" + e.getKey(), e.getValue().asString("")));
    a.path("caps")
        .properties()
        .forEach(
            e ->
                posted.put(
                    "cap-" + e.getKey(),
                    e.getValue().decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString()));
    List<String> schemes = new ArrayList<>();
    a.path("schemes").forEach(s -> schemes.add(s.asString()));
    return formOf(plan, index, a, posted, schemes, Map.of());
  }

  private static RiskShareForm formOf(
      Plan plan,
      Integer index,
      JsonNode a,
      Map<String, String> posted,
      List<String> schemes,
      Map<String, String> errors) {
    Set<String> chosen = new LinkedHashSet<>(schemes == null ? List.of() : schemes);
    return new RiskShareForm(
        index,
        posted.getOrDefault("name", ""),
        posted.getOrDefault("basis", ""),
        plan.schemes().stream()
            .map(
                s ->
                    new SchemeChoice(
                        s.id(), MonitoringPage.schemeName(plan, s.id()), chosen.contains(s.id())))
            .toList(),
        plan.organisations().stream()
            .map(
                o ->
                    new PartnerField(
                        o.id(),
                        o.name(),
                        posted.getOrDefault("share-" + o.id(), ""),
                        posted.getOrDefault("cap-" + o.id(), "")))
            .toList(),
        posted.getOrDefault("bearer", ""),
        posted.getOrDefault("restTo", ""),
        plan.schemes().stream()
            .map(
                s ->
                    new ContractingField(
                        "contracting-" + s.id(),
                        MonitoringPage.schemeName(plan, s.id()),
                        posted.getOrDefault("contracting-" + s.id(), "")))
            .toList(),
        errors);
  }

  // ----- rendering ---------------------------------------------------------------------------

  private String riskSharePage(Model model, PlanView view, String version, RiskShareForm form) {
    model.addAttribute("view", view);
    model.addAttribute("version", version);
    model.addAttribute("form", form);
    model.addAttribute("bases", BASES);
    model.addAttribute(
        "organisations",
        view.plan().organisations().stream().map(o -> new Choice(o.id(), o.name())).toList());
    return "plans/monitoring-risk-share";
  }

  private String retentionPage(
      Model model,
      PlanView view,
      String version,
      List<RetentionForm> forms,
      Map<String, String> errors) {
    model.addAttribute("view", view);
    model.addAttribute("version", version);
    model.addAttribute("forms", forms);
    model.addAttribute(
        "schemes",
        view.plan().schemes().stream()
            .map(sc -> new Choice(sc.id(), MonitoringPage.schemeName(view.plan(), sc.id())))
            .toList());
    model.addAttribute("errors", errors);
    return "plans/monitoring-retention";
  }

  private String overview(
      Actor actor,
      String id,
      Model model,
      String saved,
      List<AchievedField> achievedFields,
      Map<String, String> errors) {
    PlanView view = view(actor, id);
    Plan plan = view.plan();
    MonitoringService.Terms terms = monitoring.terms(actor, id);
    JsonNode root = root(terms);
    List<AgreementRow> agreements = new ArrayList<>();
    int i = 0;
    for (JsonNode a : root.path("riskShares")) {
      i++;
      agreements.add(agreementRow(plan, i, a));
    }
    List<RetentionRow> retentions = new ArrayList<>();
    for (PooledBudget.RiskShare r : riskShares(plan)) {
      if (r.id() == null) {
        continue;
      }
      JsonNode j = retentionOf(root, r.id());
      String judged =
          j.path("conditionMet").isBoolean()
              ? (j.path("conditionMet").asBoolean() ? "Condition met" : "Condition not met")
                  + (j.hasNonNull("judgedOn")
                      ? ", judged on " + DATE.format(LocalDate.parse(j.get("judgedOn").asString()))
                      : "")
              : j.hasNonNull("scheme") && j.hasNonNull("ceiling")
                  ? "Met while the forecast outturn of "
                      + MonitoringPage.schemeName(plan, j.get("scheme").asString())
                      + " is at most "
                      + new Money(j.get("ceiling").decimalValue()).format()
                  : "Not yet judged";
      retentions.add(
          new RetentionRow(
              r.id(),
              r.description() == null ? "Risk share" : r.description(),
              judged,
              j.path("reason").asString("")));
    }
    List<AchievedField> achieved = achievedFields;
    if (achieved == null) {
      Map<String, String> stored = new LinkedHashMap<>();
      root.path("achievedReductions")
          .forEach(
              r ->
                  stored.put(
                      r.path("hwb").asString(""),
                      r.path("reduction").decimalValue().stripTrailingZeros().toPlainString()));
      achieved =
          plan.hwbs().stream()
              .map(
                  h ->
                      new AchievedField(
                          "achieved-" + h.id(), h.name(), stored.getOrDefault(h.id(), "")))
              .toList();
    }
    model.addAttribute("view", view);
    model.addAttribute("version", terms.version());
    model.addAttribute("saved", saved);
    model.addAttribute("agreements", agreements);
    model.addAttribute("retentions", retentions);
    model.addAttribute("achieved", achieved);
    List<String> carried = new ArrayList<>();
    root.path("carryForward")
        .forEach(s -> carried.add(MonitoringPage.schemeName(plan, s.asString())));
    model.addAttribute("carryForward", carried);
    model.addAttribute("errors", errors);
    model.addAttribute("paymentForPerformance", plan.paymentForPerformance() != null);
    return "plans/monitoring-terms";
  }

  private static AgreementRow agreementRow(Plan plan, int index, JsonNode a) {
    String basis = a.path("basis").asString("");
    String basisWords =
        BASES.stream()
            .filter(c -> c.value().equals(basis))
            .map(Choice::text)
            .findFirst()
            .orElse("Not given");
    List<String> covers = new ArrayList<>();
    a.path("schemes").forEach(s -> covers.add(MonitoringPage.schemeName(plan, s.asString())));
    List<String> partners = new ArrayList<>();
    a.path("shares")
        .properties()
        .forEach(
            e ->
                partners.add(
                    plan.organisationName(e.getKey())
                        + " "
                        + e.getValue()
                            .decimalValue()
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString()
                        + "%"));
    a.path("contracting")
        .properties()
        .forEach(
            e ->
                partners.add(
                    MonitoringPage.schemeName(plan, e.getKey())
                        + ": "
                        + plan.organisationName(e.getValue().asString(""))));
    if (basis.equals("host")) {
      partners.add(
          a.hasNonNull("bearer")
              ? plan.organisationName(a.get("bearer").asString())
              : "The host of the pool");
    }
    List<String> caps = new ArrayList<>();
    a.path("caps")
        .properties()
        .forEach(
            e ->
                caps.add(
                    plan.organisationName(e.getKey())
                        + " at most "
                        + new Money(e.getValue().decimalValue()).format()));
    String capWords =
        caps.isEmpty()
            ? "No caps"
            : String.join("; ", caps)
                + (a.hasNonNull("restTo")
                    ? "; the rest to " + plan.organisationName(a.get("restTo").asString())
                    : "");
    return new AgreementRow(
        index,
        a.path("name").asString("Risk share " + index),
        basisWords,
        covers.isEmpty() ? "All schemes" : String.join(", ", covers),
        partners.isEmpty() ? "As the kind says" : String.join(", ", partners),
        capWords);
  }
}
