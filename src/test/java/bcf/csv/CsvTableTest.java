package bcf.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokenising (quotes, separators and line ends inside fields, line-end styles, byte-order mark,
 * blank lines) and where each row and problem is said to be: a row is numbered by the line it
 * starts on, the header being row 1, so a field running over several lines moves the rows after it.
 */
class CsvTableTest {

  private static List<CsvProblem> problems(String text) {
    try {
      CsvTable.parse(text);
    } catch (CsvException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems in " + text);
  }

  @Test
  void quoted_fields_keep_commas_quotes_and_line_ends() {
    CsvTable table =
        CsvTable.parse(
            "name,note,value\n"
                + "\"Smith, J\",\"said \"\"hello\"\"\",1\n"
                + "plain,\"two\nlines\",2\n"
                + "\"\",\"\"\"\",3\n");
    assertThat(table.header()).containsExactly("name", "note", "value");
    assertThat(table.rows()).hasSize(3);
    assertThat(table.rows().get(0).text("name")).isEqualTo("Smith, J");
    assertThat(table.rows().get(0).text("note")).isEqualTo("said \"hello\"");
    assertThat(table.rows().get(1).text("note")).isEqualTo("two\nlines");
    assertThat(table.rows().get(2).text("name")).isEmpty();
    assertThat(table.rows().get(2).text("note")).isEqualTo("\"");
  }

  @Test
  void a_row_is_numbered_by_the_line_it_starts_on() {
    CsvTable table = CsvTable.parse("note,value\n\"one\ntwo\nthree\",1\nafter,2\n");
    assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 5);
    assertThat(table.rows().get(0).text("note")).isEqualTo("one\ntwo\nthree");
  }

  @Test
  void a_problem_after_a_multi_line_field_names_the_row_it_is_on() {
    CsvTable table = CsvTable.parse("note,value\r\n\"a\r\nb\",1\r\nc,lots\r\n");
    List<CsvProblem> problems = new ArrayList<>();
    assertThat(CsvTable.number(table.rows().get(0), "value", problems)).isEqualByComparingTo("1");
    assertThat(CsvTable.number(table.rows().get(1), "value", problems)).isNull();
    assertThat(problems).containsExactly(new CsvProblem(4, "value", "'lots' is not a number"));
  }

  @Test
  void crlf_lf_and_cr_line_ends_are_all_line_ends() {
    for (String end : List.of("\r\n", "\n", "\r")) {
      CsvTable table = CsvTable.parse("a,b" + end + "1,2" + end + end + "3,4" + end);
      assertThat(table.rows()).extracting(r -> r.text("a")).containsExactly("1", "3");
      assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 4);
      assertThat(table.rows().get(1).text("b")).isEqualTo("4");
    }
  }

  @Test
  void a_line_end_inside_a_quoted_field_counts_whatever_its_style() {
    for (String end : List.of("\r\n", "\n", "\r")) {
      CsvTable table = CsvTable.parse("a" + end + "\"x" + end + "y\"" + end + "z" + end);
      assertThat(table.rows()).extracting(r -> r.text("a")).containsExactly("x" + end + "y", "z");
      assertThat(table.rows()).extracting(CsvTable.Row::number).containsExactly(2, 4);
    }
  }

  @Test
  void the_last_line_needs_no_line_end_and_a_byte_order_mark_is_not_part_of_the_header() {
    CsvTable table = CsvTable.parse("\uFEFFvalue\n1\n2");
    assertThat(table.header()).containsExactly("value");
    assertThat(table.rows()).extracting(r -> r.text("value")).containsExactly("1", "2");
  }

  @Test
  void blank_lines_are_skipped_but_counted_before_and_after_the_header() {
    CsvTable table = CsvTable.parse("\n\nvalue\n\n  \n,\n7\n");
    assertThat(table.rows()).hasSize(1);
    assertThat(table.rows().get(0).number()).isEqualTo(7);
    assertThat(problems("\n\nvalue,value\n"))
        .containsExactly(new CsvProblem(3, "value", "the column appears twice in the header"));
  }

  @Test
  void fields_are_trimmed_and_spaces_around_a_quoted_field_ignored() {
    CsvTable table = CsvTable.parse(" Age Band , value\n  \" 5-9 \" ,  12 \n");
    assertThat(table.header()).containsExactly("age_band", "value");
    assertThat(table.rows().get(0).text("age-band")).isEqualTo("5-9");
    assertThat(table.rows().get(0).text("value")).isEqualTo("12");
  }

  @Test
  void a_quote_inside_an_unquoted_field_is_text_and_text_after_a_closing_quote_is_kept() {
    CsvTable table = CsvTable.parse("a,b\n5\"6,\"x\"y\n");
    assertThat(table.rows().get(0).text("a")).isEqualTo("5\"6");
    assertThat(table.rows().get(0).text("b")).isEqualTo("xy");
  }

  @Test
  void short_rows_have_blank_fields_and_long_rows_are_problems() {
    List<CsvProblem> problems = problems("a,b\n1\n1,2,3\n\"x\ny\",2,3\n");
    assertThat(problems)
        .containsExactly(
            new CsvProblem(3, null, "the row has 3 fields but the header names 2 columns"),
            new CsvProblem(4, null, "the row has 3 fields but the header names 2 columns"));
    CsvTable table = CsvTable.parse("a,b\n1\n");
    assertThat(table.rows().get(0).blank("b")).isTrue();
  }

  @Test
  void an_unclosed_quote_is_reported_at_the_row_it_opens_on() {
    assertThat(problems("a,b\n1,2\n3,\"four\n5,6\n"))
        .containsExactly(
            new CsvProblem(3, null, "a quoted field is not closed before the end of the file"));
    assertThat(problems("a,b\n\"x\ny\",1\n\"open,2\n"))
        .containsExactly(
            new CsvProblem(4, null, "a quoted field is not closed before the end of the file"));
  }

  @Test
  void an_empty_file_or_blank_lines_only_need_a_header() {
    for (String text : List.of("", "\n\n", " , \r\n", "\uFEFF")) {
      assertThat(problems(text))
          .containsExactly(new CsvProblem(1, null, "the file is empty: it needs a header row"));
    }
  }

  @Test
  void header_problems_are_all_reported_together_with_long_rows() {
    assertThat(problems("a,,A\n1,2,3,4\n"))
        .containsExactly(
            new CsvProblem(1, null, "a column has no name in the header"),
            new CsvProblem(1, "a", "the column appears twice in the header"),
            new CsvProblem(2, null, "the row has 4 fields but the header names 3 columns"));
  }

  @Test
  void numbers_may_group_thousands() {
    CsvTable table = CsvTable.parse("value\n\"1,045.5\"\n");
    List<CsvProblem> problems = new ArrayList<>();
    assertThat(CsvTable.number(table.rows().get(0), "value", problems))
        .isEqualByComparingTo("1045.5");
    assertThatThrownBy(() -> CsvTable.parse("value\n1,045\n"))
        .isInstanceOf(CsvException.class)
        .hasMessage("row 2: the row has 2 fields but the header names 1 columns");
  }
}
