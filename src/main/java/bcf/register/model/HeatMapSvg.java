package bcf.register.model;

/**
 * The heat map drawn as SVG, on the server: likelihood up the side, impact along the bottom, each
 * cell shaded by its band and showing its count, the axes titled "Likelihood" and "Impact". It has
 * a title and a description for assistive technology; the page gives the same counts as a table,
 * its text alternative.
 */
public final class HeatMapSvg {

  private static final int CELL = 56;
  private static final int LEFT = 64;
  private static final int BOTTOM = 60;

  private HeatMapSvg() {}

  public static String of(HeatMap map, Scale scale, String titleId) {
    int width = LEFT + map.impactLevels() * CELL + 8;
    int height = map.likelihoodLevels() * CELL + BOTTOM + 8;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(escape(titleId))
        .append("-title ")
        .append(escape(titleId))
        .append("-desc\">");
    svg.append("<title id=\"")
        .append(escape(titleId))
        .append("-title\">Heat map of live entries</title>");
    svg.append("<desc id=\"")
        .append(escape(titleId))
        .append("-desc\">")
        .append(map.onGrid())
        .append(map.onGrid() == 1 ? " entry" : " entries")
        .append(
            " by likelihood (up) and impact (across); the table below gives the same counts.</desc>");
    for (HeatMap.Cell cell : map.cells()) {
      int x = LEFT + (cell.impact() - 1) * CELL;
      int y = (map.likelihoodLevels() - cell.likelihood()) * CELL;
      svg.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(CELL)
          .append("\" height=\"")
          .append(CELL)
          .append("\" fill=\"")
          .append(fill(cell.band(), scale))
          .append("\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
      if (cell.count() > 0) {
        svg.append("<text x=\"")
            .append(x + CELL / 2)
            .append("\" y=\"")
            .append(y + CELL / 2 + 7)
            .append(
                "\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" fill=\"#0b0c0c\">")
            .append(cell.count())
            .append("</text>");
      }
    }
    for (int l = 1; l <= map.likelihoodLevels(); l++) {
      int y = (map.likelihoodLevels() - l) * CELL + CELL / 2 + 6;
      svg.append("<text x=\"")
          .append(LEFT - 12)
          .append("\" y=\"")
          .append(y)
          .append("\" text-anchor=\"end\" font-size=\"16\" fill=\"#0b0c0c\">")
          .append(l)
          .append("</text>");
    }
    for (int i = 1; i <= map.impactLevels(); i++) {
      svg.append("<text x=\"")
          .append(LEFT + (i - 1) * CELL + CELL / 2)
          .append("\" y=\"")
          .append(map.likelihoodLevels() * CELL + 22)
          .append("\" text-anchor=\"middle\" font-size=\"16\" fill=\"#0b0c0c\">")
          .append(i)
          .append("</text>");
    }
    int middleY = map.likelihoodLevels() * CELL / 2;
    svg.append("<text x=\"18\" y=\"")
        .append(middleY)
        .append("\" transform=\"rotate(-90 18 ")
        .append(middleY)
        .append(")\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\"")
        .append(" fill=\"#0b0c0c\" class=\"axis-title\">Likelihood</text>");
    svg.append("<text x=\"")
        .append(LEFT + map.impactLevels() * CELL / 2)
        .append("\" y=\"")
        .append(map.likelihoodLevels() * CELL + 48)
        .append("\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\"")
        .append(" fill=\"#0b0c0c\" class=\"axis-title\">Impact</text>");
    svg.append("</svg>");
    return svg.toString();
  }

  /** Light shades so that the dark count stays readable on every band (contrast above 4.5:1). */
  private static String fill(String band, Scale scale) {
    int at = -1;
    for (int n = 0; n < scale.bands().size(); n++) {
      if (scale.bands().get(n).label().equals(band)) {
        at = n;
      }
    }
    String[] shades = {"#cce2d8", "#fff7bf", "#fcd6c3", "#f4cdc6"};
    if (at < 0) {
      return "#f3f2f1";
    }
    int count = scale.bands().size();
    int shade = count <= 1 ? 0 : Math.round((float) at * (shades.length - 1) / (count - 1));
    return shades[shade];
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
