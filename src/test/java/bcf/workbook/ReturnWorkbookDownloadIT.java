package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import bcf.json.Json;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A stored return's workbook from the API and from the return's page: filled from its current
 * version, and importing it gives the stored return back. Who may download it is in
 * AccessControlIT.
 */
class ReturnWorkbookDownloadIT extends AppTestSupport {

  private HttpResponse<byte[]> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aReturnsWorkbookDownloadsAndImportsToTheStoredReturn() throws Exception {
    HttpResponse<byte[]> response = get("/api/v1/returns/dorset-2015-16-q2/workbook");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment", "dorset-2015-16-q2.xlsx");
    ReturnWorkbooks.Imported imported =
        ReturnWorkbookRoundTripTest.WORKBOOKS.importWorkbook(
            new ByteArrayInputStream(response.body()), "2014-16", Optional.empty());
    assertThat(imported.problems()).isEmpty();
    var stored = Json.read(anonymous().get("/api/v1/returns/dorset-2015-16-q2/document").body());
    assertThat(ReturnWorkbookRoundTripTest.differences("", stored, imported.document())).isEmpty();
  }

  @Test
  void theReturnPageLinksToItsWorkbookAndTheLinkDownloadsIt() throws Exception {
    WebClient.Page page = web().get("/returns/dorset-2015-16-q2");

    assertThat(page.body())
        .contains("href=\"/returns/dorset-2015-16-q2/workbook.xlsx\"")
        .contains("Download as a workbook");
    HttpResponse<byte[]> download = get("/returns/dorset-2015-16-q2/workbook.xlsx");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(
            ReturnWorkbookRoundTripTest.WORKBOOKS
                .importWorkbook(new ByteArrayInputStream(download.body()), null, Optional.empty())
                .complete())
        .isTrue();
  }

  @Test
  void aReturnThatIsNotThereIsNotFound() throws Exception {
    assertThat(get("/api/v1/returns/no-such-return/workbook").statusCode()).isEqualTo(404);
    assertThat(get("/returns/no-such-return/workbook.xlsx").statusCode()).isEqualTo(404);
  }

  @Test
  void aReturnWithATextLongerThanACellIsRefusedInWordsNotAServerError() {
    String plan = copyOfSeed("warwickshire-2014-16");
    bcf.app.ApiClient editor = api(EDITOR);
    String id =
        editor
            .post("/api/v1/plans/" + plan + "/returns", "{\"year\":\"2015-16\",\"quarter\":\"Q3\"}")
            .json()
            .path("id")
            .asString();
    String progress = "x".repeat(40_000);
    assertThat(
            editor
                .put(
                    "/api/v1/returns/" + id + "/sections/narrative",
                    "{\"progress\":\"" + progress + "\"}",
                    "\"1\"")
                .status())
        .isEqualTo(200);

    bcf.app.ApiClient.Response refused = editor.get("/api/v1/returns/" + id + "/workbook");

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("rule").asString()).isEqualTo("workbook-cell-text");
    assertThat(refused.json().path("detail").asString())
        .contains("Narrative, progress: the text is 40000 characters long");
  }
}
