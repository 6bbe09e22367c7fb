package bcf.workbook.web;

import bcf.access.Actor;
import bcf.returns.ReturnPart;
import bcf.returns.ReturnRefusal;
import bcf.returns.store.ReturnService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A filled quarterly-return workbook through the API, saved as the return's next version: the body
 * is the .xlsx itself. 200 with the version, the sections changed and the warnings each at its
 * cell; 422 {@code workbook-problems} (every problem at its cell) or {@code unusable-workbook}; 409
 * {@code edit-conflict} or {@code return-not-editable}; 428 for a workbook that does not say its
 * version and no If-Match; 403 and 404 as the return's other routes.
 */
@RestController
class ReturnWorkbookUploadsApi {

  private final ReturnWorkbookUploads uploads;

  ReturnWorkbookUploadsApi(ReturnWorkbookUploads uploads) {
    this.uploads = uploads;
  }

  /** A version of a return saved from a workbook. */
  record SavedVersion(
      String id,
      int version,
      int baseVersion,
      List<String> sections,
      int changes,
      List<String> notSaved,
      List<WorkbookUploadsApi.ProblemItem> findings) {}

  @PutMapping(path = "/api/v1/returns/{id}/workbook", consumes = WorkbookUploadsApi.XLSX)
  ResponseEntity<SavedVersion> upload(
      Actor actor,
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      HttpServletRequest request) {
    uploads.editable(actor, id);
    byte[] bytes;
    try {
      bytes = request.getInputStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length == 0) {
      throw ReturnRefusal.badRequest("return-workbook", "The body is empty: send the .xlsx file.");
    }
    ReturnWorkbookUploads.Saved saved =
        uploads.intoReturn(actor, id, bytes, "the uploaded .xlsx file", version(ifMatch));
    ReturnService.ImportedVersion v = saved.version();
    return ResponseEntity.ok()
        .eTag("\"" + v.version() + "\"")
        .body(
            new SavedVersion(
                id,
                v.version(),
                v.baseVersion(),
                v.parts().stream().map(ReturnPart::code).toList(),
                v.changes(),
                v.notSaved(),
                WorkbookUploadsApi.ProblemItem.of(saved.findings())));
  }

  /** The If-Match header's version ({@code "3"}), or null when there is none. */
  private static Integer version(String ifMatch) {
    return WorkbookUploadsApi.version(
        ifMatch,
        () ->
            ReturnRefusal.badRequest(
                "return-version",
                "If-Match is the return's version in quotes, such as \"3\" (the ETag of the"
                    + " return)."));
  }
}
