package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bcf register validate|summary}: exit 0 clean, 1 with error findings, 2 unusable. */
class RegisterCommandTest {

  private static final String SEED = "examples/registers/warwickshire-2017-19.json";

  @TempDir Path directory;

  private String write(String text) throws IOException {
    Path file = directory.resolve("register.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void the_seed_register_validates_and_summarises() {
    CliRun validate = CliRun.of("register", "validate", SEED);
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    assertThat(validate.out()).contains("No findings.");
    CliRun summary = CliRun.of("register", "summary", SEED, "--today", "2017-10-01");
    assertThat(summary.exitCode()).isZero();
    assertThat(summary.out())
        .contains("Entries: 4 {risk=4}, by status {open=4}")
        .contains("0 on the map, 0 rated by a score or category alone, 4 not rated")
        .contains("Exceptions as at 2017-10-01: 0");
  }

  @Test
  void a_likelihood_of_7_is_an_error_finding_with_its_place_and_exits_1() throws IOException {
    String file =
        write(
            "{\"id\":\"r\",\"plan\":\"p\",\"entries\":[{\"id\":\"a\",\"title\":\"Flu\"}],"
                + "\"reviews\":[{\"entry\":\"a\",\"date\":\"2017-09-01\","
                + "\"rating\":{\"likelihood\":7,\"impact\":2}}]}");
    CliRun run = CliRun.of("register", "validate", file);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "error rating-outside-scale at reviews[0].rating.likelihood: Entry 1 (Flu), review on"
                + " 1 September 2017: the likelihood 7 is outside the register's scale of 1 to 5.");
    CliRun json = CliRun.of("register", "validate", file, "--format", "json");
    assertThat(json.out()).contains("\"rule\": \"rating-outside-scale\"");
  }

  @Test
  void an_unusable_file_exits_2_naming_the_file_and_the_place() throws IOException {
    String file =
        write("{\"id\":\"r\",\"plan\":\"p\",\"entries\":[{\"id\":\"a\",\"status\":\"maybe\"}]}");
    CliRun run = CliRun.of("register", "validate", file);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(file + ": entries[0].status: 'maybe' is not one of open, escalated, closed");
    assertThat(CliRun.of("register", "summary", directory.resolve("none.json").toString()).err())
        .contains("none.json: no such file");
    assertThat(CliRun.of("register", "summary", SEED, "--today", "soon").exitCode()).isEqualTo(2);
  }
}
