package bcf.sheets.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of cell as text: numbers as written, date-formatted numbers as dates (and numbers whose
 * format only looks like a date's as numbers), formulas as their cached values, booleans and errors
 * as stored; the column and row limits at their exact boundaries; sheets by name.
 */
class XlsxCellsTest {

  @TempDir Path dir;

  /** A workbook written by POI, as Excel would write it (with a styles part). */
  Path book(String name, Consumer<XSSFWorkbook> fill) {
    Path file = dir.resolve(name);
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      fill.accept(book);
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static List<SheetRow> read(Path file, String sheet) {
    List<SheetRow> rows = new ArrayList<>();
    try (XlsxSheets book = XlsxSheets.open(file);
        XlsxSheets.Rows it = book.rows(sheet)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  static CellStyle format(XSSFWorkbook book, String format) {
    CellStyle style = book.createCellStyle();
    style.setDataFormat(book.createDataFormat().getFormat(format));
    return style;
  }

  @Test
  void numbers_dates_formulas_booleans_and_errors_come_as_text() {
    Path file =
        book(
            "kinds.xlsx",
            b -> {
              XSSFSheet sheet = b.createSheet("Data");
              XSSFRow row = sheet.createRow(0);
              row.createCell(0).setCellValue(79.1);
              row.createCell(1).setCellValue(LocalDate.of(2018, 4, 1));
              row.getCell(1).setCellStyle(format(b, "dd/mm/yyyy"));
              row.createCell(2).setCellValue(LocalDate.of(2020, 10, 1));
              row.getCell(2).setCellStyle(format(b, "mmm-yy"));
              row.createCell(3).setCellValue(45);
              row.getCell(3).setCellStyle(format(b, "0 \"d m\""));
              row.createCell(4).setCellValue(12.5);
              row.getCell(4).setCellStyle(format(b, "[Red]0.00"));
              row.createCell(5).setCellFormula("A1*2");
              row.createCell(6).setCellValue(true);
              row.createCell(7).setCellErrorValue(FormulaError.DIV0);
              row.createCell(8).setCellValue("text");
              row.createCell(9).setCellValue(LocalDate.of(2019, 3, 31));
              row.getCell(9).setCellStyle(format(b, "[$-809]d mmmm"));
              row.createCell(10).setCellValue(LocalDate.of(2021, 1, 2));
              row.getCell(10).setCellStyle(format(b, "yyyy"));
              b.getCreationHelper().createFormulaEvaluator().evaluateAll();
            });
    SheetRow row = read(file, null).get(0);
    assertThat(row.number()).isEqualTo(1);
    assertThat(row.cells())
        .containsExactly(
            "79.1",
            "2018-04-01",
            "2020-10-01",
            "45.0",
            "12.5",
            "158.2",
            "1",
            "#DIV/0!",
            "text",
            "2019-03-31",
            "2021-01-02");
  }

  @Test
  void the_named_sheet_is_read_and_says_its_name() {
    Path file =
        book(
            "two.xlsx",
            b -> {
              b.createSheet("Notes").createRow(0).createCell(0).setCellValue("notes");
              b.createSheet("Table 1").createRow(2).createCell(1).setCellValue("table");
            });
    try (XlsxSheets book = XlsxSheets.open(file);
        XlsxSheets.Rows rows = book.rows("Table 1")) {
      assertThat(book.sheetNames()).containsExactly("Notes", "Table 1");
      assertThat(rows.sheet()).isEqualTo("Table 1");
      SheetRow row = rows.next();
      assertThat(row.number()).isEqualTo(3);
      assertThat(row.cells()).containsExactly("", "table");
      assertThat(rows.hasNext()).isFalse();
    }
    try (XlsxSheets book = XlsxSheets.open(file);
        XlsxSheets.Rows rows = book.rows(null)) {
      assertThat(rows.sheet()).isEqualTo("Notes");
      assertThat(rows.next().cells()).containsExactly("notes");
    }
  }

  @Test
  void a_value_in_the_last_column_read_is_read_and_one_past_it_refused() {
    String[] last = new String[Limits.SHEET_COLUMNS];
    java.util.Arrays.fill(last, "");
    last[Limits.SHEET_COLUMNS - 1] = "IV";
    SheetRow row = read(TinyXlsx.workbook().write(dir.resolve("wide.xlsx"), last), null).get(0);
    assertThat(row.cells()).hasSize(Limits.SHEET_COLUMNS).endsWith("IV");
    assertThat(row.cell(255)).isEqualTo("IV");

    String[] past = new String[Limits.SHEET_COLUMNS + 1];
    java.util.Arrays.fill(past, "");
    past[Limits.SHEET_COLUMNS] = "IW";
    Path wider = TinyXlsx.workbook().write(dir.resolve("wider.xlsx"), past);
    assertThatThrownBy(() -> read(wider, null))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage("wider.xlsx: sheet 'Data' has a value at IW1, past the 256 columns bcf reads");
  }

  @Test
  void blank_cells_past_the_last_column_read_are_left_out() {
    String[] past = new String[Limits.SHEET_COLUMNS + 2];
    java.util.Arrays.fill(past, " ");
    past[0] = "a";
    SheetRow row = read(TinyXlsx.workbook().write(dir.resolve("blank.xlsx"), past), null).get(0);
    assertThat(row.cells()).hasSize(Limits.SHEET_COLUMNS);
    assertThat(row.cell(0)).isEqualTo("a");
  }

  @Test
  void a_sheet_of_exactly_the_most_rows_is_read_whole() {
    Path file =
        TinyXlsx.workbook()
            .write(
                dir.resolve("most.xlsx"),
                out -> {
                  for (int r = 1; r <= Limits.SHEET_ROWS; r++) {
                    out.write(
                        ("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>")
                            .getBytes(StandardCharsets.US_ASCII));
                  }
                });
    int count = 0;
    String lastCell = null;
    try (XlsxSheets book = XlsxSheets.open(file);
        XlsxSheets.Rows rows = book.rows(null)) {
      while (rows.hasNext()) {
        lastCell = rows.next().cell(0);
        count++;
      }
    }
    assertThat(count).isEqualTo(Limits.SHEET_ROWS);
    assertThat(lastCell).isEqualTo("200000");
  }

  @Test
  void a_file_the_guard_refuses_is_never_opened() throws IOException {
    Path file = Files.writeString(dir.resolve("data.xlsx"), "code,value\n");
    assertThatThrownBy(() -> XlsxSheets.open(file))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageStartingWith("data.xlsx is not an Excel workbook (.xlsx)");
  }

  @Test
  void a_workbook_whose_parts_do_not_hold_together_is_unusable_with_the_readers_reason()
      throws IOException {
    // A content types part and a workbook part, but no sheet where the workbook says there is one.
    Path file = dir.resolve("hollow.xlsx");
    try (java.util.zip.ZipOutputStream zip =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThatThrownBy(
            () -> {
              try (XlsxSheets book = XlsxSheets.open(file);
                  XlsxSheets.Rows rows = book.rows(null)) {
                rows.forEachRemaining(r -> {});
              }
            })
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageStartingWith("hollow.xlsx cannot be read as a workbook (");
  }
}
