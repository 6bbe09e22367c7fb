package bcf.progress.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.FinancialYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changing and removing commitments, milestones and performance rows (issue 13 item 3). */
class ProgressChangesTest {

  static final FinancialYear Y2016 = FinancialYear.parse("2016-17");
  static final Milestone HUB =
      new Milestone("First hub open", When.in(YearMonth.of(2017, 9)), null);
  static final Milestone BEDS =
      new Milestone("Beds commissioned", When.on(LocalDate.of(2017, 6, 1)), null);
  static final QuarterStatus AMBER =
      new QuarterStatus(new Quarter(FinancialYear.parse("2017-18"), 1), Rag.AMBER, "one hub", null);

  static ProgressLog log() {
    Commitment homeFirst =
        new Commitment(
            "HomeFirst", null, Y2016, null, "aim", null, List.of(HUB, BEDS), List.of(AMBER));
    Commitment d2a = new Commitment("D2A", null, null, null, "aim", null, List.of(), List.of());
    ProgressLog log = ProgressLog.empty("p-progress", "p", "Progress");
    log = ProgressEdits.addCommitment(log, "Care", homeFirst);
    return ProgressEdits.addCommitment(log, "Care", d2a);
  }

  static Commitment fields(String name) {
    return new Commitment(
        name,
        "Reablement",
        null,
        When.on(LocalDate.of(2017, 4, 1)),
        "new aim",
        "done it",
        List.of(),
        List.of());
  }

  @Test
  void changingACommitmentKeepsItsYearMilestonesAndStatusesInItsPlace() {
    ProgressLog changed =
        ProgressEdits.changeCommitment(log(), "Care", "HomeFirst", "Care", fields("Home First"));
    Commitment c = changed.themes().get(0).commitments().get(0);
    assertThat(changed.themes().get(0).commitments())
        .extracting(Commitment::name)
        .containsExactly("Home First", "D2A");
    assertThat(c.scheme()).isEqualTo("Reablement");
    assertThat(c.since().words()).isEqualTo("1 April 2017");
    assertThat(c.aim()).isEqualTo("new aim");
    assertThat(c.achieved()).isEqualTo("done it");
    assertThat(c.year()).isEqualTo(Y2016);
    assertThat(c.milestones()).containsExactly(HUB, BEDS);
    assertThat(c.statuses()).containsExactly(AMBER);
  }

  @Test
  void aCommitmentMovedToAnotherThemeGoesToItsEndAndKeepsItsStatuses() {
    ProgressLog changed =
        ProgressEdits.changeCommitment(log(), "Care", "HomeFirst", "Prevention", fields("HF"));
    assertThat(changed.themes()).extracting(Theme::name).containsExactly("Care", "Prevention");
    assertThat(changed.themes().get(0).commitments())
        .extracting(Commitment::name)
        .containsExactly("D2A");
    Commitment moved = changed.themes().get(1).commitments().get(0);
    assertThat(moved.name()).isEqualTo("HF");
    assertThat(moved.statuses()).containsExactly(AMBER);
  }

  @Test
  void removingTheLastCommitmentOfAThemeRemovesTheTheme() {
    ProgressLog log = ProgressEdits.removeCommitment(log(), "Care", "HomeFirst");
    assertThat(log.themes().get(0).commitments())
        .extracting(Commitment::name)
        .containsExactly("D2A");
    assertThat(ProgressEdits.removeCommitment(log, "Care", "D2A").themes()).isEmpty();
    assertThatThrownBy(() -> ProgressEdits.removeCommitment(log(), "Care", "Nobody"))
        .isInstanceOf(ProgressEdits.NoSuchCommitment.class);
  }

  @Test
  void aMilestoneIsChangedOrRemovedByItsPlace() {
    Milestone done = new Milestone("First hub open", HUB.due(), When.on(LocalDate.of(2017, 9, 4)));
    ProgressLog changed = ProgressEdits.changeMilestone(log(), "Care", "HomeFirst", 0, done);
    assertThat(changed.themes().get(0).commitments().get(0).milestones())
        .containsExactly(done, BEDS);
    ProgressLog removed = ProgressEdits.removeMilestone(log(), "Care", "HomeFirst", 0);
    assertThat(removed.themes().get(0).commitments().get(0).milestones()).containsExactly(BEDS);
    assertThatThrownBy(() -> ProgressEdits.removeMilestone(log(), "Care", "HomeFirst", 2))
        .isInstanceOf(ProgressEdits.NoSuchMilestone.class)
        .hasMessageContaining("no milestone 3");
  }

  static PerformanceRow row(String metric, Rag rag) {
    return new PerformanceRow(
        metric,
        rag,
        new BigDecimal("974"),
        new BigDecimal("2.7"),
        new BigDecimal("26"),
        null,
        Trend.UP);
  }

  @Test
  void aPerformanceRowAddsTheYearsTableThenARowThenChangesOne() {
    FinancialYear y2015 = FinancialYear.parse("2015-16");
    ProgressLog log =
        ProgressEdits.putPerformanceRow(log(), Y2016, y2015, -1, row("Admissions", Rag.RED));
    log = ProgressEdits.putPerformanceRow(log, Y2016, null, -1, row("Delays", Rag.RED));
    log = ProgressEdits.putPerformanceRow(log, Y2016, null, 0, row("Admissions", Rag.GREEN));
    assertThat(log.performance()).hasSize(1);
    PerformanceTable table = log.performance().get(0);
    assertThat(table.comparedWith()).isEqualTo(y2015);
    assertThat(table.rows())
        .extracting(PerformanceRow::metric)
        .containsExactly("Admissions", "Delays");
    assertThat(table.rows().get(0).rag()).isEqualTo(Rag.GREEN);
    ProgressLog finalLog = log;
    assertThatThrownBy(
            () -> ProgressEdits.putPerformanceRow(finalLog, Y2016, null, 2, row("X", Rag.RED)))
        .isInstanceOf(ProgressEdits.NoSuchRow.class);
    assertThatThrownBy(
            () ->
                ProgressEdits.putPerformanceRow(
                    finalLog, FinancialYear.parse("2017-18"), null, 0, row("X", Rag.RED)))
        .isInstanceOf(ProgressEdits.NoSuchRow.class);
  }
}
