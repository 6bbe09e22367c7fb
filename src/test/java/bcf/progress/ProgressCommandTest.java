package bcf.progress;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bcf progress validate|summary}: exit 0, 1 or 2, with where and why. */
class ProgressCommandTest {

  static final String SEED = "examples/progress/warwickshire-2017-19.json";
  static final String PLAN = "examples/plans/warwickshire-2017-19.json";

  @TempDir Path directory;

  private String write(String text) throws Exception {
    Path file = directory.resolve("log.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void theSeedAgainstItsPlanIsFine() {
    CliRun run = CliRun.of("progress", "validate", SEED, "--plan", PLAN);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("No problems found.").doesNotContain("no --plan given");
  }

  @Test
  void theSummaryInWordsAndAsJson() {
    CliRun text = CliRun.of("progress", "summary", SEED);
    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .contains("Theme Integrated Care: 6 commitments")
        .contains("Performance in 2016/17:")
        .contains("Non-elective Admissions: Red")
        .contains("(no --plan given: quarters and schemes not checked against the plan)");
    CliRun json = CliRun.of("progress", "summary", SEED, "--format", "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"red\": 2").contains("\"green\": 2");
  }

  @Test
  void aBrokenRuleExits1WithWhereAndWhy() throws Exception {
    String log =
        Files.readString(Path.of(SEED))
            .replace(
                "\"statuses\": []",
                "\"statuses\": [{\"quarter\": \"2016-17 Q4\", \"rag\": \"red\"}]");
    CliRun run = CliRun.of("progress", "validate", write(log), "--plan", PLAN);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "Community Capacity Resilience / Primary Prevention, Healthy Lifestyles and Self-Care,"
                + " 2016/17 quarter 4: the quarter is outside the plan's years (2017/18 and 2018/19)")
        .contains(
            "a red status needs a reason saying why [progress-reason-missing at"
                + " /themes/0/commitments/0/statuses/0/reason]");
  }

  @Test
  void anUnusableFileExits2WithTheFileAndPlace() throws Exception {
    String file =
        write(
            Files.readString(Path.of(SEED)).replace("\"trend\": \"up\"", "\"trend\": \"upward\""));
    CliRun run = CliRun.of("progress", "validate", file);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(file + ": /performance/0/rows/0/trend: 'upward' is not one of up, down, level")
        .doesNotContain("Exception");
    CliRun missing = CliRun.of("progress", "validate", "no-such-file.json");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-file.json: cannot be read");
    CliRun otherPlan =
        CliRun.of("progress", "validate", SEED, "--plan", "examples/plans/dorset-2015-16.json");
    assertThat(otherPlan.exitCode()).isEqualTo(2);
    assertThat(otherPlan.err()).contains("the log belongs to 'warwickshire-2017-19'");
    assertThat(CliRun.of("progress").exitCode()).isEqualTo(2);
  }
}
