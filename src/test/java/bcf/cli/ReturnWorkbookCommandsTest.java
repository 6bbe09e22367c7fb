package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bcf workbook RETURN.json} and {@code bcf import} of a return workbook: a return document
 * is recognised by its kind, a return workbook by its marker; exit 0 on a good workbook, 1 with an
 * error at its cell, 2 when the file cannot be used.
 */
class ReturnWorkbookCommandsTest {

  private static final String RETURN = "examples/returns/dorset-2015-16-q2.json";

  @TempDir Path directory;

  private String path(String name) {
    return directory.resolve(name).toString();
  }

  private String workbook() {
    CliRun run = CliRun.of("workbook", RETURN, "-o", path("return.xlsx"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return path("return.xlsx");
  }

  @Test
  void aReturnsWorkbookImportsBackToTheSameReturnAndExits0() throws IOException {
    CliRun run = CliRun.of("import", workbook(), "-o", path("return.json"));

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains("(a quarterly return): 0 errors, 0 warnings")
        .contains("Wrote " + path("return.json"));
    var imported = Json.read(Files.readString(Path.of(path("return.json"))));
    assertThat(imported.path("kind").asString()).isEqualTo("return");
    assertThat(imported.path("id").asString()).isEqualTo("dorset-2015-16-q2");
    assertThat(imported.at("/paymentForPerformance/maximumTotal").decimalValue())
        .isEqualByComparingTo("979990");
  }

  @Test
  void aCellThatCannotBeReadExits1AndNothingIsWritten() throws IOException {
    String book = workbook();
    try (XSSFWorkbook w =
            new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(Path.of(book))));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Row row = w.getSheet("7. Income").getRow(4);
      row.getCell(4).setCellValue("about 5m");
      w.write(out);
      Files.write(Path.of(book), out.toByteArray());
    }

    CliRun run = CliRun.of("import", book, "-o", path("return.json"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("workbook-amount  '7. Income'!E5").contains("Not written");
    assertThat(Files.exists(Path.of(path("return.json")))).isFalse();
  }

  @Test
  void aBlankReturnWorkbookOfARoundIsWritten() {
    CliRun run = CliRun.of("workbook", "--round", "2017-19", "--return", "-o", path("blank.xlsx"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.exists(Path.of(path("blank.xlsx")))).isTrue();
  }

  @Test
  void aReturnThatIsNotOneOrAFileThatIsNotAWorkbookExits2() throws IOException {
    Path bad = directory.resolve("bad.json");
    Files.writeString(bad, "{\"kind\": \"return\", \"round\": \"2014-16\", \"asAt\": \"soon\"}");
    CliRun run = CliRun.of("workbook", bad.toString(), "-o", path("r.xlsx"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(bad.toString()).contains("asAt");

    Path text = directory.resolve("notes.xlsx");
    Files.writeString(text, "not a workbook");
    CliRun notBook = CliRun.of("import", text.toString(), "-o", path("r.json"));
    assertThat(notBook.exitCode()).isEqualTo(2);
    assertThat(notBook.err()).contains("notes.xlsx");
  }

  @Test
  void aReturnWorkbookMadeFromAPlanIsPrefilledFromIt() throws IOException {
    CliRun run =
        CliRun.of(
            "workbook",
            "examples/plans/dorset-2015-16.json",
            "--return",
            "--quarter",
            "Q3",
            "-o",
            path("q3.xlsx"));
    assertThat(run.exitCode()).as(run.err()).isZero();

    CliRun imported = CliRun.of("import", path("q3.xlsx"), "-o", path("q3.json"));
    var document = Json.read(Files.readString(Path.of(path("q3.json"))));
    assertThat(imported.out()).contains("(a quarterly return)");
    assertThat(document.path("id").asString()).isEqualTo("dorset-2015-16-q3");
    assertThat(document.path("asAt").asString()).isEqualTo("2015-12-31");
    assertThat(document.path("hwbs")).hasSize(2);
    assertThat(document.at("/incomeAndExpenditure/expenditure")).isNotEmpty();

    CliRun notAsked =
        CliRun.of(
            "workbook",
            "examples/plans/dorset-2015-16.json",
            "--return",
            "--quarter",
            "Q9",
            "-o",
            path("q9.xlsx"));
    assertThat(notAsked.exitCode()).isEqualTo(2);
    assertThat(notAsked.err()).contains("Q9 is not a return the").contains("Quarter 1 2015-16");
  }

  @Test
  void withItsPlanTheReturnIsCheckedAgainstItEachFindingAtItsCell() throws IOException {
    String book = workbook();
    CliRun clean =
        CliRun.of(
            "import",
            book,
            "-o",
            path("return.json"),
            "--plan",
            "examples/plans/dorset-2015-16.json");
    assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
    assertThat(clean.out()).contains("(a quarterly return): 0 errors");

    try (XSSFWorkbook w =
            new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(Path.of(book))));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      w.getSheet("8. Expenditure").getRow(4).getCell(1).setCellValue("no-such-scheme");
      w.write(out);
      Files.write(Path.of(book), out.toByteArray());
    }
    CliRun without = CliRun.of("import", book, "-o", path("without.json"));
    assertThat(without.out()).doesNotContain("return-plan");

    CliRun checked =
        CliRun.of(
            "import",
            book,
            "-o",
            path("checked.json"),
            "--plan",
            "examples/plans/dorset-2015-16.json");

    assertThat(checked.out()).contains("return-plan", "'8. Expenditure'!B5", "no-such-scheme");
  }

  @Test
  void anotherPlanOrAPlanThatCannotBeReadExits2() {
    String book = workbook();

    CliRun other =
        CliRun.of(
            "import",
            book,
            "-o",
            path("return.json"),
            "--plan",
            "examples/plans/warwickshire-2014-16.json");
    assertThat(other.exitCode()).isEqualTo(2);
    assertThat(other.err()).contains("the return is of the plan 'dorset-2015-16'");
    assertThat(Files.exists(Path.of(path("return.json")))).isFalse();

    CliRun missing =
        CliRun.of("import", book, "-o", path("return.json"), "--plan", path("nowhere.json"));
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.json: no such file");
  }
}
