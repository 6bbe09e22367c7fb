package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bcf monitoring summary}: the position from files, and its exit codes. */
class MonitoringCommandTest {

  private static final String PLAN = "examples/plans/warwickshire-2017-19.json";
  private static final String HEADER = "period,kind,scheme,source,partner,amount\n";

  @Test
  void the_demo_year_of_actuals_gives_each_schemes_position(@TempDir Path dir) {
    CliRun run =
        CliRun.of("monitoring", "summary", PLAN, "examples/monitoring/warwickshire-2017-19.csv");
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    assertThat(run.out())
        .contains("Monitoring ")
        .contains("2017/18")
        .contains("reablement: budget £4,638,000, actual to date ");
  }

  @Test
  void an_overspend_exits_1_and_a_bad_row_exits_2_with_its_row_and_column(@TempDir Path dir)
      throws IOException {
    Path over =
        Files.writeString(
            dir.resolve("over.csv"), HEADER + "2017-18 Q1,forecast,reablement,,wcc,4700000\n");
    CliRun overspend = CliRun.of("monitoring", "summary", PLAN, over.toString());
    assertThat(overspend.exitCode()).isEqualTo(1);
    assertThat(overspend.out())
        .contains("reablement: budget £4,638,000")
        .contains("variance £62,000 (1.3%)");

    Path bad =
        Files.writeString(dir.resolve("bad.csv"), HEADER + "2017-04,actual,nowhere,,wcc,1\n");
    CliRun refused = CliRun.of("monitoring", "summary", PLAN, bad.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("row 2, column scheme: the plan has no scheme 'nowhere'");
  }
}
