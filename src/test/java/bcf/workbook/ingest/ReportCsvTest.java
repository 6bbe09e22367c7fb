package bcf.workbook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.workbook.layout.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file's report and the report as CSV: each problem at its cell, else its place, in words. */
class ReportCsvTest {

  static final Board BARNET = new Board("E09000003", "E09000003", "Barnet");

  @Test
  void each_problem_is_said_at_its_cell_or_place() {
    assertThat(ReportCsv.words(new Problem("r", false, "'4. Income'!G5", "contributions[0]", "m")))
        .isEqualTo("'4. Income'!G5: m");
    assertThat(ReportCsv.words(new Problem("r", false, "", "contributions[0]", "m")))
        .isEqualTo("contributions[0]: m");
    assertThat(ReportCsv.words(new Problem("r", false, "", "", "m"))).isEqualTo("m");
    FileReport two =
        new FileReport(
            "=a.xlsx",
            BARNET,
            "2025-26",
            FileReport.Outcome.LOADED_WITH_FINDINGS,
            List.of(
                new Problem("x", true, "A1", "", "one"), new Problem("y", false, "", "p", "two")));
    assertThat(ReportCsv.row(two))
        .containsExactly(
            "=a.xlsx", "E09000003", "Barnet", "loaded with findings", "1", "1", "A1: one | p: two");
    assertThat(ReportCsv.write(List.of(two)).split("\r?\n"))
        .containsExactly(
            "File,HWB ONS code,HWB,Outcome,Errors,Warnings,Problems",
            "'=a.xlsx,E09000003,Barnet,loaded with findings,1,1,A1: one | p: two");
    assertThat(Set.of(FileReport.Outcome.values()))
        .extracting(FileReport.Outcome::words)
        .containsExactlyInAnyOrder("loaded", "loaded with findings", "refused");
  }

  @Test
  void a_refusal_keeps_the_problems_before_it() {
    FileReport loaded =
        new FileReport(
            "a.xlsx",
            BARNET,
            "2025-26",
            FileReport.Outcome.LOADED_WITH_FINDINGS,
            List.of(new Problem("x", false, "A1", "", "one")));
    FileReport refused = loaded.refused(new Problem("ingest-round", true, "", "", "why"));
    assertThat(refused.outcome()).isEqualTo(FileReport.Outcome.REFUSED);
    assertThat(refused.file()).isEqualTo("a.xlsx");
    assertThat(refused.hwb()).isEqualTo(BARNET);
    assertThat(refused.round()).isEqualTo("2025-26");
    assertThat(refused.problems()).extracting(Problem::rule).containsExactly("x", "ingest-round");
    assertThat(refused.errors()).isEqualTo(1);
    assertThat(refused.warnings()).isEqualTo(1);
  }
}
