package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trajectory method bcf does not know is an error finding of {@code validate}, and {@code
 * summary} still computes everything else (it used to pass validation and then fail the summary).
 */
class UnknownTrajectoryMethodTest {

  @TempDir Path directory;

  private String planWithBogusMethod() throws IOException {
    String text = Files.readString(Path.of("examples/plans/warwickshire-2017-19.json"));
    assertThat(text).contains("\"method\": \"straight-line\"");
    Path file = directory.resolve("bogus.json");
    Files.writeString(file, text.replace("\"method\": \"straight-line\"", "\"method\": \"bogus\""));
    return file.toString();
  }

  @Test
  void validate_reports_the_method_as_an_error_finding() throws IOException {
    CliRun run = CliRun.of("validate", planWithBogusMethod(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains("\"rule\": \"round-values\"")
        .contains("trajectory.method")
        .contains(
            "'bogus' is not a way bcf draws a trajectory: a straight line, flat, or a value for"
                + " each period.");
  }

  @Test
  void summary_computes_the_rest_and_says_the_same() throws IOException {
    String file = planWithBogusMethod();
    for (String format : new String[] {"text", "json"}) {
      CliRun run = CliRun.of("summary", file, "--format", format);
      assertThat(run.exitCode()).as(format + ": " + run.err()).isEqualTo(1);
      assertThat(run.err()).as(format).isEmpty();
      assertThat(run.out()).as(format).contains("'bogus' is not a way bcf draws a trajectory");
      // The income of 2017-18 is still computed.
      assertThat(run.out().replace(",", "")).as(format).contains("117601234");
    }
  }
}
