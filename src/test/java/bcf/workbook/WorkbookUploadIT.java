package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Filled workbooks uploaded on the API and the pages: as the next version of a stored plan (only
 * the parts changed since the download; a part someone else changed since is a conflict), as a new
 * plan, and many at once for the national team. A workbook with unreadable cells, or a file that is
 * not a workbook, saves nothing and says where and why. Who may upload is in AccessControlIT too.
 */
class WorkbookUploadIT extends AppTestSupport {

  private static final String SEED = "warwickshire-2017-19";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String TITLE =
      "Better Care Fund 2017/19 Planning Submission (Warwickshire narrative plan)";
  private static final String RISK = "Poor and inconsistent data quality.";

  // ---- helpers

  private HttpResponse<byte[]> send(
      String user, String method, String path, String type, byte[] body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private byte[] download(String id) throws Exception {
    HttpResponse<byte[]> response =
        send(EDITOR, "GET", "/api/v1/plans/" + id + "/workbook", null, null);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static JsonNode json(HttpResponse<byte[]> response) {
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(new String(response.body(), StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> upload(String user, String id, byte[] book) throws Exception {
    return send(user, "PUT", "/api/v1/plans/" + id + "/workbook", XLSX, book);
  }

  private int version(String id) {
    return api(ADMIN).get("/api/v1/plans/" + id).json().get("version").asInt();
  }

  /**
   * The workbook with the first cell of {@code sheet} whose text starts with {@code from} set to
   * {@code to}.
   */
  static byte[] edited(byte[] book, String sheet, String from, Object to) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
      for (Row row : workbook.getSheet(sheet)) {
        for (Cell cell : row) {
          boolean match =
              cell.getCellType() == CellType.STRING
                  ? cell.getStringCellValue().startsWith(from)
                  : cell.getCellType() == CellType.NUMERIC
                      && String.valueOf((long) cell.getNumericCellValue()).equals(from);
          if (match) {
            if (to instanceof String text) {
              cell.setCellValue(text);
            } else {
              cell.setCellValue(((Number) to).doubleValue());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
          }
        }
      }
    }
    throw new AssertionError("no cell of " + sheet + " starts with " + from);
  }

  // ---- one workbook as the next version of a stored plan

  @Test
  void aDownloadedWorkbookSaysItsVersionAndUploadsAsTheNextVersion() throws Exception {
    String id = copyOfSeed(SEED);
    byte[] book = download(id);
    assertThat(Books.WORKBOOKS.importWorkbook(new ByteArrayInputStream(book), null).planVersion())
        .contains(1);

    HttpResponse<byte[]> saved = upload(EDITOR, id, edited(book, "2. Cover", TITLE, "A new title"));

    assertThat(saved.statusCode())
        .as(new String(saved.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    JsonNode answer = json(saved);
    assertThat(answer.get("version").asInt()).isEqualTo(2);
    assertThat(answer.get("baseVersion").asInt()).isEqualTo(1);
    assertThat(answer.get("parts").toString()).isEqualTo("[\"details\"]");
    assertThat(answer.get("changes").asInt()).isEqualTo(1);
    assertThat(api(EDITOR).get("/api/v1/plans/" + id).json().get("title").asString())
        .isEqualTo("A new title");
    // the audit trail: who, and from which workbook
    String versions = api(EDITOR).get("/api/v1/plans/" + id + "/versions").body();
    assertThat(versions).contains("Plan details from the workbook", EDITOR);
  }

  @Test
  void theSameWorkbookAgainSavesNothing() throws Exception {
    String id = copyOfSeed(SEED);
    HttpResponse<byte[]> saved = upload(EDITOR, id, download(id));

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(json(saved).get("version").asInt()).isEqualTo(1);
    assertThat(json(saved).get("changes").asInt()).isZero();
  }

  @Test
  void aPartChangedSinceTheDownloadIsAConflictAndOtherPartsMerge() throws Exception {
    String id = copyOfSeed(SEED);
    byte[] atOne = download(id);
    assertThat(upload(EDITOR, id, edited(atOne, "2. Cover", TITLE, "Mine")).statusCode())
        .isEqualTo(200);

    HttpResponse<byte[]> conflict = upload(EDITOR, id, edited(atOne, "2. Cover", TITLE, "Theirs"));

    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(json(conflict).get("rule").asString()).isEqualTo("edit-conflict");
    assertThat(json(conflict).get("detail").asString())
        .contains("Plan details changed after you opened version 1 (now version 2)");
    assertThat(version(id)).isEqualTo(2);

    HttpResponse<byte[]> merged = upload(EDITOR, id, edited(atOne, "8. Risks", RISK, "Data late"));

    assertThat(merged.statusCode()).isEqualTo(200);
    assertThat(json(merged).get("version").asInt()).isEqualTo(3);
    JsonNode plan = api(EDITOR).get("/api/v1/plans/" + id + "/document").json();
    assertThat(plan.get("title").asString()).as("the other part, kept").isEqualTo("Mine");
    assertThat(plan.get("risks").get(0).get("description").asString()).isEqualTo("Data late");
  }

  @Test
  void aWorkbookNotDownloadedFromBcfNeedsAVersion() throws Exception {
    String id = copyOfSeed(SEED);
    byte[] unversioned =
        Books.WORKBOOKS.filled(
            new bcf.plan.json.PlanDocumentReader()
                .read(api(ADMIN).get("/api/v1/plans/" + id + "/document").body()));

    HttpResponse<byte[]> refused = upload(EDITOR, id, unversioned);

    assertThat(refused.statusCode()).isEqualTo(428);
    assertThat(json(refused).get("detail").asString()).contains("does not say which version");
  }

  @Test
  void unreadableCellsAreListedWithTheirCellsAndNothingIsSaved() throws Exception {
    String id = copyOfSeed(SEED);
    byte[] bad = edited(download(id), "4. Income", "52596000", "TBC");

    HttpResponse<byte[]> refused = upload(EDITOR, id, bad);

    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode problem = json(refused);
    assertThat(problem.get("rule").asString()).isEqualTo("workbook-problems");
    JsonNode first = problem.get("problems").get(0);
    assertThat(first.get("rule").asString()).isEqualTo("workbook-amount");
    assertThat(first.get("cell").asString()).startsWith("'4. Income'!");
    assertThat(first.get("message").asString()).contains("TBC");
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void aCsvRenamedXlsxIsNotAWorkbookAndNothingIsSaved() throws Exception {
    String id = copyOfSeed(SEED);
    HttpResponse<byte[]> refused =
        upload(EDITOR, id, "hwb,amount\nwarwickshire,1\n".getBytes(StandardCharsets.UTF_8));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).get("rule").asString()).isEqualTo("unusable-workbook");
    assertThat(json(refused).get("detail").asString()).contains("not an Excel workbook");
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void onlyAnEditorOfThePlanUploads() throws Exception {
    String id = copyOfSeed(SEED);
    byte[] book = edited(download(id), "2. Cover", TITLE, "Not yours");

    assertThat(upload(SIGNATORY, id, book).statusCode()).isEqualTo(403);
    assertThat(upload(OTHER_EDITOR, id, book).statusCode()).isEqualTo(404);
    assertThat(upload(null, id, book).statusCode()).isEqualTo(401);
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void aWorkbookOfAnotherPlanIsRefused() throws Exception {
    String id = copyOfSeed(SEED);
    String other = copyOfSeed(SEED);
    HttpResponse<byte[]> refused = upload(EDITOR, id, download(other));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("detail").asString()).contains("another plan");
  }

  // ---- the pages

  @Test
  void thePlanPageOffersTheUploadAndItsResultSaysTheVersionAndChanges() throws Exception {
    String id = copyOfSeed(SEED);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String form = "/plans/" + id + "/workbook/upload";
    assertThat(editor.get("/plans/" + id).body()).contains("href=\"" + form + "\"");
    WebClient.Page page = editor.get(form);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Upload a filled workbook – ", "_csrf");

    WebClient.Page saved =
        editor.upload(
            form,
            Map.of(),
            "file",
            "plan.xlsx",
            edited(download(id), "8. Risks", RISK, "Late"),
            form);

    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.body())
        .contains(
            "Saved as version 2",
            "1 value changed in Risks",
            "/plans/" + id + "/diff?from=1&amp;to=2");
  }

  @Test
  void thePageListsUnreadableCellsInWords() throws Exception {
    String id = copyOfSeed(SEED);
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String form = "/plans/" + id + "/workbook/upload";

    WebClient.Page refused =
        editor.upload(
            form,
            Map.of(),
            "file",
            "plan.xlsx",
            edited(download(id), "4. Income", "52596000", "TBC"),
            form);

    assertThat(refused.body())
        .contains(
            "<title>Error: Upload a filled workbook",
            "govuk-error-summary",
            "Sheet 4. Income, cell ")
        .doesNotContain("'4. Income'!", "contributions[");
    WebClient.Page csv = editor.upload(form, Map.of(), "file", "plan.xlsx", "a,b\n1,2\n", form);
    assertThat(csv.body()).contains("plan.xlsx cannot be used: it is not an Excel workbook");
    assertThat(version(id)).isEqualTo(1);
  }

  // ---- one workbook as a new plan

  private byte[] newPlanBook(String id) {
    return Books.WORKBOOKS.filled(
        new bcf.plan.json.PlanDocumentReader().read(seedAs(SEED, id, false)));
  }

  @Test
  void aWorkbookStartsANewPlanForTheEditorsHwb() throws Exception {
    String id = "warwickshire-from-book-" + System.nanoTime();
    HttpResponse<byte[]> created = send(EDITOR, "POST", "/api/v1/plans", XLSX, newPlanBook(id));

    assertThat(created.statusCode())
        .as(new String(created.body(), StandardCharsets.UTF_8))
        .isEqualTo(201);
    assertThat(json(created).get("id").asString()).isEqualTo(id);
    assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/api/v1/plans/" + id);
    assertThat(api(EDITOR).get("/api/v1/plans/" + id).json().get("status").asString())
        .isEqualTo("draft");

    String other = "warwickshire-from-book-" + System.nanoTime();
    HttpResponse<byte[]> refused =
        send(OTHER_EDITOR, "POST", "/api/v1/plans", XLSX, newPlanBook(other));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(api(ADMIN).get("/api/v1/plans/" + other).status()).isEqualTo(404);
  }

  @Test
  void theRoundsBlankTemplateFilledInByAnHwbStartsItsPlanNamedByHwbAndRound() throws Exception {
    byte[] filled =
        Books.withText(
            Books.withText(Books.WORKBOOKS.blank("2025-26"), "10. HWBs", "A5", "dorset"),
            "10. HWBs",
            "B5",
            "Dorset");

    HttpResponse<byte[]> created = send(OTHER_EDITOR, "POST", "/api/v1/plans", XLSX, filled);

    assertThat(created.statusCode())
        .as(new String(created.body(), StandardCharsets.UTF_8))
        .isEqualTo(201);
    assertThat(json(created).get("id").asString()).isEqualTo("dorset-2025-26");
    assertThat(api(OTHER_EDITOR).get("/api/v1/plans/dorset-2025-26").json().get("round").asString())
        .isEqualTo("2025-26");
  }

  @Test
  void theStartPageTakesAWorkbookAndShowsTheFindings() throws Exception {
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    assertThat(editor.get("/plans/new").body()).contains("href=\"/plans/new/workbook\"");
    String id = "warwickshire-page-book-" + System.nanoTime();

    WebClient.Page started =
        editor.upload(
            "/plans/new/workbook",
            Map.of(),
            "file",
            "plan.xlsx",
            newPlanBook(id),
            "/plans/new/workbook");

    assertThat(started.status()).isEqualTo(200);
    assertThat(started.body()).contains("Plan started", "href=\"/plans/" + id + "\"");
    WebClient.Page bad =
        editor.upload(
            "/plans/new/workbook",
            Map.of(),
            "file",
            "plan.xlsx",
            "not,a,workbook",
            "/plans/new/workbook");
    assertThat(bad.body())
        .contains("<title>Error: Start from a filled workbook", "not an Excel workbook");
  }

  // ---- many workbooks

  private static byte[] zip(Map<String, byte[]> files) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void theNationalTeamIngestsAZipAndDownloadsTheDataset() throws Exception {
    byte[] zip =
        zip(
            new java.util.TreeMap<>(
                Map.of(
                    "a-warwickshire.xlsx", Books.warwickshire(),
                    "b-renamed.xlsx", "hwb,amount\n".getBytes(StandardCharsets.UTF_8))));

    HttpResponse<byte[]> report =
        send(NATIONAL_ASSURER, "POST", "/api/v1/workbooks/ingest", "application/zip", zip);

    assertThat(report.statusCode())
        .as(new String(report.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    JsonNode answer = json(report);
    assertThat(answer.get("round").asString()).isEqualTo("2017-19");
    assertThat(answer.get("refused").asInt()).isEqualTo(1);
    assertThat(answer.get("files").get(0).get("hwbName").asString()).startsWith("Warwickshire");
    assertThat(answer.get("files").get(0).get("jointWith").isArray()).isTrue();
    assertThat(answer.get("files").get(0).get("jointWith").size()).isZero();
    assertThat(answer.get("files").get(1).get("outcome").asString()).isEqualTo("refused");
    String csv = answer.get("downloads").get("national.csv").asString();
    HttpResponse<byte[]> dataset = send(NATIONAL_ASSURER, "GET", csv, null, null);
    assertThat(dataset.statusCode()).isEqualTo(200);
    assertThat(new String(dataset.body(), StandardCharsets.UTF_8))
        .contains("Warwickshire", "E92000001");
    assertThat(send(EDITOR, "GET", csv, null, null).statusCode()).isEqualTo(403);
    assertThat(
            send(EDITOR, "POST", "/api/v1/workbooks/ingest", "application/zip", zip).statusCode())
        .isEqualTo(403);

    HttpResponse<byte[]> notZip =
        send(
            NATIONAL_ASSURER,
            "POST",
            "/api/v1/workbooks/ingest",
            "application/zip",
            "a,b".getBytes(StandardCharsets.UTF_8));
    assertThat(notZip.statusCode()).isEqualTo(422);
    assertThat(json(notZip).get("detail").asString()).doesNotContain("/tmp", "bcf-ingest-");
  }

  @Test
  void theIngestPageShowsTheReportPerFile() throws Exception {
    WebClient assurer = web();
    assurer.signIn(NATIONAL_ASSURER, PASSWORD);
    assertThat(assurer.get("/workbooks/ingest").status()).isEqualTo(200);
    byte[] zip =
        zip(
            Map.of(
                "warwickshire.xlsx", edited(Books.warwickshire(), "4. Income", "52596000", "TBC")));

    WebClient.Page report =
        assurer.upload(
            "/workbooks/ingest", Map.of(), "file", "plans.zip", zip, "/workbooks/ingest");

    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body())
        .contains(
            "Workbooks loaded",
            "warwickshire.xlsx",
            "Refused",
            "Sheet 4. Income, cell ",
            "report.csv");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    assertThat(editor.get("/workbooks/ingest").status()).isEqualTo(403);
  }

  @Test
  void aFileOverTheLimitIsRefusedWithAClearAnswer() throws Exception {
    String id = copyOfSeed(SEED);
    HttpResponse<byte[]> refused = upload(EDITOR, id, new byte[11 * 1024 * 1024]);

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(json(refused).get("rule")).isNotNull();
    assertThat(version(id)).isEqualTo(1);
  }
}
