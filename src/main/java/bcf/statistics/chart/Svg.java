package bcf.statistics.chart;

/**
 * A small SVG writer: elements one a line, attributes in the order given, every text and attribute
 * value escaped for XML (and so for HTML too). Numbers are written as coordinates ({@link
 * ChartNumbers#coord}); attributes whose value is null are left out.
 *
 * <pre>
 * svg.tag("line").attr("x1", 10).attr("y1", 20).attr("stroke", GRID).close();
 * </pre>
 */
final class Svg {

  static final String NAMESPACE = "http://www.w3.org/2000/svg";

  private final StringBuilder out = new StringBuilder(8192);

  /** Starts an element; finish it with {@link Tag#close}, {@link Tag#text} or {@link Tag#open}. */
  Tag tag(String name) {
    out.append('<').append(name);
    return new Tag(name);
  }

  /** Starts a group with a class, closed by {@link #end()}. */
  Svg group(String cssClass) {
    return tag("g").attr("class", cssClass).open();
  }

  Svg end() {
    return end("g");
  }

  Svg end(String name) {
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** Appends markup another writer produced. */
  Svg append(Svg other) {
    out.append(other.out);
    return this;
  }

  /** An element being written: attributes first, then how it ends. */
  final class Tag {
    private final String name;

    private Tag(String name) {
      this.name = name;
    }

    Tag attr(String attribute, String value) {
      if (value != null) {
        out.append(' ').append(attribute).append("=\"").append(escape(value)).append('"');
      }
      return this;
    }

    Tag attr(String attribute, double value) {
      return attr(attribute, ChartNumbers.coord(value));
    }

    /** Ends an element without content. */
    Svg close() {
      out.append("/>\n");
      return Svg.this;
    }

    /** Ends an element holding only text, such as {@code text}, {@code title} or {@code desc}. */
    Svg text(String content) {
      out.append('>').append(escape(content)).append("</").append(name).append(">\n");
      return Svg.this;
    }

    /** Ends the start tag; children follow, then {@link Svg#end(String)}. */
    Svg open() {
      out.append(">\n");
      return Svg.this;
    }
  }

  /**
   * Escapes the five XML special characters, drops control characters XML 1.0 forbids and replaces
   * unpaired surrogates, so any title makes a well-formed document. Tabs and line breaks become
   * spaces: chart text is one line.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        case '\t', '\n', '\r' -> escaped.append(' ');
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            continue;
          }
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            escaped.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            escaped.append('\uFFFD');
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
