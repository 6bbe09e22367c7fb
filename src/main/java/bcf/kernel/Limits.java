package bcf.kernel;

/**
 * How much work one request may ask for, in one place for every edge (API bodies, web forms and
 * uploads, the command line's files): the size of a body, the rows and cells of a CSV file, the
 * size of a number, the points of a chart, and how much of a caller's input a message may quote.
 * Each limit is far above any real file (docs/decisions.md, "Limits") and low enough that the work
 * it allows is bounded in memory and time; the web's request guard, the container's form and upload
 * limits and the CSV reader all take their numbers from here.
 */
public final class Limits {

  /** 10 MiB: the body of any request (a plan document, a part, a CSV file); some 200,000 rows. */
  public static final int BODY_BYTES = 10 * 1024 * 1024;

  /**
   * A form or an upload may be 1 MiB more than a body, for its field names, encoding and multipart
   * framing, so that a 10 MiB file still uploads; the file within it is held to {@link
   * #BODY_BYTES}.
   */
  public static final int FORM_BYTES = BODY_BYTES + 1024 * 1024;

  /** Data rows of one CSV file: 200,000, nearly four times every HWB's metrics for five years. */
  public static final int CSV_ROWS = 200_000;

  /** Fields of one CSV file, header included: ten per row at the row limit. */
  public static final int CSV_CELLS = 2_000_000;

  /** Characters of one CSV field: a name, a period, a number; labels are far shorter. */
  public static final int CELL_CHARS = 200;

  /** Columns of one CSV file's header: the widest file bcf reads has 8. */
  public static final int CSV_COLUMNS = 100;

  /**
   * Rows the statistics tools compute intervals for: 20,000 (every age band of a thousand groups).
   * Open to anyone, so held well below {@link #CSV_ROWS}, which a signed-in import may use.
   */
  public static final int TOOL_ROWS = 20_000;

  /** Points of one control chart: 5,000, over 400 years of months. */
  public static final int CHART_POINTS = 5_000;

  /** Characters of a number as written, signs, separators and exponent included. */
  public static final int NUMBER_CHARS = 40;

  /**
   * The largest power of ten a number may reach, up or down: 1e100 and 1e-100 are read; 1e101,
   * 1e-101 and 1e-999999999 are refused, so that no sum or message ever writes out a number of a
   * billion digits.
   */
  public static final int NUMBER_EXPONENT = 100;

  /** Characters of a caller's input that a message quotes. */
  public static final int EXCERPT_CHARS = 40;

  /** Problems of one file listed in an answer; the rest are counted. */
  public static final int PROBLEMS_LISTED = 100;

  /**
   * Requests of the statistics tools (anonymous, and the most expensive work of the server) that
   * run at once; more are refused at once with 503 and Retry-After rather than queued.
   */
  public static final int EXPENSIVE_AT_ONCE = 4;

  /**
   * The most any answer of the statistics tools may be, with {@link #TOOL_ROWS} results or a chart
   * of {@link #CHART_POINTS} points; a test holds every tool to it.
   */
  public static final int TOOL_ANSWER_BYTES = 8 * 1024 * 1024;

  /**
   * A spreadsheet file (a published release, a workbook): 50 MiB, twenty-five times the largest
   * release bcf reads (ASCOF's open data, 2 MiB); larger files are refused before they are opened.
   */
  public static final long SPREADSHEET_BYTES = 50L * 1024 * 1024;

  /**
   * Everything a spreadsheet's zip unpacks to, counted while unzipping: 256 MiB (ASCOF's 2 MiB
   * unpacks to 19 MiB), so that a zip bomb is stopped after at most this much work.
   */
  public static final long SPREADSHEET_UNZIPPED_BYTES = 256L * 1024 * 1024;

  /**
   * How many times larger than its compressed size a part may unpack to, once past 1 MiB: real
   * sheets compress 10 to 30 times, bombs thousands of times.
   */
  public static final int SPREADSHEET_UNZIP_RATIO = 100;

  /**
   * The shared strings part, which a reader holds in memory while it reads the sheets: 64 MiB
   * (ASCOF's is 14 KiB; a sheet of every HWB's plan text some hundreds of KiB).
   */
  public static final long SHARED_STRINGS_BYTES = 64L * 1024 * 1024;

  /** Parts (zip entries) of one spreadsheet: a workbook of 50 sheets has about 120. */
  public static final int SPREADSHEET_PARTS = 1_000;

  /** Rows of one sheet: as for a CSV file, {@link #CSV_ROWS}. */
  public static final int SHEET_ROWS = CSV_ROWS;

  /** Columns of one sheet's row that are read: far more than any release has. */
  public static final int SHEET_COLUMNS = 256;

  /** Rows searched for a header row (title rows and notes come first in published files). */
  public static final int HEADER_SEARCH_ROWS = 50;

  private Limits() {}

  /** A number beyond {@link #NUMBER_CHARS} or {@link #NUMBER_EXPONENT}; the message says which. */
  public static final class NumberOutOfRange extends IllegalArgumentException {
    NumberOutOfRange(String message) {
      super(message);
    }
  }

  /**
   * The text as a decimal number, checked against the limits before and after parsing, so that
   * neither reading it nor writing it out costs more than a few dozen digits.
   *
   * @return null when the text is not a number at all
   * @throws NumberOutOfRange when it is a number bcf does not read
   */
  public static java.math.BigDecimal number(String text) {
    String plain = text.strip();
    if (plain.length() > NUMBER_CHARS) {
      throw new NumberOutOfRange(
          "'"
              + excerpt(plain)
              + "' is longer than a number may be ("
              + NUMBER_CHARS
              + " characters)");
    }
    java.math.BigDecimal value;
    try {
      value = new java.math.BigDecimal(plain);
    } catch (NumberFormatException e) {
      return null;
    }
    checkRange(value, plain);
    return value;
  }

  /**
   * Checks that a number, however it was read (JSON, a form), has at most {@link #NUMBER_EXPONENT}
   * places after its point and {@link #NUMBER_EXPONENT} zeros before it.
   *
   * @param text how the caller wrote it, quoted at most {@link #EXCERPT_CHARS} characters long
   * @throws NumberOutOfRange when it does not
   */
  public static void checkRange(java.math.BigDecimal value, String text) {
    if (value.scale() < -NUMBER_EXPONENT) {
      throw new NumberOutOfRange(
          "'"
              + excerpt(text)
              + "' is too large a number (bcf reads numbers up to 1e"
              + NUMBER_EXPONENT
              + ")");
    }
    if (value.scale() > NUMBER_EXPONENT) {
      throw new NumberOutOfRange(
          "'"
              + excerpt(text)
              + "' is too small a number or has too many decimal places (bcf reads "
              + NUMBER_EXPONENT
              + " at most)");
    }
  }

  /**
   * The caller's text as a message may quote it: at most {@link #EXCERPT_CHARS} characters, the
   * rest cut off with an ellipsis and its length said.
   */
  public static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int end =
        Character.isHighSurrogate(text.charAt(EXCERPT_CHARS - 1))
            ? EXCERPT_CHARS - 1
            : EXCERPT_CHARS;
    return text.substring(0, end) + "\u2026 (" + text.length() + " characters)";
  }

  /** A size in MiB as people say it: "10 MiB". */
  public static String mebibytes(long bytes) {
    return bytes % (1024 * 1024) == 0
        ? bytes / (1024 * 1024) + " MiB"
        : String.format(java.util.Locale.UK, "%.1f MiB", bytes / (1024.0 * 1024));
  }
}
