package bcf.published;

import static bcf.published.AscofRowsTest.r;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Delayed transfers rows, each kind the reader meets, given directly (no file): which rows are
 * councils, England or neither, values that are no number of days, a published total that does or
 * does not agree.
 */
class DelayedTransfersRowsTest {

  static final String[] HEADER = {"Month", "Code", "Name", "NHS", "Social Care", "Both", "Total"};

  static Conversion convert(String[]... rows) {
    return AscofRowsTest.convert(PublishedFixtures.round("2017-19"), PeriodHint.none(), rows);
  }

  static String read(Conversion c) {
    return String.join(
        "; ",
        c.read().stream()
            .map(
                a ->
                    a.hwb()
                        + " "
                        + a.period()
                        + " "
                        + a.numerator().toPlainString()
                        + "/"
                        + a.denominator().toPlainString()
                        + " "
                        + a.rows()
                        + (a.note().isEmpty() ? "" : " (" + a.note() + ")"))
            .toList());
  }

  @Test
  void rows_of_councils_england_and_others_are_told_apart() {
    Conversion c =
        convert(
            HEADER,
            r("2018-04", "", "England", "1", "2", "3", "6"),
            r("2018-04", "", "", "1", "2", "3", "6"),
            r("2018-04", "", "Somewhere", "1", "2", "3", "6"),
            r("2018-04", "E40000010", "NHS England South West", "1", "2", "3", "6"),
            r("2018-04", "e54000042", "Some ICB", "1", "2", "3", "6"),
            r("2018-04", "E12000005", "West Midlands", "1", "2", "3", "6"),
            r("2018-04", "e10000031", "Warwickshire", "0", "0", "0", "0"),
            r("soon", "E08000026", "Coventry", "1", "2", "3", "6"),
            r("2018-05", "E10000031", "Warwickshire", "1", "2", "3", "n/a"),
            r("2018-05", "E06000001", "Hartlepool", "1", "2", "3", "7"));
    assertThat(read(c))
        .isEqualTo(
            "england 2018-04 6/30 D2:F2; warwickshire 2018-04 0/30 D8:F8;"
                + " warwickshire 2018-05 6/31 D10:F10;"
                + " E06000001 2018-05 6/31 D11:F11 (the published total 7 is not NHS, social care"
                + " and both added (6))");
    assertThat(c.period()).isEqualTo("months as given in the Month column");
    assertThat(c.ignored())
        .containsExactly(java.util.Map.entry("rows without a code or name (notes, totals)", 1));
    assertThat(c.skipped())
        .extracting(s -> s.row() + " " + s.code() + " " + s.reason() + ": " + s.why())
        .containsExactly(
            "4  NO_HWB: the row has no code",
            "5 E40000010 NOT_HWB_LEVEL: a region's or other area's row, not a council's",
            "6 e54000042 NOT_HWB_LEVEL: a region's or other area's row, not a council's",
            "7 E12000005 NOT_HWB_LEVEL: a region's or other area's row, not a council's",
            "9 E08000026 NOT_A_NUMBER: 'soon' at A9 is not a month");
  }

  @Test
  void a_value_that_is_no_number_of_days_is_skipped_at_its_cell() {
    Conversion c =
        convert(
            r("Delayed days, June 2018"),
            r("Code", "NHS", "Social Care", "Both"),
            r("E06000001", "-1", "2", "3"),
            r("E06000002", "1", "many", "3"),
            r("E06000003", "1", "2", "1".repeat(41)),
            r("E06000004", "1", "2", "-"),
            r("E06000005", "1,000", "2", "3"));
    assertThat(c.period()).isEqualTo("2018-06 (from the title rows)");
    assertThat(read(c)).isEqualTo("E06000005 2018-06 1005/30 B7:D7");
    assertThat(c.skipped())
        .extracting(s -> s.row() + " " + s.reason() + ": " + s.why())
        .containsExactly(
            "3 NOT_A_NUMBER: '-1' at B3 is not a number of days",
            "4 NOT_A_NUMBER: 'many' at C4 is not a number of days",
            "5 NOT_A_NUMBER: '1111111111111111111111111111111111111111\u2026 (41 characters)' at D5"
                + " is not a number of days",
            "6 SUPPRESSED: Both at D6 is not available (-)");
  }

  @Test
  void a_published_total_too_long_to_read_is_not_compared() {
    Conversion c =
        convert(
            r("Month", "Code", "NHS", "Social Care", "Both", "Total"),
            r("2018-04", "E06000001", "1", "2", "3", "9".repeat(41)));
    assertThat(read(c)).isEqualTo("E06000001 2018-04 6/30 C2:E2");
  }

  @Test
  void months_and_years_are_read_as_releases_write_them() {
    assertThat(Periods.month(null)).isEmpty();
    assertThat(Periods.month("2018-04-01"))
        .hasValueSatisfying(m -> assertThat(m).hasToString("2018-04"));
    assertThat(Periods.month("Apr-18"))
        .hasValueSatisfying(m -> assertThat(m).hasToString("2018-04"));
    assertThat(Periods.month("Sept 2018"))
        .hasValueSatisfying(m -> assertThat(m).hasToString("2018-09"));
    assertThat(Periods.month("sep 18"))
        .hasValueSatisfying(m -> assertThat(m).hasToString("2018-09"));
    assertThat(Periods.month("September, 2019"))
        .hasValueSatisfying(m -> assertThat(m).hasToString("2019-09"));
    assertThat(Periods.month("Period: May 2018"))
        .hasValueSatisfying(m -> assertThat(m).hasToString("2018-05"));
    assertThat(Periods.month("Septe 2018")).isEmpty();
    assertThat(Periods.month("Total 2018")).isEmpty();
    assertThat(Periods.month("2018-13")).isEmpty();
    assertThat(Periods.month("summer")).isEmpty();
    assertThat(Periods.financialYear(null)).isEmpty();
    assertThat(Periods.financialYear("2019-2020"))
        .hasValueSatisfying(y -> assertThat(y).hasToString("2019-20"));
    assertThat(Periods.financialYear("2019_20"))
        .hasValueSatisfying(y -> assertThat(y).hasToString("2019-20"));
    assertThat(Periods.financialYear("from 2019 2021, or 2020/21"))
        .hasValueSatisfying(y -> assertThat(y).hasToString("2020-21"));
    assertThat(Periods.financialYear("2019-21 then 2029-30"))
        .hasValueSatisfying(y -> assertThat(y).hasToString("2029-30"));
    assertThat(Periods.financialYear("2019-2021")).isEmpty();
    assertThat(Periods.financialYear("12019-20")).isEmpty();
    assertThat(PeriodHint.none().text()).isNull();
    assertThat(PeriodHint.none().source()).isEmpty();
  }

  @Test
  void a_code_is_its_hwbs_whatever_its_case_and_spaces_and_a_part_is_known() {
    HwbCodes codes = PublishedFixtures.codes();
    assertThat(codes.hwb(" e10000031 "))
        .hasValueSatisfying(h -> assertThat(h.id()).isEqualTo("warwickshire"));
    assertThat(codes.hwb("E06000053"))
        .hasValueSatisfying(h -> assertThat(h.code()).isEqualTo("E06000052"));
    assertThat(codes.part("e06000053 "))
        .hasValueSatisfying(p -> assertThat(p.hwbCode()).isEqualTo("E06000052"));
    assertThat(codes.part("E06000052")).isEmpty();
    assertThat(codes.hwb(null)).isEmpty();
    assertThat(codes.part(null)).isEmpty();
    assertThat(codes.hwb("E99999999")).isEmpty();
  }
}
