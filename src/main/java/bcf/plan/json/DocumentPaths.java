package bcf.plan.json;

/**
 * Converts between the paths findings and document errors use ({@code schemes[3].spend.2015-16})
 * and JSON pointers ({@code /schemes/3/spend/2015-16}), which forms and the audit trail use.
 */
public final class DocumentPaths {

  private DocumentPaths() {}

  public static String toPointer(String where) {
    if (where == null || where.isEmpty()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < where.length(); i++) {
      char c = where.charAt(i);
      if (c == '.' || c == '[') {
        flush(pointer, name);
      } else if (c == ']') {
        flush(pointer, name);
      } else {
        name.append(c);
      }
    }
    flush(pointer, name);
    return pointer.toString();
  }

  private static void flush(StringBuilder pointer, StringBuilder name) {
    if (name.length() > 0) {
      pointer.append('/').append(escape(name.toString()));
      name.setLength(0);
    }
  }

  /** An HTML id for the form field at a pointer: {@code f-contributions-3-actual}. */
  public static String fieldId(String pointer) {
    return "f" + pointer.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /**
   * Whether a step of a path is a position in a list: one to {@code maxDigits} ASCII digits ({@code
   * 3} in {@code /schemes/3/name}). Checked by hand: paths are stepped through for every cell of an
   * imported workbook, and {@link String#matches} compiles its pattern on each call.
   */
  public static boolean isPosition(String step, int maxDigits) {
    if (step == null || step.isEmpty() || step.length() > maxDigits) {
      return false;
    }
    for (int i = 0; i < step.length(); i++) {
      char c = step.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A name as one token of a JSON pointer (RFC 6901). */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
