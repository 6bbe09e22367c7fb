package bcf.statistics.chart;

import static bcf.statistics.chart.ChartFrame.SECONDARY_TEXT;
import static bcf.statistics.chart.ChartFrame.TEXT;
import static bcf.statistics.chart.ChartFrame.WHITE;
import static bcf.statistics.chart.ChartNumbers.present;

import bcf.statistics.chart.ChartFrame.LegendItem;
import bcf.statistics.chart.ChartFrame.Plot;
import bcf.statistics.chart.SpcChart.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws an {@link SpcChart}. The colours follow Making Data Count (improvement blue, concern
 * orange, neutral purple, common cause grey), except that improvement uses GOV.UK blue rather than
 * the light #00B0F0, which is too faint against white for a marker (under 3:1 contrast).
 */
final class SpcSvg {

  static final String IMPROVEMENT = "#1d70b8";
  static final String CONCERN = "#e46c0a";
  static final String NEUTRAL = "#490092";
  static final String COMMON = "#7f7f7f";
  static final String TARGET = "#d4351c";
  static final String LIMIT_DASH = "6 4";
  static final String TARGET_DASH = "12 4";
  private static final double LABEL_SIZE = 13;

  private SpcSvg() {}

  static String render(SpcChart chart) {
    List<Point> points = chart.points();
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Point point : points) {
      labels.add(point.label());
      values.add(point.value());
      values.add(point.mean());
      values.add(point.lower());
      values.add(point.upper());
    }
    double[] range = ChartFrame.range(values);
    if (chart.hasTarget() && !Double.isNaN(range[0])) {
      range[0] = Math.min(range[0], chart.target());
      range[1] = Math.max(range[1], chart.target());
    }
    return ChartFrame.render(
        chart.title(),
        chart.unit(),
        chart.description(),
        labels,
        range[0],
        range[1],
        legend(chart),
        (svg, plot) -> paint(svg, plot, chart));
  }

  static String colour(String type) {
    return switch (type) {
      case "improvement" -> IMPROVEMENT;
      case "concern" -> CONCERN;
      case "neutral" -> NEUTRAL;
      default -> COMMON;
    };
  }

  private static List<LegendItem> legend(SpcChart chart) {
    List<LegendItem> items = new ArrayList<>();
    items.add(
        new LegendItem(
            "Value",
            24,
            (svg, x, y) -> {
              ChartFrame.line(svg, x, y, x + 24, y, COMMON, 1.5, null);
              ChartFrame.dot(svg, x + 12, y, 4, COMMON, null);
            }));
    items.add(
        new LegendItem(
            "Mean", 24, (svg, x, y) -> ChartFrame.line(svg, x, y, x + 24, y, TEXT, 1.5, null)));
    items.add(
        new LegendItem(
            "Process limits",
            24,
            (svg, x, y) -> ChartFrame.line(svg, x, y, x + 24, y, SECONDARY_TEXT, 1.5, LIMIT_DASH)));
    for (String type : SpcChart.TYPES.subList(0, 3)) {
      if (chart.count(type) > 0) {
        items.add(
            new LegendItem(
                SpcChart.variation(type),
                10,
                (svg, x, y) -> ChartFrame.dot(svg, x + 5, y, 5, colour(type), null)));
      }
    }
    if (chart.hasTarget()) {
      items.add(
          new LegendItem(
              "Target",
              24,
              (svg, x, y) -> ChartFrame.line(svg, x, y, x + 24, y, TARGET, 2, TARGET_DASH)));
    }
    return items;
  }

  private static void paint(Svg svg, Plot plot, SpcChart chart) {
    List<Point> points = chart.points();
    process(svg, plot, points);
    if (chart.hasTarget()) {
      target(svg, plot, points, chart.target());
    }

    svg.group("series");
    for (List<Integer> run : ChartFrame.runs(points.size(), i -> present(points.get(i).value()))) {
      if (run.size() > 1) {
        List<double[]> xy = new ArrayList<>();
        for (int i : run) {
          xy.add(new double[] {plot.x(i), plot.y(points.get(i).value())});
        }
        svg.tag("polyline")
            .attr("points", ChartFrame.points(xy))
            .attr("fill", "none")
            .attr("stroke", COMMON)
            .attr("stroke-width", 1.5)
            .attr("stroke-linejoin", "round")
            .attr("class", "series-line")
            .close();
      }
    }
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      if (present(point.value())) {
        double radius = point.special() ? plot.radius(5) : plot.radius(4);
        String type = point.type();
        double y = plot.y(point.value());
        ChartFrame.dot(svg, plot.x(i), y, radius, colour(type), "point point-" + type);
      }
    }
    svg.end();
  }

  /**
   * The mean (solid) and process limits (dashed), one horizontal piece for each run of points
   * sharing them, so a re-based process shows as a step. Each piece spans its points' bands, so
   * pieces meet halfway between the last point before a re-basing and the first after.
   */
  private static void process(Svg svg, Plot plot, List<Point> points) {
    double half = plot.slot() / 2;
    svg.group("process");
    int start = 0;
    for (int i = 1; i <= points.size(); i++) {
      if (i < points.size() && sameProcess(points.get(start), points.get(i))) {
        continue;
      }
      Point first = points.get(start);
      double x1 = plot.x(start) - half;
      double x2 = plot.x(i - 1) + half;
      level(svg, plot, x1, x2, first.lower(), SECONDARY_TEXT, LIMIT_DASH, "limit lower-limit");
      level(svg, plot, x1, x2, first.upper(), SECONDARY_TEXT, LIMIT_DASH, "limit upper-limit");
      level(svg, plot, x1, x2, first.mean(), TEXT, null, "mean");
      start = i;
    }
    svg.end();
  }

  /**
   * The target across the plot, labelled just above it (or below, at the top) at the right end, or
   * wherever the label would hide the fewest values and mean or limit lines; the label's white
   * patch is drawn before the values so it never hides one.
   */
  private static void target(Svg svg, Plot plot, List<Point> points, double target) {
    svg.group("target");
    double y = plot.y(target);
    svg.tag("line")
        .attr("x1", plot.left())
        .attr("y1", y)
        .attr("x2", plot.right())
        .attr("y2", y)
        .attr("stroke", TARGET)
        .attr("stroke-width", 2)
        .attr("stroke-dasharray", TARGET_DASH)
        .attr("class", "target-line")
        .close();
    String label = "Target " + ChartNumbers.value(target);
    double width = ChartFrame.boldTextWidth(label, LABEL_SIZE) + 6;
    double[] xs = {plot.right() - width, plot.left()};
    double[] baselines = y - plot.top() > 16 ? new double[] {y - 5, y + 16} : new double[] {y + 16};
    double bestX = xs[0];
    double bestBaseline = baselines[0];
    int fewest = Integer.MAX_VALUE;
    for (double baseline : baselines) {
      for (double x : xs) {
        int covered = covered(plot, points, x, baseline - 12, width, 15);
        if (covered < fewest) {
          fewest = covered;
          bestX = x;
          bestBaseline = baseline;
        }
      }
    }
    svg.tag("rect")
        .attr("x", bestX)
        .attr("y", bestBaseline - 12)
        .attr("width", width)
        .attr("height", 15)
        .attr("fill", WHITE)
        .close();
    svg.tag("text")
        .attr("x", bestX + 3)
        .attr("y", bestBaseline)
        .attr("font-size", LABEL_SIZE)
        .attr("font-weight", "bold")
        .attr("fill", TARGET)
        .attr("class", "target-label")
        .text(label);
    svg.end();
  }

  /**
   * How many value markers, and points' mean and limit lines, would be hidden by a box at ({@code
   * x}, {@code y}).
   */
  private static int covered(
      Plot plot, List<Point> points, double x, double y, double width, double height) {
    double margin = plot.radius(5) + 1;
    int covered = 0;
    for (int i = 0; i < points.size(); i++) {
      double px = plot.x(i);
      if (px <= x - margin || px >= x + width + margin) {
        continue;
      }
      Point point = points.get(i);
      if (present(point.value())) {
        double py = plot.y(point.value());
        if (py > y - margin && py < y + height + margin) {
          covered++;
        }
      }
      for (Double line : new Double[] {point.mean(), point.lower(), point.upper()}) {
        if (present(line) && plot.y(line) >= y && plot.y(line) <= y + height) {
          covered++;
        }
      }
    }
    return covered;
  }

  private static boolean sameProcess(Point a, Point b) {
    return same(a.mean(), b.mean()) && same(a.lower(), b.lower()) && same(a.upper(), b.upper());
  }

  private static boolean same(Double a, Double b) {
    return Objects.equals(present(a) ? a : null, present(b) ? b : null);
  }

  private static void level(
      Svg svg,
      Plot plot,
      double x1,
      double x2,
      Double value,
      String colour,
      String dash,
      String kind) {
    if (!present(value)) {
      return;
    }
    double y = plot.y(value);
    svg.tag("line")
        .attr("x1", x1)
        .attr("y1", y)
        .attr("x2", x2)
        .attr("y2", y)
        .attr("stroke", colour)
        .attr("stroke-width", 1.5)
        .attr("stroke-dasharray", dash)
        .attr("class", kind)
        .close();
  }
}
