package bcf.progress.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressEditsTest {

  static final Commitment HOME_FIRST =
      new Commitment("HomeFirst", null, null, null, "aim", null, List.of(), List.of());

  static ProgressLog empty() {
    return ProgressLog.empty("p-progress", "p", "Progress");
  }

  @Test
  void aCommitmentUnderANewThemeThenAnExistingOne() {
    ProgressLog log = ProgressEdits.addCommitment(empty(), "Integrated Care", HOME_FIRST);
    log =
        ProgressEdits.addCommitment(
            log,
            "Integrated Care",
            new Commitment("D2A", null, null, null, "aim", null, List.of(), List.of()));
    assertThat(log.themes()).hasSize(1);
    assertThat(log.themes().get(0).commitments())
        .extracting(Commitment::name)
        .containsExactly("HomeFirst", "D2A");
  }

  @Test
  void recordingAQuarterAgainReplacesItAndKeepsQuarterOrder() {
    ProgressLog log = ProgressEdits.addCommitment(empty(), "Care", HOME_FIRST);
    log =
        ProgressEdits.recordStatus(
            log,
            "Care",
            "HomeFirst",
            new QuarterStatus(Quarter.parse("2017-18 Q2"), Rag.AMBER, "one hub", null));
    log =
        ProgressEdits.recordStatus(
            log,
            "Care",
            "HomeFirst",
            new QuarterStatus(Quarter.parse("2017-18 Q1"), Rag.RED, "no hub", null));
    log =
        ProgressEdits.recordStatus(
            log,
            "Care",
            "HomeFirst",
            new QuarterStatus(Quarter.parse("2017-18 Q2"), Rag.GREEN, null, null));
    assertThat(log.themes().get(0).commitments().get(0).statuses())
        .extracting(s -> s.quarter().code() + " " + s.rag().code())
        .containsExactly("2017-18 Q1 red", "2017-18 Q2 green");
  }

  @Test
  void aMilestoneForACommitmentThatIsNotThereIsRefused() {
    ProgressLog log = ProgressEdits.addCommitment(empty(), "Care", HOME_FIRST);
    Milestone milestone = new Milestone("Hubs live", When.parse("2017-09"), null);
    assertThat(
            ProgressEdits.addMilestone(log, "Care", "HomeFirst", milestone)
                .commitments()
                .findFirst()
                .orElseThrow()
                .milestones())
        .containsExactly(milestone);
    assertThatThrownBy(() -> ProgressEdits.addMilestone(log, "Care", "D2A", milestone))
        .isInstanceOf(ProgressEdits.NoSuchCommitment.class)
        .hasMessage("there is no commitment 'D2A' under the theme 'Care'");
  }

  @Test
  void aPerformanceRowIsRemovedAndATableLeftEmptyGoes() {
    bcf.kernel.FinancialYear year = bcf.kernel.FinancialYear.parse("2016-17");
    PerformanceRow admissions =
        new PerformanceRow("Non-elective admissions", Rag.RED, null, null, null, null, null);
    PerformanceRow reablement =
        new PerformanceRow("Reablement", Rag.GREEN, null, null, null, null, null);
    ProgressLog log =
        ProgressEdits.putPerformanceRow(
            ProgressEdits.putPerformanceRow(empty(), year, null, -1, admissions),
            year,
            null,
            -1,
            reablement);

    ProgressLog one = ProgressEdits.removePerformanceRow(log, year, 0);
    assertThat(one.performance().get(0).rows()).containsExactly(reablement);
    assertThat(ProgressEdits.removePerformanceRow(one, year, 0).performance()).isEmpty();
    assertThatThrownBy(() -> ProgressEdits.removePerformanceRow(log, year, 2))
        .isInstanceOf(ProgressEdits.NoSuchRow.class)
        .hasMessage("the performance table of 2016/17 has no row 3");
    assertThatThrownBy(
            () ->
                ProgressEdits.removePerformanceRow(
                    log, bcf.kernel.FinancialYear.parse("2017-18"), 0))
        .isInstanceOf(ProgressEdits.NoSuchRow.class);
  }
}
