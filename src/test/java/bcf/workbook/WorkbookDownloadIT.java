package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A stored plan's workbook from the API and from the plan's page: filled from the current version,
 * and importing it gives the stored plan back. Who may download it is in AccessControlIT.
 */
class WorkbookDownloadIT extends AppTestSupport {

  private HttpResponse<byte[]> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aPublishedPlansWorkbookDownloadsAndImportsToTheSamePlan() throws Exception {
    HttpResponse<byte[]> response = get("/api/v1/plans/warwickshire-2017-19/workbook");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "warwickshire-2017-19.xlsx");
    PlanWorkbooks.Imported imported =
        Books.WORKBOOKS.importWorkbook(new ByteArrayInputStream(response.body()), "2017-19");
    assertThat(imported.complete()).isTrue();
    assertThat(imported.plan().orElseThrow().id()).isEqualTo("warwickshire-2017-19");
    assertThat(imported.plan().get().schemes()).hasSize(18);
  }

  @Test
  void thePlanPageLinksToItsWorkbook() throws Exception {
    WebClient.Page page = web().get("/plans/warwickshire-2017-19");

    assertThat(page.body()).contains("href=\"/plans/warwickshire-2017-19/workbook.xlsx\"");
    assertThat(get("/plans/warwickshire-2017-19/workbook.xlsx").statusCode()).isEqualTo(200);
  }

  @Test
  void aPlanThatIsNotThereIsNotFound() throws Exception {
    assertThat(get("/api/v1/plans/no-such-plan/workbook").statusCode()).isEqualTo(404);
  }
}
