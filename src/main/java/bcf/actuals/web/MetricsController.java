package bcf.actuals.web;

import bcf.access.Actor;
import bcf.actuals.MetricsService;
import bcf.csv.CsvException;
import bcf.csv.CsvText;
import bcf.metric.ActualsCsv;
import bcf.planning.PlanningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A plan's metrics page per HWB, the upload of actuals and their download as CSV. */
@Controller
class MetricsController {

  private final MetricsService metrics;

  MetricsController(MetricsService metrics) {
    this.metrics = metrics;
  }

  /**
   * The page, with one metric's control chart drawn with an analyst's choices when {@code metric}
   * is given ({@code screening}, {@code fixAfter}, {@code rebaseAt}, as in the API).
   */
  @GetMapping("/plans/{id}/metrics")
  String page(
      Actor actor,
      @PathVariable String id,
      @RequestParam(required = false) String hwb,
      @RequestParam(required = false) String metric,
      @RequestParam(required = false) String screening,
      @RequestParam(required = false) String fixAfter,
      @RequestParam(required = false) String rebaseAt,
      Model model) {
    return render(
        actor, id, hwb, new MetricsPageModel.Redraw(metric, screening, fixAfter, rebaseAt), model);
  }

  @PostMapping("/plans/{id}/metrics/actuals")
  String upload(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String hwb,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    metrics.checkImporter(actor, id);
    if (file == null || file.isEmpty()) {
      model.addAttribute("uploadError", "Choose a CSV file of actuals to upload.");
      return render(actor, id, hwb, MetricsPageModel.Redraw.NONE, model);
    }
    String name = file.getOriginalFilename();
    try {
      MetricsService.Imported imported =
          metrics.importCsv(actor, id, name, CsvText.decode(file.getBytes()));
      redirect.addAttribute("hwb", hwb);
      redirect.addFlashAttribute(
          "imported",
          "Imported "
              + imported.rows()
              + (imported.rows() == 1 ? " row" : " rows")
              + " from "
              + (name == null ? "the file" : name)
              + (imported.replaced() > 0
                  ? "; " + imported.replaced() + " replaced earlier values."
                  : "."));
      return "redirect:/plans/{id}/metrics";
    } catch (CsvException e) {
      model.addAttribute(
          "uploadError",
          e.total()
              + (e.total() == 1 ? " problem" : " problems")
              + " in "
              + (name == null ? "the file" : name)
              + ". Nothing was imported.");
      model.addAttribute("problems", e.problems());
      return render(actor, id, hwb, MetricsPageModel.Redraw.NONE, model);
    }
  }

  @GetMapping("/plans/{id}/metrics/actuals.csv")
  ResponseEntity<String> download(Actor actor, @PathVariable String id) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(id + "-actuals.csv").build().toString())
        .body(ActualsCsv.write(metrics.actuals(actor, id)));
  }

  private String render(
      Actor actor, String id, String hwb, MetricsPageModel.Redraw redraw, Model model) {
    MetricsService.MetricsView view = metrics.view(actor, id);
    List<String> hwbs = view.metrics().hwbs();
    if (hwb != null && !hwb.isEmpty() && !hwbs.contains(hwb)) {
      throw new PlanningException.HwbNotInPlan(id, hwb);
    }
    String shown = hwb != null && hwbs.contains(hwb) ? hwb : hwbs.isEmpty() ? null : hwbs.get(0);
    if (redraw.metric() != null
        && (shown == null
            || view.of(shown).stream().noneMatch(a -> a.spec().code().equals(redraw.metric())))) {
      throw new PlanningException.MetricNotInPlan(id, shown, redraw.metric());
    }
    model.addAttribute("view", view.plan());
    model.addAttribute("metrics", view);
    model.addAttribute("page", shown == null ? null : MetricsPageModel.of(view, shown, redraw));
    model.addAttribute("columns", String.join(",", ActualsCsv.COLUMNS));
    return "plans/metrics";
  }
}
