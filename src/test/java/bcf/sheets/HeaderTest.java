package bcf.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A header row is found by its labels wherever it is, under any of its columns' names. */
class HeaderTest {

  static final List<Column> COLUMNS =
      List.of(
          Column.required("ONS Code", "Area Code"),
          Column.required("Measure Value", "Value"),
          Column.optional("Period", "Year"));

  static SheetRow row(int n, String... cells) {
    return new SheetRow(n, List.of(cells));
  }

  @Test
  void the_header_is_found_below_title_rows_and_columns_by_any_label() {
    var rows =
        List.of(
                row(1, "Title: Measures, England 2020-21"),
                row(2),
                row(3, "", "", "area code ", "VALUE"),
                row(4, "", "", "E06000001", "12"))
            .iterator();
    Header header = Header.find(rows, COLUMNS);
    assertThat(header.rowNumber()).isEqualTo(3);
    assertThat(header.index("ONS Code")).isEqualTo(2);
    assertThat(header.index("Measure Value")).isEqualTo(3);
    assertThat(header.has("Period")).isFalse();
    assertThat(header.label("ONS Code")).isEqualTo("area code");
    assertThat(header.above()).extracting(SheetRow::number).containsExactly(1, 2);
    SheetRow data = rows.next();
    assertThat(header.cell(data, "ONS Code")).isEqualTo("E06000001");
    assertThat(header.cell(data, "Period")).isEmpty();
  }

  @Test
  void labels_match_without_case_spaces_or_punctuation_but_not_in_part() {
    assertThat(COLUMNS.get(0).matches("ons_code")).isTrue();
    assertThat(COLUMNS.get(0).matches("ONS  Code.")).isTrue();
    assertThat(COLUMNS.get(0).matches("ONS Code Old")).isFalse();
    assertThat(COLUMNS.get(1).matches("")).isFalse();
  }

  @Test
  void no_header_names_the_missing_column_of_the_nearest_row() {
    var rows = List.of(row(1, "Title"), row(2, "ONS Code", "Amount")).iterator();
    assertThatThrownBy(() -> Header.find(rows, COLUMNS))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage(
            "no header row: none of the first 2 rows has the columns ONS Code, Measure Value; row 2"
                + " comes nearest but has no Measure Value column (Measure Value may also be headed"
                + " 'Value')");
  }

  @Test
  void only_the_first_rows_are_searched() {
    List<SheetRow> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      many.add(row(i, "note"));
    }
    many.add(row(61, "ONS Code", "Value"));
    assertThatThrownBy(() -> Header.find(many.iterator(), COLUMNS))
        .hasMessageStartingWith("no header row: none of the first 50 rows");
  }

  @Test
  void missing_markers_read_as_missing_with_their_meaning() {
    assertThat(Missing.reason("[x]")).contains("not available ([x])");
    assertThat(Missing.reason(" [c] ")).contains("suppressed to protect confidentiality ([c])");
    assertThat(Missing.reason("-")).contains("not available (-)");
    assertThat(Missing.reason("NA")).contains("not available (NA)");
    assertThat(Missing.reason(":")).contains("not available (:)");
    assertThat(Missing.reason("")).contains("empty");
    assertThat(Missing.reason("0")).isEmpty();
    assertThat(Missing.reason("12")).isEmpty();
  }

  @Test
  void numbers_are_read_as_written_with_thousands_separators() {
    assertThat(SheetNumbers.number("1,234,567")).isEqualByComparingTo("1234567");
    assertThat(SheetNumbers.number("79.099999999999994"))
        .isEqualByComparingTo("79.099999999999994");
    assertThat(SheetNumbers.number("700.0")).hasToString("700");
    assertThat(SheetNumbers.number("12,34")).isNull();
    assertThat(SheetNumbers.number("abc")).isNull();
  }

  @Test
  void columns_are_named_as_a_spreadsheet_names_them() {
    assertThat(SheetRow.columnName(0)).isEqualTo("A");
    assertThat(SheetRow.columnName(25)).isEqualTo("Z");
    assertThat(SheetRow.columnName(26)).isEqualTo("AA");
    assertThat(row(12, "a").place(7)).isEqualTo("H12");
  }
}
