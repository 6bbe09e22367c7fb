package bcf.progress.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.FinancialYear;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ids that would clash with ones a log already has get the next free number; milestones are found
 * by id at their place; statuses and performance tables are kept in order whatever order they are
 * recorded in; the whole log's history theme by theme.
 */
class ProgressIdsEdgesTest {

  private static Commitment commitment(String id, String name, List<Milestone> milestones) {
    return new Commitment(id, name, null, null, null, "aim", null, milestones, List.of());
  }

  private static ProgressLog log(List<Theme> themes) {
    return new ProgressLog("p", "plan", "t", null, null, themes, List.of());
  }

  @Test
  void anIdTheLogAlreadyHasIsNotGivenAgainAndTheNextFreeNumberIs() {
    ProgressLog fresh =
        ProgressIds.assign(
            log(List.of(new Theme("Care", List.of(commitment(null, "HomeFirst", List.of()))))));
    String made = fresh.themes().get(0).commitments().get(0).id();
    assertThat(made).matches("c[0-9a-f]{10}");
    ProgressLog clashing =
        log(
            List.of(
                new Theme(
                    "Care",
                    List.of(
                        commitment(null, "HomeFirst", List.of(new Milestone("Hubs", null, null))),
                        commitment(made, "Other", List.of()),
                        commitment(
                            made + "-2",
                            "Third",
                            List.of(new Milestone(made + "-3", "Done", null, null)))))));
    ProgressLog assigned = ProgressIds.assign(clashing);
    List<Commitment> commitments = assigned.themes().get(0).commitments();
    assertThat(commitments.get(0).id()).isEqualTo(made + "-4");
    assertThat(commitments.get(0).milestones().get(0).id()).matches("m[0-9a-f]{10}");
    assertThat(commitments.get(1).id()).isEqualTo(made);
    assertThat(commitments.get(2).milestones().get(0).id()).isEqualTo(made + "-3");
    assertThat(ProgressIds.assign(assigned)).isSameAs(assigned);
  }

  @Test
  void aMilestoneIsFoundByItsIdAtItsPlace() {
    Commitment c =
        commitment(
            "c1",
            "HomeFirst",
            List.of(
                new Milestone(null, "No id", null, null),
                new Milestone("m1", "One", null, null),
                new Milestone("m2", "Two", null, null)));
    assertThat(ProgressEdits.milestoneIndex(c, "m1")).isEqualTo(1);
    assertThat(ProgressEdits.milestoneIndex(c, "m2")).isEqualTo(2);
    assertThatThrownBy(() -> ProgressEdits.milestoneIndex(c, "m3"))
        .isInstanceOf(ProgressEdits.MilestoneGone.class)
        .hasMessage("That milestone has been removed since you opened the page");
    ProgressLog log = log(List.of(new Theme("Care", List.of(c))));
    assertThat(ProgressEdits.locate(log, "c1").theme()).isEqualTo("Care");
    assertThatThrownBy(() -> ProgressEdits.locate(log, "c9"))
        .isInstanceOf(ProgressEdits.CommitmentGone.class);
  }

  @Test
  void statusesAndTablesAreKeptInOrderWhateverOrderTheyAreRecordedIn() {
    ProgressLog log =
        log(List.of(new Theme("Care", List.of(commitment("c1", "HomeFirst", List.of())))));
    log =
        ProgressEdits.recordStatus(
            log,
            "Care",
            "HomeFirst",
            new QuarterStatus(Quarter.parse("2017-18 Q3"), Rag.GREEN, null, null));
    log =
        ProgressEdits.recordStatus(
            log,
            "Care",
            "HomeFirst",
            new QuarterStatus(Quarter.parse("2017-18 Q1"), Rag.RED, "x", null));
    assertThat(log.themes().get(0).commitments().get(0).statuses())
        .extracting(s -> s.quarter().code())
        .containsExactly("2017-18 Q1", "2017-18 Q3");
    PerformanceRow row = new PerformanceRow("Admissions", Rag.RED, null, null, null, null, null);
    log = ProgressEdits.putPerformanceRow(log, FinancialYear.parse("2017-18"), null, -1, row);
    log = ProgressEdits.putPerformanceRow(log, FinancialYear.parse("2016-17"), null, -1, row);
    assertThat(log.performance())
        .extracting(t -> t.year().toString())
        .containsExactly("2016-17", "2017-18");
    assertThatThrownBy(
            () ->
                ProgressEdits.recordStatus(
                    log(List.of(new Theme("Care", List.of()))),
                    "Care",
                    "HomeFirst",
                    new QuarterStatus(Quarter.parse("2017-18 Q1"), Rag.GREEN, null, null)))
        .isInstanceOf(ProgressEdits.NoSuchCommitment.class)
        .hasMessage("there is no commitment 'HomeFirst' under the theme 'Care'");
    assertThatThrownBy(
            () ->
                ProgressEdits.recordStatus(
                    log(List.of(new Theme("Care", List.of()))),
                    "Homes",
                    "HomeFirst",
                    new QuarterStatus(Quarter.parse("2017-18 Q1"), Rag.GREEN, null, null)))
        .isInstanceOf(ProgressEdits.NoSuchCommitment.class)
        .hasMessage("there is no commitment 'HomeFirst' under the theme 'Homes'");
  }

  @Test
  void theLogsHistoryIsEveryCommitmentsChangesThemeByTheme() {
    Commitment a =
        new Commitment(
            "a",
            "A",
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(
                new QuarterStatus(Quarter.parse("2017-18 Q1"), Rag.RED, "x", null),
                new QuarterStatus(Quarter.parse("2017-18 Q2"), Rag.RED, "x", null)));
    Commitment b =
        new Commitment(
            "b",
            "B",
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(new QuarterStatus(Quarter.parse("2017-18 Q1"), Rag.GREEN, null, null)));
    ProgressLog log = log(List.of(new Theme("Care", List.of(a)), new Theme("Homes", List.of(b))));
    assertThat(ProgressViews.history(log))
        .extracting(c -> c.theme() + " " + c.commitment() + " " + c.words())
        .containsExactly("Care A Recorded as red", "Homes B Recorded as green");
  }
}
