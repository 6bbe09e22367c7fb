package bcf.statistics.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A metric's plan (trajectory) against its actuals, period by period: the plan as a dashed line,
 * each actual as a dot coloured by its RAG status with its 95% interval as a whisker. {@code unit}
 * labels the value axis ("per 100,000", "%"); periods are display labels in order.
 */
public record PlanActualChart(String title, String unit, List<PlanActualChart.Period> periods) {

  /**
   * One period. Every value may be null (NaN counts as missing): a missing plan breaks the plan
   * line, a missing limit leaves the whisker out. {@code rag} is null, "green", "amber" or "red".
   */
  public record Period(
      String label, Double plan, Double actual, Double lower, Double upper, String rag) {

    public Period {
      label = label == null ? "" : label;
      rag = rag(rag);
    }

    /** A period with a plan and an actual but no interval or status. */
    public static Period of(String label, Double plan, Double actual) {
      return new Period(label, plan, actual, null, null, null);
    }

    /** Whether the interval can be drawn: the actual and both limits present. */
    public boolean hasInterval() {
      return ChartNumbers.present(actual)
          && ChartNumbers.present(lower)
          && ChartNumbers.present(upper);
    }

    private static String rag(String rag) {
      if (rag == null || rag.isBlank()) {
        return null;
      }
      String status = rag.strip().toLowerCase(Locale.ROOT);
      if (!status.equals("green") && !status.equals("amber") && !status.equals("red")) {
        throw new IllegalArgumentException(
            "'" + rag + "' is not a RAG status: write green, amber or red, or leave it empty");
      }
      return status;
    }
  }

  public PlanActualChart {
    title = title == null ? "" : title;
    unit = unit == null ? "" : unit;
    periods = periods == null ? List.of() : List.copyOf(periods);
  }

  /** The chart as an SVG document to embed inline; the same chart always gives the same text. */
  public String svg() {
    return PlanActualSvg.render(this);
  }

  /** One sentence saying what the chart shows, for the SVG {@code desc} and the page. */
  public String description() {
    if (periods.isEmpty()) {
      return "No plan or actual values to show.";
    }
    StringBuilder text = new StringBuilder("Plan and actual values");
    if (!unit.isBlank()) {
      text.append(" (").append(unit).append(')');
    }
    text.append(" for ").append(periods.size());
    if (periods.size() == 1) {
      text.append(" period, ").append(periods.get(0).label());
    } else {
      text.append(" periods from ").append(periods.get(0).label());
      text.append(" to ").append(periods.get(periods.size() - 1).label());
    }
    Period latest = null;
    for (Period period : periods) {
      if (ChartNumbers.present(period.actual())) {
        latest = period;
      }
    }
    if (latest == null) {
      return text.append("; no actual values yet.").toString();
    }
    text.append("; the latest actual is ").append(ChartNumbers.value(latest.actual()));
    text.append(" in ").append(latest.label());
    if (latest.hasInterval()) {
      text.append(" (95% interval ").append(ChartNumbers.value(latest.lower()));
      text.append(" to ").append(ChartNumbers.value(latest.upper())).append(')');
    }
    if (ChartNumbers.present(latest.plan())) {
      text.append(" against a plan of ").append(ChartNumbers.value(latest.plan()));
    }
    return text.append('.').toString();
  }

  /**
   * The text alternative: period, plan, actual, lower and upper 95% limits, and the status when any
   * period has one.
   */
  public ChartTable table() {
    boolean statuses = hasStatuses();
    String suffix = unit.isBlank() ? "" : " (" + unit + ")";
    List<String> header =
        new ArrayList<>(
            List.of(
                "Period",
                "Plan" + suffix,
                "Actual" + suffix,
                "Lower 95% limit",
                "Upper 95% limit"));
    List<Boolean> numeric = new ArrayList<>(List.of(false, true, true, true, true));
    if (statuses) {
      header.add("Status");
      numeric.add(false);
    }
    List<List<String>> rows = new ArrayList<>();
    for (Period period : periods) {
      List<String> row =
          new ArrayList<>(
              List.of(
                  period.label(),
                  ChartNumbers.value(period.plan()),
                  ChartNumbers.value(period.actual()),
                  ChartNumbers.value(period.lower()),
                  ChartNumbers.value(period.upper())));
      if (statuses) {
        row.add(period.rag() == null ? "" : capitalised(period.rag()));
      }
      rows.add(row);
    }
    return new ChartTable(title, header, rows, numeric);
  }

  boolean hasStatuses() {
    for (Period period : periods) {
      if (period.rag() != null) {
        return true;
      }
    }
    return false;
  }

  static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
