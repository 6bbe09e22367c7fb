package bcf.workbook.web;

import bcf.access.Actor;
import bcf.planning.PlanningException;
import bcf.workbook.ingest.FileReport;
import bcf.workbook.layout.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Workbooks uploaded through the API: a filled workbook as the next version of a stored plan, or as
 * a new plan; a zip of every HWB's workbooks ingested into the national dataset. The body is the
 * file itself (Content-Type of an .xlsx, or {@code application/zip}) or a multipart form with the
 * file in its {@code file} field.
 */
@RestController
class WorkbookUploadsApi {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String ZIP = "application/zip";

  private final WorkbookUploads uploads;
  private final IngestRuns ingests;

  WorkbookUploadsApi(WorkbookUploads uploads, IngestRuns ingests) {
    this.uploads = uploads;
    this.ingests = ingests;
  }

  /** A problem of a workbook: its rule, severity, cell ({@code '4. Income'!G5}), place, words. */
  record ProblemItem(String rule, String severity, String cell, String where, String message) {
    static List<ProblemItem> of(List<Problem> problems) {
      return problems.stream()
          .limit(bcf.kernel.Limits.PROBLEMS_LISTED)
          .map(
              p ->
                  new ProblemItem(
                      p.rule(), p.error() ? "error" : "warning", p.cell(), p.where(), p.message()))
          .toList();
    }
  }

  /** A version saved from a workbook. */
  record SavedVersion(
      String id,
      int version,
      int baseVersion,
      List<String> parts,
      int changes,
      List<ProblemItem> findings) {}

  /** A plan added from a workbook. */
  record CreatedPlan(String id, int version, List<ProblemItem> findings) {}

  @PutMapping(path = "/api/v1/plans/{id}/workbook", consumes = XLSX)
  ResponseEntity<SavedVersion> upload(
      Actor actor,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      HttpServletRequest request) {
    uploads.checkEditor(actor, id);
    Body body = body(request, "xlsx");
    WorkbookUploads.Saved saved =
        uploads.intoPlan(actor, id, body.bytes(), body.name(), version(ifMatch));
    var version = saved.version();
    return ResponseEntity.ok()
        .eTag("\"" + version.saved().version() + "\"")
        .body(
            new SavedVersion(
                id,
                version.saved().version(),
                version.baseVersion(),
                version.parts().stream().map(p -> p.code()).toList(),
                version.saved().changes().size(),
                ProblemItem.of(saved.findings())));
  }

  @PostMapping(path = "/api/v1/plans", consumes = XLSX)
  ResponseEntity<CreatedPlan> create(Actor actor, HttpServletRequest request) {
    uploads.checkCreator(actor);
    Body body = body(request, "xlsx");
    WorkbookUploads.Created created = uploads.newPlan(actor, body.bytes(), body.name());
    String id = created.record().id();
    return ResponseEntity.created(URI.create("/api/v1/plans/" + id))
        .eTag("\"1\"")
        .body(new CreatedPlan(id, 1, ProblemItem.of(created.findings())));
  }

  /** An HWB by its ONS code and name. */
  record HwbItem(String code, String name) {}

  /**
   * One file's outcome in an ingest's report: its HWB, and a joint plan's other HWBs whose rows it
   * fills ({@code jointWith}, empty otherwise).
   */
  record FileItem(
      String file,
      String hwb,
      String hwbName,
      List<HwbItem> jointWith,
      String outcome,
      List<ProblemItem> problems) {
    static FileItem of(FileReport f) {
      return new FileItem(
          f.file(),
          f.hwb() == null ? null : f.hwb().code(),
          f.hwb() == null ? null : f.hwb().name(),
          f.jointWith().stream().map(b -> new HwbItem(b.code(), b.name())).toList(),
          f.outcome().words(),
          ProblemItem.of(f.problems()));
    }
  }

  /** An ingest's report, and where to download its dataset. */
  record IngestReport(
      String id,
      String round,
      long loaded,
      long loadedWithFindings,
      long refused,
      List<FileItem> files,
      Map<String, String> downloads) {}

  @PostMapping(path = "/api/v1/workbooks/ingest", consumes = ZIP)
  ResponseEntity<IngestReport> ingest(Actor actor, HttpServletRequest request) {
    ingests.check(actor);
    Body body = body(request, "zip");
    IngestRuns.Run run = ingests.ingest(actor, body.bytes(), body.name());
    String at = "/api/v1/workbooks/ingest/" + run.id() + "/";
    Map<String, String> downloads =
        run.dataset().isPresent()
            ? Map.of(
                "national.csv", at + "national.csv",
                "national.xlsx", at + "national.xlsx",
                "report.csv", at + "report.csv")
            : Map.of("report.csv", at + "report.csv");
    return ResponseEntity.ok()
        .body(
            new IngestReport(
                run.id(),
                run.dataset().map(d -> d.round().id()).orElse(null),
                run.count(FileReport.Outcome.LOADED),
                run.count(FileReport.Outcome.LOADED_WITH_FINDINGS),
                run.count(FileReport.Outcome.REFUSED),
                run.files().stream().map(FileItem::of).toList(),
                new java.util.TreeMap<>(downloads)));
  }

  @GetMapping("/api/v1/workbooks/ingest/{run}/{file}")
  ResponseEntity<byte[]> download(
      Actor actor, @PathVariable String run, @PathVariable String file) {
    return send(IngestRuns.download(ingests.find(actor, run), file));
  }

  static ResponseEntity<byte[]> send(IngestRuns.Download d) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(d.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(d.name()).build().toString())
        .body(d.bytes());
  }

  /** The uploaded file: the body itself, or a multipart form's {@code file}. */
  record Body(String name, byte[] bytes) {}

  private static Body body(HttpServletRequest request, String extension) {
    try {
      if (request instanceof MultipartHttpServletRequest multipart) {
        MultipartFile file = multipart.getFile("file");
        if (file == null || file.isEmpty()) {
          throw new PlanningException.BadRequest(
              "The form has no file in its 'file' field: send the ."
                  + extension
                  + " file there, or as the body itself.");
        }
        return new Body(WorkbookUploads.nameOf(file.getOriginalFilename()), file.getBytes());
      }
      byte[] bytes = request.getInputStream().readAllBytes();
      if (bytes.length == 0) {
        throw new PlanningException.BadRequest(
            "The body is empty: send the ." + extension + " file.");
      }
      return new Body("the uploaded ." + extension + " file", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The If-Match header's version ({@code "3"}), or null when there is none. */
  private static Integer version(String ifMatch) {
    return version(
        ifMatch,
        () ->
            new PlanningException.BadRequest(
                "If-Match is the plan's version in quotes, such as \"3\" (the ETag of the plan)."));
  }

  /**
   * The If-Match header's version ({@code "3"}, {@code W/"3"}), or null when there is none; {@code
   * bad} is the refusal of a header that is not a version.
   */
  static Integer version(
      String ifMatch, java.util.function.Supplier<? extends RuntimeException> bad) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String plain = ifMatch.strip().replace("W/", "").replace("\"", "");
    if (!plain.matches("[0-9]{1,9}")) {
      throw bad.get();
    }
    return Integer.parseInt(plain);
  }
}
