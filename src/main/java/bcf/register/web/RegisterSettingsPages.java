package bcf.register.web;

import static bcf.register.web.RegisterForms.put;
import static bcf.register.web.RegisterForms.text;

import bcf.access.Actor;
import bcf.register.RegisterPart;
import bcf.register.RegisterService;
import bcf.register.model.Arrangement;
import bcf.register.model.Level;
import bcf.register.model.Register;
import bcf.register.model.Scale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms for the register's rating scale and its details (title and how risks are managed at
 * each level), the pages' way to the {@code scale} and {@code details} parts. Each saves from the
 * version it was opened at; a scale that would leave a rating outside it is refused by the register
 * rules, in words, beside the field it is about, and nothing is saved.
 */
@Controller
class RegisterSettingsPages {

  /** Score bands offered on the form: the register's, then blank rows up to this many. */
  static final int BAND_ROWS = 6;

  private static final int MOST_LEVELS = 10;

  private final RegisterService registers;

  RegisterSettingsPages(RegisterService registers) {
    this.registers = registers;
  }

  @GetMapping("/plans/{id}/register/scale")
  String scaleForm(Actor actor, @PathVariable String id, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    return page(model, view, "scale", Map.of(), scaleValues(view.register().scale()), null);
  }

  @PostMapping("/plans/{id}/register/scale")
  String scale(
      Actor actor, @PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> likelihood = lines(fields, "likelihood", "likelihood", errors);
    List<String> impact = lines(fields, "impact", "impact", errors);
    List<Scale.Band> bands = new ArrayList<>();
    for (int n = 0; n < BAND_ROWS; n++) {
      String label = text(fields, "band-" + n + "-label");
      String from = text(fields, "band-" + n + "-from");
      String to = text(fields, "band-" + n + "-to");
      if (label == null && from == null && to == null) {
        continue;
      }
      String field = "band-" + n + "-label";
      String which = "Band " + (n + 1);
      if (label == null) {
        errors.put(field, which + " needs a name, such as High");
        continue;
      }
      Integer low = whole(from);
      Integer high = whole(to);
      if (low == null || high == null) {
        errors.put(
            field,
            "The scores of the band " + label + " must be whole numbers from 1, such as 10 to 14");
      } else if (high < low) {
        errors.put(
            field, "The band " + label + " must end at or after its first score (" + low + ")");
      } else {
        bands.add(new Scale.Band(label, low, high));
      }
    }
    if (bands.isEmpty() && !errors.containsKey("band-0-label")) {
      errors.putIfAbsent("band-0-label", "Enter at least one score band, such as Low 1 to 4");
    }
    String threshold = text(fields, "threshold");
    if (threshold == null) {
      errors.put("threshold", "Enter the band from which a rating is reported as an exception");
    }
    List<String> categories = lines(fields, "categories", null, errors);
    String categoryThreshold = text(fields, "categoryThreshold");
    if (!categories.isEmpty() && categoryThreshold == null) {
      errors.put(
          "categoryThreshold",
          "Enter the rating from which an entry is reported as an exception, such as High");
    }
    if (!errors.isEmpty()) {
      return page(model, view, "scale", errors, fields, null);
    }
    Scale scale =
        new Scale(
            likelihood,
            impact,
            bands,
            threshold,
            categories,
            categories.isEmpty() ? null : categoryThreshold);
    return save(
        actor,
        id,
        view,
        model,
        "scale",
        fields,
        RegisterPart.SCALE,
        r ->
            new Register(
                r.id(),
                r.plan(),
                r.title(),
                r.source(),
                r.arrangements(),
                scale,
                r.entries(),
                r.reviews()));
  }

  @GetMapping("/plans/{id}/register/details")
  String detailsForm(Actor actor, @PathVariable String id, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    return page(model, view, "details", Map.of(), detailsValues(view.register()), null);
  }

  @PostMapping("/plans/{id}/register/details")
  String details(
      Actor actor, @PathVariable String id, @RequestParam Map<String, String> fields, Model model) {
    RegisterService.RegisterView view = RegisterForms.editable(registers, actor, id);
    Map<String, String> errors = new LinkedHashMap<>();
    String title = text(fields, "title");
    if (title == null) {
      errors.put("title", "Enter the register's title");
    }
    List<Arrangement> arrangements = new ArrayList<>();
    for (Level level : Level.values()) {
      String p = level.code() + "-";
      String managedBy = text(fields, p + "managedBy");
      String escalatesTo = text(fields, p + "escalatesTo");
      String reportsTo = text(fields, p + "reportsTo");
      String every = text(fields, p + "everyWeeks");
      String note = text(fields, p + "note");
      Integer weeks = null;
      if (every != null) {
        weeks = whole(every);
        if (weeks == null || weeks > 52) {
          errors.put(
              p + "everyWeeks",
              "How often the "
                  + level.label().toLowerCase(java.util.Locale.ROOT)
                  + " level reports must be a whole number of weeks from 1 to 52, such as 6");
          continue;
        }
        if (reportsTo == null) {
          errors.put(
              p + "reportsTo",
              "Enter to whom the "
                  + level.label().toLowerCase(java.util.Locale.ROOT)
                  + " level reports every "
                  + weeks
                  + " weeks");
        }
      }
      if (managedBy != null || escalatesTo != null || reportsTo != null || note != null) {
        arrangements.add(new Arrangement(level, managedBy, escalatesTo, reportsTo, weeks, note));
      }
    }
    if (!errors.isEmpty()) {
      return page(model, view, "details", errors, fields, null);
    }
    // Arrangements at no level (a source's general note) are kept as they were.
    List<Arrangement> kept =
        view.register().arrangements().stream().filter(a -> a.level() == null).toList();
    List<Arrangement> all = new ArrayList<>(kept);
    all.addAll(arrangements);
    return save(
        actor,
        id,
        view,
        model,
        "details",
        fields,
        RegisterPart.DETAILS,
        r ->
            new Register(
                r.id(), r.plan(), title, r.source(), all, r.scale(), r.entries(), r.reviews()));
  }

  private String save(
      Actor actor,
      String id,
      RegisterService.RegisterView view,
      Model model,
      String form,
      Map<String, String> fields,
      RegisterPart part,
      UnaryOperator<Register> edit) {
    return RegisterForms.save(
        registers,
        actor,
        id,
        view,
        fields,
        List.of(part),
        edit,
        where -> field(form, where),
        (shown, errors, values, conflict) -> page(model, shown, form, errors, values, conflict),
        "/plans/" + id + "/register?saved");
  }

  /** The form field a finding is about: a rating outside the scale stands beside the levels. */
  static String field(String form, String where) {
    if (!"scale".equals(form)) {
      return "title";
    }
    if (where.endsWith(".impact")) {
      return "impact";
    }
    if (where.endsWith(".category")) {
      return "categories";
    }
    if (where.equals("scale.bands")) {
      return "band-0-label";
    }
    if (where.equals("scale.threshold")) {
      return "threshold";
    }
    if (where.equals("scale.categoryThreshold")) {
      return "categoryThreshold";
    }
    return "likelihood";
  }

  private String page(
      Model model,
      RegisterService.RegisterView view,
      String form,
      Map<String, String> errors,
      Map<String, String> values,
      String conflict) {
    String heading =
        "scale".equals(form) ? "Change the rating scale" : "Change the register's details";
    RegisterForms.formPage(
        model,
        view,
        heading,
        form,
        errors,
        values,
        conflict,
        RegisterForms.baseVersion(values, view));
    List<Integer> rows = new ArrayList<>();
    for (int n = 0; n < BAND_ROWS; n++) {
      rows.add(n);
    }
    model.addAttribute("bandRows", rows);
    model.addAttribute("levels", List.of(Level.values()));
    return "register/settings";
  }

  private static Map<String, String> scaleValues(Scale scale) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("likelihood", String.join("\n", scale.likelihood()));
    values.put("impact", String.join("\n", scale.impact()));
    for (int n = 0; n < scale.bands().size() && n < BAND_ROWS; n++) {
      Scale.Band band = scale.bands().get(n);
      values.put("band-" + n + "-label", band.label());
      values.put("band-" + n + "-from", String.valueOf(band.from()));
      values.put("band-" + n + "-to", String.valueOf(band.to()));
    }
    put(values, "threshold", scale.threshold());
    values.put("categories", String.join("\n", scale.categories()));
    put(values, "categoryThreshold", scale.categoryThreshold());
    return values;
  }

  private static Map<String, String> detailsValues(Register register) {
    Map<String, String> values = new LinkedHashMap<>();
    put(values, "title", register.title());
    for (Arrangement a : register.arrangements()) {
      if (a.level() == null) {
        continue;
      }
      String p = a.level().code() + "-";
      put(values, p + "managedBy", a.managedBy());
      put(values, p + "escalatesTo", a.escalatesTo());
      put(values, p + "reportsTo", a.reportsTo());
      put(values, p + "everyWeeks", a.everyWeeks());
      put(values, p + "note", a.note());
    }
    return values;
  }

  /** One label a line, blank lines dropped; at most ten levels. */
  private static List<String> lines(
      Map<String, String> fields, String name, String what, Map<String, String> errors) {
    String text = fields.get(name);
    List<String> lines = new ArrayList<>();
    if (text != null) {
      for (String line : text.split("\\R")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
    }
    if (what != null && lines.isEmpty()) {
      errors.put(name, "Enter the " + what + " levels, one a line, the lowest first");
    } else if (what != null && lines.size() > MOST_LEVELS) {
      errors.put(
          name, "Enter at most " + MOST_LEVELS + " " + what + " levels; there are " + lines.size());
    } else if (lines.stream().distinct().count() < lines.size()) {
      errors.put(name, "Give each " + (what == null ? "rating" : what + " level") + " once");
    }
    return lines;
  }

  private static Integer whole(String text) {
    if (text == null || !text.strip().matches("[1-9][0-9]{0,3}")) {
      return null;
    }
    return Integer.valueOf(text.strip());
  }
}
