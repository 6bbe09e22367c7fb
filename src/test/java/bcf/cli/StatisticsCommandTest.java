package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.metric.Actual;
import bcf.metric.ActualsCsv;
import bcf.metric.PlanMetrics;
import bcf.plan.json.PlanDocumentReader;
import bcf.published.PublishedFixtures;
import bcf.reference.ReferenceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bcf statistics convert}: a release to the actuals CSV that {@code bcf metrics import}
 * reads, the report, and exit 0, 1 (values skipped that need a look) or 2 (unusable, with why).
 */
class StatisticsCommandTest {

  @TempDir Path dir;

  /** A 2017-19 plan of every HWB measuring both ASCOF metrics and delayed transfers in 2020-21. */
  static PlanMetrics everyHwb() {
    String hwbs =
        ReferenceFiles.load().hwbs().stream()
            .map(
                h ->
                    "{\"id\": \""
                        + h.id()
                        + "\", \"name\": \""
                        + h.name().replace("\"", "")
                        + "\"}")
            .collect(Collectors.joining(", "));
    String json =
        """
        {"id": "all", "round": "2017-19", "title": "Every HWB", "years": ["2020-21"],
         "hwbs": [%s],
         "metrics": [{"metric": "permanent-admissions-65"}, {"metric": "reablement-91-days"},
                     {"metric": "delayed-transfers"}]}
        """
            .formatted(hwbs);
    return new PlanMetrics(new PlanDocumentReader().read(json), PublishedFixtures.round("2017-19"));
  }

  @Test
  void the_ascof_release_converts_to_actuals_that_the_import_reads() throws IOException {
    Path out = dir.resolve("actuals.csv");
    CliRun run =
        CliRun.of(
            "statistics",
            "convert",
            PublishedFixtures.ASCOF.toString(),
            "--round",
            "2017-19",
            "-o",
            out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("ASCOF open data, 2020-21 (from the file name)\nRead 295 actuals:\n")
        .contains("Skipped, to look at (7):")
        .contains("Wrote 295 actuals to " + out);
    assertThat(run.err())
        .contains(
            "7 values were skipped that need a look (listed above under \"Skipped, to look at\")");
    List<Actual> imported = ActualsCsv.read(Files.readString(out), everyHwb());
    assertThat(imported).hasSize(295);
    assertThat(imported)
        .filteredOn(
            a -> a.hwb().equals("warwickshire") && a.metric().equals("permanent-admissions-65"))
        .singleElement()
        .satisfies(a -> assertThat(a.numerator()).isEqualByComparingTo("722"));
  }

  @Test
  void a_clean_release_exits_0_and_imports() throws IOException {
    Path file =
        PublishedFixtures.workbook(
            dir.resolve("dtoc.xlsx"),
            "Data",
            List.of(
                List.of("Period: June 2020"),
                List.of("ONS Code", "Name", "NHS", "Social Care", "Both"),
                List.of("E10000031", "Warwickshire", 10, 20, 30),
                List.of("E92000001", "England", 100, 200, 300)));
    Path out = dir.resolve("dtoc.csv");
    CliRun run =
        CliRun.of(
            "statistics", "convert", file.toString(), "--round", "2017-19", "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    assertThat(Files.readString(out))
        .isEqualTo(
            "hwb,metric,period,numerator,denominator,age_band,standard_population\n"
                + "warwickshire,delayed-transfers,2020-06,60,30,,\n"
                + "england,delayed-transfers,2020-06,600,30,,\n");
    assertThat(ActualsCsv.read(Files.readString(out), everyHwb())).hasSize(2);
  }

  @Test
  void an_unusable_file_exits_2_with_why_and_writes_nothing() throws IOException {
    Path csv = Files.writeString(dir.resolve("renamed.xlsx"), "hwb,value\nE10000031,3\n");
    Path out = dir.resolve("never.csv");
    CliRun run =
        CliRun.of(
            "statistics", "convert", csv.toString(), "--round", "2017-19", "-o", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "bcf: "
                + csv
                + ": renamed.xlsx is not an Excel workbook (.xlsx): it is text (a CSV file renamed"
                + " .xlsx?); save it from the spreadsheet as .xlsx; nothing was written\n");
    assertThat(out).doesNotExist();

    CliRun wrongRound =
        CliRun.of(
            "statistics",
            "convert",
            PublishedFixtures.ASCOF.toString(),
            "--round",
            "2025-26",
            "-o",
            out.toString());
    assertThat(wrongRound.exitCode()).isEqualTo(2);
    assertThat(wrongRound.err())
        .contains("the round 2025-26 has no metric measured by an ASCOF measure");
    assertThat(out).doesNotExist();
  }

  @Test
  void an_unknown_round_is_a_usage_error() {
    CliRun run = CliRun.of("statistics", "convert", "x.xlsx", "--round", "2030-31", "-o", "x.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--round: there is no round '2030-31' (the rounds: 2014-16, 2017-19, 2025-26)");
  }
}
