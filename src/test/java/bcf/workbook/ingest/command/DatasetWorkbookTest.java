package bcf.workbook.ingest.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bcf.kernel.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national dataset's workbook, written by hand as SpreadsheetML: read back by POI as Excel
 * would show it (numbers, text, bold headers, quote-prefixed formula-like text, frozen panes), and
 * opened and saved again by LibreOffice where it is installed.
 */
class DatasetWorkbookTest {

  @TempDir Path directory;

  private static final List<DatasetWorkbook.Sheet> SHEETS =
      List.of(
          new DatasetWorkbook.Sheet(
              "National dataset",
              List.of(
                  List.of("ONS code", "HWB", "Income: NHS minimum contribution (£)"),
                  List.of("E09000002", "Barking & Dagenham <B&D>", Money.of("12345678.5")),
                  List.of("E09000003", "=HYPERLINK(\"x\")", Money.of("0"))),
              2),
          new DatasetWorkbook.Sheet(
              "Report",
              List.of(
                  List.of("File", "Problems"),
                  List.of("'=resubmitted.xlsx", "a\u0001b _x0041_ \"quoted\" \uD83D\uDE00"),
                  List.of("+long.xlsx", "x".repeat(40_000))),
              0));

  private static byte[] written() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DatasetWorkbook.write(SHEETS, out);
    return out.toByteArray();
  }

  @Test
  void excelReadsNumbersAsNumbersAndTextAsTextExactly() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written()))) {
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
      Sheet data = book.getSheet("National dataset");
      assertThat(data.getRow(0).getCell(2).getStringCellValue())
          .isEqualTo("Income: NHS minimum contribution (£)");
      assertThat(book.getFontAt(data.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(data.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("Barking & Dagenham <B&D>");
      assertThat(data.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(data.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12345678.5);
      assertThat(data.getRow(1).getCell(2).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.##");
      assertThat(data.getRow(2).getCell(2).getNumericCellValue()).isZero();
      assertThat(data.getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(data.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
      assertThat(data.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(data.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
      PaneInformation pane = data.getPaneInformation();
      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 2);
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);

      Sheet report = book.getSheet("Report");
      assertThat(report.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=resubmitted.xlsx");
      assertThat(report.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("a\uFFFDb _x0041_ \"quoted\" \uD83D\uDE00");
      assertThat(report.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(report.getRow(2).getCell(1).getStringCellValue())
          .hasSize(DatasetWorkbook.MOST_CHARACTERS + 1)
          .endsWith("x…");
      assertThat(report.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(report.getPaneInformation().getVerticalSplitPosition()).isZero();
    }
  }

  @Test
  void columnsAreLetteredAsExcelLettersThem() {
    assertThat(DatasetWorkbook.column(0)).isEqualTo("A");
    assertThat(DatasetWorkbook.column(25)).isEqualTo("Z");
    assertThat(DatasetWorkbook.column(26)).isEqualTo("AA");
    assertThat(DatasetWorkbook.column(701)).isEqualTo("ZZ");
    assertThat(DatasetWorkbook.column(702)).isEqualTo("AAA");
    assertThat(DatasetWorkbook.pane(0)).contains("topLeftCell=\"A2\"").doesNotContain("xSplit");
    assertThat(DatasetWorkbook.pane(2)).contains("xSplit=\"2\"", "topLeftCell=\"C2\"");
  }

  @Test
  void textThatExcelWouldReadAsItsOwnEscapeIsKeptAsTyped() {
    assertThat(DatasetWorkbook.escape("_x0041_")).isEqualTo("_x005F_x0041_");
    assertThat(DatasetWorkbook.escape("_x00G1_ _x004_ a_b")).isEqualTo("_x00G1_ _x004_ a_b");
    assertThat(DatasetWorkbook.escape("\t\n\r\u001f\uD800x")).isEqualTo("\t\n\r\uFFFD\uFFFDx");
  }

  @Test
  void libreOfficeOpensIt() throws Exception {
    String soffice = null;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) {
        soffice = Path.of(dir, "soffice").toString();
      }
    }
    if (soffice == null && System.getenv("BCF_REQUIRE_LIBREOFFICE") != null) {
      throw new AssertionError("LibreOffice (soffice) is not installed, and this run needs it");
    }
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    Path book = directory.resolve("national.xlsx");
    Files.write(book, written());
    Path out = Files.createDirectories(directory.resolve("out"));
    Process process =
        new ProcessBuilder(
                soffice,
                "-env:UserInstallation=file://" + directory.resolve("profile"),
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                out.toString(),
                book.toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(directory.resolve("soffice.log"))).isZero();

    try (InputStream in = Files.newInputStream(out.resolve("national.xlsx"));
        ReadableWorkbook saved = new ReadableWorkbook(in)) {
      List<Row> rows = saved.findSheet("National dataset").orElseThrow().read();
      assertThat(rows.get(1).getCellText(1)).isEqualTo("Barking & Dagenham <B&D>");
      assertThat(rows.get(1).getCell(2).asNumber()).isEqualByComparingTo("12345678.5");
      assertThat(rows.get(2).getCellText(1)).isEqualTo("=HYPERLINK(\"x\")");
      List<Row> report = saved.findSheet("Report").orElseThrow().read();
      assertThat(report.get(1).getCellText(0)).isEqualTo("'=resubmitted.xlsx");
    }
  }
}
