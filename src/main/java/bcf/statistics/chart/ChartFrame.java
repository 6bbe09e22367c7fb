package bcf.statistics.chart;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.zip.CRC32;

/**
 * What every chart shares: the 720 by 320 frame, title, legend, unit, value axis with grid lines,
 * period labels (thinned so they do not collide), the "No data" frame, and the accessible root
 * element. A chart brings its labels, the range of its values, its legend and a painter for the
 * plot area.
 *
 * <p>Only SVG 1.1 basics are used, with presentation attributes rather than CSS, so the same markup
 * works inline in a page and in PDF documents.
 */
final class ChartFrame {

  static final int WIDTH = 720;
  static final int HEIGHT = 320;

  static final String TEXT = "#0b0c0c";
  static final String SECONDARY_TEXT = "#505a5f";
  static final String GRID = "#b1b4b6";
  static final String BLUE = "#1d70b8";
  static final String WHITE = "#ffffff";
  static final String FONT = "Arial, sans-serif";

  private static final double MARGIN = 12;
  private static final double RIGHT_MARGIN = 20;
  private static final double TITLE_SIZE = 18;
  private static final double TITLE_LINE = 23;
  private static final int TITLE_MAX_LINES = 2;
  private static final double LEGEND_SIZE = 14;
  private static final double LEGEND_ROW = 22;
  private static final double LEGEND_GAP = 22;
  private static final double AXIS_SIZE = 13;
  private static final double BOTTOM_SPACE = 34;
  private static final int LABEL_MAX_CHARS = 24;
  private static final int[] LABEL_STEPS = {1, 2, 3, 4, 6, 12};

  /** Draws a legend symbol {@code width} wide from {@code x}, centred on {@code y}. */
  interface Swatch {
    void draw(Svg svg, double x, double y);
  }

  /** A legend entry: its words and a symbol of {@code width} pixels (24 for lines, 10 for dots). */
  record LegendItem(String label, double width, Swatch swatch) {}

  /** Draws the data into the plot area. */
  interface Painter {
    void paint(Svg svg, Plot plot);
  }

  /** The plot area and its scales: period {@code i} sits in the middle of its band. */
  record Plot(double left, double right, double top, double bottom, YScale scale, int count) {

    double slot() {
      return (right - left) / count;
    }

    double x(int index) {
      return left + (index + 0.5) * slot();
    }

    double y(double value) {
      return bottom - scale.fraction(value) * (bottom - top);
    }

    /** A marker radius that shrinks when periods are many, between 2.5 and {@code largest}. */
    double radius(double largest) {
      return Math.max(2.5, Math.min(largest, slot() * 0.3));
    }
  }

  private ChartFrame() {}

  /**
   * The whole SVG document. {@code low} and {@code high} are the smallest and largest values to
   * show; when there are no labels or no values (NaN), the frame says "No data".
   */
  static String render(
      String title,
      String unit,
      String description,
      List<String> labels,
      double low,
      double high,
      List<LegendItem> legend,
      Painter painter) {
    boolean empty = labels.isEmpty() || Double.isNaN(low) || Double.isNaN(high);
    Svg body = new Svg();
    body.tag("rect")
        .attr("width", WIDTH)
        .attr("height", HEIGHT)
        .attr("fill", WHITE)
        .attr("class", "background")
        .close();
    double y = title(body, title);
    if (empty) {
      noData(body, y + 12);
    } else {
      y = legend(body, legend, y);
      double unitBaseline = y + 24;
      if (!unit.isBlank()) {
        body.tag("text")
            .attr("x", MARGIN)
            .attr("y", unitBaseline)
            .attr("font-size", AXIS_SIZE)
            .attr("fill", SECONDARY_TEXT)
            .attr("class", "unit")
            .text(unit);
      }
      YScale scale = YScale.covering(low, high);
      List<String> tickLabels = scale.tickLabels();
      double widest = 0;
      for (String label : tickLabels) {
        widest = Math.max(widest, textWidth(label, AXIS_SIZE));
      }
      double left = Math.max(44, Math.ceil(MARGIN + widest + 8));
      double top = unitBaseline + 14;
      double bottom = HEIGHT - BOTTOM_SPACE;
      Plot plot = new Plot(left, WIDTH - RIGHT_MARGIN, top, bottom, scale, labels.size());
      valueAxis(body, plot, tickLabels);
      periodAxis(body, plot, labels);
      body.group("plot");
      painter.paint(body, plot);
      body.end();
    }
    String id = "bcf-chart-" + checksum(title + '\n' + unit + '\n' + description + '\n' + body);
    return new Svg()
        .tag("svg")
        .attr("xmlns", Svg.NAMESPACE)
        .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
        .attr("width", "100%")
        .attr("role", "img")
        .attr("aria-labelledby", id + "-title " + id + "-desc")
        .attr("font-family", FONT)
        .attr("class", "bcf-chart")
        .open()
        .tag("title")
        .attr("id", id + "-title")
        .text(title)
        .tag("desc")
        .attr("id", id + "-desc")
        .text(description)
        .append(body)
        .end("svg")
        .toString();
  }

  /** Draws the title, wrapped onto two lines at most; returns the baseline of the last line. */
  private static double title(Svg body, String title) {
    if (title.isBlank()) {
      return MARGIN;
    }
    List<String> lines = wrap(title.strip(), WIDTH - 2 * MARGIN, TITLE_SIZE, TITLE_MAX_LINES);
    double baseline = MARGIN + TITLE_SIZE;
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        baseline += TITLE_LINE;
      }
      body.tag("text")
          .attr("x", MARGIN)
          .attr("y", baseline)
          .attr("font-size", TITLE_SIZE)
          .attr("font-weight", "bold")
          .attr("fill", TEXT)
          .attr("class", "chart-title")
          .text(lines.get(i));
    }
    return baseline;
  }

  /** Lays legend items out left to right, starting a new row when one is full. */
  private static double legend(Svg body, List<LegendItem> items, double above) {
    double baseline = above + 26;
    double x = MARGIN;
    body.group("legend");
    for (LegendItem item : items) {
      double width = item.width() + 6 + textWidth(item.label(), LEGEND_SIZE);
      if (x > MARGIN && x + width > WIDTH - MARGIN) {
        x = MARGIN;
        baseline += LEGEND_ROW;
      }
      item.swatch().draw(body, x, baseline - LEGEND_SIZE * 0.35);
      body.tag("text")
          .attr("x", x + item.width() + 6)
          .attr("y", baseline)
          .attr("font-size", LEGEND_SIZE)
          .attr("fill", TEXT)
          .text(item.label());
      x += width + LEGEND_GAP;
    }
    body.end();
    return baseline;
  }

  private static void noData(Svg body, double top) {
    double left = 44;
    double right = WIDTH - RIGHT_MARGIN;
    double bottom = HEIGHT - BOTTOM_SPACE;
    double frameTop = Math.floor(top) + 0.5;
    body.tag("rect")
        .attr("x", left + 0.5)
        .attr("y", frameTop)
        .attr("width", right - left - 1)
        .attr("height", bottom - frameTop)
        .attr("fill", "none")
        .attr("stroke", GRID)
        .attr("class", "plot-frame")
        .close();
    body.tag("text")
        .attr("x", (left + right) / 2)
        .attr("y", (top + bottom) / 2 + 6)
        .attr("font-size", 16)
        .attr("text-anchor", "middle")
        .attr("fill", SECONDARY_TEXT)
        .attr("class", "no-data")
        .text("No data");
  }

  private static void valueAxis(Svg body, Plot plot, List<String> labels) {
    body.group("y-axis");
    List<BigDecimal> ticks = plot.scale().ticks();
    for (int i = 0; i < ticks.size(); i++) {
      BigDecimal tick = ticks.get(i);
      double y = crisp(plot.y(tick.doubleValue()));
      // the lowest tick sits on the period axis; zero, when higher, gets a wider line
      if (i > 0) {
        boolean zero = tick.signum() == 0;
        body.tag("line")
            .attr("x1", plot.left())
            .attr("y1", zero ? Math.round(plot.y(0)) : y)
            .attr("x2", plot.right())
            .attr("y2", zero ? Math.round(plot.y(0)) : y)
            .attr("stroke", GRID)
            .attr("stroke-width", zero ? 2 : 1)
            .attr("class", zero ? "zero-line" : "grid-line")
            .close();
      }
      body.tag("text")
          .attr("x", plot.left() - 8)
          .attr("y", y + AXIS_SIZE * 0.35)
          .attr("font-size", AXIS_SIZE)
          .attr("text-anchor", "end")
          .attr("fill", TEXT)
          .attr("class", "tick-label")
          .text(labels.get(i));
    }
    body.end();
  }

  private static void periodAxis(Svg body, Plot plot, List<String> labels) {
    body.group("x-axis");
    double baseline = crisp(plot.bottom());
    body.tag("line")
        .attr("x1", plot.left())
        .attr("y1", baseline)
        .attr("x2", plot.right())
        .attr("y2", baseline)
        .attr("stroke", TEXT)
        .attr("stroke-width", 1)
        .close();
    List<String> shown = new ArrayList<>(labels.size());
    double widest = 0;
    for (String label : labels) {
      String cut = shorten(label, LABEL_MAX_CHARS);
      shown.add(cut);
      widest = Math.max(widest, textWidth(cut, AXIS_SIZE));
    }
    int step = labelStep(plot.slot(), widest + 12);
    for (int i = 0; i < shown.size(); i += step) {
      double x = crisp(plot.x(i));
      body.tag("line")
          .attr("x1", x)
          .attr("y1", baseline)
          .attr("x2", x)
          .attr("y2", baseline + 5)
          .attr("stroke", TEXT)
          .attr("stroke-width", 1)
          .close();
      // a label near either end moves inwards rather than running off the chart
      double half = textWidth(shown.get(i), AXIS_SIZE) / 2;
      double centre = Math.max(half + 2, Math.min(WIDTH - half - 2, plot.x(i)));
      body.tag("text")
          .attr("x", centre)
          .attr("y", baseline + 20)
          .attr("font-size", AXIS_SIZE)
          .attr("text-anchor", "middle")
          .attr("fill", TEXT)
          .attr("class", "period-label")
          .text(shown.get(i));
    }
    body.end();
  }

  /**
   * How many periods apart labels go so they do not overlap: 1, 2, 3, 4, 6 or 12 (whole quarters
   * and years of months), then multiples of 12.
   */
  static int labelStep(double slot, double needed) {
    for (int step : LABEL_STEPS) {
      if (step * slot >= needed) {
        return step;
      }
    }
    int step = 24;
    while (step * slot < needed) {
      step += 12;
    }
    return step;
  }

  /**
   * Arial's advance widths in thousandths of an em for the printable ASCII characters (space to
   * tilde); other characters count as 0.6 em. Bold text is about 8% wider.
   */
  private static final int[] ARIAL_WIDTHS = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
  };

  /** An estimate of the width of {@code text} in Arial at {@code fontSize}. */
  static double textWidth(String text, double fontSize) {
    int thousandths = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      thousandths += c >= 32 && c <= 126 ? ARIAL_WIDTHS[c - 32] : 600;
    }
    return thousandths * fontSize / 1000;
  }

  static double boldTextWidth(String text, double fontSize) {
    return textWidth(text, fontSize) * 1.08;
  }

  /** A line at a whole pixel plus a half, so one-pixel lines are sharp. */
  static double crisp(double y) {
    return Math.floor(y) + 0.5;
  }

  static String shorten(String text, int maxChars) {
    if (text.codePointCount(0, text.length()) <= maxChars) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, maxChars - 1)).stripTrailing() + "…";
  }

  /**
   * Splits words onto lines no wider than {@code width} in bold at {@code fontSize}, at most {@code
   * maxLines}; the last line kept is shortened with an ellipsis when words are left over.
   */
  static List<String> wrap(String text, double width, double fontSize, int maxLines) {
    List<String> lines = new ArrayList<>();
    String line = "";
    String[] words = text.split(" +");
    for (int i = 0; i < words.length; i++) {
      String longer = line.isEmpty() ? words[i] : line + " " + words[i];
      if (line.isEmpty() || boldTextWidth(longer, fontSize) <= width) {
        line = longer;
        continue;
      }
      if (lines.size() == maxLines - 1) {
        line = line + " " + String.join(" ", Arrays.asList(words).subList(i, words.length));
        break;
      }
      lines.add(line);
      line = words[i];
    }
    lines.add(fit(line, width, fontSize));
    return lines;
  }

  /** Shortens bold text with an ellipsis until it fits {@code width}, at a space if it can. */
  private static String fit(String text, double width, double fontSize) {
    String fitted = text;
    String kept = text;
    while (boldTextWidth(fitted, fontSize) > width && kept.length() > 1) {
      int space = kept.lastIndexOf(' ');
      int end = space > 0 ? space : kept.offsetByCodePoints(kept.length(), -1);
      kept = kept.substring(0, end);
      fitted = kept.stripTrailing() + "…";
    }
    return fitted;
  }

  private static String checksum(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  /** The smallest and largest present values, or NaN twice when none is present. */
  static double[] range(List<Double> values) {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Double value : values) {
      if (ChartNumbers.present(value)) {
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
    }
    return low > high ? new double[] {Double.NaN, Double.NaN} : new double[] {low, high};
  }

  /** A straight line; {@code dash} may be null for a solid one. */
  static void line(
      Svg svg,
      double x1,
      double y1,
      double x2,
      double y2,
      String colour,
      double width,
      String dash) {
    svg.tag("line")
        .attr("x1", x1)
        .attr("y1", y1)
        .attr("x2", x2)
        .attr("y2", y2)
        .attr("stroke", colour)
        .attr("stroke-width", width)
        .attr("stroke-dasharray", dash)
        .close();
  }

  /** A filled dot with a thin white edge, so it stands out from lines beneath it. */
  static void dot(Svg svg, double x, double y, double radius, String colour, String cssClass) {
    svg.tag("circle")
        .attr("cx", x)
        .attr("cy", y)
        .attr("r", radius)
        .attr("fill", colour)
        .attr("stroke", WHITE)
        .attr("stroke-width", 1)
        .attr("class", cssClass)
        .close();
  }

  /** The runs of consecutive indices below {@code count} for which {@code present} holds. */
  static List<List<Integer>> runs(int count, IntPredicate present) {
    List<List<Integer>> runs = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    for (int i = 0; i <= count; i++) {
      if (i < count && present.test(i)) {
        run.add(i);
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    return runs;
  }

  /** The {@code points} attribute of a polyline through "x,y" pairs. */
  static String points(List<double[]> xy) {
    StringBuilder points = new StringBuilder();
    for (double[] point : xy) {
      if (points.length() > 0) {
        points.append(' ');
      }
      points.append(ChartNumbers.coord(point[0])).append(',').append(ChartNumbers.coord(point[1]));
    }
    return points.toString();
  }
}
