package bcf.progress.log;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {

  static final PlanFacts PLAN =
      new PlanFacts(
          List.of(FinancialYear.parse("2017-18"), FinancialYear.parse("2018-19")),
          List.of("Falls Prevention", "Reablement"));
  static final LocalDate TODAY = LocalDate.of(2018, 5, 1);

  static QuarterStatus status(String quarter, Rag rag, String reason) {
    return new QuarterStatus(Quarter.parse(quarter), rag, reason, null);
  }

  static Commitment commitment(
      String name, String scheme, When since, List<Milestone> milestones, List<QuarterStatus> s) {
    return new Commitment(name, scheme, null, since, "aim", null, milestones, s);
  }

  static ProgressLog log(Commitment... commitments) {
    return new ProgressLog(
        "p",
        "plan",
        "t",
        null,
        null,
        List.of(new Theme("Integrated Care", List.of(commitments))),
        List.of());
  }

  static List<Finding> check(Commitment... commitments) {
    return ProgressRules.check(log(commitments), PLAN, TODAY);
  }

  @Test
  void aGoodLogHasNoFindings() {
    assertThat(
            check(
                commitment(
                    "HomeFirst",
                    "Reablement",
                    When.in(YearMonth.of(2017, 4)),
                    List.of(new Milestone("Hubs live", null, When.on(LocalDate.of(2017, 6, 1)))),
                    List.of(
                        status("2017-18 Q1", Rag.RED, "Hubs not staffed"),
                        status("2017-18 Q2", Rag.GREEN, null)))))
        .isEmpty();
  }

  @Test
  void redOrAmberWithoutAReasonIsNamedWithItsPlace() {
    List<Finding> findings =
        check(
            commitment(
                "HomeFirst",
                null,
                null,
                List.of(),
                List.of(
                    status("2017-18 Q1", Rag.AMBER, " "),
                    status("2017-18 Q2", Rag.RED, null),
                    status("2017-18 Q3", Rag.GREEN, null))));
    assertThat(findings).extracting(Finding::rule).containsOnly(ProgressRules.REASON_MISSING);
    assertThat(findings)
        .extracting(Finding::describe)
        .containsExactly(
            "Integrated Care, HomeFirst, 2017/18 quarter 1: an amber status needs a reason saying why",
            "Integrated Care, HomeFirst, 2017/18 quarter 2: a red status needs a reason saying why");
    assertThat(findings.get(1).path()).isEqualTo("/themes/0/commitments/0/statuses/1/reason");
  }

  @Test
  void aQuarterOutsideThePlansYears() {
    List<Finding> findings =
        check(
            commitment(
                "D2A", null, null, List.of(), List.of(status("2016-17 Q4", Rag.GREEN, null))));
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly(ProgressRules.QUARTER_OUTSIDE_PLAN);
    assertThat(findings.get(0).message())
        .isEqualTo("the quarter is outside the plan's years (2017/18 and 2018/19)");
  }

  @Test
  void aQuarterNotYetBegunAndAQuarterTwice() {
    List<Finding> findings =
        check(
            commitment(
                "D2A",
                null,
                null,
                List.of(),
                List.of(
                    status("2018-19 Q1", Rag.GREEN, null),
                    status("2018-19 Q2", Rag.GREEN, null),
                    status("2018-19 Q1", Rag.GREEN, null))));
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly(ProgressRules.QUARTER_NOT_BEGUN, ProgressRules.QUARTER_TWICE);
    assertThat(findings.get(0).where()).isEqualTo("Integrated Care, D2A, 2018/19 quarter 2");
  }

  @Test
  void aMilestoneDoneBeforeTheCommitmentExistedOrInTheFuture() {
    List<Finding> findings =
        check(
            commitment(
                "Falls",
                null,
                When.on(LocalDate.of(2017, 7, 1)),
                List.of(
                    new Milestone("Scoped", null, When.in(YearMonth.of(2017, 6))),
                    new Milestone("Same month is fine", null, When.in(YearMonth.of(2017, 7))),
                    new Milestone("Piloted", null, When.on(LocalDate.of(2018, 5, 2))),
                    new Milestone("Not done yet", When.in(YearMonth.of(2019, 1)), null)),
                List.of()));
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly(ProgressRules.DONE_BEFORE_COMMITMENT, ProgressRules.DONE_IN_FUTURE);
    assertThat(findings.get(0).describe())
        .isEqualTo(
            "Integrated Care, Falls, milestone 'Scoped': done June 2017, before the commitment was"
                + " made (1 July 2017)");
    assertThat(findings.get(1).path()).isEqualTo("/themes/0/commitments/0/milestones/2/done");
  }

  @Test
  void aSchemeThePlanDoesNotHave() {
    List<Finding> findings =
        check(
            commitment("Falls", "Falls Prevention", null, List.of(), List.of()),
            commitment("Carers", "Carers Breaks", null, List.of(), List.of()));
    assertThat(findings).extracting(Finding::rule).containsExactly(ProgressRules.UNKNOWN_SCHEME);
    assertThat(findings.get(0).describe())
        .isEqualTo("Integrated Care, Carers: the plan has no scheme called 'Carers Breaks'");
  }

  @Test
  void aCommitmentOrThemeNamedTwice() {
    Commitment c = commitment("D2A", null, null, List.of(), List.of());
    ProgressLog log =
        new ProgressLog(
            "p",
            "plan",
            "t",
            null,
            null,
            List.of(new Theme("Care", List.of(c, c)), new Theme("Care", List.of())),
            List.of());
    assertThat(ProgressRules.check(log, PLAN, TODAY))
        .extracting(Finding::rule)
        .containsExactly(ProgressRules.COMMITMENT_TWICE, ProgressRules.THEME_TWICE);
  }

  @Test
  void performanceComparedWithALaterYear() {
    ProgressLog log =
        new ProgressLog(
            "p",
            "plan",
            "t",
            null,
            null,
            List.of(),
            List.of(
                new PerformanceTable(
                    FinancialYear.parse("2016-17"), FinancialYear.parse("2016-17"), List.of())));
    assertThat(ProgressRules.check(log, PLAN, TODAY))
        .extracting(Finding::rule)
        .containsExactly(ProgressRules.PERFORMANCE_YEAR_ORDER);
  }
}
