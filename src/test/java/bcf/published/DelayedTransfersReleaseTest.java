package bcf.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.sheets.UnusableSpreadsheetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monthly delayed transfers of care by local authority, in the layout as reconstructed (there is no
 * real release here): title rows with the month, a header row found by its labels, one row per
 * council; delayed days by NHS, social care and both become the 2017-19 round's mean of people
 * delayed a day (days over the days of the month).
 */
class DelayedTransfersReleaseTest {

  @TempDir Path dir;

  /** One month's file, as NHS England laid them out (title block, then the table). */
  Path april2018() {
    return PublishedFixtures.workbook(
        dir.resolve("LA-Type-B-April-2018.xlsx"),
        "Delayed Days",
        List.of(
            List.of("Title:", "Total Delayed Days by Local Authority of residence"),
            List.of("Summary:", "Total delayed days during the month, by responsible organisation"),
            List.of("Period:", "April 2018"),
            List.of("Source:", "Delayed Transfers of Care data collection"),
            List.of("Published:", "14 June 2018"),
            List.of(),
            Arrays.asList(null, "Total Delayed Days"),
            List.of("Region", "Code", "Name", "NHS", "Social Care", "Both", "Total"),
            List.of("", "E92000001", "ENGLAND", 96000, 51000, 8000, 155000),
            List.of("Midlands", "E12000005", "West Midlands", 9000, 4000, 500, 13500),
            List.of("Midlands", "E10000031", "Warwickshire", 1200, 800, 100, 2100),
            List.of("Midlands", "E08000026", "Coventry", 700, "[c]", 20, 900),
            List.of("Midlands", "E10000021", "Northamptonshire", 1500, 1300, 0, 2800),
            List.of("South West", "E06000052", "Cornwall", 900, 600, 30, 1500),
            List.of("South West", "E06000053", "Isles of Scilly", 0, 0, 0, 0),
            List.of(),
            List.of("Note: figures are provisional")));
  }

  @Test
  void a_months_file_gives_each_councils_delayed_days_over_the_days_of_the_month() {
    Conversion c = PublishedFixtures.convert(april2018(), "2017-19", PeriodHint.none());
    assertThat(c.release()).isEqualTo("Delayed transfers of care, delayed days by local authority");
    assertThat(c.period()).isEqualTo("2018-04 (from the title rows)");
    assertThat(c.actuals())
        .extracting(
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
        .containsExactly(
            "england delayed-transfers 2018-04 155000/30",
            "warwickshire delayed-transfers 2018-04 2100/30",
            "E06000052 delayed-transfers 2018-04 1530/30");
    assertThat(c.read())
        .filteredOn(r -> r.hwb().equals("E06000052"))
        .extracting(Read::note)
        .containsExactly("the published total 1500 is not NHS, social care and both added (1530)");
    assertThat(c.skipped())
        .extracting(s -> s.code() + ": " + s.reason() + ": " + s.why())
        .containsExactly(
            "E12000005: NOT_HWB_LEVEL: a region's or other area's row, not a council's",
            "E08000026: SUPPRESSED: Social Care at E12 is suppressed to protect confidentiality ([c])",
            "E10000021: NO_HWB: E10000021 is not the ONS code of any of England's 151 HWBs (2022-23)",
            "E06000053: NO_HWB: E06000053 is part of Cornwall and Isles of Scilly, whose row gives its figures");
    assertThat(c.ignored()).containsEntry("rows without a code or name (notes, totals)", 1);
  }

  @Test
  void a_time_series_with_a_month_column_and_renamed_columns_reads_each_month() {
    Path file =
        PublishedFixtures.workbook(
            dir.resolve("series.xlsx"),
            "Data",
            List.of(
                List.of("Delayed transfers of care: time series"),
                List.of(),
                Arrays.asList(
                    null,
                    null,
                    "Month",
                    "LA Code",
                    "LA Name",
                    "NHS Delayed Days",
                    "Social Care Delayed Days",
                    "Both Delayed Days"),
                Arrays.asList(null, null, "Feb-18", "E10000031", "Warwickshire", "1,100", 700, 90),
                Arrays.asList(null, null, "March 2018", "E10000031", "Warwickshire", 1000, 650, 80),
                Arrays.asList(null, null, "2018-04", "E10000031", "Warwickshire", 1200, 800, 100),
                Arrays.asList(null, null, "2018-04", "E10000031", "Warwickshire", 1, 1, 1)));
    Conversion c = PublishedFixtures.convert(file, "2017-19", PeriodHint.none());
    assertThat(c.period()).isEqualTo("months as given in the Month column");
    assertThat(c.actuals())
        .extracting(
            a ->
                a.period()
                    + " "
                    + a.numerator().toPlainString()
                    + "/"
                    + a.denominator().toPlainString())
        .containsExactly("2018-02 1890/28", "2018-03 1730/31", "2018-04 2100/30");
    assertThat(c.skipped())
        .extracting(Skip::why)
        .containsExactly(
            "a second row for Warwickshire Health and Wellbeing Board in 2018-04; the first was read");
  }

  @Test
  void the_month_from_the_file_name_when_the_title_has_none() {
    Path file =
        PublishedFixtures.workbook(
            dir.resolve("dtoc-2018-05.xlsx"),
            "Data",
            List.of(
                List.of("ONS Code", "NHS", "Social Care", "Both"),
                List.of("E10000031", 10, 20, 30)));
    Conversion c =
        PublishedFixtures.convert(
            file, "2017-19", new PeriodHint("dtoc-2018-05.xlsx", "the file name"));
    assertThat(c.period()).isEqualTo("2018-05 (from the file name)");
    assertThat(c.actuals().get(0).denominator()).isEqualByComparingTo("31");
  }

  @Test
  void a_round_whose_delayed_transfers_metric_needs_a_population_is_refused() {
    assertThatThrownBy(() -> PublishedFixtures.convert(april2018(), "2014-16", PeriodHint.none()))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage(
            "the round 2014-16's metric delayed-transfers is a crude-rate with the denominator"
                + " 'Population aged 18+', which the delayed transfers files do not give (they give"
                + " delayed days)");
    assertThatThrownBy(() -> PublishedFixtures.convert(april2018(), "2025-26", PeriodHint.none()))
        .hasMessage(
            "the round 2025-26 has no metric measured by the delayed transfers of care statistics");
  }

  @Test
  void a_file_of_neither_release_says_what_each_lacks() {
    Path file =
        PublishedFixtures.workbook(
            dir.resolve("other.xlsx"),
            "Data",
            List.of(List.of("ONS Code", "Spend"), List.of("E10000031", 5)));
    assertThatThrownBy(() -> PublishedFixtures.convert(file, "2017-19", PeriodHint.none()))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageStartingWith(
            "it is neither of the releases bcf reads. As ASCOF open data: no header row")
        .hasMessageContaining(
            "As delayed transfers of care: no header row: none of the first 2 rows has the columns ONS Code, NHS, Social Care, Both; row 1 comes nearest but has no NHS, Social Care, Both column");
  }
}
