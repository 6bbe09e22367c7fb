package bcf.progress.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressViewsTest {

  static QuarterStatus status(String quarter, Rag rag, String reason) {
    return new QuarterStatus(Quarter.parse(quarter), rag, reason, null);
  }

  static final Commitment HOME_FIRST =
      new Commitment(
          "HomeFirst",
          null,
          null,
          null,
          "aim",
          null,
          List.of(),
          // Recorded out of order: the history follows the quarters.
          List.of(
              status("2017-18 Q3", Rag.AMBER, "Second hub short of staff"),
              status("2017-18 Q1", Rag.RED, "No hub open"),
              status("2017-18 Q2", Rag.AMBER, "One hub open"),
              status("2017-18 Q4", Rag.GREEN, null)));

  static final Commitment D2A =
      new Commitment(
          "D2A",
          null,
          null,
          null,
          "aim",
          null,
          List.of(),
          List.of(status("2017-18 Q1", Rag.GREEN, null)));

  static final ProgressLog LOG =
      new ProgressLog(
          "p",
          "plan",
          "t",
          null,
          null,
          List.of(new Theme("Integrated Care", List.of(HOME_FIRST, D2A))),
          List.of());

  @Test
  void aProjectMovingFromRedToAmberToGreenWhenAndWhy() {
    List<StatusChange> changes = ProgressViews.history("Integrated Care", HOME_FIRST);
    assertThat(changes)
        .extracting(c -> c.quarter().words() + ": " + c.words() + " (" + c.reason() + ")")
        .containsExactly(
            "2017/18 quarter 1: Recorded as red (No hub open)",
            "2017/18 quarter 2: Red to amber (One hub open)",
            "2017/18 quarter 4: Amber to green (null)");
  }

  @Test
  void countsByRagPerQuarter() {
    List<ProgressViews.RagCount> counts = ProgressViews.countsByQuarter(LOG);
    assertThat(counts)
        .extracting(c -> c.quarter().code())
        .containsExactly("2017-18 Q1", "2017-18 Q2", "2017-18 Q3", "2017-18 Q4");
    assertThat(counts.get(0).of(Rag.RED)).isEqualTo(1);
    assertThat(counts.get(0).of(Rag.GREEN)).isEqualTo(1);
    assertThat(counts.get(0).of(Rag.AMBER)).isZero();
    assertThat(counts.get(0).total()).isEqualTo(2);
    assertThat(counts.get(3).of(Rag.GREEN)).isEqualTo(1);
  }

  @Test
  void quartersAndDatesInWords() {
    assertThat(Quarter.parse("2017-18 Q4").words()).isEqualTo("2017/18 quarter 4");
    assertThat(When.parse("2015-09-30").words()).isEqualTo("30 September 2015");
    assertThat(When.parse("2017-09").words()).isEqualTo("September 2017");
    assertThat(ProgressRules.firstDay(Quarter.parse("2017-18 Q4")))
        .isEqualTo(java.time.LocalDate.of(2018, 1, 1));
  }
}
