package bcf.csv;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How bcf writes a CSV cell, for every CSV it writes, and which text it refuses to read where a
 * number, code or age band belongs. Spreadsheets run a cell that begins with {@code =}, {@code +},
 * {@code -} or {@code @} (and, in some, a tab or carriage return) as a formula: {@code
 * =HYPERLINK(...)} or {@code +cmd|...} in a downloaded file would run on an assurer's machine when
 * opened in Excel. Such a cell is written with a single quote before it (OWASP's advice), so it
 * shows as the text it is; a plain number ({@code -12.5}) is left as it is, so it stays a number.
 */
public final class CsvCells {

  private static final String TRIGGERS = "=+-@\t\r";

  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvCells() {}

  /** Whether a spreadsheet could take the text for a formula: it begins with a trigger. */
  public static boolean formulaLike(String text) {
    return text != null
        && !text.isEmpty()
        && TRIGGERS.indexOf(text.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(text).matches();
  }

  /** The text as one CSV cell: neutralised if formula-like, quoted if it needs to be. */
  public static String cell(String text) {
    if (text == null) {
      return "";
    }
    String safe = formulaLike(text) ? "'" + text : text;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  /** A line of cells, ended by a newline. */
  public static String line(List<String> cells) {
    return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\n";
  }

  /** The problem to report for formula-like text read from a CSV file. */
  public static CsvProblem formulaProblem(int row, String column, String text) {
    return new CsvProblem(
        row,
        column,
        "the field begins with '"
            + switch (text.charAt(0)) {
              case '\t' -> "a tab";
              case '\r' -> "a carriage return";
              default -> String.valueOf(text.charAt(0));
            }
            + "', which a spreadsheet would run as a formula: not accepted in "
            + column);
  }
}
