package bcf.workbook.web;

import bcf.access.Actor;
import bcf.document.EditConflict;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.workbook.ingest.FileReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages to upload workbooks: a filled workbook as the next version of a plan (from the plan's
 * page), a filled workbook as a new plan (beside "Start a plan"), and a zip of every HWB's
 * workbooks for the national team, with the report per file and the national dataset to download.
 */
@Controller
class WorkbookUploadPages {

  private final WorkbookUploads uploads;
  private final IngestRuns ingests;
  private final PlanService plans;

  WorkbookUploadPages(WorkbookUploads uploads, IngestRuns ingests, PlanService plans) {
    this.uploads = uploads;
    this.ingests = ingests;
    this.plans = plans;
  }

  /**
   * As the edit pages: the page is not there for those who may not edit the plan now (a plan that
   * cannot be edited included), which the API answers with its reason.
   */
  private PlanView editable(Actor actor, String id) {
    PlanView view = uploads.checkEditor(actor, id, false);
    if (!view.can().edit()) {
      throw new bcf.planning.PlanningException.AccessRefused(
          "You may not edit this plan now: it is "
              + view.record().status().label().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    return view;
  }

  @GetMapping("/plans/{id}/workbook/upload")
  String uploadPage(Actor actor, @PathVariable String id, Model model) {
    model.addAttribute("view", editable(actor, id));
    model.addAttribute("errors", Map.of());
    return "workbooks/upload";
  }

  @PostMapping("/plans/{id}/workbook/upload")
  String upload(
      Actor actor,
      @PathVariable String id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model) {
    model.addAttribute("view", editable(actor, id));
    if (file == null || file.isEmpty()) {
      return refused(model, "workbooks/upload", "Choose the filled workbook (.xlsx) to upload.");
    }
    String name = WorkbookUploads.nameOf(file.getOriginalFilename());
    WorkbookUploads.Saved saved;
    try {
      saved = uploads.intoPlan(actor, id, bytes(file), name, null);
    } catch (WorkbookProblems.Refused e) {
      model.addAttribute("problems", WorkbookProblems.rows(e.problems()));
      return refused(model, "workbooks/upload", e.getMessage());
    } catch (WorkbookProblems.Unusable
        | WorkbookUploads.NoVersion
        | EditConflict
        | bcf.planning.PlanningException.BadRequest e) {
      return refused(model, "workbooks/upload", e.getMessage());
    }
    PlanService.ImportedVersion version = saved.version();
    model.addAttribute("view", plans.view(actor, id));
    model.addAttribute("file", name);
    model.addAttribute("saved", version.saved().version());
    model.addAttribute("unchanged", version.saved().changes().isEmpty());
    model.addAttribute("base", version.baseVersion());
    model.addAttribute("count", version.saved().changes().size());
    model.addAttribute("parts", version.parts().stream().map(p -> p.label()).toList());
    model.addAttribute("findings", WorkbookProblems.rows(saved.findings()));
    return "workbooks/uploaded";
  }

  @GetMapping("/plans/new/workbook")
  String newPage(Actor actor, Model model) {
    actor.requireSignedIn();
    model.addAttribute("errors", Map.of());
    return "workbooks/new";
  }

  @PostMapping("/plans/new/workbook")
  String newPlan(
      Actor actor, @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
    uploads.checkCreator(actor);
    if (file == null || file.isEmpty()) {
      return refused(model, "workbooks/new", "Choose the filled workbook (.xlsx) to upload.");
    }
    String name = WorkbookUploads.nameOf(file.getOriginalFilename());
    WorkbookUploads.Created created;
    try {
      created = uploads.newPlan(actor, bytes(file), name);
    } catch (WorkbookProblems.Refused e) {
      model.addAttribute("problems", WorkbookProblems.rows(e.problems()));
      return refused(model, "workbooks/new", e.getMessage());
    } catch (WorkbookProblems.Unusable
        | bcf.planning.PlanningException.BadRequest
        | bcf.planning.PlanningException.PlanExists
        | bcf.planning.PlanningException.InvalidPlanId e) {
      return refused(model, "workbooks/new", e.getMessage());
    }
    model.addAttribute("view", plans.view(actor, created.record().id()));
    model.addAttribute("file", name);
    model.addAttribute("findings", WorkbookProblems.rows(created.findings()));
    return "workbooks/started";
  }

  @GetMapping("/workbooks/ingest")
  String ingestPage(Actor actor, Model model) {
    ingests.check(actor);
    model.addAttribute("errors", Map.of());
    return "workbooks/ingest";
  }

  @PostMapping("/workbooks/ingest")
  String ingest(
      Actor actor, @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
    ingests.check(actor);
    if (file == null || file.isEmpty()) {
      return refused(model, "workbooks/ingest", "Choose the zip of workbooks to upload.");
    }
    String name = WorkbookUploads.nameOf(file.getOriginalFilename());
    IngestRuns.Run run;
    try {
      run = ingests.ingest(actor, bytes(file), name);
    } catch (IngestRuns.Refused e) {
      return refused(model, "workbooks/ingest", e.getMessage());
    }
    model.addAttribute("run", run);
    model.addAttribute("loaded", run.count(FileReport.Outcome.LOADED));
    model.addAttribute("withFindings", run.count(FileReport.Outcome.LOADED_WITH_FINDINGS));
    model.addAttribute("refused", run.count(FileReport.Outcome.REFUSED));
    model.addAttribute("rows", run.files().stream().map(ReportRow::of).toList());
    return "workbooks/ingest-report";
  }

  /** A file's line of the report as the page shows it. */
  record ReportRow(
      String file, String hwb, String outcome, String tag, List<WorkbookProblems.Row> problems) {
    static ReportRow of(FileReport f) {
      return new ReportRow(
          f.file(),
          f.hwbs().stream()
              .map(bcf.workbook.ingest.Board::name)
              .collect(java.util.stream.Collectors.joining(" and ")),
          capitalised(f.outcome().words()),
          switch (f.outcome()) {
            case LOADED -> "govuk-tag--green";
            case LOADED_WITH_FINDINGS -> "govuk-tag--yellow";
            case REFUSED -> "govuk-tag--red";
          },
          WorkbookProblems.rows(f.problems()));
    }
  }

  @GetMapping("/workbooks/ingest/{run}/{file}")
  ResponseEntity<byte[]> download(
      Actor actor, @PathVariable String run, @PathVariable String file) {
    return WorkbookUploadsApi.send(IngestRuns.download(ingests.find(actor, run), file));
  }

  private static String refused(Model model, String template, String message) {
    model.addAttribute("errors", Map.of("file", message));
    return template;
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String capitalised(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
