package bcf.statistics.chart;

import bcf.statistics.spc.SpcPoint;
import bcf.statistics.spc.SpcResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A statistical process control chart in the Making Data Count style: the values as a line with
 * markers, the mean as a solid line and the process limits as dashed lines (steps where they are
 * re-based), special-cause points coloured by what they mean, and an optional target as a red
 * dashed line.
 */
public record SpcChart(String title, String unit, List<SpcChart.Point> points, Double target) {

  /** The point types, in the order the legend and description list them. */
  static final List<String> TYPES = List.of("improvement", "concern", "neutral", "common");

  /**
   * One point. {@code value}, {@code mean} and the limits may be null (NaN counts as missing): a
   * missing value breaks the line, a missing mean or limit leaves that line out for the point.
   * {@code type} is "improvement", "concern", "neutral" (special cause with no better direction) or
   * "common"; null means common.
   */
  public record Point(
      String label, Double value, Double mean, Double lower, Double upper, String type) {

    public Point {
      label = label == null ? "" : label;
      type = type(type);
    }

    /** Whether the point shows special-cause variation. */
    public boolean special() {
      return !type.equals("common");
    }

    private static String type(String type) {
      if (type == null || type.isBlank()) {
        return "common";
      }
      String normal = type.strip().toLowerCase(Locale.ROOT);
      if (!TYPES.contains(normal)) {
        throw new IllegalArgumentException(
            "'" + type + "' is not a point type: write improvement, concern, neutral or common");
      }
      return normal;
    }
  }

  public SpcChart {
    title = title == null ? "" : title;
    unit = unit == null ? "" : unit;
    points = points == null ? List.of() : List.copyOf(points);
  }

  /** A chart without a target. */
  public SpcChart(String title, String unit, List<Point> points) {
    this(title, unit, points, null);
  }

  /** The chart as an SVG document to embed inline; the same chart always gives the same text. */
  public String svg() {
    return SpcSvg.render(this);
  }

  /** Whether there is a target to draw. */
  public boolean hasTarget() {
    return ChartNumbers.present(target);
  }

  /** One sentence saying what the chart shows, for the SVG {@code desc} and the page. */
  public String description() {
    if (points.isEmpty()) {
      return "No values to show.";
    }
    StringBuilder text = new StringBuilder("Statistical process control chart of ");
    text.append(points.size()).append(points.size() == 1 ? " value" : " values");
    if (!unit.isBlank()) {
      text.append(" (").append(unit).append(')');
    }
    if (points.size() == 1) {
      text.append(" in ").append(points.get(0).label());
    } else {
      text.append(" from ").append(points.get(0).label());
      text.append(" to ").append(points.get(points.size() - 1).label());
    }
    text.append(" with the mean and process limits; ");
    int special = 0;
    List<String> counts = new ArrayList<>();
    for (String type : TYPES.subList(0, 3)) {
      int count = count(type);
      special += count;
      if (count > 0) {
        counts.add(count + " " + type);
      }
    }
    if (special == 0) {
      text.append("every point shows common cause variation");
    } else {
      text.append(special).append(special == 1 ? " point shows" : " points show");
      text.append(" special cause variation (").append(String.join(", ", counts)).append(')');
    }
    if (hasTarget()) {
      text.append("; the target is ").append(ChartNumbers.value(target));
    }
    return text.append('.').toString();
  }

  /** The text alternative: period, value, mean, lower and upper process limits, variation. */
  public ChartTable table() {
    String suffix = unit.isBlank() ? "" : " (" + unit + ")";
    List<String> header =
        List.of(
            "Period",
            "Value" + suffix,
            "Mean",
            "Lower process limit",
            "Upper process limit",
            "Variation");
    List<Boolean> numeric = List.of(false, true, true, true, true, false);
    List<List<String>> rows = new ArrayList<>();
    for (Point point : points) {
      rows.add(
          List.of(
              point.label(),
              ChartNumbers.value(point.value()),
              ChartNumbers.value(point.mean()),
              ChartNumbers.value(point.lower()),
              ChartNumbers.value(point.upper()),
              variation(point.type())));
    }
    String caption = title;
    if (hasTarget()) {
      String words = "target " + ChartNumbers.value(target);
      caption = title.isBlank() ? PlanActualChart.capitalised(words) : title + " (" + words + ")";
    }
    return new ChartTable(caption, header, rows, numeric);
  }

  int count(String type) {
    int count = 0;
    for (Point point : points) {
      if (point.type().equals(type) && ChartNumbers.present(point.value())) {
        count++;
      }
    }
    return count;
  }

  /** The words for a point type, in the legend and the table. */
  static String variation(String type) {
    return switch (type) {
      case "improvement" -> "Improvement";
      case "concern" -> "Concern";
      case "neutral" -> "Neutral";
      default -> "Common cause";
    };
  }

  /** The control chart of a calculated series; points without a period are numbered from 1. */
  public static SpcChart of(String title, String unit, SpcResult spc) {
    List<SpcChart.Point> points = new ArrayList<>(spc.points().size());
    for (SpcPoint p : spc.points()) {
      points.add(
          new SpcChart.Point(
              p.label() == null ? String.valueOf(p.index() + 1) : p.label(),
              p.value(),
              p.mean(),
              p.lowerProcessLimit(),
              p.upperProcessLimit(),
              p.type()));
    }
    return new SpcChart(title, unit, points, spc.options().target());
  }
}
