package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  @TempDir Path directory;

  private static final String VALID_2017 =
      """
      {"id": "p", "round": "2017-19", "hwbs": [{"id": "h", "name": "H"}],
       "organisations": [{"id": "o", "name": "O", "type": "ccg"}],
       "contributions": [{"organisation": "o", "stream": "ccg-minimum", "year": "2017-18", "actual": 100}],
       "schemes": [{"id": "s", "name": "S", "type": "%s", "spend": {"%s": {"total": 100}}}]}
      """;

  private String write(String name, String text) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void warwickshire_2014_16_has_errors_and_exits_1() {
    CliRun run = CliRun.of("validate", "examples/plans/warwickshire-2014-16.json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("Spend exceeds contributions by £80,000 in 2014/15")
        .contains("Spend exceeds contributions by £1,355,000 in 2015/16");
  }

  @Test
  void warwickshire_2017_19_exits_0_with_the_dfg_difference_explained() {
    CliRun run = CliRun.of("validate", "examples/plans/warwickshire-2017-19.json");
    assertThat(run.exitCode()).as(run.out()).isEqualTo(0);
    assertThat(run.out())
        .contains("WARNING dfg-passthrough  dfg.allocation  2017-18")
        .contains("£784,000 less than the £4,632,000 passed through")
        .contains("Explained by the plan:");
  }

  @Test
  void json_output_has_the_finding_shape() throws IOException {
    CliRun run =
        CliRun.of("validate", "examples/plans/warwickshire-2014-16.json", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode findings = JsonMapper.builder().build().readTree(run.out()).get("findings");
    JsonNode first = findings.get(0);
    assertThat(first.get("rule").stringValue()).isEqualTo("income-equals-expenditure");
    assertThat(first.get("severity").stringValue()).isEqualTo("error");
    assertThat(first.get("where").stringValue()).isEqualTo("schemes");
    assertThat(first.get("year").stringValue()).isEqualTo("2014-15");
    assertThat(first.get("expected").decimalValue()).isEqualByComparingTo("17382000");
    assertThat(first.get("actual").decimalValue()).isEqualByComparingTo("17462000");
    assertThat(first.get("difference").decimalValue()).isEqualByComparingTo("80000");
    assertThat(first.get("difference").isNumber()).isTrue();
    assertThat(first.get("message").stringValue()).contains("£80,000");
  }

  @Test
  void malformed_json_exits_2_with_line_and_column() throws IOException {
    CliRun run =
        CliRun.of("validate", write("broken.json", "{\n  \"id\": \"p\",\n  \"round\": \n}"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("broken.json: line 4, column").contains("not valid JSON");
    assertNoStackTrace(run);
  }

  @Test
  void a_missing_required_field_exits_2_naming_it() throws IOException {
    CliRun run = CliRun.of("validate", write("noround.json", "{\"id\": \"p\"}"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("noround.json: round: is required");
  }

  @Test
  void an_unknown_round_exits_2_listing_the_known_ones() throws IOException {
    CliRun run =
        CliRun.of("validate", write("round.json", "{\"id\": \"p\", \"round\": \"2019-20\"}"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("round '2019-20' is unknown; bcf knows 2014-16, 2017-19, 2025-26");
  }

  @Test
  void a_negative_or_non_numeric_amount_exits_2_with_its_path() throws IOException {
    String negative =
        VALID_2017
            .formatted("Carers Services", "2017-18")
            .replace("\"actual\": 100", "\"actual\": -100");
    CliRun run = CliRun.of("validate", write("negative.json", negative));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("contributions[0].actual: -100 is negative");

    String text =
        VALID_2017
            .formatted("Carers Services", "2017-18")
            .replace("\"actual\": 100", "\"actual\": \"100k\"");
    run = CliRun.of("validate", write("text.json", text));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("contributions[0].actual: expected a number but found the text \"100k\"");
  }

  @Test
  void an_unknown_picklist_value_is_an_error_finding_at_its_field() throws IOException {
    CliRun run =
        CliRun.of(
            "validate",
            write("pick.json", VALID_2017.formatted("Magic", "2017-18")),
            "--format",
            "json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"where\": \"schemes[0].type\"")
        .contains("'Magic' is not one of the round's scheme types");
  }

  @Test
  void a_year_outside_the_round_is_an_error_finding_at_its_field() throws IOException {
    CliRun run =
        CliRun.of(
            "validate", write("year.json", VALID_2017.formatted("Carers Services", "2019-20")));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("schemes[0].spend.2019-20")
        .contains("Year 2019/20 is outside the plan's years");
  }

  @Test
  void files_that_are_not_plans_exit_2_with_the_reason() throws IOException {
    CliRun empty = CliRun.of("validate", write("empty.json", ""));
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("the file is empty");

    Path binary = directory.resolve("plan.xlsx");
    Files.write(binary, new byte[] {0x50, 0x4B, 0x03, 0x04, (byte) 0x80, (byte) 0xFF, 0x00, 0x01});
    CliRun spreadsheet = CliRun.of("validate", binary.toString());
    assertThat(spreadsheet.exitCode()).isEqualTo(2);
    assertThat(spreadsheet.err()).contains("not UTF-8 text");

    CliRun prose = CliRun.of("validate", write("notes.txt", "Please find attached our plan."));
    assertThat(prose.exitCode()).isEqualTo(2);
    assertThat(prose.err()).contains("not valid JSON");

    CliRun missing = CliRun.of("validate", directory.resolve("nowhere.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.json: no such file");
    assertNoStackTrace(empty);
    assertNoStackTrace(spreadsheet);
  }

  @Test
  void a_50_mb_file_is_refused_without_reading_it() throws IOException {
    // Sparse files: their size is all there is to them. The plan reader would refuse 50 MB with
    // the same words after reading it, so only a file too large to read at all (more than a byte
    // array holds) shows that the size is checked before reading: without the check, reading it
    // fails instead of this refusal.
    assertRefusedBySize(sparse("large.json", 50L << 20), "50.0 MB");
    assertRefusedBySize(sparse("huge.json", 3L << 30), "3072.0 MB");
  }

  private Path sparse(String name, long size) throws IOException {
    Path file = directory.resolve(name);
    try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(size);
    }
    assertThat(Files.size(file)).isEqualTo(size);
    return file;
  }

  private static void assertRefusedBySize(Path file, String size) {
    CliRun run = CliRun.of("validate", file.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "bcf: " + file + ": the file is " + size + "; plan documents are limited to 10 MB");
    assertThat(run.out()).as("no findings").isEmpty();
  }

  @Test
  void usage_mistakes_exit_2_with_usage() {
    CliRun none = CliRun.of("validate");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("give FILE").contains("usage: bcf validate FILE");
    CliRun format =
        CliRun.of("validate", "examples/plans/coventry-2014-16.json", "--format", "xml");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("--format takes text or json");
    CliRun unknown = CliRun.of("frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown command 'frobnicate'");
  }

  private static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).doesNotContain("Exception");
  }
}
