package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bcf workbook} and {@code bcf import}: exit 0 on a good workbook, 1 with error findings or
 * unreadable cells (each at its 'Sheet'!Cell), 2 when the workbook or plan cannot be used.
 */
class WorkbookCommandsTest {

  private static final String PLAN = "examples/plans/warwickshire-2017-19.json";

  @TempDir Path directory;

  private String path(String name) {
    return directory.resolve(name).toString();
  }

  private String workbook() {
    CliRun run = CliRun.of("workbook", PLAN, "-o", path("plan.xlsx"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return path("plan.xlsx");
  }

  /** The workbook with one cell of one sheet set to a text. */
  private String changed(String book, String sheet, int row, int column, String text)
      throws IOException {
    try (XSSFWorkbook workbook =
            new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(Path.of(book))));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row r = workbook.getSheet(sheet).getRow(row);
      (r.getCell(column) == null ? r.createCell(column) : r.getCell(column)).setCellValue(text);
      workbook.write(out);
      Path changed = directory.resolve("changed.xlsx");
      Files.write(changed, out.toByteArray());
      return changed.toString();
    }
  }

  @Test
  void aPlansWorkbookImportsBackToTheSamePlanAndExits0() throws IOException {
    String book = workbook();

    CliRun run = CliRun.of("import", book, "-o", path("plan.json"));

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("0 errors").contains("Wrote " + path("plan.json"));
    CliRun original = CliRun.of("format", PLAN);
    CliRun imported = CliRun.of("format", path("plan.json"));
    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out().replace("440920.00", "440920"))
        .isEqualTo(original.out().replace("440920.00", "440920"));
  }

  @Test
  void aBlankWorkbookOfARoundIsWritten() {
    CliRun run = CliRun.of("workbook", "--round", "2025-26", "-o", path("blank.xlsx"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.exists(Path.of(path("blank.xlsx")))).isTrue();
  }

  @Test
  void anUnknownRoundOrNeitherPlanNorRoundExits2() {
    CliRun unknown = CliRun.of("workbook", "--round", "2031-33", "-o", path("blank.xlsx"));
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("'2031-33' is not one this bcf knows");

    CliRun neither = CliRun.of("workbook", "-o", path("blank.xlsx"));
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("give either PLAN or --round ROUND");
  }

  @Test
  void aPlanThatIsNotOneExits2WithItsPlace() throws IOException {
    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, "{\"id\": \"x\", \"round\": \"2017-19\", \"hwbs\": 3}");

    CliRun run = CliRun.of("workbook", broken.toString(), "-o", path("x.xlsx"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(broken.toString()).contains("hwbs");
    assertThat(Files.exists(Path.of(path("x.xlsx")))).isFalse();
  }

  @Test
  void anAmountTypedAsTBCExits1AtItsCellAndWritesNothing() throws IOException {
    String book = changed(workbook(), "4. Income", 4, 6, "TBC");

    CliRun run = CliRun.of("import", book, "-o", path("plan.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("ERROR workbook-amount  '4. Income'!G5  contributions[0].actual")
        .contains("'TBC' is not an amount")
        .contains("Not written");
    assertThat(Files.exists(Path.of(path("plan.json")))).isFalse();
  }

  @Test
  void aPicklistValueNotInTheListExits1WithTheAllowedValues() throws IOException {
    String book = changed(workbook(), "5. Expenditure", 4, 10, "Gardening");

    CliRun run = CliRun.of("import", book, "-o", path("plan.json"), "--format", "json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"rule\": \"workbook-picklist\"")
        .contains("\"cell\": \"'5. Expenditure'!K5\"")
        .contains("Social Care; Community Health");
  }

  @Test
  void aWorkbookOfAnotherRoundExits2WithTheReason() {
    CliRun blank = CliRun.of("workbook", "--round", "2014-16", "-o", path("old.xlsx"));
    assertThat(blank.exitCode()).isZero();

    CliRun run =
        CliRun.of("import", path("old.xlsx"), "-o", path("plan.json"), "--round", "2017-19");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("old.xlsx").contains("for the 2014-16 round");
  }

  @Test
  void aFileThatIsNotAWorkbookExits2() throws IOException {
    Path csv = directory.resolve("renamed.xlsx");
    Files.writeString(csv, "id,name\nx,y\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("import", csv.toString(), "-o", path("plan.json"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("renamed.xlsx")
        .contains("it is not an Excel workbook")
        .doesNotContain("bcf-workbook-");

    CliRun missing = CliRun.of("import", path("nothing.xlsx"), "-o", path("plan.json"));
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");
  }
}
