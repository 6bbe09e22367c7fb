package bcf.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.metric.Actual;
import bcf.sheets.SheetRow;
import bcf.sheets.UnusableSpreadsheetException;
import bcf.sheets.xlsx.XlsxSheets;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ASCOF 2020-21 open data, the real file: measures 2A(2) and 2B(1) become the 2017-19 round's
 * permanent admissions and reablement metrics, each value exactly as published.
 */
class AscofReleaseTest {

  /**
   * The real file converted once per run of the class, in {@code @BeforeAll} rather than a static
   * initialiser: a mutation tester runs the class again for each change it makes to the code, and a
   * value computed when the class was first loaded would never see the change.
   */
  static Conversion REAL;

  @BeforeAll
  static void convertTheRealFile() {
    REAL =
        PublishedFixtures.convert(
            PublishedFixtures.ASCOF,
            "2017-19",
            new PeriodHint("ascof-2020-21-open-data.xlsx", "the file name"));
  }

  @TempDir Path dir;

  static Optional<Actual> actual(Conversion c, String hwb, String metric) {
    return c.actuals().stream()
        .filter(a -> a.hwb().equals(hwb) && a.metric().equals(metric))
        .findFirst();
  }

  static void assertFigures(
      Conversion c, String hwb, String metric, String period, String num, String den) {
    Actual a =
        actual(c, hwb, metric)
            .orElseThrow(() -> new AssertionError(hwb + " " + metric + " not read"));
    assertThat(a.period()).hasToString(period);
    assertThat(a.numerator()).isEqualByComparingTo(num);
    assertThat(a.denominator()).isEqualByComparingTo(den);
    assertThat(a.ageBand()).isEmpty();
  }

  @Test
  void golden_values_of_a_few_hwbs_as_published() {
    assertFigures(REAL, "warwickshire", "permanent-admissions-65", "2020-21", "722", "121235");
    assertFigures(REAL, "warwickshire", "reablement-91-days", "2020-10..2020-12", "323", "345");
    assertFigures(REAL, "coventry", "permanent-admissions-65", "2020-21", "320", "50463");
    assertFigures(REAL, "coventry", "reablement-91-days", "2020-10..2020-12", "458", "558");
    assertFigures(REAL, "E06000017", "reablement-91-days", "2020-10..2020-12", "24", "28");
    assertFigures(REAL, "E09000001", "permanent-admissions-65", "2020-21", "11", "1731");
    assertFigures(REAL, "england", "permanent-admissions-65", "2020-21", "52133", "10464019");
    assertFigures(REAL, "england", "reablement-91-days", "2020-10..2020-12", "34152", "43193");
    assertThat(REAL.period()).isEqualTo("2020-21 (from the file name)");
    assertThat(REAL.actuals()).hasSize(295);
    assertThat(REAL.actuals().stream().filter(a -> a.metric().equals("permanent-admissions-65")))
        .hasSize(149);
  }

  @Test
  void cornwall_and_the_isles_of_scilly_are_added_together_for_their_hwb() {
    // Cornwall 531 / 144,840 and the Isles of Scilly 13 / 617; 468 / 561 and 5 / 9.
    assertFigures(REAL, "E06000052", "permanent-admissions-65", "2020-21", "544", "145457");
    assertFigures(REAL, "E06000052", "reablement-91-days", "2020-10..2020-12", "473", "570");
    assertThat(REAL.actuals()).noneMatch(a -> a.hwb().equals("E06000053"));
    assertThat(REAL.read())
        .filteredOn(r -> r.hwb().equals("E06000052"))
        .allSatisfy(
            r ->
                assertThat(r.note())
                    .contains(
                        "adds together Cornwall (E06000052) and Isles of Scilly (E06000053)"));
  }

  @Test
  void suppressed_values_codes_of_no_hwb_and_other_levels_are_skipped_with_the_reason() {
    assertThat(actual(REAL, "E09000012", "permanent-admissions-65")).isEmpty();
    assertThat(REAL.skipped())
        .anySatisfy(
            s -> {
              assertThat(s.code()).isEqualTo("E09000012");
              assertThat(s.reason()).isEqualTo(Skip.Reason.SUPPRESSED);
              assertThat(s.why()).isEqualTo("the numerator is not available ([x])");
            })
        .anySatisfy(
            s -> {
              assertThat(s.code()).isEqualTo("E10000021");
              assertThat(s.area()).isEqualTo("Northamptonshire");
              assertThat(s.reason()).isEqualTo(Skip.Reason.NO_HWB);
            })
        .anySatisfy(
            s -> {
              assertThat(s.area()).isEqualTo("Cheshire East");
              assertThat(s.metric()).isEqualTo("reablement-91-days");
              assertThat(s.why()).isEqualTo("the denominator is 0");
            })
        .anySatisfy(s -> assertThat(s.reason()).isEqualTo(Skip.Reason.NOT_HWB_LEVEL));
    assertThat(REAL.warned()).hasSize(7);
    assertThat(REAL.warnings()).isTrue();
    assertThat(REAL.ignored()).containsEntry("other measures", 47_974);
    assertThat(REAL.report())
        .contains("Read 295 actuals:")
        .contains("  permanent-admissions-65 2020-21: 149 areas")
        .contains(
            "  Warwickshire Health and Wellbeing Board (warwickshire), permanent-admissions-65,"
                + " 2020-21: 722 / 121235 (H24555, H24556)")
        .contains("Skipped, to look at (7):")
        .contains("row 24686: Hackney (E09000012), permanent-admissions-65: suppressed or missing");
  }

  @Test
  void a_relabelled_reordered_and_offset_copy_gives_the_same_actuals() {
    // The 2A(2) and 2B(1) rows of the real file, under title rows, two columns in, with the
    // columns renamed and reordered and the measure codes written with brackets; the year only
    // in the title.
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("Measures from the Adult Social Care Outcomes Framework, England 2020-21"));
    rows.add(List.of("Source: NHS Digital"));
    rows.add(List.of());
    rows.add(
        Arrays.asList(
            null,
            null,
            "Measure Code",
            "Area Code",
            "Area Name",
            "Geography Level",
            "Breakdown",
            "Value Type",
            "Value"));
    try (XlsxSheets book = XlsxSheets.open(PublishedFixtures.ASCOF);
        XlsxSheets.Rows real = book.rows(null)) {
      real.next();
      while (real.hasNext()) {
        SheetRow r = real.next();
        String measure = r.cell(4);
        if (Set.of("2A2", "2B1").contains(measure)) {
          rows.add(
              Arrays.asList(
                  null,
                  null,
                  measure.equals("2A2") ? "2A(2)" : "2B(1)",
                  r.cell(3),
                  r.cell(1),
                  r.cell(2),
                  r.cell(5),
                  r.cell(6),
                  r.cell(7)));
        }
      }
    }
    Path copy = PublishedFixtures.workbook(dir.resolve("release.xlsx"), "Table", rows);
    Conversion relabelled =
        PublishedFixtures.convert(copy, "2017-19", new PeriodHint("release.xlsx", "the file name"));
    assertThat(relabelled.period()).isEqualTo("2020-21 (from the title rows)");
    assertThat(relabelled.actuals()).containsExactlyInAnyOrderElementsOf(REAL.actuals());
    assertThat(relabelled.warned())
        .extracting(Skip::why)
        .containsExactlyInAnyOrderElementsOf(REAL.warned().stream().map(Skip::why).toList());
  }

  @Test
  void a_year_column_gives_each_row_its_year() {
    Path file =
        PublishedFixtures.workbook(
            dir.resolve("years.xlsx"),
            "Data",
            List.of(
                List.of("ONS Code", "ASCOF Measure Code", "Measure Type", "Measure Value", "Year"),
                List.of("E10000031", "2A(2)", "Numerator", 700, "2019/20"),
                List.of("E10000031", "2A(2)", "Denominator", 120000, "2019/20"),
                List.of("E10000031", "2A(2)", "Numerator", 722, "2020/21"),
                List.of("E10000031", "2A(2)", "Denominator", 121235, "2020/21")));
    Conversion c = PublishedFixtures.convert(file, "2017-19", PeriodHint.none());
    assertThat(c.actuals())
        .extracting(a -> a.period() + " " + a.numerator().toPlainString())
        .containsExactly("2019-20 700", "2020-21 722");
  }

  @Test
  void missing_markers_of_every_kind_are_suppressed_values() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("ONS Code", "ASCOF Measure Code", "Measure Type", "Measure Value"));
    String[] codes = {"E06000001", "E06000002", "E06000003", "E06000004", "E06000005", "E06000006"};
    String[] markers = {"[c]", "-", "NA", ":", "", "[x]"};
    for (int i = 0; i < codes.length; i++) {
      rows.add(List.of(codes[i], "2A2", "Numerator", markers[i]));
      rows.add(List.of(codes[i], "2A2", "Denominator", 1000));
    }
    Conversion c =
        PublishedFixtures.convert(
            PublishedFixtures.workbook(dir.resolve("m-2020-21.xlsx"), "Data", rows),
            "2017-19",
            new PeriodHint("m-2020-21.xlsx", "the file name"));
    assertThat(c.actuals()).isEmpty();
    assertThat(c.skipped())
        .extracting(Skip::why)
        .containsExactly(
            "the numerator is suppressed to protect confidentiality ([c])",
            "the numerator is not available (-)",
            "the numerator is not available (NA)",
            "the numerator is not available (:)",
            "the numerator is empty",
            "the numerator is not available ([x])");
  }

  @Test
  void a_round_without_ascof_metrics_or_a_release_without_its_year_is_unusable() {
    assertThatThrownBy(
            () -> PublishedFixtures.convert(PublishedFixtures.ASCOF, "2025-26", PeriodHint.none()))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageStartingWith("the round 2025-26 has no metric measured by an ASCOF measure");
    Path file =
        PublishedFixtures.workbook(
            dir.resolve("noyear.xlsx"),
            "Data",
            List.of(List.of("ONS Code", "ASCOF Measure Code", "Measure Type", "Measure Value")));
    assertThatThrownBy(
            () ->
                PublishedFixtures.convert(
                    file, "2017-19", new PeriodHint("noyear.xlsx", "the file name")))
        .hasMessage(
            "the release does not say which year it is for (no year column, none in its title or"
                + " file name): give it, as --period 2020-21");
  }

  @Test
  void a_published_outcome_that_is_not_numerator_over_denominator_is_noted() {
    Path file =
        PublishedFixtures.workbook(
            dir.resolve("o-2020-21.xlsx"),
            "Data",
            List.of(
                List.of("ONS Code", "ASCOF Measure Code", "Measure Type", "Measure Value"),
                List.of("E10000031", "2A2", "Numerator", 722),
                List.of("E10000031", "2A2", "Denominator", 121235),
                List.of("E10000031", "2A2", "Outcome", 600.1),
                List.of("E08000026", "2A2", "Numerator", 320),
                List.of("E08000026", "2A2", "Denominator", 50463),
                List.of("E08000026", "2A2", "Outcome", 634.1)));
    Conversion c =
        PublishedFixtures.convert(
            file, "2017-19", new PeriodHint("o-2020-21.xlsx", "the file name"));
    assertThat(c.read())
        .extracting(Read::note)
        .containsExactly(
            "the published outcome 600.1 is not the numerator over the denominator (595.5)", "");
    assertThat(c.actuals().get(0).numerator()).isEqualByComparingTo(BigDecimal.valueOf(722));
  }
}
