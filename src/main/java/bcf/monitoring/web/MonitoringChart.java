package bcf.monitoring.web;

import bcf.finance.monitoring.MonitoringPosition;
import bcf.kernel.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Budget against forecast outturn (and actual to date) per scheme as a horizontal bar chart, drawn
 * on the server as plain SVG with a title and description; the page's table of the same figures is
 * its text alternative.
 */
final class MonitoringChart {

  private static final int WIDTH = 720;
  private static final int LABEL = 260;
  private static final int ROW = 30;

  private MonitoringChart() {}

  static String svg(MonitoringPosition position, List<MonitoringPage.Row> rows) {
    List<MonitoringPosition.Line> lines = position.schemes();
    Money max = Money.ZERO;
    for (MonitoringPosition.Line l : lines) {
      for (Money m : List.of(l.budget(), l.forecastOutturn(), l.actualToDate())) {
        if (m.isGreaterThan(max)) {
          max = m;
        }
      }
    }
    int height = 40 + ROW * lines.size();
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append(
            "\" width=\"100%\" role=\"img\" aria-labelledby=\"monitoring-chart-title monitoring-chart-desc\">")
        .append("<title id=\"monitoring-chart-title\">Budget and forecast outturn by scheme, ")
        .append(position.year().display())
        .append(
            "</title><desc id=\"monitoring-chart-desc\">For each scheme a grey bar is its budget, a blue bar its"
                + " forecast outturn and a black bar its actual spend to date. The table below gives the"
                + " same figures.</desc>");
    svg.append("<g font-family=\"Arial, sans-serif\" font-size=\"12\" fill=\"#0b0c0c\">");
    for (int i = 0; i < lines.size(); i++) {
      MonitoringPosition.Line l = lines.get(i);
      int y = 10 + i * ROW;
      svg.append("<text x=\"")
          .append(LABEL - 8)
          .append("\" y=\"")
          .append(y + 16)
          .append("\" text-anchor=\"end\">")
          .append(escape(shorten(rows.get(i).name())))
          .append("</text>");
      bar(svg, y, 10, l.budget(), max, "#b1b4b6");
      bar(svg, y + 10, 10, l.forecastOutturn(), max, "#1d70b8");
      bar(svg, y + 20, 4, l.actualToDate(), max, "#0b0c0c");
    }
    svg.append("</g></svg>");
    return svg.toString();
  }

  private static void bar(StringBuilder svg, int y, int h, Money value, Money max, String colour) {
    if (max.isZero() || value.isNegative()) {
      return;
    }
    int width =
        value
            .pounds()
            .multiply(BigDecimal.valueOf(WIDTH - LABEL - 10))
            .divide(max.pounds(), 0, RoundingMode.HALF_UP)
            .intValue();
    svg.append("<rect x=\"")
        .append(LABEL)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(h)
        .append("\" fill=\"")
        .append(colour)
        .append("\"/>");
  }

  private static String shorten(String name) {
    return name.length() > 40 ? name.substring(0, 39) + "…" : name;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
