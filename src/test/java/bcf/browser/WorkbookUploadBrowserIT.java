package bcf.browser;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.plan.json.PlanDocumentReader;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.PlanWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A filled workbook uploaded in a real (headless) Chromium, every page checked by axe: the editor
 * follows "Upload a filled workbook" from the plan's page, uploads a CSV renamed .xlsx and is told
 * beside the field that it is not a workbook, then uploads the plan's workbook with a new title and
 * reads "Saved as version 2"; the national assurer loads a zip of workbooks and reads the report.
 */
class WorkbookUploadBrowserIT extends BrowserTestSupport {

  private static final PlanWorkbooks WORKBOOKS = new PlanWorkbooks(RoundCatalogue.load());

  @Override
  protected String screenshotPrefix() {
    return "workbook-upload";
  }

  @Test
  void an_editor_uploads_a_filled_workbook_and_the_national_team_a_zip() throws Exception {
    String plan = copyOfSeed("warwickshire-2017-19");
    String document =
        api(ADMIN)
            .get("/api/v1/plans/" + plan + "/document")
            .body()
            .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"Warwickshire, from a workbook\"");
    Path book = Files.createTempFile("plan-", ".xlsx");
    Files.write(book, WORKBOOKS.filled(new PlanDocumentReader().read(document), 1));
    Path renamed = Files.createTempFile("renamed-", ".xlsx");
    Files.writeString(renamed, "hwb,amount\nwarwickshire,1\n");

    signIn(EDITOR);
    browser.get(base() + "/plans/" + plan);
    clickAndWaitForNewPage(browser.findElement(By.linkText("Upload a filled workbook")));
    assertThat(browser.getTitle()).startsWith("Upload a filled workbook – ");
    screenshot("form");

    browser.findElement(By.id("file")).sendKeys(renamed.toString());
    clickAndWaitForNewPage(browser.findElement(By.id("upload")));
    assertThat(browser.getTitle()).startsWith("Error: Upload a filled workbook");
    assertThat(browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("it is not an Excel workbook");
    screenshot("not-a-workbook");

    browser.findElement(By.id("file")).sendKeys(book.toString());
    clickAndWaitForNewPage(browser.findElement(By.id("upload")));
    assertThat(browser.findElement(By.id("result")).getText()).contains("Saved as version 2");
    assertThat(browser.findElement(By.id("changed")).getText())
        .isEqualTo("1 value changed in Plan details.");
    screenshot("saved");

    browser.manage().deleteAllCookies();
    Path zip = Files.createTempFile("plans-", ".zip");
    try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("warwickshire.xlsx"));
      out.write(Files.readAllBytes(book));
      out.closeEntry();
      out.putNextEntry(new java.util.zip.ZipEntry("renamed.xlsx"));
      out.write(Files.readAllBytes(renamed));
      out.closeEntry();
    }
    signIn(NATIONAL_ASSURER);
    browser.get(base() + "/national?round=2017-19");
    clickAndWaitForNewPage(browser.findElement(By.id("ingest-link")));
    browser.findElement(By.id("file")).sendKeys(zip.toString());
    clickAndWaitForNewPage(browser.findElement(By.id("upload")));
    assertThat(browser.getTitle()).startsWith("Workbooks loaded");
    assertThat(browser.findElement(By.id("report")).getText())
        .contains("warwickshire.xlsx", "Warwickshire", "renamed.xlsx", "Refused");
    assertThat(browser.findElement(By.id("national-csv")).getAttribute("href"))
        .contains("/national.csv");
    screenshot("ingest-report");
    Files.deleteIfExists(book);
    Files.deleteIfExists(renamed);
    Files.deleteIfExists(zip);
  }

  @Test
  void an_editor_uploads_a_filled_return_workbook() throws Exception {
    String plan = copyOfSeed("warwickshire-2014-16");
    var started =
        api(EDITOR)
            .post(
                "/api/v1/plans/" + plan + "/returns", "{\"year\":\"2015-16\",\"quarter\":\"Q3\"}");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String id = started.json().path("id").asString();
    var document =
        (tools.jackson.databind.node.ObjectNode)
            api(EDITOR).get("/api/v1/returns/" + id + "/document").json();
    document.putObject("narrative").put("progress", "Every scheme is on track.");
    var returns = new bcf.workbook.ReturnWorkbooks(RoundCatalogue.load());
    byte[] filled = returns.filled(document, 1);
    Path book = Files.createTempFile("return-", ".xlsx");
    Files.write(book, filled);
    Path bad = Files.createTempFile("bad-return-", ".xlsx");
    try (var workbook =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(filled));
        var out = Files.newOutputStream(bad)) {
      workbook.getSheet("8. Expenditure").getRow(4).getCell(7).setCellValue("TBC");
      workbook.write(out);
    }

    signIn(EDITOR);
    browser.get(base() + "/returns/" + id);
    clickAndWaitForNewPage(browser.findElement(By.linkText("Upload a filled workbook")));
    assertThat(browser.getTitle()).startsWith("Upload a filled workbook – ");
    screenshot("return-form");

    browser.findElement(By.id("file")).sendKeys(bad.toString());
    clickAndWaitForNewPage(browser.findElement(By.id("upload")));
    assertThat(browser.getTitle()).startsWith("Error: Upload a filled workbook");
    assertThat(browser.findElement(By.id("problems")).getText())
        .contains("Sheet 8. Expenditure, cell H5", "TBC");
    screenshot("return-problems");

    browser.findElement(By.id("file")).sendKeys(book.toString());
    clickAndWaitForNewPage(browser.findElement(By.id("upload")));
    assertThat(browser.findElement(By.id("result")).getText()).contains("Saved as version 2");
    assertThat(browser.findElement(By.id("changed")).getText())
        .isEqualTo("1 value changed in Narrative.");
    screenshot("return-saved");
    Files.deleteIfExists(book);
    Files.deleteIfExists(bad);
  }

  private void signIn(String user) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForNewPage(browser.findElement(By.id("sign-in-button")));
  }
}
