package bcf.plan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlanDocumentReaderTest {

  private final PlanDocumentReader reader = new PlanDocumentReader();

  private static final String MINIMAL =
      """
      {"id": "p", "round": "2017-19", "hwbs": [{"id": "h", "name": "H"}],
       "organisations": [{"id": "o", "name": "O", "type": "ccg"}],
       "contributions": [{"organisation": "o", "stream": "ccg-minimum", "year": "2017-18", "actual": %s}]}
      """;

  @Test
  void reads_amounts_exactly_in_pounds_and_pence() {
    Plan plan = reader.read(MINIMAL.formatted("117601234.56"));
    assertThat(plan.contributions().get(0).actual()).isEqualTo(Money.of("117601234.56"));
    assertThat(plan.contributions().get(0).year()).isEqualTo(FinancialYear.parse("2017-18"));
  }

  /** An unclosed object is reported in words, without the parser's internal notes. */
  @Test
  void a_file_that_ends_inside_an_object_says_so_in_words() {
    assertThatThrownBy(() -> reader.read("{\"id\": 1"))
        .isInstanceOfSatisfying(
            PlanDocumentException.class,
            e -> {
              assertThat(e.describe())
                  .startsWith("line 1, column")
                  .endsWith(
                      "not valid JSON: the text ends before an object opened with { is closed"
                          + " with }")
                  .doesNotContain("Source")
                  .doesNotContain("StreamReadFeature");
            });
  }

  @Test
  void a_file_that_ends_inside_a_list_says_so_in_words() {
    assertThatThrownBy(() -> reader.read("{\"years\": [\"2017-18\""))
        .isInstanceOfSatisfying(
            PlanDocumentException.class,
            e ->
                assertThat(e.describe())
                    .endsWith(
                        "not valid JSON: the text ends before a list opened with [ is closed"
                            + " with ]"));
  }

  @Test
  void malformed_json_says_line_and_column() {
    assertThatThrownBy(() -> reader.read("{\n  \"id\": \"p\",\n  \"round\" \"2017-19\"\n}"))
        .isInstanceOfSatisfying(
            PlanDocumentException.class,
            e -> {
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isPositive();
              assertThat(e.describe()).startsWith("line 3, column").contains("not valid JSON");
            });
  }

  @Test
  void a_missing_required_field_is_named() {
    assertThatThrownBy(() -> reader.read("{\"round\": \"2017-19\"}"))
        .isInstanceOfSatisfying(
            PlanDocumentException.class,
            e -> assertThat(e.describe()).isEqualTo("id: is required"));
  }

  @Test
  void a_negative_amount_is_refused_with_its_path() {
    assertThatThrownBy(() -> reader.read(MINIMAL.formatted("-5")))
        .isInstanceOfSatisfying(
            PlanDocumentException.class,
            e ->
                assertThat(e.describe())
                    .isEqualTo(
                        "contributions[0].actual: -5 is negative; amounts are pounds from 0 upwards"));
  }

  @Test
  void text_where_an_amount_belongs_is_refused_with_its_path() {
    assertThatThrownBy(() -> reader.read(MINIMAL.formatted("\"lots\"")))
        .isInstanceOfSatisfying(
            PlanDocumentException.class,
            e ->
                assertThat(e.describe())
                    .isEqualTo(
                        "contributions[0].actual: expected a number but found the text \"lots\""));
  }

  @Test
  void fractions_of_a_penny_are_refused() {
    assertThatThrownBy(() -> reader.read(MINIMAL.formatted("10.001")))
        .hasMessageContaining("more than two decimal places");
  }

  @Test
  void an_unknown_field_is_refused_so_a_typing_mistake_loses_nothing() {
    assertThatThrownBy(
            () -> reader.read("{\"id\": \"p\", \"round\": \"2017-19\", \"scheems\": []}"))
        .isInstanceOfSatisfying(
            PlanDocumentException.class,
            e -> assertThat(e.describe()).startsWith("scheems: unknown field 'scheems'"));
  }

  @Test
  void a_year_written_with_a_slash_is_refused_where_it_stands() {
    String document =
        """
        {"id": "p", "round": "2017-19",
         "schemes": [{"id": "s", "name": "S", "spend": {"2017/18": {"total": 1}}}]}
        """;
    assertThatThrownBy(() -> reader.read(document))
        .isInstanceOfSatisfying(
            PlanDocumentException.class,
            e -> assertThat(e.where()).isEqualTo("schemes[0].spend.\"2017/18\""));
  }

  @Test
  void duplicate_keys_are_refused() {
    assertThatThrownBy(() -> reader.read("{\"id\": \"p\", \"id\": \"q\", \"round\": \"2017-19\"}"))
        .hasMessageContaining("Duplicate");
  }

  @Test
  void empty_and_non_json_and_non_text_files_are_refused() {
    assertThatThrownBy(() -> reader.read(new byte[0])).hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> reader.read("   \n")).hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> reader.read("Better Care Fund plan"))
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> reader.read("[1, 2]"))
        .hasMessageContaining("a plan document is a JSON object");
    byte[] pdf = {
      '%', 'P', 'D', 'F', '-', '1', '.', '4', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3
    };
    assertThatThrownBy(() -> reader.read(pdf)).hasMessageContaining("not UTF-8 text");
  }

  @Test
  void a_file_larger_than_the_limit_is_refused_before_parsing() {
    byte[] large = new byte[PlanDocumentReader.MAX_BYTES + 1];
    java.util.Arrays.fill(large, (byte) ' ');
    assertThatThrownBy(() -> reader.read(large))
        .hasMessageContaining("plan documents are limited to 10 MB");
  }

  @Test
  void text_in_utf8_is_kept() {
    Plan plan =
        reader.read(
            "{\"id\": \"p\", \"round\": \"2017-19\", \"title\": \"£ plan – Dorset\"}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(plan.title()).isEqualTo("£ plan – Dorset");
  }
}
