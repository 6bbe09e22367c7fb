package bcf.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.Limits;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sheet's cells as the readers see them: every missing marker with its meaning, numbers as
 * written, a row's cells and places, and a column's labels compared loosely but whole.
 */
class SheetCellsTest {

  @Test
  void every_marker_published_statistics_use_is_missing_with_its_meaning() {
    assertThat(Missing.reason("[x]")).contains("not available ([x])");
    assertThat(Missing.reason("[X]")).contains("not available ([x])");
    assertThat(Missing.reason("[c]")).contains("suppressed to protect confidentiality ([c])");
    assertThat(Missing.reason("[z]")).contains("not applicable ([z])");
    assertThat(Missing.reason("[u]")).contains("unreliable ([u])");
    assertThat(Missing.reason("-")).contains("not available (-)");
    assertThat(Missing.reason("\u2013")).contains("not available (-)");
    assertThat(Missing.reason("na")).contains("not available (NA)");
    assertThat(Missing.reason("N/A")).contains("not available (NA)");
    assertThat(Missing.reason(" : ")).contains("not available (:)");
    assertThat(Missing.reason("..")).contains("not available (..)");
    assertThat(Missing.reason("*")).contains("suppressed (*)");
    assertThat(Missing.reason("   ")).contains("empty");
    assertThat(Missing.reason(null)).contains("empty");
  }

  @Test
  void a_value_or_a_word_that_only_contains_a_marker_is_not_missing() {
    assertThat(Missing.reason("0")).isEmpty();
    assertThat(Missing.reason("-5")).isEmpty();
    assertThat(Missing.reason("[x] 12")).isEmpty();
    assertThat(Missing.reason("nan")).isEmpty();
    assertThat(Missing.reason("...")).isEmpty();
  }

  @Test
  void a_number_is_read_as_written_with_its_separators_and_sign() {
    assertThat(SheetNumbers.number(" 12 ")).hasToString("12");
    assertThat(SheetNumbers.number("-1,234")).hasToString("-1234");
    assertThat(SheetNumbers.number("1,234.50")).hasToString("1234.5");
    assertThat(SheetNumbers.number("999")).hasToString("999");
    assertThat(SheetNumbers.number("1200")).hasToString("1200");
    assertThat(SheetNumbers.number("1.2E+3")).hasToString("1200");
    assertThat(SheetNumbers.number("0.0")).hasToString("0");
    assertThat(SheetNumbers.number("0.050")).hasToString("0.05");
  }

  @Test
  void what_is_not_a_number_is_null_and_a_number_too_long_is_refused() {
    assertThat(SheetNumbers.number(null)).isNull();
    assertThat(SheetNumbers.number("")).isNull();
    assertThat(SheetNumbers.number("  ")).isNull();
    assertThat(SheetNumbers.number("1,2345")).isNull();
    assertThat(SheetNumbers.number("1,234,56")).isNull();
    assertThat(SheetNumbers.number(",123")).isNull();
    assertThat(SheetNumbers.number("[x]")).isNull();
    assertThatThrownBy(() -> SheetNumbers.number("1".repeat(Limits.NUMBER_CHARS + 1)))
        .isInstanceOf(Limits.NumberOutOfRange.class);
  }

  @Test
  void a_rows_cells_are_stripped_and_none_past_its_ends() {
    SheetRow row = new SheetRow(7, List.of(" a ", "b"));
    assertThat(row.cell(0)).isEqualTo("a");
    assertThat(row.cell(1)).isEqualTo("b");
    assertThat(row.cell(2)).isEmpty();
    assertThat(row.cell(-1)).isEmpty();
    assertThat(row.number()).isEqualTo(7);
  }

  @Test
  void a_row_is_blank_only_when_every_cell_is() {
    assertThat(new SheetRow(1, List.of()).blank()).isTrue();
    assertThat(new SheetRow(1, List.of("", "  ", "\t")).blank()).isTrue();
    assertThat(new SheetRow(1, List.of("", "x")).blank()).isFalse();
    assertThat(new SheetRow(1, List.of("x", "")).blank()).isFalse();
  }

  @Test
  void a_rows_cells_are_its_own_copy() {
    List<String> cells = new java.util.ArrayList<>(Arrays.asList("a", "b"));
    SheetRow row = new SheetRow(1, cells);
    cells.set(0, "changed");
    assertThat(row.cell(0)).isEqualTo("a");
    assertThatThrownBy(() -> row.cells().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void columns_and_places_are_named_as_a_spreadsheet_names_them() {
    assertThat(SheetRow.columnName(1)).isEqualTo("B");
    assertThat(SheetRow.columnName(27)).isEqualTo("AB");
    assertThat(SheetRow.columnName(51)).isEqualTo("AZ");
    assertThat(SheetRow.columnName(52)).isEqualTo("BA");
    assertThat(SheetRow.columnName(255)).isEqualTo("IV");
    assertThat(SheetRow.columnName(701)).isEqualTo("ZZ");
    assertThat(SheetRow.columnName(702)).isEqualTo("AAA");
    assertThat(new SheetRow(24686, List.of()).place(0)).isEqualTo("A24686");
    assertThat(new SheetRow(3, List.of()).place(26)).isEqualTo("AA3");
  }

  @Test
  void a_column_is_required_or_optional_and_known_by_its_name_first() {
    Column code = Column.required("ONS Code", "Area Code", "LA Code");
    Column period = Column.optional("Period");
    assertThat(code.required()).isTrue();
    assertThat(code.labels()).containsExactly("ONS Code", "Area Code", "LA Code");
    assertThat(period.required()).isFalse();
    assertThat(period.labels()).containsExactly("Period");
    assertThat(code.matches("la code")).isTrue();
    assertThat(code.matches("Area-Code")).isTrue();
    assertThat(code.matches("Code")).isFalse();
    assertThat(code.matches(null)).isFalse();
    assertThat(code.matches(" .. ")).isFalse();
    assertThat(period.matches("Period")).isTrue();
  }

  @Test
  void a_label_is_compared_without_case_punctuation_or_repeated_spaces() {
    assertThat(Column.normal("  ONS_Code.  (2021) ")).isEqualTo("ons code 2021");
    assertThat(Column.normal("Measure   Value")).isEqualTo("measure value");
    assertThat(Column.normal("Écoles")).isEqualTo("écoles");
    assertThat(Column.normal(null)).isEmpty();
  }
}
