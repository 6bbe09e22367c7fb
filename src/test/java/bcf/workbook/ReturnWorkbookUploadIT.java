package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.app.ApiClient;
import bcf.app.AppTestSupport;
import bcf.app.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A filled quarterly-return workbook uploaded as the return's next version, on the API and the
 * pages: only the sections changed since the download are saved; a section someone else changed
 * since is a conflict; cells that cannot be read, a plan's workbook, another return's workbook and
 * a file that is not a workbook save nothing and say where and why; a reader and a submitted return
 * are refused as the section pages refuse them. Who may upload is in AccessControlIT too.
 */
class ReturnWorkbookUploadIT extends AppTestSupport {

  @org.springframework.beans.factory.annotation.Autowired private bcf.document.DocumentStore store;

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  // ---- helpers

  /**
   * A draft return for a quarter of a copy of Warwickshire's 2014-16 plan, started by its editor.
   */
  private String aReturn(String quarter) {
    String plan = copyOfSeed("warwickshire-2014-16");
    ApiClient.Response started =
        api(EDITOR)
            .post(
                "/api/v1/plans/" + plan + "/returns",
                "{\"year\":\"2015-16\",\"quarter\":\"" + quarter + "\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json().path("id").asString();
  }

  private byte[] download(String id) {
    return bytes(EDITOR, "/api/v1/returns/" + id + "/workbook");
  }

  private byte[] bytes(String user, String path) {
    try {
      java.net.http.HttpResponse<byte[]> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
                      .header(
                          "Authorization",
                          "Basic "
                              + java.util.Base64.getEncoder()
                                  .encodeToString(
                                      (user + ":" + PASSWORD)
                                          .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                      .GET()
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private ApiClient.Response upload(String user, String id, byte[] book) {
    return api(user).putBytes("/api/v1/returns/" + id + "/workbook", XLSX, book);
  }

  private int version(String id) {
    return Integer.parseInt(
        api(ADMIN).get("/api/v1/returns/" + id).header("ETag").replace("\"", ""));
  }

  private JsonNode document(String id) {
    return api(ADMIN).get("/api/v1/returns/" + id + "/document").json();
  }

  /** The name of the workbook's sheet whose name ends with {@code suffix} (". Narrative"). */
  private static String sheet(byte[] book, String suffix) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
      for (Sheet s : workbook) {
        if (s.getSheetName().endsWith(suffix)) {
          return s.getSheetName();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no sheet ends with " + suffix);
  }

  /** The workbook with the narrative's progress (its first cell) set to {@code text}. */
  private static byte[] withProgress(byte[] book, String text) {
    return Books.withText(book, sheet(book, ". Narrative"), "B5", text);
  }

  // ---- the API

  @Test
  void aDownloadedWorkbookSaysItsVersionAndUploadsAsTheNextVersion() {
    String id = aReturn("Q3");
    byte[] book = download(id);
    assertThat(
            ReturnWorkbookRoundTripTest.WORKBOOKS
                .importWorkbook(new ByteArrayInputStream(book), null, Optional.empty())
                .returnVersion())
        .contains(1);

    ApiClient.Response saved = upload(EDITOR, id, withProgress(book, "Schemes on track."));

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    JsonNode answer = saved.json();
    assertThat(answer.get("version").asInt()).isEqualTo(2);
    assertThat(answer.get("baseVersion").asInt()).isEqualTo(1);
    assertThat(answer.get("sections").toString()).isEqualTo("[\"narrative\"]");
    assertThat(answer.get("changes").asInt()).isEqualTo(1);
    assertThat(saved.header("ETag")).isEqualTo("\"2\"");
    assertThat(document(id).at("/narrative/progress").asString()).isEqualTo("Schemes on track.");
    assertThat(version(id)).isEqualTo(2);
  }

  @Test
  void theWorkbookAsDownloadedChangesNothing() {
    String id = aReturn("Q3");

    ApiClient.Response same = upload(EDITOR, id, download(id));

    assertThat(same.status()).as(same.body()).isEqualTo(200);
    assertThat(same.json().get("version").asInt()).isEqualTo(1);
    assertThat(same.json().get("changes").asInt()).isZero();
    assertThat(same.json().get("sections").isEmpty()).isTrue();
    assertThat(same.json().get("notSaved").isEmpty()).as(same.body()).isTrue();
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void aSectionSomeoneElseChangedSinceTheDownloadIsAConflictAndNothingIsSaved() {
    String id = aReturn("Q3");
    byte[] book = download(id);
    ApiClient.Response theirs =
        api(EDITOR)
            .put(
                "/api/v1/returns/" + id + "/sections/narrative",
                "{\"progress\":\"Their words.\"}",
                "\"1\"");
    assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);

    ApiClient.Response refused = upload(EDITOR, id, withProgress(book, "My words."));

    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().get("rule").asString()).isEqualTo("edit-conflict");
    assertThat(refused.json().get("detail").asString()).contains("Narrative", "version 1");
    assertThat(version(id)).isEqualTo(2);
    assertThat(document(id).at("/narrative/progress").asString()).isEqualTo("Their words.");
  }

  @Test
  void anotherSectionChangedSinceIsKept() {
    String id = aReturn("Q3");
    byte[] book = download(id);
    api(EDITOR)
        .put(
            "/api/v1/returns/" + id + "/sections/narrative",
            "{\"progress\":\"Their words.\"}",
            "\"1\"");

    ApiClient.Response saved =
        upload(EDITOR, id, Books.withText(book, "8. Expenditure", "G5", "£1,200"));

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(saved.json().get("sections").toString()).isEqualTo("[\"income-and-expenditure\"]");
    assertThat(saved.json().get("version").asInt()).isEqualTo(3);
    JsonNode now = document(id);
    assertThat(now.at("/narrative/progress").asString()).isEqualTo("Their words.");
    assertThat(now.at("/incomeAndExpenditure/expenditure/0/actualToDate").decimalValue())
        .isEqualByComparingTo("1200");
  }

  @Test
  void aBadAmountAndAValueNotInTheListAreProblemsAtTheirCellsAndNothingIsSaved() {
    String id = aReturn("Q3");
    byte[] book =
        Books.withText(
            Books.withText(download(id), "8. Expenditure", "H5", "TBC"),
            "5. National conditions",
            "D5",
            "Nearly");

    ApiClient.Response refused = upload(EDITOR, id, book);

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("rule").asString()).isEqualTo("workbook-problems");
    JsonNode problems = refused.json().get("problems");
    assertThat(problems.findValuesAsString("cell"))
        .contains("'8. Expenditure'!H5", "'5. National conditions'!D5");
    assertThat(problems.findValuesAsString("rule"))
        .contains("workbook-amount", "workbook-picklist");
    assertThat(problems.toString()).contains("TBC", "Nearly", "Met; Not met; Partly met");
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void aPlansWorkbookIsRefusedWithTheReason() {
    String id = aReturn("Q3");
    byte[] plan =
        Books.WORKBOOKS.filled(
            Books.seed("warwickshire-2014-16"), 1); // a plan's workbook, downloaded at a version

    ApiClient.Response refused = upload(EDITOR, id, plan);

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("rule").asString()).isEqualTo("unusable-workbook");
    assertThat(refused.json().get("detail").asString())
        .contains("it is a plan workbook, not a quarterly return workbook")
        .contains("Nothing was saved");
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void anotherReturnsWorkbookIsRefusedWithTheReason() {
    String id = aReturn("Q3");
    String other = aReturn("Q4");

    ApiClient.Response refused = upload(EDITOR, id, withProgress(download(other), "Words."));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("rule").asString()).isEqualTo("return-workbook");
    assertThat(refused.json().get("detail").asString())
        .contains("another return ('" + other + "')", "Nothing was saved");
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void aCsvRenamedXlsxIsRefusedInWords() {
    String id = aReturn("Q3");

    ApiClient.Response refused =
        upload(
            EDITOR,
            id,
            "hwb,amount\nwarwickshire,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("rule").asString()).isEqualTo("unusable-workbook");
    assertThat(refused.json().get("detail").asString())
        .contains("cannot be used: it is not an Excel workbook", "Nothing was saved");
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void aWorkbookNotDownloadedFromBcfNeedsTheVersion() {
    String id = aReturn("Q3");
    byte[] plain = ReturnWorkbookRoundTripTest.WORKBOOKS.filled(document(id));

    ApiClient.Response refused = upload(EDITOR, id, withProgress(plain, "Words."));

    assertThat(refused.status()).as(refused.body()).isEqualTo(428);
    assertThat(refused.json().get("rule").asString()).isEqualTo("version-required");
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void whoMayOnlyReadIsRefusedAndASubmittedReturnCannotBeChanged() {
    String id = aReturn("Q3");
    byte[] book = withProgress(download(id), "Words.");

    assertThat(upload(SIGNATORY, id, book).status()).isEqualTo(403);
    assertThat(upload(OTHER_EDITOR, id, book).status()).isEqualTo(404);
    assertThat(version(id)).isEqualTo(1);

    // Dorset's quarter 2 return is loaded as submitted: its editor may no longer change it.
    byte[] dorset = bytes(OTHER_EDITOR, "/api/v1/returns/dorset-2015-16-q2/workbook");
    ApiClient.Response submitted =
        upload(OTHER_EDITOR, "dorset-2015-16-q2", withProgress(dorset, "Late words."));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(409);
    assertThat(submitted.json().get("rule").asString()).isEqualTo("return-not-editable");
    assertThat(submitted.json().get("detail").asString()).contains("can no longer be edited");
  }

  @Test
  void anUploadToASignedOffReturnTakesItBackToDraftAndIsRecorded() {
    String id = aReturn("Q3");
    byte[] book = download(id);
    ApiClient.Response signed =
        api(SIGNATORY)
            .post("/api/v1/returns/" + id + "/workflow/sign-off", "{\"hwb\":\"warwickshire\"}");
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    assertThat(api(EDITOR).get("/api/v1/returns/" + id).json().get("status").asString())
        .isEqualTo("signed-off");

    ApiClient.Response saved = upload(EDITOR, id, withProgress(book, "After sign-off."));

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(api(EDITOR).get("/api/v1/returns/" + id).json().get("status").asString())
        .isEqualTo("draft");
    var history = store.history(id);
    assertThat(history.versions())
        .filteredOn(v -> v.version() == 2)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.createdBy()).contains(EDITOR);
              assertThat(v.note())
                  .isEqualTo("Edited Narrative from the workbook the uploaded .xlsx file");
            });
    assertThat(history.transitions())
        .anySatisfy(
            t -> {
              assertThat(t.from()).isEqualTo("signed-off");
              assertThat(t.to()).isEqualTo("draft");
              assertThat(t.comment()).contains("the sign-offs no longer count");
            });
    assertThat(store.signOffs(id)).noneMatch(bcf.document.DocumentHistory.SignOffEntry::valid);
  }

  // ---- the pages

  @Test
  void theReturnPageOffersTheUploadAndItsResultSaysTheVersionAndChanges() {
    String id = aReturn("Q3");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String form = "/returns/" + id + "/workbook/upload";
    assertThat(editor.get("/returns/" + id).body())
        .contains("href=\"" + form + "\"", "Upload a filled workbook");
    WebClient.Page page = editor.get(form);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Upload a filled workbook – ", "_csrf");

    WebClient.Page saved =
        editor.upload(
            form, Map.of(), "file", "return.xlsx", withProgress(download(id), "On track."), form);

    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.body())
        .contains("Saved as version 2", "from return.xlsx", "1 value changed in Narrative.");
    assertThat(document(id).at("/narrative/progress").asString()).isEqualTo("On track.");
  }

  @Test
  void thePageListsUnreadableCellsInWordsAndSavesNothing() {
    String id = aReturn("Q3");
    WebClient editor = web();
    editor.signIn(EDITOR, PASSWORD);
    String form = "/returns/" + id + "/workbook/upload";

    WebClient.Page refused =
        editor.upload(
            form,
            Map.of(),
            "file",
            "return.xlsx",
            Books.withText(download(id), "8. Expenditure", "H5", "TBC"),
            form);

    assertThat(refused.body())
        .contains(
            "<title>Error: Upload a filled workbook",
            "govuk-error-summary",
            "Sheet 8. Expenditure, cell H5")
        .doesNotContain("'8. Expenditure'!", "incomeAndExpenditure.");
    WebClient.Page csv = editor.upload(form, Map.of(), "file", "return.xlsx", "a,b\n1,2\n", form);
    assertThat(csv.body()).contains("return.xlsx cannot be used: it is not an Excel workbook");
    assertThat(version(id)).isEqualTo(1);
  }

  @Test
  void theUploadPageIsNotThereForWhoMayOnlyRead() {
    String id = aReturn("Q3");
    WebClient signatory = web();
    signatory.signIn(SIGNATORY, PASSWORD);

    assertThat(signatory.get("/returns/" + id).body()).doesNotContain("/workbook/upload");
    assertThat(signatory.get("/returns/" + id + "/workbook/upload").status()).isEqualTo(403);
  }
}
