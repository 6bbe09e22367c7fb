package bcf.workbook.web;

import bcf.access.Actor;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.PlanWorkbooks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's workbook to download, filled from its current version: for whoever may read the plan
 * (anyone for a published plan), from the API and from the plan's page.
 */
@RestController
class WorkbookDownloads {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final PlanService plans;
  private final PlanWorkbooks workbooks = new PlanWorkbooks(RoundCatalogue.load());

  WorkbookDownloads(PlanService plans) {
    this.plans = plans;
  }

  /** The one reader and writer of plan workbooks, shared by the downloads and the uploads. */
  PlanWorkbooks workbooks() {
    return workbooks;
  }

  @GetMapping(path = "/api/v1/plans/{id}/workbook")
  ResponseEntity<byte[]> api(Actor actor, @PathVariable String id) {
    return download(plans.view(actor, id));
  }

  /**
   * The same workbook from the plan's page: a page controller, so that a plan the reader may not
   * see is refused with a page (sign in, not found), as every page is, not with the API's problem.
   */
  @org.springframework.stereotype.Controller
  static class Page {

    private final PlanService plans;
    private final PlanWorkbooks workbooks;

    Page(PlanService plans, WorkbookDownloads api) {
      this.plans = plans;
      this.workbooks = api.workbooks;
    }

    @GetMapping(path = "/plans/{id}/workbook.xlsx")
    ResponseEntity<byte[]> page(Actor actor, @PathVariable String id) {
      return download(workbooks, plans.view(actor, id));
    }
  }

  private ResponseEntity<byte[]> download(PlanView view) {
    return download(workbooks, view);
  }

  private static ResponseEntity<byte[]> download(PlanWorkbooks workbooks, PlanView view) {
    String id = view.record().id();
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(id + ".xlsx").build().toString())
        .body(workbooks.filled(view.analysis().plan(), view.version()));
  }
}
