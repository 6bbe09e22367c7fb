package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code ./bcf} launcher on the packaged jar, as a user would. */
class LauncherIT {

  @TempDir Path directory;

  private record Result(int exitCode, String out, String err) {}

  private static Result bcf(String... args) throws IOException, InterruptedException {
    return bcf(java.util.Map.of(), args);
  }

  private static Result bcf(java.util.Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "bcf"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("BCF_HEAP");
    builder.environment().remove("BCF_JAVA_OPTS");
    builder.environment().putAll(environment);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void validate_exits_1_for_warwickshire_2014_16_and_0_for_2017_19() throws Exception {
    Result first = bcf("validate", "examples/plans/warwickshire-2014-16.json");
    assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
    assertThat(first.out()).contains("Spend exceeds contributions by £80,000 in 2014/15");

    Result second = bcf("validate", "examples/plans/warwickshire-2017-19.json");
    assertThat(second.exitCode()).as(second.err()).isEqualTo(0);
    assertThat(second.out()).contains("dfg-passthrough").contains("Explained by the plan");
  }

  @Test
  void serve_runs_with_a_set_heap_and_exits_when_it_runs_out_of_memory() throws Exception {
    // -XX:+PrintFlagsFinal prints the JVM's settings; serve --help then exits at once.
    Result byDefault =
        bcf(java.util.Map.of("BCF_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "serve", "--help");
    assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
    assertThat(byDefault.out())
        .containsPattern("MaxHeapSize += 1073741824 ")
        .containsPattern("ExitOnOutOfMemoryError += true ");
    Result chosen =
        bcf(
            java.util.Map.of("BCF_HEAP", "512m", "BCF_JAVA_OPTS", "-XX:+PrintFlagsFinal"),
            "serve",
            "--help");
    assertThat(chosen.out()).containsPattern("MaxHeapSize += 536870912 ");
  }

  @Test
  void a_broken_file_exits_2_with_the_place_and_no_stack_trace() throws Exception {
    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, "{\"id\": \"x\", \"round\": \"2017-19\", \"hwbs\": [}");
    Result result = bcf("validate", broken.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("line 1, column").doesNotContain("\tat ");
  }

  @Test
  void summary_json_and_rounds_run() throws Exception {
    Result summary = bcf("summary", "examples/plans/dorset-2015-16.json", "--format", "json");
    assertThat(summary.out()).contains("\"maximum\": 979990.00");
    Result rounds = bcf("rounds");
    assertThat(rounds.exitCode()).isZero();
    assertThat(rounds.out()).contains("2017-19");
  }
}
