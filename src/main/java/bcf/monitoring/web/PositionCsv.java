package bcf.monitoring.web;

import bcf.csv.CsvCells;
import bcf.finance.monitoring.MonitoringPosition;
import bcf.plan.Plan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The year's position as CSV, one line per scheme then the total: budget, actual to date, forecast
 * outturn, variance in pounds and per cent (blank for a zero budget). Amounts are plain pounds and
 * pence, as the import reads them; scheme names are escaped so a spreadsheet never runs them.
 */
final class PositionCsv {

  static final List<String> COLUMNS =
      List.of(
          "year",
          "scheme",
          "name",
          "budget",
          "actual_to_date",
          "forecast_outturn",
          "variance",
          "variance_percent",
          "reported");

  private PositionCsv() {}

  static String write(Plan plan, MonitoringPosition position) {
    StringBuilder out = new StringBuilder(CsvCells.line(COLUMNS));
    String year = position.year().toString();
    for (MonitoringPosition.Line l : position.schemes()) {
      out.append(line(year, l.key(), MonitoringPage.schemeName(plan, l.key()), l));
    }
    out.append(line(year, "", "All schemes", position.total()));
    return out.toString();
  }

  static String fileName(String planId, MonitoringPosition position) {
    return "bcf-monitoring-" + planId + "-" + position.year() + ".csv";
  }

  private static String line(String year, String scheme, String name, MonitoringPosition.Line l) {
    List<String> cells = new ArrayList<>();
    cells.add(year);
    cells.add(scheme);
    cells.add(name);
    cells.add(pounds(l.budget().pounds()));
    cells.add(pounds(l.actualToDate().pounds()));
    cells.add(pounds(l.forecastOutturn().pounds()));
    cells.add(pounds(l.variance().pounds()));
    cells.add(l.variancePercent().map(BigDecimal::toPlainString).orElse(""));
    cells.add(l.reported() ? "yes" : "no");
    return CsvCells.line(cells);
  }

  private static String pounds(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }
}
