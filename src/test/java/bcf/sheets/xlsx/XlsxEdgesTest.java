package bcf.sheets.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bcf.kernel.Limits;
import bcf.sheets.SheetRow;
import bcf.sheets.TinyXlsx;
import bcf.sheets.UnusableSpreadsheetException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader gives back and lets go of at its edges: the file released when the workbook is
 * closed, the sheet's stream released when its rows are, a formula nobody calculated read as empty,
 * formats that only look like dates, and the reader's own reason when a cell cannot be read.
 */
class XlsxEdgesTest {

  @TempDir Path dir;

  static final Path OPEN_FILES = Path.of("/proc/self/fd");

  /** How many of this process's open files are {@code file} (Linux: /proc/self/fd). */
  static long openHandles(Path file) throws IOException {
    Path wanted = file.toRealPath();
    try (Stream<Path> fds = Files.list(OPEN_FILES)) {
      return fds.filter(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).equals(wanted);
                } catch (IOException | UnsupportedOperationException gone) {
                  return false; // the listing's own descriptor, closed by now
                }
              })
          .count();
    }
  }

  Path styled(String name) {
    Path file = dir.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFRow row = book.createSheet("Data").createRow(0);
      row.createCell(0).setCellValue("E06000001");
      row.createCell(1).setCellValue(79.1);
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  Path sheet(String name, String rowsXml) {
    return TinyXlsx.workbook()
        .write(dir.resolve(name), out -> out.write(rowsXml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void closing_the_workbook_lets_go_of_the_file() throws IOException {
    assumeTrue(
        Files.isDirectory(OPEN_FILES),
        "counting a file's open handles needs Linux's /proc/self/fd");
    Path file = styled("release.xlsx");

    XlsxSheets book = XlsxSheets.open(file);
    assertThat(book.sheetNames()).containsExactly("Data");
    assertThat(openHandles(file)).isPositive();
    book.close();

    assertThat(openHandles(file)).isZero();
  }

  @Test
  void closing_the_rows_lets_go_of_the_sheet_so_reading_on_is_refused() {
    // Far more rows than the XML reader holds in its buffer, so reading on needs the stream.
    Path file =
        TinyXlsx.workbook()
            .write(
                dir.resolve("long.xlsx"),
                out -> {
                  for (int r = 1; r <= 20_000; r++) {
                    out.write(
                        ("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>")
                            .getBytes(StandardCharsets.US_ASCII));
                  }
                });
    try (XlsxSheets book = XlsxSheets.open(file)) {
      XlsxSheets.Rows rows = book.rows(null);
      assertThat(rows.next().cells()).containsExactly("1");
      rows.close();

      assertThatThrownBy(
              () -> {
                while (rows.hasNext()) {
                  rows.next();
                }
              })
          .isInstanceOf(UnusableSpreadsheetException.class)
          .hasMessageStartingWith("long.xlsx cannot be read as a workbook (");
    }
  }

  @Test
  void a_formula_no_program_calculated_reads_as_empty() {
    // A formula with no cached value, a string formula, a boolean and an error with no value:
    // what a writer that does not calculate leaves, read as empty cells beside a number.
    Path file =
        sheet(
            "uncalculated.xlsx",
            "<row r=\"1\"><c r=\"A1\"><f>E1*2</f></c><c r=\"B1\" t=\"str\"><f>\"x\"</f></c>"
                + "<c r=\"C1\" t=\"b\"/><c r=\"D1\" t=\"e\"/><c r=\"E1\"><v>3</v></c></row>");

    SheetRow row = XlsxCellsTest.read(file, null).get(0);

    assertThat(row.cells()).containsExactly("", "", "", "", "3");
  }

  @Test
  void a_formula_nobody_calculated_past_the_last_column_read_is_blank_and_left_out() {
    String xml =
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
            + "<c r=\""
            + SheetRow.columnName(Limits.SHEET_COLUMNS)
            + "1\"><f>A1</f></c></row>";

    SheetRow row = XlsxCellsTest.read(sheet("wide-formula.xlsx", xml), null).get(0);

    assertThat(row.cells()).hasSize(Limits.SHEET_COLUMNS).startsWith("a");
    assertThat(row.cell(Limits.SHEET_COLUMNS - 1)).isEmpty();
  }

  @Test
  void a_month_name_alone_is_a_date_and_a_duration_in_hours_is_a_number() {
    Path file = dir.resolve("formats.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFRow row = book.createSheet("Data").createRow(0);
      row.createCell(0).setCellValue(LocalDate.of(2019, 3, 1));
      row.getCell(0).setCellStyle(XlsxCellsTest.format(book, "mmmm"));
      row.createCell(1).setCellValue(1.5);
      row.getCell(1).setCellStyle(XlsxCellsTest.format(book, "[h]:mm"));
      row.createCell(2).setCellValue(0.25);
      CellStyle minutes = XlsxCellsTest.format(book, "mm:ss");
      row.getCell(2).setCellStyle(minutes);
      row.createCell(3).setCellValue(LocalDate.of(2018, 4, 1));
      row.getCell(3).setCellStyle(XlsxCellsTest.format(book, "dd/mm"));
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    SheetRow row = XlsxCellsTest.read(file, null).get(0);

    // A month's name, or a day and a month without the year, is shown for a date; hours and
    // minutes, or minutes and seconds, of a duration are not a date.
    assertThat(row.cells()).containsExactly("2019-03-01", "1.5", "0.25", "2018-04-01");
  }

  @Test
  void a_cell_the_reader_cannot_parse_is_refused_with_the_readers_own_words() {
    Path file = sheet("letters.xlsx", "<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>");

    assertThatThrownBy(() -> XlsxCellsTest.read(file, null))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage("letters.xlsx cannot be read as a workbook (Cannot parse number : abc)");
  }

  @Test
  void any_other_failure_of_the_reader_is_named_by_its_kind() {
    Path file = sheet("kind.xlsx", "<row r=\"1\"><c r=\"A1\" t=\"zz\"><v>1</v></c></row>");

    assertThatThrownBy(() -> XlsxCellsTest.read(file, null))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageStartingWith(
            "kind.xlsx cannot be read as a workbook (IllegalStateException: Unknown cell type")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_workbook_without_styles_is_read_without_formats() {
    // TinyXlsx writes no styles part; the reader opens it again without formats.
    Path file = sheet("plain.xlsx", "<row r=\"1\"><c r=\"A1\" s=\"3\"><v>43525</v></c></row>");

    List<SheetRow> rows = XlsxCellsTest.read(file, null);

    assertThat(rows).singleElement().satisfies(r -> assertThat(r.cells()).containsExactly("43525"));
  }
}
