package bcf.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.analysis.PlanAnalysis;
import bcf.csv.CsvException;
import bcf.csv.CsvProblem;
import bcf.golden.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The long CSV format of actuals, checked against the Warwickshire 2014-16 seed plan. */
class ActualsCsvTest {

  private static final PlanMetrics PLAN = plan("warwickshire-2014-16");

  private static PlanMetrics plan(String id) {
    PlanAnalysis analysis = Examples.analyse(id);
    return new PlanMetrics(analysis.plan(), analysis.round());
  }

  private static List<CsvProblem> problems(String csv) {
    try {
      ActualsCsv.read(csv, PLAN);
    } catch (CsvException e) {
      return e.problems();
    }
    throw new AssertionError("the file was accepted");
  }

  @Test
  void reads_every_kind_of_period_the_metrics_take() {
    List<Actual> actuals =
        ActualsCsv.read(
            """
            hwb,metric,period,numerator,denominator
            warwickshire,permanent-admissions-65,2014-15,690,"106,200"
            warwickshire,reablement-91-days,2014-10..2014-12,700,850
            warwickshire,reablement-91-days,2015-16,705,840
            warwickshire,delayed-transfers,2014-07,41,437000
            warwickshire,avoidable-emergency-admissions,2014-04..2014-09,5000,548000
            warwickshire,delayed-transfers,2009-04,43,437000

            england,reablement-91-days,2014-10..2014-12,"60,000","73,000"
            """,
            PLAN);
    assertThat(actuals).hasSize(7);
    assertThat(actuals.get(0).denominator()).isEqualByComparingTo("106200");
    assertThat(actuals.get(1).period().toString()).isEqualTo("2014-10..2014-12");
    assertThat(actuals.get(5).period().toString())
        .as("the first month of the five years before the plan's")
        .isEqualTo("2009-04");
    assertThat(actuals.get(6).hwb()).isEqualTo("england");
  }

  @Test
  void a_missing_column_is_named_and_nothing_is_read() {
    assertThat(problems("hwb,metric,period,numerator\nwarwickshire,delayed-transfers,2014-07,41\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(1);
              assertThat(p.column()).isEqualTo("denominator");
              assertThat(p.reason()).contains("missing");
            });
  }

  @Test
  void every_bad_row_is_reported_with_its_row_and_column() {
    List<CsvProblem> problems =
        problems(
            """
            hwb,metric,period,numerator,denominator
            warwickshire,delayed-transfers,2014-07,forty,437000
            warwickshire,reablement-91-days,2014-15,900,850
            warwickshire,permanent-admissions-65,2014-15,690,0
            warwickshire,unknown-metric,2014-15,1,2
            solihull,delayed-transfers,2014-07,41,437000
            warwickshire,delayed-transfers,2009-03,41,437000
            warwickshire,delayed-transfers,2014-15,41,437000
            warwickshire,delayed-transfers,2014-08,41,437000
            warwickshire,delayed-transfers,2014-08,42,437000
            warwickshire,reablement-91-days,2014-09..2014-12,700,850
            """);
    assertThat(problems)
        .extracting(p -> p.row() + " " + p.column())
        .containsExactly(
            "2 numerator",
            "3 numerator",
            "4 denominator",
            "5 metric",
            "6 hwb",
            "7 period",
            "8 period",
            "10 period",
            "11 period");
    assertThat(problems.get(0).reason()).isEqualTo("'forty' is not a number");
    assertThat(problems.get(1).reason()).contains("above its denominator");
    assertThat(problems.get(2).reason()).contains("above zero");
    assertThat(problems.get(3).reason()).contains("unknown metric 'unknown-metric'");
    assertThat(problems.get(4).reason()).contains("unknown HWB 'solihull'");
    assertThat(problems.get(5).reason())
        .contains("outside the plan")
        .contains("2009-04 to 2016-03");
    assertThat(problems.get(6).reason()).contains("reported by month");
    assertThat(problems.get(7).reason()).contains("already on row 9");
    assertThat(problems.get(8).reason()).contains("discharges 1 October - 31 December");
  }

  @Test
  void a_count_takes_no_denominator_and_a_crude_rate_no_age_band() {
    PlanMetrics plan = plan("warwickshire-2017-19");
    CsvException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CsvException.class,
            () ->
                ActualsCsv.read(
                    """
                    hwb,metric,period,numerator,denominator,age_band
                    warwickshire,non-elective-admissions,2017-18 Q1,12000,5
                    warwickshire,permanent-admissions-65,2017-18,490,104380,65-69
                    """,
                    plan));
    assertThat(e.problems())
        .extracting(p -> p.row() + " " + p.column())
        .containsExactly("2 denominator", "3 age_band");
  }

  /** A 2025-26 plan with the directly standardised emergency admissions rate. */
  private static PlanMetrics plan2025() {
    bcf.plan.Plan plan =
        new bcf.plan.json.PlanDocumentReader()
            .read(
                """
                {"id": "dsr", "round": "2025-26", "title": "DSR",
                 "hwbs": [{"id": "warwickshire", "name": "Warwickshire"}],
                 "metrics": [{"metric": "emergency-admissions-65"}]}
                """);
    return new PlanMetrics(
        plan, bcf.round.json.RoundCatalogue.load().find("2025-26").orElseThrow());
  }

  @Test
  void a_standardised_rate_needs_every_esp_2013_band_of_a_period() {
    StringBuilder csv = new StringBuilder("hwb,metric,period,numerator,denominator,age_band\n");
    for (String band : bcf.statistics.Esp2013.bands()) {
      csv.append("warwickshire,emergency-admissions-65,2025-05,12,900,").append(band).append('\n');
    }
    assertThat(ActualsCsv.read(csv.toString(), plan2025())).hasSize(19);

    String short_ =
        "hwb,metric,period,numerator,denominator,age_band\n"
            + "warwickshire,emergency-admissions-65,2025-05,12,900,65-69\n"
            + "warwickshire,emergency-admissions-65,2025-05,12,900,65 to 69\n"
            + "warwickshire,emergency-admissions-65,2025-06,12,900,\n";
    CsvException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CsvException.class, () -> ActualsCsv.read(short_, plan2025()));
    assertThat(e.problems())
        .extracting(p -> p.row() + " " + p.column())
        .containsExactly("2 age_band", "3 age_band", "4 age_band");
    assertThat(e.problems().get(0).reason()).contains("has 1 of the 19 ESP 2013 age bands");
    assertThat(e.problems().get(1).reason()).contains("not an ESP 2013 age band");
    assertThat(e.problems().get(2).reason()).contains("needs an age band");
  }

  @Test
  void a_broken_file_says_where() {
    assertThatThrownBy(() -> ActualsCsv.read("", PLAN))
        .isInstanceOf(CsvException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                ActualsCsv.read(
                    "hwb,metric,period,numerator,denominator\n\"warwickshire,x\n", PLAN))
        .isInstanceOf(CsvException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("not closed");
    assertThatThrownBy(
            () ->
                ActualsCsv.read(
                    "hwb,metric,period,numerator,denominator,colour\nwarwickshire,a,b,c,d,e\n",
                    PLAN))
        .isInstanceOf(CsvException.class)
        .hasMessageContaining("column colour: unknown column");
  }

  @Test
  void an_export_reads_back_as_the_same_actuals() {
    PlanMetrics plan = plan("warwickshire-2017-19");
    List<Actual> actuals =
        ActualsCsv.read(
            """
            hwb,metric,period,numerator,denominator
            warwickshire,permanent-admissions-65,2017-18,490,106200
            warwickshire,non-elective-admissions,2017-18 Q1,12000,
            """,
            plan);
    assertThat(ActualsCsv.read(ActualsCsv.write(actuals), plan)).isEqualTo(actuals);
  }

  /**
   * Text a spreadsheet would run as a formula is refused where a code, period, number or age band
   * belongs, with the row and column; the age band with a standard population was the way in.
   */
  @Test
  void formula_text_is_refused_with_its_row_and_column() {
    String csv =
        "hwb,metric,period,numerator,denominator,age_band,standard_population\n"
            + "warwickshire,emergency-admissions-65,2025-05,12,900,\"=HYPERLINK(\"\"x\"\")\",5000\n"
            + "warwickshire,emergency-admissions-65,2025-05,12,900,+cmd|' /C calc'!A0,5000\n"
            + "warwickshire,emergency-admissions-65,2025-05,12,900,@SUM(A1),5000\n"
            + "warwickshire,emergency-admissions-65,2025-05,12,900,-2+3,5000\n"
            + "=1+1,emergency-admissions-65,2025-05,12,900,65-69,5000\n"
            + "warwickshire,emergency-admissions-65,2025-05,=1,900,70-74,5000\n";
    CsvException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CsvException.class, () -> ActualsCsv.read(csv, plan2025()));
    assertThat(e.problems())
        .extracting(p -> p.row() + " " + p.column())
        .containsExactly(
            "2 age_band", "3 age_band", "4 age_band", "5 age_band", "6 hwb", "7 numerator");
    assertThat(e.problems().get(0).reason())
        .isEqualTo(
            "the field begins with '=', which a spreadsheet would run as a formula: not accepted"
                + " in age_band");
  }

  /** What was stored before imports refused it comes back as text, never as a formula. */
  @Test
  void the_export_writes_formula_text_as_text_and_numbers_as_numbers() {
    bcf.kernel.Period period = bcf.kernel.Period.parse("2025-05");
    List<Actual> stored =
        List.of(
            new Actual(
                "warwickshire",
                "emergency-admissions-65",
                period,
                "=HYPERLINK(\"http://x\",\"y\")",
                new java.math.BigDecimal("12"),
                new java.math.BigDecimal("900"),
                new java.math.BigDecimal("-12.5")),
            new Actual(
                "warwickshire",
                "emergency-admissions-65",
                period,
                "+cmd|' /C calc'!A0",
                new java.math.BigDecimal("12"),
                new java.math.BigDecimal("900"),
                null),
            new Actual(
                "warwickshire",
                "emergency-admissions-65",
                period,
                "@SUM(A1)",
                new java.math.BigDecimal("12"),
                new java.math.BigDecimal("900"),
                null));
    assertThat(ActualsCsv.write(stored).lines().skip(1).toList())
        .containsExactly(
            "warwickshire,emergency-admissions-65,2025-05,12,900,"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.5",
            "warwickshire,emergency-admissions-65,2025-05,12,900,'+cmd|' /C calc'!A0,",
            "warwickshire,emergency-admissions-65,2025-05,12,900,'@SUM(A1),");
  }
}
