package bcf.published;

import bcf.kernel.FinancialYear;
import bcf.kernel.Limits;
import bcf.kernel.Period;
import bcf.metric.Actual;
import bcf.metric.ActualsCsv;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import bcf.sheets.Column;
import bcf.sheets.Header;
import bcf.sheets.Missing;
import bcf.sheets.SheetNumbers;
import bcf.sheets.SheetRow;
import bcf.sheets.UnusableSpreadsheetException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Adult Social Care Outcomes Framework's open data, in its long format: one row per area,
 * measure, breakdown and measure type (numerator, denominator, outcome, base, margin of error). The
 * round's metrics whose source is an ASCOF measure ("ASCOF 2A(2)", "ASCOF 2B(1)") take the
 * numerator and denominator of the measure's total for each council that is an HWB (England's row
 * is the benchmark); the published outcome is checked against them.
 */
public final class AscofRelease {

  static final String NAME = "ASCOF open data";

  static final Column CODE =
      Column.required(
          "ONS Code",
          "ONS Area Code",
          "Area Code",
          "Geography Code",
          "ONS LA Code",
          "LA Code (ONS)");
  static final Column AREA =
      Column.optional(
          "Geographical Description",
          "Area Name",
          "Geography Name",
          "Local Authority",
          "LA Name",
          "Council",
          "Area");
  static final Column LEVEL =
      Column.optional(
          "Geographical Level", "Geography Level", "Level", "Area Type", "Geography Type");
  static final Column MEASURE =
      Column.required("ASCOF Measure Code", "Measure Code", "ASCOF Measure", "Measure ID");
  static final Column BREAKDOWN =
      Column.optional("Disaggregation Level", "Disaggregation", "Breakdown");
  static final Column TYPE = Column.required("Measure Type", "Value Type", "Statistic");
  static final Column VALUE = Column.required("Measure Value", "Value");
  static final Column PERIOD =
      Column.optional("Period", "Year", "Financial Year", "Reporting Period");

  static final List<Column> COLUMNS =
      List.of(CODE, AREA, LEVEL, MEASURE, BREAKDOWN, TYPE, VALUE, PERIOD);

  private static final Pattern ASCOF_SOURCE =
      Pattern.compile("(?i)\\bASCOF\\s+(\\d[A-Z](?:\\s*\\(?\\d+\\)?)?)");

  private AscofRelease() {}

  /** "2A(2)", "2a2" and "2A (2)" are one measure. */
  static String measureKey(String code) {
    return code == null ? "" : code.replaceAll("[\\s()]", "").toUpperCase(Locale.ROOT);
  }

  /** The round's metrics by the ASCOF measure that is their source. */
  static Map<String, MetricDefinition> metrics(Round round) {
    Map<String, MetricDefinition> metrics = new LinkedHashMap<>();
    for (MetricDefinition m : round.metrics()) {
      Matcher source = ASCOF_SOURCE.matcher(m.source() == null ? "" : m.source());
      if (source.find()) {
        metrics.put(measureKey(source.group(1)), m);
      }
    }
    if (metrics.isEmpty()) {
      throw new UnusableSpreadsheetException(
          "the round "
              + round.id()
              + " has no metric measured by an ASCOF measure (its metrics' sources: "
              + String.join(
                  "; ", round.metrics().stream().map(m -> m.code() + ": " + m.source()).toList())
              + ")");
    }
    for (MetricDefinition m : metrics.values()) {
      if (!List.of("financial-year", "custom").contains(m.periodType())) {
        throw new UnusableSpreadsheetException(
            "the round "
                + round.id()
                + "'s metric "
                + m.code()
                + " is reported by "
                + m.periodType()
                + ", but ASCOF gives a value for a year");
      }
    }
    return metrics;
  }

  /** The figures of one area, measure and year, as they are met. */
  private static final class Group {
    final int row;
    final String code;
    final String area;
    final boolean england;
    final MetricDefinition metric;
    final FinancialYear year;
    String numerator;
    String denominator;
    String outcome;
    String rows = "";

    Group(
        int row,
        String code,
        String area,
        boolean england,
        MetricDefinition metric,
        FinancialYear year) {
      this.row = row;
      this.code = code;
      this.area = area;
      this.england = england;
      this.metric = metric;
      this.year = year;
    }
  }

  /**
   * Reads the rows below {@code header}.
   *
   * @throws UnusableSpreadsheetException when the round measures nothing ASCOF gives, or the year
   *     is nowhere (column, title, hint)
   */
  static Conversion read(
      Header header, Iterator<SheetRow> rows, Round round, HwbCodes codes, PeriodHint hint) {
    Map<String, MetricDefinition> metrics = metrics(round);
    Periods.FilePeriod<FinancialYear> stated =
        Periods.FilePeriod.of(
            header, PERIOD.name(), Periods::financialYear, hint, "year", "2020-21");
    FinancialYear fileYear = stated.value();
    String periodSource = stated.source();
    Conversion.Builder out = new Conversion.Builder();
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, String> levelsSkipped = new LinkedHashMap<>();
    while (rows.hasNext()) {
      SheetRow row = rows.next();
      if (row.blank()) {
        continue;
      }
      MetricDefinition metric = metrics.get(measureKey(header.cell(row, MEASURE.name())));
      if (metric == null) {
        out.ignore("other measures");
        continue;
      }
      String breakdown = header.cell(row, BREAKDOWN.name());
      if (!breakdown.isEmpty()
          && !List.of("total", "all").contains(breakdown.toLowerCase(Locale.ROOT))) {
        out.ignore("breakdowns of the measures (by age, sex and so on)");
        continue;
      }
      String type = header.cell(row, TYPE.name()).toLowerCase(Locale.ROOT);
      if (!List.of("numerator", "denominator", "outcome").contains(type)) {
        out.ignore("measure types other than numerator, denominator and outcome");
        continue;
      }
      FinancialYear rowYear = fileYear;
      if (rowYear == null) {
        String text = header.cell(row, PERIOD.name());
        rowYear = Periods.financialYear(text).orElse(null);
        if (rowYear == null) {
          out.skipped.add(
              new Skip(
                  row.number(),
                  header.cell(row, CODE.name()),
                  header.cell(row, AREA.name()),
                  metric.code(),
                  Skip.Reason.NOT_A_NUMBER,
                  "'"
                      + Limits.excerpt(text)
                      + "' at "
                      + row.place(header.index(PERIOD.name()))
                      + " is not a financial year"));
          continue;
        }
      }
      FinancialYear year = rowYear;
      String code = header.cell(row, CODE.name());
      String area = header.cell(row, AREA.name());
      String level = header.cell(row, LEVEL.name());
      String levelKey = level.toLowerCase(Locale.ROOT);
      boolean england =
          code.equalsIgnoreCase("E92000001")
              || levelKey.equals("england")
              || levelKey.equals("national");
      boolean council =
          !england
              && (header.has(LEVEL.name())
                  ? List.of(
                          "council", "local authority", "la", "cassr", "upper tier local authority")
                      .contains(levelKey)
                  : !code.toUpperCase(Locale.ROOT).startsWith("E12"));
      if (!england && !council) {
        String key = (level.isEmpty() ? code : level) + "|" + code + "|" + metric.code();
        if (levelsSkipped.putIfAbsent(key, "") == null) {
          out.skipped.add(
              new Skip(
                  row.number(),
                  code,
                  area,
                  metric.code(),
                  Skip.Reason.NOT_HWB_LEVEL,
                  "a " + (level.isEmpty() ? "region" : level) + " row, not a council's"));
        }
        continue;
      }
      String key = code + "|" + area + "|" + metric.code() + "|" + year;
      Group group =
          groups.computeIfAbsent(
              key, k -> new Group(row.number(), code, area, england, metric, year));
      String value = header.cell(row, VALUE.name());
      String place = row.place(header.index(VALUE.name()));
      switch (type) {
        case "numerator" -> group.numerator = value;
        case "denominator" -> group.denominator = value;
        default -> group.outcome = value;
      }
      if (!type.equals("outcome")) {
        group.rows = group.rows.isEmpty() ? place : group.rows + ", " + place;
      }
    }
    finish(groups, codes, out);
    String period =
        fileYear == null
            ? "years as given in " + periodSource
            : fileYear + " (from " + periodSource + ")";
    return out.build(NAME, period);
  }

  private record Figures(BigDecimal numerator, BigDecimal denominator) {}

  private static void finish(Map<String, Group> groups, HwbCodes codes, Conversion.Builder out) {
    // Groups by the HWB they belong to, so that a council that is part of another's HWB is added.
    Map<String, List<Group>> byHwb = new LinkedHashMap<>();
    Map<String, HwbCodes.Hwb> hwbOf = new LinkedHashMap<>();
    for (Group g : groups.values()) {
      String hwbId;
      if (g.england) {
        hwbId = ActualsCsv.BENCHMARK;
        hwbOf.put(hwbId, new HwbCodes.Hwb(ActualsCsv.BENCHMARK, g.code, "England"));
      } else {
        Optional<HwbCodes.Hwb> hwb = codes.hwb(g.code);
        if (hwb.isEmpty()) {
          out.skipped.add(
              new Skip(
                  g.row,
                  g.code,
                  g.area,
                  g.metric.code(),
                  Skip.Reason.NO_HWB,
                  (g.code.isEmpty()
                      ? "the row has no ONS code"
                      : g.code
                          + " is not the ONS code of any of England's 151 HWBs (2022-23) nor of a council"
                          + " within one")));
          continue;
        }
        hwbId = hwb.get().id();
        hwbOf.put(hwbId, hwb.get());
      }
      byHwb
          .computeIfAbsent(hwbId + "|" + g.metric.code() + "|" + g.year, k -> new ArrayList<>())
          .add(g);
    }
    for (List<Group> parts : byHwb.values()) {
      Group first = parts.get(0);
      HwbCodes.Hwb hwb =
          hwbOf.get(
              first.england ? ActualsCsv.BENCHMARK : codes.hwb(first.code).orElseThrow().id());
      MetricDefinition metric = first.metric;
      BigDecimal numerator = BigDecimal.ZERO;
      BigDecimal denominator = BigDecimal.ZERO;
      Skip problem = null;
      for (Group g : parts) {
        Object figures = figures(g);
        if (figures instanceof Skip s) {
          problem =
              parts.size() == 1
                  ? s
                  : new Skip(
                      s.row(),
                      s.code(),
                      s.area(),
                      s.metric(),
                      s.reason(),
                      s.why()
                          + "; "
                          + hwb.name()
                          + " adds "
                          + names(parts)
                          + " together, so it has no value");
          break;
        }
        Figures f = (Figures) figures;
        numerator = numerator.add(f.numerator());
        denominator = denominator.add(f.denominator());
      }
      if (problem != null) {
        out.skipped.add(problem);
        continue;
      }
      if (metric.type().equals("proportion") && numerator.compareTo(denominator) > 0) {
        out.skipped.add(
            new Skip(
                first.row,
                first.code,
                first.area,
                metric.code(),
                Skip.Reason.INCONSISTENT,
                "the numerator "
                    + numerator.toPlainString()
                    + " is above the denominator "
                    + denominator.toPlainString()
                    + ", which a proportion cannot be"));
        continue;
      }
      String note = "";
      if (parts.size() > 1) {
        note = hwb.name() + " adds together " + names(parts) + ", each published separately";
      } else {
        note = outcomeNote(first, metric, numerator, denominator);
      }
      Period period =
          metric.window() != null
              ? metric.window().in(first.year.startYear())
              : Period.of(first.year);
      out.actuals.add(
          new Actual(hwb.id(), metric.code(), period, "", numerator, denominator, null));
      out.read.add(
          new Read(
              hwb.id(),
              hwb.name(),
              metric.code(),
              period,
              numerator,
              denominator,
              String.join(", ", parts.stream().map(g -> g.rows).toList()),
              note));
    }
  }

  private static String names(List<Group> parts) {
    return String.join(" and ", parts.stream().map(g -> g.area + " (" + g.code + ")").toList());
  }

  /** The numerator and denominator of the group, or why there are none. */
  private static Object figures(Group g) {
    BigDecimal[] values = new BigDecimal[2];
    String[] texts = {g.numerator, g.denominator};
    String[] names = {"numerator", "denominator"};
    for (int i = 0; i < 2; i++) {
      String text = texts[i];
      if (text == null) {
        return new Skip(
            g.row,
            g.code,
            g.area,
            g.metric.code(),
            Skip.Reason.SUPPRESSED,
            "the release has no " + names[i] + " row for it");
      }
      Optional<String> missing = Missing.reason(text);
      if (missing.isPresent()) {
        return new Skip(
            g.row,
            g.code,
            g.area,
            g.metric.code(),
            Skip.Reason.SUPPRESSED,
            "the " + names[i] + " is " + missing.get());
      }
      BigDecimal value;
      try {
        value = SheetNumbers.number(text);
      } catch (Limits.NumberOutOfRange e) {
        value = null;
      }
      if (value == null || value.signum() < 0) {
        return new Skip(
            g.row,
            g.code,
            g.area,
            g.metric.code(),
            Skip.Reason.NOT_A_NUMBER,
            "the " + names[i] + " '" + Limits.excerpt(text) + "' is not a number of at least 0");
      }
      values[i] = value;
    }
    if (values[1].signum() == 0) {
      return new Skip(
          g.row, g.code, g.area, g.metric.code(), Skip.Reason.INCONSISTENT, "the denominator is 0");
    }
    return new Figures(values[0], values[1]);
  }

  /** A note when the published outcome is not the numerator over the denominator (to 0.1). */
  private static String outcomeNote(
      Group g, MetricDefinition metric, BigDecimal numerator, BigDecimal denominator) {
    if (g.outcome == null || Missing.reason(g.outcome).isPresent()) {
      return "";
    }
    BigDecimal published;
    try {
      published = SheetNumbers.number(g.outcome);
    } catch (Limits.NumberOutOfRange e) {
      published = null;
    }
    if (published == null) {
      return "its outcome '" + Limits.excerpt(g.outcome) + "' is not a number";
    }
    BigDecimal computed =
        numerator.multiply(metric.multiplier()).divide(denominator, MathContext.DECIMAL64);
    BigDecimal difference = computed.subtract(published).abs();
    if (difference.compareTo(new BigDecimal("0.1")) > 0) {
      return "the published outcome "
          + published.setScale(1, RoundingMode.HALF_UP).toPlainString()
          + " is not the numerator over the denominator ("
          + computed.setScale(1, RoundingMode.HALF_UP).toPlainString()
          + ")";
    }
    return "";
  }
}
