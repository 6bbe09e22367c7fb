package bcf.published;

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
import java.time.YearMonth;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NHS England's monthly delayed transfers of care by local authority: title rows (the month among
 * them, unless a column gives it), then a header row, then one row per council with its delayed
 * days by the organisation responsible (NHS, social care, both) and their total. The layout here
 * was reconstructed, not read from a real release (docs/published-statistics.md). A round's metric
 * whose source is these statistics and that is a mean (delayed days over the days of the month, the
 * average number of people delayed a day) takes the three added together for each council that is
 * an HWB; England's row is the benchmark.
 */
public final class DelayedTransfersRelease {

  static final String NAME = "Delayed transfers of care, delayed days by local authority";

  static final Column CODE =
      Column.required(
          "ONS Code", "LA Code", "Local Authority Code", "Code", "ONS LA Code", "Area Code");
  static final Column AREA =
      Column.optional("Name", "Local Authority", "LA Name", "Local Authority Name", "Area Name");
  static final Column NHS = Column.required("NHS", "NHS Delayed Days", "NHS attributable");
  static final Column SOCIAL_CARE =
      Column.required("Social Care", "Social Care Delayed Days", "Social care attributable", "ASC");
  static final Column BOTH = Column.required("Both", "Both Delayed Days", "Attributable to both");
  static final Column TOTAL = Column.optional("Total", "Total Delayed Days", "All");
  static final Column MONTH = Column.optional("Month", "Period", "Year-Month", "Month Year");

  static final List<Column> COLUMNS = List.of(CODE, AREA, NHS, SOCIAL_CARE, BOTH, TOTAL, MONTH);

  private DelayedTransfersRelease() {}

  /** The round's delayed-transfers metric, which must be a mean of delayed days per day. */
  static MetricDefinition metric(Round round) {
    List<MetricDefinition> found =
        round.metrics().stream()
            .filter(
                m ->
                    m.source() != null
                        && m.source()
                            .toLowerCase(Locale.ROOT)
                            .contains("delayed transfers of care"))
            .toList();
    if (found.isEmpty()) {
      throw new UnusableSpreadsheetException(
          "the round "
              + round.id()
              + " has no metric measured by the delayed transfers of care statistics");
    }
    return found.stream()
        .filter(m -> m.type().equals("mean") && m.periodType().equals("month"))
        .findFirst()
        .orElseThrow(
            () ->
                new UnusableSpreadsheetException(
                    "the round "
                        + round.id()
                        + "'s metric "
                        + found.get(0).code()
                        + " is a "
                        + found.get(0).type()
                        + " with the denominator '"
                        + found.get(0).denominator()
                        + "', which the delayed transfers files do not give (they give delayed"
                        + " days)"));
  }

  static Conversion read(
      Header header, Iterator<SheetRow> rows, Round round, HwbCodes codes, PeriodHint hint) {
    MetricDefinition metric = metric(round);
    Periods.FilePeriod<YearMonth> stated =
        Periods.FilePeriod.of(header, MONTH.name(), Periods::month, hint, "month", "2018-04");
    YearMonth fileMonth = stated.value();
    String source = stated.source();
    Conversion.Builder out = new Conversion.Builder();
    Set<String> seen = new LinkedHashSet<>();
    while (rows.hasNext()) {
      SheetRow row = rows.next();
      if (row.blank()) {
        continue;
      }
      String code = header.cell(row, CODE.name());
      String area = header.cell(row, AREA.name());
      if (code.isEmpty() && area.isEmpty()) {
        out.ignore("rows without a code or name (notes, totals)");
        continue;
      }
      YearMonth month = fileMonth;
      if (month == null) {
        String text = header.cell(row, MONTH.name());
        month = Periods.month(text).orElse(null);
        if (month == null) {
          out.skipped.add(
              new Skip(
                  row.number(),
                  code,
                  area,
                  metric.code(),
                  Skip.Reason.NOT_A_NUMBER,
                  "'"
                      + Limits.excerpt(text)
                      + "' at "
                      + row.place(header.index(MONTH.name()))
                      + " is not a month"));
          continue;
        }
      }
      String upper = code.toUpperCase(Locale.ROOT);
      boolean england = upper.equals("E92000001") || area.equalsIgnoreCase("England");
      String hwbId;
      String hwbName;
      if (england) {
        hwbId = ActualsCsv.BENCHMARK;
        hwbName = "England";
      } else if (upper.startsWith("E12") || upper.startsWith("E40") || upper.startsWith("E54")) {
        out.skipped.add(
            new Skip(
                row.number(),
                code,
                area,
                metric.code(),
                Skip.Reason.NOT_HWB_LEVEL,
                "a region's or other area's row, not a council's"));
        continue;
      } else {
        Optional<HwbCodes.Hwb> hwb = codes.hwb(code);
        if (hwb.isEmpty() || codes.part(code).isPresent()) {
          out.skipped.add(
              new Skip(
                  row.number(),
                  code,
                  area,
                  metric.code(),
                  Skip.Reason.NO_HWB,
                  code.isEmpty()
                      ? "the row has no code"
                      : hwb.isEmpty()
                          ? code + " is not the ONS code of any of England's 151 HWBs (2022-23)"
                          : code
                              + " is part of "
                              + hwb.get().name()
                              + ", whose row gives its figures"));
          continue;
        }
        hwbId = hwb.get().id();
        hwbName = hwb.get().name();
      }
      if (!seen.add(hwbId + "|" + month)) {
        out.skipped.add(
            new Skip(
                row.number(),
                code,
                area,
                metric.code(),
                Skip.Reason.INCONSISTENT,
                "a second row for " + hwbName + " in " + month + "; the first was read"));
        continue;
      }
      BigDecimal total = BigDecimal.ZERO;
      Skip problem = null;
      for (Column column : List.of(NHS, SOCIAL_CARE, BOTH)) {
        String text = header.cell(row, column.name());
        String place = row.place(header.index(column.name()));
        Optional<String> missing = Missing.reason(text);
        if (missing.isPresent()) {
          problem =
              new Skip(
                  row.number(),
                  code,
                  area,
                  metric.code(),
                  Skip.Reason.SUPPRESSED,
                  header.label(column.name()) + " at " + place + " is " + missing.get());
          break;
        }
        BigDecimal value;
        try {
          value = SheetNumbers.number(text);
        } catch (Limits.NumberOutOfRange e) {
          value = null;
        }
        if (value == null || value.signum() < 0) {
          problem =
              new Skip(
                  row.number(),
                  code,
                  area,
                  metric.code(),
                  Skip.Reason.NOT_A_NUMBER,
                  "'" + Limits.excerpt(text) + "' at " + place + " is not a number of days");
          break;
        }
        total = total.add(value);
      }
      if (problem != null) {
        out.skipped.add(problem);
        continue;
      }
      String note = "";
      if (header.has(TOTAL.name())) {
        BigDecimal published = null;
        try {
          published = SheetNumbers.number(header.cell(row, TOTAL.name()));
        } catch (Limits.NumberOutOfRange e) {
          published = null;
        }
        if (published != null && published.compareTo(total) != 0) {
          note =
              "the published total "
                  + published.toPlainString()
                  + " is not NHS, social care and both added ("
                  + total.toPlainString()
                  + ")";
        }
      }
      BigDecimal days = BigDecimal.valueOf(month.lengthOfMonth());
      Period period = Period.of(month);
      out.actuals.add(new Actual(hwbId, metric.code(), period, "", total, days, null));
      out.read.add(
          new Read(
              hwbId,
              hwbName,
              metric.code(),
              period,
              total,
              days,
              row.place(header.index(NHS.name())) + ":" + row.place(header.index(BOTH.name())),
              note));
    }
    String period =
        fileMonth == null ? "months as given in " + source : fileMonth + " (from " + source + ")";
    return out.build(NAME, period);
  }
}
