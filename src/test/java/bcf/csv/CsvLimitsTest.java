package bcf.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bcf.kernel.Limits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A CSV file is read within the limits of {@link Limits}: rows, fields, columns and the size of a
 * field and a number, each refused at once with the limit in words, and no message quotes more than
 * {@link Limits#EXCERPT_CHARS} characters of the file.
 */
class CsvLimitsTest {

  private static CsvException refusal(String text, int maxRows) {
    return catchThrowableOfType(CsvException.class, () -> CsvTable.parse(text, maxRows));
  }

  private static String column(int rows) {
    StringBuilder csv = new StringBuilder("value\n");
    for (int i = 0; i < rows; i++) {
      csv.append(i % 10).append('\n');
    }
    return csv.toString();
  }

  @Test
  void rows_up_to_the_limit_are_read_and_one_more_is_refused_at_that_row() {
    assertThat(CsvTable.parse(column(50), 50).rows()).hasSize(50);
    CsvException e = refusal(column(51), 50);
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).row()).isEqualTo(52);
    assertThat(e.problems().get(0).reason())
        .isEqualTo(
            "the file has more than 50 rows after the header (at row 52), more than bcf reads at"
                + " once; split it");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void a_file_of_millions_of_rows_is_refused_when_it_passes_the_limit_not_after_reading_it() {
    String huge = column(5_000_000); // 10 MB, the body limit
    CsvException e = refusal(huge, Limits.CSV_ROWS);
    assertThat(e.problems().get(0).reason()).contains("more than 200,000 rows");
  }

  @Test
  void a_header_wider_than_the_limit_is_refused() {
    String header = "a".repeat(1) + ",b".repeat(Limits.CSV_COLUMNS) + "\n";
    assertThat(refusal(header + "1\n", 10).problems().get(0).reason())
        .startsWith("the file names " + (Limits.CSV_COLUMNS + 1) + " columns in its header");
  }

  @Test
  void the_fields_of_a_file_are_counted_against_the_limit() {
    int perRow = Limits.CSV_COLUMNS;
    String row = ",".repeat(perRow - 1) + "1\n";
    StringBuilder csv = new StringBuilder();
    for (int c = 0; c < perRow; c++) {
      csv.append(c == 0 ? "" : ",").append("c").append(c);
    }
    csv.append('\n');
    int rows = Limits.CSV_CELLS / perRow + 1;
    csv.append(row.repeat(rows));
    assertThat(refusal(csv.toString(), Limits.CSV_ROWS).problems().get(0).reason())
        .startsWith("the file has more than 2,000,000 fields");
  }

  @Test
  void a_field_longer_than_the_limit_is_refused_quoting_an_excerpt() {
    String text = "group,value\n" + "g".repeat(Limits.CELL_CHARS + 1) + ",1\n";
    CsvProblem problem = refusal(text, 10).problems().get(0);
    assertThat(problem.row()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo("group");
    assertThat(problem.reason()).contains("longer than 200 characters").hasSizeLessThan(150);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS)
  void numbers_with_absurd_exponents_are_refused_quickly_with_a_short_message() {
    for (String absurd :
        List.of("1e-999999999", "1e2147483647", "0e-2147483647", "1e101", "1e-101")) {
      CsvTable table = CsvTable.parse("value\n" + absurd + "\n");
      List<CsvProblem> problems = new ArrayList<>();
      assertThat(CsvTable.number(table.rows().get(0), "value", problems)).as(absurd).isNull();
      assertThat(problems).as(absurd).hasSize(1);
      assertThat(problems.get(0).reason())
          .startsWith("'" + absurd + "' is too")
          .hasSizeLessThan(120);
    }
    CsvTable table = CsvTable.parse("value\n1e100\n1e-100\n\"1,045.5\"\n");
    List<CsvProblem> problems = new ArrayList<>();
    assertThat(CsvTable.number(table.rows().get(0), "value", problems))
        .isEqualByComparingTo(BigDecimal.TEN.pow(100));
    assertThat(CsvTable.number(table.rows().get(1), "value", problems))
        .isEqualByComparingTo(BigDecimal.ONE.movePointLeft(100));
    assertThat(CsvTable.number(table.rows().get(2), "value", problems))
        .isEqualByComparingTo("1045.5");
    assertThat(problems).isEmpty();
  }

  @Test
  void a_long_number_is_refused_before_it_is_parsed_and_quoted_only_in_part() {
    String digits = "9".repeat(Limits.CELL_CHARS);
    CsvTable table = CsvTable.parse("value\n" + digits + "\n");
    List<CsvProblem> problems = new ArrayList<>();
    CsvTable.number(table.rows().get(0), "value", problems);
    assertThat(problems.get(0).reason())
        .isEqualTo(
            "'"
                + "9".repeat(Limits.EXCERPT_CHARS)
                + "\u2026 (200 characters)' is longer than a number may be (40 characters)");
  }

  @Test
  void a_file_with_a_problem_on_every_row_lists_the_first_hundred_and_counts_them_all() {
    StringBuilder csv = new StringBuilder("value\n");
    csv.append("x\n".repeat(5_000));
    CsvTable table = CsvTable.parse(csv.toString());
    List<CsvProblem> problems = new ArrayList<>();
    table.rows().forEach(row -> CsvTable.number(row, "value", problems));
    CsvException e = new CsvException(problems);
    assertThat(e.total()).isEqualTo(5_000);
    assertThat(e.problems()).hasSize(Limits.PROBLEMS_LISTED);
    assertThat(e.getMessage()).hasLineCount(51);
  }

  @Test
  void an_excerpt_is_cut_at_forty_characters_and_says_how_long_the_text_was() {
    assertThat(Limits.excerpt("short")).isEqualTo("short");
    assertThat(Limits.excerpt("x".repeat(1_000_000)))
        .isEqualTo("x".repeat(40) + "\u2026 (1000000 characters)");
    assertThatThrownBy(() -> Limits.number("1e-999999999"))
        .isInstanceOf(Limits.NumberOutOfRange.class);
  }
}
