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

/** {@code bcf validate} and {@code bcf summary} on a return, recognised by its content. */
class ReturnCommandsTest {

  static final String DORSET = "examples/returns/dorset-2015-16-q2.json";

  @TempDir Path directory;

  private String broken(String from, String to) throws IOException {
    String text = Files.readString(Path.of(DORSET), StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Path plans = Files.createDirectories(directory.resolve("plans"));
    Files.copy(Path.of("examples/plans/dorset-2015-16.json"), plans.resolve("dorset-2015-16.json"));
    Path returns = Files.createDirectories(directory.resolve("returns"));
    Path file = returns.resolve("broken.json");
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void validate_accepts_the_dorset_return_checked_against_its_plan_beside_it() {
    CliRun run = CliRun.of("validate", DORSET);
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).startsWith("dorset-2015-16-q2: 0 errors, 0 warnings, 0 info");
  }

  @Test
  void summary_prints_the_counts_per_hwb_and_the_money() {
    CliRun run = CliRun.of("summary", DORSET);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Quarter 2 2015-16")
        .contains("Dorset Health and Wellbeing Board")
        .contains("national conditions met: 6 of 8")
        .contains("national conditions met: 5 of 8")
        .contains("income (plan):                   £53,549,000")
        .contains("expenditure (plan):              £43,879,000")
        .contains("at most £979,990; no payment is likely");
  }

  @Test
  void summary_as_json_has_the_figures() {
    CliRun run = CliRun.of("summary", DORSET, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.path("summary").path("byHwb").get(0).path("conditionsMet").asInt())
        .isEqualTo(6);
    assertThat(json.path("summary").path("paymentForPerformanceMaximum").decimalValue())
        .isEqualByComparingTo("979990");
    assertThat(json.path("findings").size()).isZero();
  }

  @Test
  void a_return_with_a_scheme_the_plan_lacks_exits_1_naming_it() throws IOException {
    String file =
        broken(
            "\"scheme\": \"ices\",\n        \"description\"",
            "\"scheme\": \"carers\",\n        \"description\"");
    CliRun run = CliRun.of("validate", file);
    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.out())
        .contains("ERROR   return-plan  incomeAndExpenditure.expenditure[1].scheme")
        .contains("'carers', which the plan Pan Dorset 2015-16 Better Care Fund does not have");
  }

  @Test
  void a_return_with_a_forecast_that_is_not_a_number_exits_2_with_the_file_and_place()
      throws IOException {
    String file =
        broken(
            "\"plan\": 7669000,\n", "\"plan\": 7669000,\n        \"forecastOutturn\": \"7.7m\",\n");
    CliRun run = CliRun.of("validate", file);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(file)
        .contains(
            "incomeAndExpenditure.expenditure[1].forecastOutturn: '7.7m' is not an amount of money");
  }

  @Test
  void a_plan_still_validates_as_a_plan() {
    assertThat(CliRun.of("validate", "examples/plans/dorset-2015-16.json").out())
        .doesNotContain("return");
  }
}
