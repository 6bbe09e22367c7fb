package bcf.monitoring.web;

import bcf.access.Actor;
import bcf.csv.CsvException;
import bcf.csv.CsvText;
import bcf.finance.monitoring.MonitoringCsv;
import bcf.monitoring.MonitoringService;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's monitoring page and the upload of its actuals and forecasts. */
@Controller
class MonitoringController {

  private final MonitoringService monitoring;
  private final List<bcf.planning.PlanFeature> features;

  MonitoringController(MonitoringService monitoring, List<bcf.planning.PlanFeature> features) {
    this.monitoring = monitoring;
    this.features =
        features.stream()
            .sorted(java.util.Comparator.comparingInt(bcf.planning.PlanFeature::order))
            .toList();
  }

  @GetMapping("/plans/{id}/monitoring")
  String page(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String year,
      Model model) {
    return render(actor, id, year, model);
  }

  @GetMapping(path = "/plans/{id}/monitoring/position.csv", produces = "text/csv")
  org.springframework.http.ResponseEntity<String> positionCsv(
      Actor actor, @PathVariable String id, @RequestParam(required = false) String year) {
    return csv(monitoring.view(actor, id, year), id);
  }

  static org.springframework.http.ResponseEntity<String> csv(
      MonitoringService.MonitoringView view, String id) {
    return org.springframework.http.ResponseEntity.ok()
        .contentType(
            new org.springframework.http.MediaType(
                "text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            org.springframework.http.ContentDisposition.attachment()
                .filename(PositionCsv.fileName(id, view.position()))
                .build()
                .toString())
        .body(PositionCsv.write(view.plan().plan(), view.position()));
  }

  @PostMapping("/plans/{id}/monitoring/imports")
  String upload(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    monitoring.checkImporter(actor, id);
    if (file == null || file.isEmpty()) {
      model.addAttribute("uploadError", "Choose a CSV file of actuals and forecasts to upload.");
      return render(actor, id, null, model);
    }
    String name = file.getOriginalFilename();
    try {
      MonitoringService.Imported imported =
          monitoring.importCsv(actor, id, name, CsvText.decode(file.getBytes()));
      redirect.addFlashAttribute(
          "imported",
          "Imported "
              + imported.rows()
              + (imported.rows() == 1 ? " row" : " rows")
              + " from "
              + (name == null ? "the file" : name)
              + ".");
      return "redirect:/plans/{id}/monitoring";
    } catch (CsvException e) {
      model.addAttribute(
          "uploadError",
          e.total()
              + (e.total() == 1 ? " problem" : " problems")
              + " in "
              + (name == null ? "the file" : name)
              + ". Nothing was imported.");
      model.addAttribute("problems", e.problems());
      return render(actor, id, null, model);
    }
  }

  @GetMapping("/plans/{id}/monitoring/enter")
  String enterPage(Actor actor, @PathVariable String id, Model model) {
    monitoring.checkImporter(actor, id);
    MonitoringService.MonitoringView view = monitoring.view(actor, id, null);
    model.addAttribute("view", view.plan());
    model.addAttribute("form", EntryForm.blank(view.plan().plan(), view.years()));
    return "plans/monitoring-enter";
  }

  @PostMapping("/plans/{id}/monitoring/enter")
  String enter(
      Actor actor,
      @PathVariable String id,
      @RequestParam java.util.Map<String, String> posted,
      Model model,
      RedirectAttributes redirect) {
    monitoring.checkImporter(actor, id);
    MonitoringService.MonitoringView view = monitoring.view(actor, id, null);
    EntryForm form = EntryForm.read(view.plan().plan(), view.years(), posted, true);
    if (!form.errors().isEmpty()) {
      model.addAttribute("view", view.plan());
      model.addAttribute("form", form);
      return "plans/monitoring-enter";
    }
    MonitoringService.Imported saved =
        monitoring.enter(actor, id, "entered on the page", form.entries(view.plan().plan()));
    redirect.addFlashAttribute(
        "imported", "Saved " + saved.rows() + (saved.rows() == 1 ? " amount." : " amounts."));
    redirect.addAttribute(
        "year",
        bcf.kernel.FinancialYear.containing(bcf.kernel.Period.parse(form.period()).first())
            .toString());
    return "redirect:/plans/{id}/monitoring";
  }

  private String render(Actor actor, String id, String year, Model model) {
    MonitoringService.MonitoringView view = monitoring.view(actor, id, year);
    model.addAttribute("view", view.plan());
    model.addAttribute("monitoring", view);
    model.addAttribute("page", MonitoringPage.of(view));
    // The position beside the money: conditions, metrics on track, aims, risks, each from its own
    // feature, in words.
    model.addAttribute(
        "positions", features.stream().flatMap(f -> f.summary(view.plan()).stream()).toList());
    model.addAttribute("columns", String.join(",", MonitoringCsv.COLUMNS));
    return "plans/monitoring";
  }
}
