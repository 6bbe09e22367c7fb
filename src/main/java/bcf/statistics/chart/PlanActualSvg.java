package bcf.statistics.chart;

import static bcf.statistics.chart.ChartFrame.BLUE;
import static bcf.statistics.chart.ChartFrame.SECONDARY_TEXT;
import static bcf.statistics.chart.ChartFrame.TEXT;
import static bcf.statistics.chart.ChartFrame.WHITE;
import static bcf.statistics.chart.ChartNumbers.present;

import bcf.statistics.chart.ChartFrame.LegendItem;
import bcf.statistics.chart.ChartFrame.Plot;
import bcf.statistics.chart.PlanActualChart.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link PlanActualChart}: the plan as a dashed GOV.UK blue line with hollow markers, the
 * actuals as dots (black, or GOV.UK green, orange and red for a RAG status) on grey whiskers.
 */
final class PlanActualSvg {

  static final String PLAN_DASH = "6 4";
  static final String GREEN = "#00703c";
  static final String AMBER = "#f47738";
  static final String RED = "#d4351c";

  /** Plan markers are drawn when periods are at least this far apart (up to about 45 periods). */
  static final double MARKER_SPACING = 14;

  private PlanActualSvg() {}

  static String render(PlanActualChart chart) {
    List<Period> periods = chart.periods();
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Period period : periods) {
      labels.add(period.label());
      values.add(period.plan());
      values.add(period.actual());
      if (period.hasInterval()) {
        values.add(period.lower());
        values.add(period.upper());
      }
    }
    double[] range = ChartFrame.range(values);
    return ChartFrame.render(
        chart.title(),
        chart.unit(),
        chart.description(),
        labels,
        range[0],
        range[1],
        legend(chart),
        (svg, plot) -> paint(svg, plot, periods));
  }

  static String colour(String rag) {
    if (rag == null) {
      return TEXT;
    }
    return switch (rag) {
      case "green" -> GREEN;
      case "amber" -> AMBER;
      default -> RED;
    };
  }

  private static List<LegendItem> legend(PlanActualChart chart) {
    List<LegendItem> items = new ArrayList<>();
    items.add(
        new LegendItem(
            "Plan",
            24,
            (svg, x, y) -> {
              ChartFrame.line(svg, x, y, x + 24, y, BLUE, 2, PLAN_DASH);
              planMarker(svg, x + 12, y, 3.5);
            }));
    items.add(
        new LegendItem(
            "Actual with 95% interval",
            10,
            (svg, x, y) -> {
              whisker(svg, x + 5, y - 7, y + 7, 8);
              ChartFrame.dot(svg, x + 5, y, 5, TEXT, null);
            }));
    for (String status : List.of("green", "amber", "red")) {
      if (chart.periods().stream().anyMatch(period -> status.equals(period.rag()))) {
        items.add(
            new LegendItem(
                PlanActualChart.capitalised(status),
                10,
                (svg, x, y) -> ChartFrame.dot(svg, x + 5, y, 5, colour(status), null)));
      }
    }
    return items;
  }

  private static void paint(Svg svg, Plot plot, List<Period> periods) {
    svg.group("plan");
    for (List<Integer> run : ChartFrame.runs(periods.size(), i -> present(periods.get(i).plan()))) {
      if (run.size() > 1) {
        List<double[]> points = new ArrayList<>();
        for (int i : run) {
          points.add(new double[] {plot.x(i), plot.y(periods.get(i).plan())});
        }
        svg.tag("polyline")
            .attr("points", ChartFrame.points(points))
            .attr("fill", "none")
            .attr("stroke", BLUE)
            .attr("stroke-width", 2)
            .attr("stroke-dasharray", PLAN_DASH)
            .attr("stroke-linejoin", "round")
            .attr("class", "plan-line")
            .close();
      }
      // Markers on every plan point would crowd a dense chart (five years of months), where the
      // dashed line alone reads better; a plan point on its own always keeps its marker.
      if (plot.slot() >= MARKER_SPACING || run.size() == 1) {
        for (int i : run) {
          planMarker(svg, plot.x(i), plot.y(periods.get(i).plan()), plot.radius(3.5));
        }
      }
    }
    svg.end();

    svg.group("actuals");
    double cap = Math.min(10, plot.slot() * 0.5);
    for (int i = 0; i < periods.size(); i++) {
      Period period = periods.get(i);
      if (period.hasInterval()) {
        double lower = Math.min(period.lower(), period.upper());
        double upper = Math.max(period.lower(), period.upper());
        whisker(svg, plot.x(i), plot.y(upper), plot.y(lower), cap);
      }
    }
    for (int i = 0; i < periods.size(); i++) {
      Period period = periods.get(i);
      if (present(period.actual())) {
        String rag = period.rag();
        ChartFrame.dot(
            svg,
            plot.x(i),
            plot.y(period.actual()),
            plot.radius(5),
            colour(rag),
            rag == null ? "actual" : "actual actual-" + rag);
      }
    }
    svg.end();
  }

  private static void planMarker(Svg svg, double x, double y, double radius) {
    svg.tag("circle")
        .attr("cx", x)
        .attr("cy", y)
        .attr("r", radius)
        .attr("fill", WHITE)
        .attr("stroke", BLUE)
        .attr("stroke-width", 2)
        .attr("class", "plan-point")
        .close();
  }

  /** A vertical line from {@code top} to {@code bottom} with a cap {@code cap} wide at each end. */
  private static void whisker(Svg svg, double x, double top, double bottom, double cap) {
    String left = ChartNumbers.coord(x - cap / 2);
    String right = ChartNumbers.coord(x + cap / 2);
    String upper = ChartNumbers.coord(top);
    String lower = ChartNumbers.coord(bottom);
    String path =
        "M"
            + ChartNumbers.coord(x)
            + " "
            + upper
            + "V"
            + lower
            + "M"
            + left
            + " "
            + upper
            + "H"
            + right
            + "M"
            + left
            + " "
            + lower
            + "H"
            + right;
    svg.tag("path")
        .attr("d", path)
        .attr("fill", "none")
        .attr("stroke", SECONDARY_TEXT)
        .attr("stroke-width", 1.5)
        .attr("class", "whisker")
        .close();
  }
}
