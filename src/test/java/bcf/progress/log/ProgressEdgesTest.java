package bcf.progress.log;

import static bcf.progress.log.ProgressRulesTest.PLAN;
import static bcf.progress.log.ProgressRulesTest.TODAY;
import static bcf.progress.log.ProgressRulesTest.commitment;
import static bcf.progress.log.ProgressRulesTest.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.FinancialYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The progress log at its edges: a milestone done on the day the commitment was made or on today, a
 * quarter that begins today, growth compared with the same year, a row or milestone one past the
 * end; quarters, dates and codes read and written.
 */
class ProgressEdgesTest {

  private static List<Finding> check(Commitment... commitments) {
    return ProgressRulesTest.check(commitments);
  }

  @Test
  void aMilestoneDoneOnTheDayOfTheCommitmentOrTodayIsFine() {
    assertThat(
            check(
                commitment(
                    "HomeFirst",
                    null,
                    When.on(LocalDate.of(2017, 6, 1)),
                    List.of(
                        new Milestone("Start", null, When.on(LocalDate.of(2017, 6, 1))),
                        new Milestone("Today", null, When.on(TODAY)),
                        new Milestone("Same month", null, When.in(YearMonth.of(2017, 6))),
                        new Milestone("Not done", When.on(TODAY.plusYears(1)), null)),
                    List.of())))
        .isEmpty();
    assertThat(
            check(
                commitment(
                    "HomeFirst",
                    null,
                    When.on(LocalDate.of(2017, 6, 1)),
                    List.of(
                        new Milestone("Early", null, When.on(LocalDate.of(2017, 5, 31))),
                        new Milestone("Tomorrow", null, When.on(TODAY.plusDays(1)))),
                    List.of())))
        .extracting(Finding::rule, Finding::where, Finding::message, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProgressRules.DONE_BEFORE_COMMITMENT,
                "Integrated Care, HomeFirst, milestone 'Early'",
                "done 31 May 2017, before the commitment was made (1 June 2017)",
                "/themes/0/commitments/0/milestones/0/done"),
            org.assertj.core.groups.Tuple.tuple(
                ProgressRules.DONE_IN_FUTURE,
                "Integrated Care, HomeFirst, milestone 'Tomorrow'",
                "done 2 May 2018, which is after today",
                "/themes/0/commitments/0/milestones/1/done"));
  }

  @Test
  void aQuarterBeginningTodayHasBegunAndOneBeginningTomorrowHasNot() {
    assertThat(
            ProgressRules.check(
                ProgressRulesTest.log(
                    commitment(
                        "HomeFirst",
                        null,
                        null,
                        List.of(),
                        List.of(status("2018-19 Q2", Rag.GREEN, null)))),
                PLAN,
                LocalDate.of(2018, 7, 1)))
        .isEmpty();
    assertThat(
            ProgressRules.check(
                ProgressRulesTest.log(
                    commitment(
                        "HomeFirst",
                        null,
                        null,
                        List.of(),
                        List.of(status("2018-19 Q2", Rag.GREEN, null)))),
                PLAN,
                LocalDate.of(2018, 6, 30)))
        .extracting(Finding::rule, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProgressRules.QUARTER_NOT_BEGUN, "/themes/0/commitments/0/statuses/0/quarter"));
    assertThat(ProgressRules.firstDay(Quarter.parse("2017-18 Q4")))
        .isEqualTo(LocalDate.of(2018, 1, 1));
  }

  @Test
  void redAndAmberNeedAReasonThatIsNotBlank() {
    assertThat(
            check(
                commitment(
                    "HomeFirst",
                    null,
                    null,
                    List.of(),
                    List.of(
                        status("2017-18 Q1", Rag.AMBER, "  "),
                        status("2017-18 Q2", Rag.RED, null)))))
        .extracting(Finding::describe)
        .containsExactly(
            "Integrated Care, HomeFirst, 2017/18 quarter 1: an amber status needs a reason saying why",
            "Integrated Care, HomeFirst, 2017/18 quarter 2: a red status needs a reason saying why");
  }

  @Test
  void growthComparedWithTheSameYearIsRefusedAndAnEarlierYearIsFine() {
    FinancialYear year = FinancialYear.parse("2016-17");
    ProgressLog same =
        new ProgressLog(
            "p",
            "plan",
            "t",
            null,
            null,
            List.of(),
            List.of(new PerformanceTable(year, year, List.of())));
    assertThat(ProgressRules.check(same, PLAN, TODAY))
        .extracting(Finding::rule, Finding::where, Finding::message, Finding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProgressRules.PERFORMANCE_YEAR_ORDER,
                "Performance in 2016/17",
                "growth is compared with 2016/17, which is not an earlier year",
                "/performance/0/comparedWith"));
    ProgressLog earlier =
        new ProgressLog(
            "p",
            "plan",
            "t",
            null,
            null,
            List.of(),
            List.of(
                new PerformanceTable(year, year.previous(), List.of()),
                new PerformanceTable(year, null, List.of())));
    assertThat(ProgressRules.check(earlier, PLAN, TODAY)).isEmpty();
  }

  @Test
  void aMilestoneOrRowOnePastTheEndIsRefusedCountingFromOne() {
    ProgressLog log =
        ProgressEdits.addCommitment(
            ProgressLog.empty("p", "plan", "t"),
            "Care",
            new Commitment(
                "HomeFirst",
                null,
                null,
                null,
                "aim",
                null,
                List.of(new Milestone("One", null, null)),
                List.of()));
    assertThatThrownBy(
            () ->
                ProgressEdits.changeMilestone(
                    log, "Care", "HomeFirst", 1, new Milestone("Two", null, null)))
        .isInstanceOf(ProgressEdits.NoSuchMilestone.class)
        .hasMessage("the commitment 'HomeFirst' has no milestone 2");
    assertThatThrownBy(() -> ProgressEdits.removeMilestone(log, "Care", "HomeFirst", -1))
        .isInstanceOf(ProgressEdits.NoSuchMilestone.class);
    assertThat(ProgressEdits.removeMilestone(log, "Care", "HomeFirst", 0).themes().get(0))
        .satisfies(t -> assertThat(t.commitments().get(0).milestones()).isEmpty());
    FinancialYear year = FinancialYear.parse("2016-17");
    PerformanceRow row =
        new PerformanceRow("Admissions", Rag.RED, null, null, null, null, Trend.UP);
    ProgressLog withRow = ProgressEdits.putPerformanceRow(log, year, null, -1, row);
    assertThatThrownBy(() -> ProgressEdits.putPerformanceRow(withRow, year, null, 1, row))
        .isInstanceOf(ProgressEdits.NoSuchRow.class)
        .hasMessage("the performance table of 2016/17 has no row 2");
    assertThatThrownBy(() -> ProgressEdits.putPerformanceRow(log, year, null, 0, row))
        .isInstanceOf(ProgressEdits.NoSuchRow.class);
    assertThatThrownBy(() -> ProgressEdits.removePerformanceRow(withRow, year, 1))
        .isInstanceOf(ProgressEdits.NoSuchRow.class);
    assertThatThrownBy(() -> ProgressEdits.removePerformanceRow(withRow, year.next(), 0))
        .isInstanceOf(ProgressEdits.NoSuchRow.class);
    assertThat(ProgressEdits.putPerformanceRow(withRow, year, null, 0, row).performance())
        .singleElement()
        .satisfies(t -> assertThat(t.rows()).containsExactly(row));
  }

  @Test
  void quartersAreReadAndWrittenAndOrdered() {
    Quarter q = Quarter.parse("2017-18 Q4");
    assertThat(q.code()).isEqualTo("2017-18 Q4");
    assertThat(q.words()).isEqualTo("2017/18 quarter 4");
    assertThat(q.compareTo(Quarter.parse("2018-19 Q1"))).isNegative();
    assertThat(q.compareTo(Quarter.parse("2017-18 Q3"))).isPositive();
    assertThat(q.compareTo(Quarter.parse("2017-18 Q4"))).isZero();
    assertThatThrownBy(() -> new Quarter(FinancialYear.parse("2017-18"), 0))
        .hasMessage("a quarter is numbered 1 to 4, not 0");
    assertThatThrownBy(() -> new Quarter(FinancialYear.parse("2017-18"), 5))
        .hasMessage("a quarter is numbered 1 to 4, not 5");
    assertThat(new Quarter(FinancialYear.parse("2017-18"), 1).number()).isEqualTo(1);
    assertThatThrownBy(() -> Quarter.parse(null))
        .hasMessage("'null' is not a quarter written like 2017-18 Q1");
    assertThatThrownBy(() -> Quarter.parse("2017-18 Q5"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWhenIsADayOrAMonthAndSaysSo() {
    When month = When.parse("2017-09");
    assertThat(month.exact()).isFalse();
    assertThat(month.earliest()).isEqualTo(LocalDate.of(2017, 9, 1));
    assertThat(month.latest()).isEqualTo(LocalDate.of(2017, 9, 30));
    assertThat(month.code()).isEqualTo("2017-09");
    assertThat(month.words()).isEqualTo("September 2017");
    When day = When.parse("2017-06-01");
    assertThat(day.exact()).isTrue();
    assertThat(day.earliest()).isEqualTo(day.latest());
    assertThat(day.code()).isEqualTo("2017-06-01");
    assertThat(day.words()).isEqualTo("1 June 2017");
    assertThat(When.words(LocalDate.of(2015, 9, 30))).isEqualTo("30 September 2015");
    assertThatThrownBy(() -> When.parse("2017-13"))
        .hasMessage(
            "'2017-13' is not a date written like 2017-06-01, or a month written like 2017-09");
    assertThatThrownBy(() -> When.parse(null)).hasMessageStartingWith("'' is not a date");
    assertThatThrownBy(() -> new When(null, null)).hasMessage("either a day or a month");
    assertThatThrownBy(() -> new When(LocalDate.of(2017, 1, 1), YearMonth.of(2017, 1)))
        .hasMessage("either a day or a month");
  }

  @Test
  void codesOfRagsAndTrendsReadBack() {
    assertThat(Rag.of("amber")).contains(Rag.AMBER);
    assertThat(Rag.of("Amber")).isEmpty();
    assertThat(Rag.GREEN.code()).isEqualTo("green");
    assertThat(Rag.GREEN.label()).isEqualTo("Green");
    assertThat(Rag.GREEN.needsReason()).isFalse();
    assertThat(Rag.AMBER.needsReason()).isTrue();
    assertThat(Trend.of("down")).contains(Trend.DOWN);
    assertThat(Trend.of("sideways")).isEmpty();
    assertThat(Trend.LEVEL.code()).isEqualTo("level");
    assertThat(Trend.LEVEL.label()).isEqualTo("Level");
    assertThat(Trend.UP.arrow()).isEqualTo("↑");
  }

  @Test
  void aCommitmentsLatestStatusAndItsQuarters() {
    Commitment c =
        new Commitment(
            "c1",
            "HomeFirst",
            null,
            null,
            null,
            null,
            null,
            List.of(new Milestone("m1", "One", null, null), new Milestone("Two", null, null)),
            List.of(
                status("2017-18 Q3", Rag.GREEN, null),
                status("2017-18 Q1", Rag.RED, "late"),
                status("2017-18 Q2", Rag.AMBER, "better")));
    assertThat(c.latest()).map(QuarterStatus::rag).contains(Rag.GREEN);
    assertThat(c.in(Quarter.parse("2017-18 Q2"))).map(QuarterStatus::rag).contains(Rag.AMBER);
    assertThat(c.in(Quarter.parse("2017-18 Q4"))).isEmpty();
    assertThat(c.statusesInOrder())
        .extracting(QuarterStatus::rag)
        .containsExactly(Rag.RED, Rag.AMBER, Rag.GREEN);
    assertThat(c.milestone("m1")).map(Milestone::what).contains("One");
    assertThat(c.milestone("m2")).isEmpty();
    assertThat(c.milestone(null)).isEmpty();
    assertThat(ProgressViews.history("Care", c))
        .extracting(StatusChange::words)
        .containsExactly("Recorded as red", "Red to amber", "Amber to green");
    assertThat(ProgressViews.history("Care", c).get(0).first()).isTrue();
    assertThat(ProgressViews.history("Care", c).get(1).first()).isFalse();
  }

  @Test
  void aLogFindsItsThemesAndTheYearsItsCommitmentsAimFor() {
    FinancialYear y16 = FinancialYear.parse("2016-17");
    FinancialYear y17 = FinancialYear.parse("2017-18");
    ProgressLog log =
        new ProgressLog(
            "p",
            "plan",
            "t",
            null,
            null,
            List.of(
                new Theme(
                    "Care",
                    List.of(
                        new Commitment(
                            "A", null, y17, null, "aim A", "done A", List.of(), List.of()),
                        new Commitment(
                            "B", null, null, null, "aim B", null, List.of(), List.of()))),
                new Theme(
                    "Homes",
                    List.of(
                        new Commitment(
                            "C", null, y16, null, "aim C", null, List.of(), List.of())))),
            List.of());
    assertThat(log.theme("Homes")).map(Theme::name).contains("Homes");
    assertThat(log.theme("Roads")).isEmpty();
    assertThat(ProgressViews.years(log)).containsExactly(y16, y17);
    assertThat(ProgressViews.retrospective(log, y17))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.theme()).isEqualTo("Care");
              assertThat(r.year()).isEqualTo(y17);
              assertThat(r.rows())
                  .containsExactly(new ProgressViews.AimedAchieved("A", "aim A", "done A"));
            });
    assertThat(ProgressViews.retrospective(log, FinancialYear.parse("2019-20"))).isEmpty();
    ProgressViews.RagCount none =
        new ProgressViews.RagCount(Quarter.parse("2017-18 Q1"), java.util.Map.of(Rag.RED, 2));
    assertThat(none.of(Rag.GREEN)).isZero();
    assertThat(none.of(Rag.RED)).isEqualTo(2);
    assertThat(none.total()).isEqualTo(2);
  }
}
