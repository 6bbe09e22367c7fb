package bcf.workbook.web;

import bcf.access.Actor;
import bcf.json.Json;
import bcf.returns.store.ReturnService;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.ReturnWorkbooks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A quarterly return's workbook to download, filled from its current version, for whoever may read
 * the return (who may read its plan's working version): from the API and from the return's page.
 */
@RestController
class ReturnWorkbookDownloads {

  private final ReturnService returns;
  private final ReturnWorkbooks workbooks = new ReturnWorkbooks(RoundCatalogue.load());

  ReturnWorkbookDownloads(ReturnService returns) {
    this.returns = returns;
  }

  ReturnWorkbooks workbooks() {
    return workbooks;
  }

  @GetMapping(path = "/api/v1/returns/{id}/workbook")
  ResponseEntity<byte[]> api(Actor actor, @PathVariable String id) {
    return download(workbooks, returns.view(actor, id));
  }

  /**
   * The same workbook from the return's page: a page controller, so that a return the reader may
   * not see is refused with a page, as every page is, not with the API's problem.
   */
  @org.springframework.stereotype.Controller
  static class Page {

    private final ReturnService returns;
    private final ReturnWorkbooks workbooks;

    Page(ReturnService returns, ReturnWorkbookDownloads api) {
      this.returns = returns;
      this.workbooks = api.workbooks;
    }

    @GetMapping(path = "/returns/{id}/workbook.xlsx")
    ResponseEntity<byte[]> page(Actor actor, @PathVariable String id) {
      return download(workbooks, returns.view(actor, id));
    }
  }

  private static ResponseEntity<byte[]> download(
      ReturnWorkbooks workbooks, ReturnService.ReturnView view) {
    String id = view.record().id();
    byte[] book;
    try {
      book = workbooks.filled(Json.read(view.json()), view.record().currentVersion());
    } catch (IllegalArgumentException e) {
      throw new WorkbookRefusal(
          "The return cannot be written as a workbook as it stands: " + e.getMessage() + ".");
    }
    return ResponseEntity.ok()
        .contentType(WorkbookDownloads.XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(id + ".xlsx").build().toString())
        .body(book);
  }
}
