package bcf.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.round.MetricDefinition;
import bcf.round.Round;
import bcf.round.RoundBuilder;
import bcf.sheets.SheetRow;
import bcf.sheets.UnusableSpreadsheetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ASCOF open data rows, each kind the reader meets: the totals of the round's measures read, every
 * other row ignored or skipped with its reason, councils of one HWB added together, outcomes
 * checked against their figures. Rows are given directly (no file), so each case is small and
 * exact.
 */
class AscofRowsTest {

  static final String[] HEADER = {
    "Area Code", "Area", "Level", "Measure Code", "Breakdown", "Measure Type", "Value"
  };

  /** The rows as a sheet gives them, numbered from 1. */
  static List<SheetRow> sheet(String[]... rows) {
    List<SheetRow> sheet = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      sheet.add(new SheetRow(i + 1, List.of(rows[i])));
    }
    return sheet;
  }

  static Conversion convert(Round round, PeriodHint hint, String[]... rows) {
    return Releases.convert(sheet(rows).iterator(), round, PublishedFixtures.codes(), hint);
  }

  static Conversion convert(String[]... rows) {
    return convert(
        PublishedFixtures.round("2017-19"),
        new PeriodHint("a-2020-21.xlsx", "the file name"),
        rows);
  }

  static String[] r(String... cells) {
    return cells;
  }

  static String[] council(String code, String area, String measure, String type, String value) {
    return r(code, area, "Council", measure, "Total", type, value);
  }

  static String actuals(Conversion c) {
    return String.join(
        "; ",
        c.actuals().stream()
            .map(
                a ->
                    a.hwb()
                        + " "
                        + a.metric()
                        + " "
                        + a.period()
                        + " "
                        + a.numerator().toPlainString()
                        + "/"
                        + a.denominator().toPlainString())
            .toList());
  }

  static List<String> skips(Conversion c) {
    return c.skipped().stream()
        .map(
            s ->
                s.row()
                    + " "
                    + s.code()
                    + " "
                    + s.area()
                    + " "
                    + s.metric()
                    + " "
                    + s.reason()
                    + ": "
                    + s.why())
        .toList();
  }

  @Test
  void a_small_release_is_read_ignored_and_skipped_row_by_row() {
    Conversion c =
        convert(
            r("Measures from the Adult Social Care Outcomes Framework, England 2020-21"),
            HEADER,
            r("E92000001", "England", "England", "2A2", "Total", "Numerator", "52133"),
            r("E92000001", "England", "England", "2A2", "Total", "Denominator", "10464019"),
            r("E92000001", "England", "England", "2A2", "Total", "Outcome", "498.2"),
            r("", " ", ""),
            r("E10000031", "Warwickshire", "Council", "2A2", "All", "Numerator", "722"),
            r("E10000031", "Warwickshire", "Council", "2A2", "all", "Denominator", "121,235"),
            r("E10000031", "Warwickshire", "Council", "2A2", "Age 65-74", "Numerator", "100"),
            r("E10000031", "Warwickshire", "Council", "2A2", "Total", "Base", "5"),
            r("E10000031", "Warwickshire", "Council", "1A", "Total", "Outcome", "19"),
            r("E12000005", "West Midlands", "Region", "2A2", "Total", "Numerator", "5000"),
            r("E12000005", "West Midlands", "Region", "2A2", "Total", "Denominator", "9000"),
            council("E06000052", "Cornwall", "2B1", "Numerator", "468"),
            council("E06000052", "Cornwall", "2B1", "Denominator", "561"),
            council("E06000053", "Isles of Scilly", "2B(1)", "Numerator", "5"),
            council("E06000053", "Isles of Scilly", "2b1", "Denominator", "9"),
            council("E08000026", "Coventry", "2B1", "Numerator", "559"),
            council("E08000026", "Coventry", "2B1", "Denominator", "558"),
            council("E06000017", "Rutland", "2B1", "Numerator", "24"),
            council("E10000021", "Northamptonshire", "2A2", "Numerator", "10"),
            council("E10000021", "Northamptonshire", "2A2", "Denominator", "100"),
            council("", "Nowhere", "2A2", "Numerator", "1"),
            council("E09000001", "City of London", "2B1", "Numerator", "24"),
            council("E09000001", "City of London", "2B1", "Denominator", "24"));
    assertThat(c.release()).isEqualTo("ASCOF open data");
    assertThat(c.period()).isEqualTo("2020-21 (from the title rows)");
    assertThat(actuals(c))
        .isEqualTo(
            "england permanent-admissions-65 2020-21 52133/10464019;"
                + " warwickshire permanent-admissions-65 2020-21 722/121235;"
                + " E06000052 reablement-91-days 2020-10..2020-12 473/570;"
                + " E09000001 reablement-91-days 2020-10..2020-12 24/24");
    assertThat(c.read())
        .extracting(Read::hwbName, Read::rows, Read::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("England", "G3, G4", ""),
            org.assertj.core.groups.Tuple.tuple(
                "Warwickshire Health and Wellbeing Board", "G7, G8", ""),
            org.assertj.core.groups.Tuple.tuple(
                "Cornwall and Isles of Scilly",
                "G14, G15, G16, G17",
                "Cornwall and Isles of Scilly adds together Cornwall (E06000052) and Isles of"
                    + " Scilly (E06000053), each published separately"),
            org.assertj.core.groups.Tuple.tuple("City of London", "G24, G25", ""));
    assertThat(skips(c))
        .containsExactly(
            "12 E12000005 West Midlands permanent-admissions-65 NOT_HWB_LEVEL: a Region row, not a"
                + " council's",
            "21 E10000021 Northamptonshire permanent-admissions-65 NO_HWB: E10000021 is not the"
                + " ONS code of any of England's 151 HWBs (2022-23) nor of a council within one",
            "23  Nowhere permanent-admissions-65 NO_HWB: the row has no ONS code",
            "18 E08000026 Coventry reablement-91-days INCONSISTENT: the numerator 559 is above the"
                + " denominator 558, which a proportion cannot be",
            "20 E06000017 Rutland reablement-91-days SUPPRESSED: the release has no denominator"
                + " row for it");
    assertThat(c.ignored())
        .containsExactly(
            java.util.Map.entry("breakdowns of the measures (by age, sex and so on)", 1),
            java.util.Map.entry("measure types other than numerator, denominator and outcome", 1),
            java.util.Map.entry("other measures", 1));
    assertThat(c.warnings()).isTrue();
    assertThat(c.warned()).hasSize(4);
  }

  @Test
  void the_report_says_what_was_read_skipped_and_ignored() {
    Conversion c =
        convert(
            r("Measures from the Adult Social Care Outcomes Framework, England 2020-21"),
            HEADER,
            council("E10000031", "Warwickshire", "2A2", "Numerator", "722"),
            council("E10000031", "Warwickshire", "2A2", "Denominator", "121235"),
            council("E10000031", "Warwickshire", "2A2", "Outcome", "600.1"),
            council("E06000017", "Rutland", "2B1", "Numerator", "24"),
            council("E06000017", "Rutland", "2B1", "Denominator", "28"),
            r("E12000005", "West Midlands", "Region", "2A2", "Total", "Numerator", "5000"),
            r("E12000004", "East Midlands", "Region", "2A2", "Total", "Numerator", "5000"),
            r("", "", "", "1A", "Total", "Outcome", "19"),
            r("", "", "", "1B", "Total", "Outcome", "19"),
            council("E10000021", "Northamptonshire", "2A2", "Numerator", "[c]"),
            council("E10000021", "Northamptonshire", "2A2", "Denominator", "1"));
    assertThat(c.report())
        .isEqualTo(
            """
            ASCOF open data, 2020-21 (from the title rows)
            Read 2 actuals:
              permanent-admissions-65 2020-21: 1 area
              reablement-91-days 2020-10..2020-12: 1 area
              Warwickshire Health and Wellbeing Board (warwickshire), permanent-admissions-65,\
             2020-21: 722 / 121235 (G3, G4); the published outcome 600.1 is not the numerator\
             over the denominator (595.5)
              Rutland (E06000017), reablement-91-days, 2020-10..2020-12: 24 / 28 (G6, G7)
            Skipped, to look at (1):
              row 12: Northamptonshire (E10000021), permanent-admissions-65: code of no HWB:\
             E10000021 is not the ONS code of any of England's 151 HWBs (2022-23) nor of a council\
             within one
            Skipped as expected:
              2 areas: a Region row, not a council's
            Rows not about the round's metrics:
              2 rows: other measures
            """);
  }

  @Test
  void a_report_of_nothing_read_has_no_list() {
    Conversion nothing =
        new Conversion(
            "ASCOF open data", "2020-21", List.of(), List.of(), List.of(), java.util.Map.of());
    assertThat(nothing.report()).isEqualTo("ASCOF open data, 2020-21\nRead 0 actuals\n");
    assertThat(nothing.warnings()).isFalse();
    Conversion expected =
        new Conversion(
            "r",
            "p",
            List.of(),
            List.of(),
            List.of(new Skip(3, "", "North West", "m", Skip.Reason.NOT_HWB_LEVEL, "a region")),
            java.util.Map.of("notes", 1));
    assertThat(expected.warnings()).isFalse();
    assertThat(expected.warned()).isEmpty();
    assertThat(expected.report())
        .isEqualTo(
            "r, p\nRead 0 actuals\nSkipped as expected:\n  1 area: a region\n"
                + "Rows not about the round's metrics:\n  1 row: notes\n");
  }

  @Test
  void a_skip_with_no_code_or_metric_names_neither_and_counts_have_separators() {
    Conversion c =
        new Conversion(
            "r",
            "p",
            List.of(),
            List.of(
                new Read(
                    "h",
                    "H",
                    "m",
                    bcf.kernel.Period.parse("2018-04"),
                    BigDecimal.TEN,
                    null,
                    "D3",
                    "")),
            List.of(new Skip(9, "", "Somewhere", "", Skip.Reason.NOT_A_NUMBER, "why")),
            java.util.Map.of());
    assertThat(c.report())
        .isEqualTo(
            "r, p\nRead 1 actual:\n  m 2018-04: 1 area\n  H (h), m, 2018-04: 10 (D3)\n"
                + "Skipped, to look at (1):\n  row 9: Somewhere: not a number: why\n");
    assertThat(Conversion.count(1_234, "row")).isEqualTo("1,234 rows");
    assertThat(Conversion.count(0, "area")).isEqualTo("0 areas");
  }

  @Test
  void a_conversions_lists_are_its_own() {
    List<Skip> skipped = new ArrayList<>();
    java.util.Map<String, Integer> ignored = new java.util.HashMap<>();
    Conversion c = new Conversion("r", "p", List.of(), List.of(), skipped, ignored);
    skipped.add(new Skip(1, "", "", "", Skip.Reason.NO_HWB, "x"));
    ignored.put("x", 1);
    assertThat(c.skipped()).isEmpty();
    assertThat(c.ignored()).isEmpty();
    assertThatThrownBy(() -> c.ignored().put("y", 2))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_year_column_gives_each_row_its_year_and_a_row_without_one_is_skipped() {
    Conversion c =
        convert(
            PublishedFixtures.round("2017-19"),
            PeriodHint.none(),
            r("ONS Code", "ASCOF Measure Code", "Measure Type", "Measure Value", "Year"),
            r("E10000031", "2A2", "Numerator", "700", "2019/20"),
            r("E10000031", "2A2", "Denominator", "120000", "2019/20"),
            r("E10000031", "2A2", "Numerator", "722", "next year"));
    assertThat(c.period()).isEqualTo("years as given in the Year column");
    assertThat(actuals(c)).isEqualTo("warwickshire permanent-admissions-65 2019-20 700/120000");
    assertThat(skips(c))
        .containsExactly(
            "4 E10000031  permanent-admissions-65 NOT_A_NUMBER: 'next year' at E4 is not a"
                + " financial year");
  }

  @Test
  void without_a_level_column_a_regions_code_is_not_a_councils() {
    Conversion c =
        convert(
            r("ONS Code", "Area Name", "ASCOF Measure Code", "Measure Type", "Measure Value"),
            r("E12000005", "West Midlands", "2A2", "Numerator", "5000"),
            r("e12000005", "West Midlands", "2A2", "Denominator", "9000"),
            r("E10000031", "Warwickshire", "2A2", "Numerator", "722"),
            r("E10000031", "Warwickshire", "2A2", "Denominator", "121235"));
    assertThat(actuals(c)).isEqualTo("warwickshire permanent-admissions-65 2020-21 722/121235");
    assertThat(skips(c))
        .containsExactly(
            "2 E12000005 West Midlands permanent-admissions-65 NOT_HWB_LEVEL: a region row, not a"
                + " council's",
            "3 e12000005 West Midlands permanent-admissions-65 NOT_HWB_LEVEL: a region row, not a"
                + " council's");
  }

  @Test
  void with_a_level_column_the_level_not_the_code_says_what_is_a_council() {
    Conversion c =
        convert(
            HEADER,
            r("E13000001", "London", "Region", "2A2", "Total", "Numerator", "1"),
            r("E13000001", "London", "Region", "2A2", "Total", "Denominator", "2"));
    assertThat(c.actuals()).isEmpty();
    assertThat(skips(c))
        .containsExactly(
            "2 E13000001 London permanent-admissions-65 NOT_HWB_LEVEL: a Region row, not a"
                + " council's");
  }

  @Test
  void england_is_known_by_its_code_or_a_national_level() {
    Conversion c =
        convert(
            HEADER,
            r("X1", "England", "National", "2A2", "Total", "Numerator", "1"),
            r("X1", "England", "National", "2A2", "Total", "Denominator", "2"),
            r("e92000001", "All of it", "Country", "2B1", "Total", "Numerator", "3"),
            r("e92000001", "All of it", "Country", "2B1", "Total", "Denominator", "4"),
            r(
                "E10000031",
                "Warwickshire",
                "Upper Tier Local Authority",
                "2B1",
                "",
                "Numerator",
                "5"),
            r("E10000031", "Warwickshire", "CASSR", "2B1", "", "Denominator", "6"),
            r("E06000001", "Hartlepool", "LA", "2B1", "Total", "Numerator", "7"),
            r("E06000001", "Hartlepool", "local authority", "2B1", "Total", "Denominator", "8"));
    assertThat(actuals(c))
        .isEqualTo(
            "england permanent-admissions-65 2020-21 1/2;"
                + " england reablement-91-days 2020-10..2020-12 3/4;"
                + " warwickshire reablement-91-days 2020-10..2020-12 5/6;"
                + " E06000001 reablement-91-days 2020-10..2020-12 7/8");
    assertThat(c.skipped()).isEmpty();
  }

  @Test
  void a_value_that_is_no_number_of_at_least_0_is_skipped_and_0_is_read() {
    Conversion c =
        convert(
            HEADER,
            council("E06000001", "Hartlepool", "2A2", "Numerator", "-5"),
            council("E06000001", "Hartlepool", "2A2", "Denominator", "100"),
            council("E06000002", "Middlesbrough", "2A2", "Numerator", "0"),
            council("E06000002", "Middlesbrough", "2A2", "Denominator", "100"),
            council("E06000003", "Redcar and Cleveland", "2A2", "Numerator", "1".repeat(41)),
            council("E06000003", "Redcar and Cleveland", "2A2", "Denominator", "100"),
            council("E06000004", "Stockton-on-Tees", "2A2", "Numerator", "10"),
            council("E06000004", "Stockton-on-Tees", "2A2", "Denominator", "[z]"),
            council("E06000005", "Darlington", "2A2", "Numerator", "10"),
            council("E06000005", "Darlington", "2A2", "Denominator", "ten"),
            council("E06000006", "Halton", "2A2", "Denominator", "10"));
    assertThat(actuals(c)).isEqualTo("E06000002 permanent-admissions-65 2020-21 0/100");
    assertThat(c.skipped())
        .extracting(Skip::reason, Skip::why)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Skip.Reason.NOT_A_NUMBER, "the numerator '-5' is not a number of at least 0"),
            org.assertj.core.groups.Tuple.tuple(
                Skip.Reason.NOT_A_NUMBER,
                "the numerator '1111111111111111111111111111111111111111\u2026 (41 characters)' is"
                    + " not a number of at least 0"),
            org.assertj.core.groups.Tuple.tuple(
                Skip.Reason.SUPPRESSED, "the denominator is not applicable ([z])"),
            org.assertj.core.groups.Tuple.tuple(
                Skip.Reason.NOT_A_NUMBER, "the denominator 'ten' is not a number of at least 0"),
            org.assertj.core.groups.Tuple.tuple(
                Skip.Reason.SUPPRESSED, "the release has no numerator row for it"));
  }

  @Test
  void a_council_of_a_shared_hwb_without_a_value_leaves_the_hwb_without_one() {
    Conversion c =
        convert(
            HEADER,
            council("E06000052", "Cornwall", "2A2", "Numerator", "531"),
            council("E06000052", "Cornwall", "2A2", "Denominator", "144840"),
            council("E06000053", "Isles of Scilly", "2A2", "Numerator", "[x]"),
            council("E06000053", "Isles of Scilly", "2A2", "Denominator", "617"));
    assertThat(c.actuals()).isEmpty();
    assertThat(skips(c))
        .containsExactly(
            "4 E06000053 Isles of Scilly permanent-admissions-65 SUPPRESSED: the numerator is not"
                + " available ([x]); Cornwall and Isles of Scilly adds Cornwall (E06000052) and"
                + " Isles of Scilly (E06000053) together, so it has no value");
  }

  @Test
  void a_council_of_a_shared_hwb_alone_is_the_hwbs_figure_without_a_note_on_adding() {
    Conversion c =
        convert(
            HEADER,
            council("E06000053", "Isles of Scilly", "2A2", "Numerator", "13"),
            council("E06000053", "Isles of Scilly", "2A2", "Denominator", "617"));
    assertThat(actuals(c)).isEqualTo("E06000052 permanent-admissions-65 2020-21 13/617");
    assertThat(c.read()).extracting(Read::note).containsExactly("");
  }

  @Test
  void a_published_outcome_is_noted_only_when_more_than_a_tenth_away() {
    // 1 / 8 of 100,000 is 12,500 exactly.
    Conversion c =
        convert(
            HEADER,
            council("E06000001", "Hartlepool", "2A2", "Numerator", "1"),
            council("E06000001", "Hartlepool", "2A2", "Denominator", "8"),
            council("E06000001", "Hartlepool", "2A2", "Outcome", "12500.1"),
            council("E06000002", "Middlesbrough", "2A2", "Numerator", "1"),
            council("E06000002", "Middlesbrough", "2A2", "Denominator", "8"),
            council("E06000002", "Middlesbrough", "2A2", "Outcome", "12499.9"),
            council("E06000003", "Redcar and Cleveland", "2A2", "Numerator", "1"),
            council("E06000003", "Redcar and Cleveland", "2A2", "Denominator", "8"),
            council("E06000003", "Redcar and Cleveland", "2A2", "Outcome", "12500.11"),
            council("E06000004", "Stockton-on-Tees", "2A2", "Numerator", "1"),
            council("E06000004", "Stockton-on-Tees", "2A2", "Denominator", "8"),
            council("E06000004", "Stockton-on-Tees", "2A2", "Outcome", "[x]"),
            council("E06000005", "Darlington", "2A2", "Numerator", "1"),
            council("E06000005", "Darlington", "2A2", "Denominator", "8"),
            council("E06000005", "Darlington", "2A2", "Outcome", "about 12,500"),
            council("E06000006", "Halton", "2A2", "Numerator", "1"),
            council("E06000006", "Halton", "2A2", "Denominator", "8"),
            council("E06000006", "Halton", "2A2", "Outcome", "9".repeat(41)),
            council("E06000007", "Warrington", "2A2", "Numerator", "1"),
            council("E06000007", "Warrington", "2A2", "Denominator", "8"),
            council("E06000007", "Warrington", "2A2", "Outcome", "12,499.88"));
    assertThat(c.read())
        .extracting(Read::note)
        .containsExactly(
            "",
            "",
            "the published outcome 12500.1 is not the numerator over the denominator (12500.0)",
            "",
            "its outcome 'about 12,500' is not a number",
            "its outcome '9999999999999999999999999999999999999999\u2026 (41 characters)' is not a"
                + " number",
            "the published outcome 12499.9 is not the numerator over the denominator (12500.0)");
  }

  static Round withMetrics(List<MetricDefinition> metrics) {
    Round r = PublishedFixtures.round("2017-19");
    return RoundBuilder.from(r).withMetrics(metrics).build();
  }

  static MetricDefinition metric(String code, String source, String periodType) {
    return new MetricDefinition(
        code,
        code,
        "count",
        BigDecimal.ONE,
        "lower-is-better",
        periodType,
        "n",
        "d",
        source,
        false,
        null);
  }

  @Test
  void a_metric_without_a_source_is_passed_over_and_one_by_quarter_refused() {
    Round round =
        withMetrics(
            List.of(
                metric("local", null, "quarter"),
                metric("admissions", "ASCOF 2A (2)", "financial-year")));
    assertThat(AscofRelease.metrics(round)).containsOnlyKeys("2A2");
    Round quarterly = withMetrics(List.of(metric("reablement", "see ASCOF 2B(1)", "quarter")));
    assertThatThrownBy(() -> AscofRelease.metrics(quarterly))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage(
            "the round 2017-19's metric reablement is reported by quarter, but ASCOF gives a value"
                + " for a year");
    Round none = withMetrics(List.of(metric("a", "SUS", "quarter"), metric("b", null, "month")));
    assertThatThrownBy(() -> AscofRelease.metrics(none))
        .hasMessage(
            "the round 2017-19 has no metric measured by an ASCOF measure (its metrics' sources: a:"
                + " SUS; b: null)");
  }

  @Test
  void measure_codes_are_one_whatever_their_brackets_spaces_and_case() {
    assertThat(AscofRelease.measureKey("2A(2)")).isEqualTo("2A2");
    assertThat(AscofRelease.measureKey(" 2b (1) ")).isEqualTo("2B1");
    assertThat(AscofRelease.measureKey(null)).isEmpty();
  }
}
