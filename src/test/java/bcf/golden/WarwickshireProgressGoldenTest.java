package bcf.golden;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import bcf.progress.json.ProgressJson;
import bcf.progress.log.Commitment;
import bcf.progress.log.Milestone;
import bcf.progress.log.PerformanceRow;
import bcf.progress.log.PerformanceTable;
import bcf.progress.log.PlanFacts;
import bcf.progress.log.ProgressLog;
import bcf.progress.log.ProgressRules;
import bcf.progress.log.ProgressViews;
import bcf.progress.log.Rag;
import bcf.progress.log.Theme;
import bcf.progress.log.Trend;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Warwickshire 2017-19's look back at 2016/17 (seed 001, "Progress so far" and "Summary of 2016/17
 * performance"), read from examples/progress: every theme, activity, dated event, RAG and figure.
 */
class WarwickshireProgressGoldenTest {

  static final Path FILE = Path.of("examples", "progress", "warwickshire-2017-19.json");
  static final FinancialYear Y2016 = FinancialYear.parse("2016-17");

  static ProgressLog log() throws IOException {
    return ProgressJson.read(Files.readAllBytes(FILE));
  }

  @Test
  void belongsToWarwickshire2017PlanAndSaysWhatItLeavesOut() throws IOException {
    ProgressLog log = log();
    assertThat(log.id()).isEqualTo("warwickshire-2017-19-progress");
    assertThat(log.plan()).isEqualTo("warwickshire-2017-19");
    assertThat(log.partial())
        .contains("no quarterly RAG statuses")
        .contains("graphs are images")
        .contains("4 percentage points");
  }

  @Test
  void threeThemesWithTheirActivitiesInTheSourcesOrder() throws IOException {
    ProgressLog log = log();
    assertThat(log.themes())
        .extracting(Theme::name)
        .containsExactly(
            "Community Capacity Resilience / Primary Prevention",
            "Integrated Care",
            "Care at Home");
    assertThat(log.themes().get(0).commitments())
        .extracting(Commitment::name)
        .containsExactly(
            "Healthy Lifestyles and Self-Care",
            "Community led redesign of access to information and support",
            "Social Prescribing");
    // The Integrated Care table runs over a page break in the source: one theme of six.
    assertThat(log.themes().get(1).commitments())
        .extracting(Commitment::name)
        .containsExactly(
            "Care Coordination for the Over 75's",
            "Integrated teams in and around primary care",
            "Children's and Adolescent Mental Health Services (CAMHS)",
            "HomeFirst",
            "Rugby Place Based Commissioning",
            "D2A");
    assertThat(log.themes().get(2).commitments())
        .extracting(Commitment::name)
        .containsExactly(
            "Housing Board",
            "Residential and nursing care homes",
            "Falls strategy",
            "Extra Care Housing (ECH)",
            "Carer Support Services",
            "The Integrated Community Equipment Support Service (ICESS)",
            "Domiciliary Care (Care at Home) contract");
    assertThat(log.commitments()).allMatch(c -> Y2016.equals(c.year()));
    assertThat(log.commitments()).allMatch(c -> c.aim() != null && c.achieved() != null);
    assertThat(log.commitments()).allMatch(c -> c.scheme() == null && c.statuses().isEmpty());
  }

  @Test
  void aimedAndAchievedAsTheSourcePrintsThem() throws IOException {
    ProgressLog log = log();
    List<ProgressViews.Retrospective> tables = ProgressViews.retrospective(log, Y2016);
    assertThat(tables).hasSize(3);
    ProgressViews.AimedAchieved icess = tables.get(2).rows().get(5);
    assertThat(icess.aimed()).isEqualTo("Implement a county wide service.");
    assertThat(icess.achieved()).startsWith("In 2016, the Integrated Community Equipment Service");
    ProgressViews.AimedAchieved healthy = tables.get(0).rows().get(0);
    assertThat(healthy.achieved())
        .contains("over 7,000 referrals")
        .contains("just under 2,000 people")
        .contains("Between 01 July 2015 and 31st March 2017");
    assertThat(tables.get(1).rows().get(5).achieved())
        .contains("extended for an additional 12 months");
    assertThat(tables.get(2).rows().get(3).achieved())
        .contains("opened in June 2010")
        .contains("now 9 schemes suitable for those aged 55+");
    // Split over a page break in the source, joined here.
    assertThat(tables.get(0).rows().get(1).aimed()).endsWith("people’s needs and circumstances.");
    assertThat(tables.get(2).rows().get(3).aimed())
        .endsWith("step down facility from acute settings.");
  }

  @Test
  void theDatedEventsAsMilestones() throws IOException {
    ProgressLog log = log();
    assertThat(
            log.commitments()
                .flatMap(c -> c.milestones().stream().map(m -> c.name() + ": " + words(m)))
                .toList())
        .containsExactly(
            "Social Prescribing: due September 2017",
            "Integrated teams in and around primary care: done June 2016",
            "Children's and Adolescent Mental Health Services (CAMHS): done 1 August 2017",
            "HomeFirst: done January 2017",
            "Falls strategy: done 10 July 2017",
            "Extra Care Housing (ECH): done March 2017",
            "Carer Support Services: done April 2017",
            "Carer Support Services: done 1 June 2017");
  }

  private static String words(Milestone m) {
    return m.isDone() ? "done " + m.done().words() : "due " + m.due().words();
  }

  @Test
  void the2016PerformanceTableEveryFigureRagAndTrend() throws IOException {
    List<PerformanceTable> tables = log().performance();
    assertThat(tables).hasSize(1);
    PerformanceTable table = tables.get(0);
    assertThat(table.year()).isEqualTo(Y2016);
    assertThat(table.comparedWith()).isEqualTo(FinancialYear.parse("2015-16"));
    assertThat(table.rows())
        .containsExactly(
            new PerformanceRow(
                "Non-elective Admissions",
                Rag.RED,
                dec("974"),
                dec("2.7"),
                dec("26"),
                null,
                Trend.UP),
            new PerformanceRow(
                "DTOC (days delayed)", Rag.RED, dec("539"), dec("11"), dec("53"), null, Trend.UP),
            new PerformanceRow(
                "Res & Nursing Admissions (year to date)",
                Rag.GREEN,
                dec("10"),
                dec("-13"),
                dec("-2"),
                null,
                Trend.DOWN),
            new PerformanceRow(
                "Reablement / CERT (% still at home 2016/17)",
                Rag.GREEN, dec("53"), null, null, dec("4"), Trend.UP));
  }

  @Test
  void keepsEveryRuleAgainstItsPlan() throws IOException {
    Plan plan = Examples.plan("warwickshire-2017-19");
    PlanFacts facts =
        new PlanFacts(
            bcf.round.json.RoundCatalogue.load().find(plan.round()).orElseThrow().years(),
            plan.schemes().stream().map(Scheme::name).toList());
    assertThat(facts.years()).hasSize(2);
    assertThat(ProgressRules.check(log(), facts, LocalDate.of(2017, 8, 24))).isEmpty();
  }

  @Test
  void writesBackToTheSameDocument() throws IOException {
    ProgressLog log = log();
    assertThat(ProgressJson.read(ProgressJson.write(log).getBytes())).isEqualTo(log);
    // The example has no ids (as documents stored before them): bcf gives them on reading.
    assertThat(log.commitments()).allMatch(c -> c.id() != null);
    assertThat(Files.readString(FILE).equals(ProgressJson.write(withoutIds(log))))
        .as("the example is in the canonical form bcf writes, but for the ids")
        .isTrue();
  }

  private static ProgressLog withoutIds(ProgressLog log) {
    return new ProgressLog(
        log.id(),
        log.plan(),
        log.title(),
        log.source(),
        log.partial(),
        log.themes().stream()
            .map(
                t ->
                    new bcf.progress.log.Theme(
                        t.name(),
                        t.commitments().stream()
                            .map(
                                c ->
                                    new bcf.progress.log.Commitment(
                                        c.name(),
                                        c.scheme(),
                                        c.year(),
                                        c.since(),
                                        c.aim(),
                                        c.achieved(),
                                        c.milestones().stream().map(m -> m.withId(null)).toList(),
                                        c.statuses()))
                            .toList()))
            .toList(),
        log.performance());
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
