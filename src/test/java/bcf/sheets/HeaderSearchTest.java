package bcf.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.Limits;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the header search stops, what it keeps and how it says what it did not find: the limits at
 * their exact boundaries, moved rows, renamed columns.
 */
class HeaderSearchTest {

  static final List<Column> COLUMNS =
      List.of(
          Column.required("ONS Code", "Area Code"),
          Column.required("Measure Value", "Value"),
          Column.optional("Period", "Year"));

  static SheetRow row(int n, String... cells) {
    return new SheetRow(n, List.of(cells));
  }

  static List<SheetRow> notes(int count) {
    List<SheetRow> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(row(i, "note " + i));
    }
    return rows;
  }

  @Test
  void a_header_on_the_last_row_searched_is_found() {
    List<SheetRow> rows = notes(Limits.HEADER_SEARCH_ROWS - 1);
    rows.add(row(Limits.HEADER_SEARCH_ROWS, "Value", "Year", "ONS Code"));
    rows.add(row(Limits.HEADER_SEARCH_ROWS + 1, "12", "2020-21", "E06000001"));
    Iterator<SheetRow> it = rows.iterator();
    Header header = Header.find(it, COLUMNS);
    assertThat(header.rowNumber()).isEqualTo(50);
    assertThat(header.above()).hasSize(49);
    assertThat(header.index("Measure Value")).isZero();
    assertThat(header.index("Period")).isEqualTo(1);
    assertThat(header.index("ONS Code")).isEqualTo(2);
    assertThat(header.has("Period")).isTrue();
    assertThat(header.label("Period")).isEqualTo("Year");
    // the iterator is left at the first row below the header
    assertThat(it.next().number()).isEqualTo(51);
  }

  @Test
  void a_header_one_row_past_the_search_is_not_and_no_more_rows_are_read() {
    List<SheetRow> rows = notes(Limits.HEADER_SEARCH_ROWS);
    rows.add(row(Limits.HEADER_SEARCH_ROWS + 1, "ONS Code", "Value"));
    Iterator<SheetRow> it = rows.iterator();
    assertThatThrownBy(() -> Header.find(it, COLUMNS))
        .hasMessage(
            "no header row: none of the first 50 rows has the columns ONS Code, Measure Value");
    assertThat(it.next().number()).isEqualTo(51);
  }

  @Test
  void the_first_row_with_every_required_column_is_the_header() {
    List<SheetRow> rows =
        List.of(
            row(1, "Area Code", "Value", "Period"),
            row(2, "ONS Code", "Measure Value"),
            row(3, "E06000001", "12"));
    Header header = Header.find(rows.iterator(), COLUMNS);
    assertThat(header.rowNumber()).isEqualTo(1);
    assertThat(header.above()).isEmpty();
    assertThat(header.label("ONS Code")).isEqualTo("Area Code");
  }

  @Test
  void the_first_of_two_labels_of_a_column_in_one_row_is_taken() {
    Header header =
        Header.find(List.of(row(1, "x", "Value", "Measure Value", "ONS Code")).iterator(), COLUMNS);
    assertThat(header.index("Measure Value")).isEqualTo(1);
  }

  @Test
  void an_absent_optional_column_has_no_place_label_or_cells() {
    Header header = Header.find(List.of(row(4, "ONS Code", "Value")).iterator(), COLUMNS);
    assertThat(header.has("Period")).isFalse();
    assertThat(header.index("Period")).isEqualTo(-1);
    assertThat(header.label("Period")).isEmpty();
    assertThat(header.cell(row(5, "E06000001", "12", "2020-21"), "Period")).isEmpty();
    assertThat(header.cell(row(5, "E06000001", "12"), "Measure Value")).isEqualTo("12");
    assertThat(header.index("no such column")).isEqualTo(-1);
  }

  @Test
  void one_row_searched_is_one_row_in_the_message_and_a_row_with_nothing_is_not_nearest() {
    assertThatThrownBy(() -> Header.find(List.of(row(1, "Title")).iterator(), COLUMNS))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage(
            "no header row: none of the first 1 row has the columns ONS Code, Measure Value");
    assertThatThrownBy(() -> Header.find(List.<SheetRow>of().iterator(), COLUMNS))
        .hasMessage(
            "no header row: none of the first 0 rows has the columns ONS Code, Measure Value");
  }

  @Test
  void an_optional_column_alone_makes_a_row_nearest() {
    assertThatThrownBy(() -> Header.find(List.of(row(1, "a"), row(2, "Year")).iterator(), COLUMNS))
        .hasMessage(
            "no header row: none of the first 2 rows has the columns ONS Code, Measure Value; row 2"
                + " comes nearest but has no ONS Code, Measure Value column (ONS Code may also be"
                + " headed 'Area Code'; Measure Value may also be headed 'Value')");
  }

  @Test
  void of_rows_equally_near_the_first_is_named() {
    List<SheetRow> rows = List.of(row(1, "ONS Code"), row(2, "Value"), row(3, "Area Code", "x"));
    assertThatThrownBy(() -> Header.find(rows.iterator(), COLUMNS))
        .hasMessageContaining("; row 1 comes nearest but has no Measure Value column");
  }

  @Test
  void a_nearer_row_further_down_is_named() {
    List<Column> three =
        List.of(
            Column.required("ONS Code"),
            Column.required("Measure Value", "Value"),
            Column.required("Measure Type", "Type", "Statistic"));
    List<SheetRow> rows = List.of(row(1, "ONS Code"), row(2, "ONS Code", "Value"), row(3, "Type"));
    assertThatThrownBy(() -> Header.find(rows.iterator(), three))
        .hasMessage(
            "no header row: none of the first 3 rows has the columns ONS Code, Measure Value,"
                + " Measure Type; row 2 comes nearest but has no Measure Type column (Measure Type"
                + " may also be headed 'Type' or 'Statistic')");
  }

  @Test
  void a_column_with_one_label_is_said_to_be_headed_by_it() {
    List<Column> wanted = List.of(Column.required("ONS Code"), Column.required("Spend"));
    assertThatThrownBy(() -> Header.find(List.of(row(1, "ONS Code")).iterator(), wanted))
        .hasMessageEndingWith(
            "; row 1 comes nearest but has no Spend column (Spend is headed 'Spend')");
  }
}
