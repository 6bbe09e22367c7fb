package bcf.statistics.chart;

import bcf.statistics.spc.SpcResult;
import bcf.statistics.spc.SpcWords;

/**
 * The Making Data Count icons of a control chart as small SVG images, in the chart's colours: the
 * variation icon (a grey zig-zag for common cause; H or L for special cause with high or low
 * values, blue when improving, orange when concerning, purple when neither) and the assurance icon
 * (P when the process consistently passes its target, F when it consistently fails, ? when it hits
 * and misses). Each says itself in words as its title and accessible name, as {@link SpcWords}
 * does.
 */
public final class SpcIcons {

  static final int SIZE = 40;

  private SpcIcons() {}

  /** The variation icon of a chart's variation code. */
  public static String variation(String code) {
    String words = "Variation: " + SpcWords.variation(code);
    if (SpcResult.COMMON_CAUSE.equals(code)) {
      Svg svg = start(words, SpcSvg.COMMON);
      svg.tag("polyline")
          .attr("points", "9,24 14,17 19,23 24,15 29,22 32,19")
          .attr("fill", "none")
          .attr("stroke", SpcSvg.COMMON)
          .attr("stroke-width", 2.5)
          .attr("stroke-linejoin", "round")
          .close();
      return finish(svg);
    }
    String colour =
        code.contains("improvement")
            ? SpcSvg.IMPROVEMENT
            : code.contains("concern") ? SpcSvg.CONCERN : SpcSvg.NEUTRAL;
    return letter(words, colour, code.endsWith("-high") ? "H" : "L");
  }

  /** The assurance icon of a chart, or null when it has none (no target, or no polarity). */
  public static String assurance(SpcResult result) {
    if (result.assurance() == null) {
      return null;
    }
    String words = "Assurance: " + SpcWords.assurance(result);
    return switch (result.assurance()) {
      case SpcResult.CONSISTENTLY_PASSES -> letter(words, SpcSvg.IMPROVEMENT, "P");
      case SpcResult.CONSISTENTLY_FAILS -> letter(words, SpcSvg.CONCERN, "F");
      default -> letter(words, SpcSvg.COMMON, "?");
    };
  }

  private static String letter(String words, String colour, String letter) {
    Svg svg = start(words, colour);
    svg.tag("text")
        .attr("x", SIZE / 2.0)
        .attr("y", 26.5)
        .attr("text-anchor", "middle")
        .attr("font-family", ChartFrame.FONT)
        .attr("font-size", 17)
        .attr("font-weight", "bold")
        .attr("fill", colour)
        .text(letter);
    return finish(svg);
  }

  private static Svg start(String words, String colour) {
    Svg svg = new Svg();
    svg.tag("svg")
        .attr("xmlns", Svg.NAMESPACE)
        .attr("width", SIZE)
        .attr("height", SIZE)
        .attr("viewBox", "0 0 " + SIZE + " " + SIZE)
        .attr("role", "img")
        .attr("aria-label", words)
        .attr("class", "bcf-spc-icon")
        .open();
    svg.tag("title").text(words);
    svg.tag("circle")
        .attr("cx", SIZE / 2.0)
        .attr("cy", SIZE / 2.0)
        .attr("r", 17)
        .attr("fill", ChartFrame.WHITE)
        .attr("stroke", colour)
        .attr("stroke-width", 3)
        .close();
    return svg;
  }

  private static String finish(Svg svg) {
    return svg.end("svg").toString();
  }
}
