package bcf.sheets.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.sheets.SheetRow;
import bcf.sheets.TinyXlsx;
import bcf.sheets.UnusableSpreadsheetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets read as rows of text, streamed, within the row limit. */
class XlsxSheetsTest {

  @TempDir Path dir;

  @Test
  void rows_come_as_text_with_their_numbers() {
    Path file =
        TinyXlsx.workbook()
            .write(
                dir.resolve("a.xlsx"),
                new String[] {"Code", "Value"},
                new String[] {"E06000001", "[x]"});
    try (XlsxSheets book = XlsxSheets.open(file);
        XlsxSheets.Rows rows = book.rows(null)) {
      List<SheetRow> all = new ArrayList<>();
      rows.forEachRemaining(all::add);
      assertThat(all).extracting(SheetRow::number).containsExactly(1, 2);
      assertThat(all.get(1).cells()).containsExactly("E06000001", "[x]");
      assertThat(book.sheetNames()).containsExactly("Data");
    }
  }

  @Test
  void the_real_release_reads_with_its_numbers_as_written() {
    try (XlsxSheets book =
            XlsxSheets.open(Path.of("/work/shared/data/ascof-2020-21-open-data.xlsx"));
        XlsxSheets.Rows rows = book.rows(null)) {
      SheetRow header = rows.next();
      assertThat(header.cells())
          .startsWith(
              "Geographical Code", "Geographical Description", "Geographical Level", "ONS Code");
      SheetRow first = rows.next();
      assertThat(first.cells()).startsWith("102", "Cumbria", "Council", "E10000006", "1A");
    }
  }

  @Test
  void a_sheet_of_a_million_rows_is_refused_at_the_limit() {
    Path file =
        TinyXlsx.workbook()
            .write(
                dir.resolve("million.xlsx"),
                out -> {
                  for (int r = 1; r <= 1_000_000; r++) {
                    out.write(
                        ("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>")
                            .getBytes(StandardCharsets.US_ASCII));
                  }
                });
    try (XlsxSheets book = XlsxSheets.open(file);
        XlsxSheets.Rows rows = book.rows(null)) {
      assertThatThrownBy(
              () -> {
                while (rows.hasNext()) {
                  rows.next();
                }
              })
          .isInstanceOf(UnusableSpreadsheetException.class)
          .hasMessage(
              "million.xlsx: sheet 'Data' has more than 200,000 rows, the most bcf reads from a sheet");
    }
  }

  @Test
  void a_missing_sheet_is_named_with_those_there_are() {
    Path file = TinyXlsx.workbook().write(dir.resolve("b.xlsx"), new String[] {"a"});
    try (XlsxSheets book = XlsxSheets.open(file)) {
      assertThatThrownBy(() -> book.rows("Table 1"))
          .hasMessage("b.xlsx has no sheet 'Table 1' (its sheets: Data)");
    }
  }

  @Test
  void broken_sheet_xml_is_unusable_not_a_crash() {
    Path file =
        TinyXlsx.workbook()
            .write(
                dir.resolve("broken.xlsx"),
                out ->
                    out.write(
                        "<row r=\"1\"><c r=\"A1\"><v>1</c>".getBytes(StandardCharsets.US_ASCII)));
    assertThatThrownBy(
            () -> {
              try (XlsxSheets book = XlsxSheets.open(file);
                  XlsxSheets.Rows rows = book.rows(null)) {
                rows.forEachRemaining(r -> {});
              }
            })
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageStartingWith("broken.xlsx cannot be read as a workbook");
  }
}
