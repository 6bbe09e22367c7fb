package bcf.csv;

import bcf.kernel.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row (RFC 4180: commas, double-quoted fields with doubled quotes inside,
 * CRLF or LF line ends, an optional byte-order mark). Header names are matched without regard to
 * case, spaces or hyphens: {@code Age Band}, {@code age-band} and {@code age_band} are one column.
 * Rows are numbered as a spreadsheet numbers them, the header being row 1; blank lines are skipped
 * but still counted, and a row whose quoted field runs over several lines is numbered by the line
 * it starts on (the line a text editor shows), so the rows after it keep their line numbers.
 * Commons CSV does the tokenising; this class numbers the rows and reports the problems.
 */
public final class CsvTable {

  /**
   * RFC 4180, and as forgiving as spreadsheets are: spaces around a quoted field are ignored, text
   * after a closing quote is kept, and blank lines are records (skipped later, but counted).
   */
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setIgnoreEmptyLines(false)
          .setIgnoreSurroundingSpaces(true)
          .setTrailingData(true)
          .get();

  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private final List<String> header;
  private final List<Row> rows;

  private CsvTable(List<String> header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  /** One data row: its spreadsheet row number and its fields by column name, trimmed. */
  public record Row(int number, Map<String, String> fields) {

    /** The field's text, trimmed; empty when the column is absent or the field blank. */
    public String text(String column) {
      String value = fields.get(name(column));
      return value == null ? "" : value;
    }

    public boolean blank(String column) {
      return text(column).isEmpty();
    }
  }

  /**
   * Reads the whole text, at most {@link Limits#CSV_ROWS} data rows.
   *
   * @throws CsvException for an empty file, an unterminated quote, a duplicated header, a row with
   *     more fields than the header has, or a file beyond the limits
   */
  public static CsvTable parse(String text) {
    return parse(text, Limits.CSV_ROWS);
  }

  /**
   * Reads the whole text, refusing it as soon as it passes {@code maxRows} data rows, {@link
   * Limits#CSV_CELLS} fields, {@link Limits#CSV_COLUMNS} columns or a field of {@link
   * Limits#CELL_CHARS} characters: records are taken one at a time, so a file beyond a limit costs
   * no more than the rows before it.
   *
   * @throws CsvException as {@link #parse(String)}
   */
  public static CsvTable parse(String text, int maxRows) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> header = null;
    List<CsvProblem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    long cells = 0;
    try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
      Iterator<CSVRecord> iterator = parser.iterator();
      while (true) {
        int number = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
        if (!hasNext(iterator, number)) {
          break;
        }
        List<String> fields = iterator.next().toList();
        cells += fields.size();
        if (cells > Limits.CSV_CELLS) {
          throw beyond(number, "has more than " + count(Limits.CSV_CELLS) + " fields");
        }
        for (int c = 0; c < fields.size(); c++) {
          String field = fields.get(c);
          if (field.length() > Limits.CELL_CHARS) {
            throw new CsvException(
                new CsvProblem(
                    number,
                    header == null || c >= header.size() ? null : header.get(c),
                    "the field is longer than "
                        + Limits.CELL_CHARS
                        + " characters, more than bcf reads ('"
                        + Limits.excerpt(field)
                        + "')"));
          }
        }
        if (isBlank(fields)) {
          continue;
        }
        if (header == null) {
          if (fields.size() > Limits.CSV_COLUMNS) {
            throw beyond(number, "names " + fields.size() + " columns in its header");
          }
          header = header(fields, number, problems);
          continue;
        }
        if (fields.size() > header.size()) {
          problems.add(
              new CsvProblem(
                  number,
                  null,
                  "the row has "
                      + fields.size()
                      + " fields but the header names "
                      + header.size()
                      + " columns"));
          continue;
        }
        if (rows.size() == maxRows) {
          throw beyond(
              number,
              "has more than " + count(maxRows) + " rows after the header (at row " + number + ")");
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          byName.put(header.get(c), c < fields.size() ? fields.get(c).trim() : "");
        }
        rows.add(new Row(number, Collections.unmodifiableMap(byName)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    }
    if (header == null) {
      throw new CsvException(new CsvProblem(1, null, "the file is empty: it needs a header row"));
    }
    if (!problems.isEmpty()) {
      throw new CsvException(problems);
    }
    return new CsvTable(List.copyOf(header), List.copyOf(rows));
  }

  private static List<String> header(List<String> fields, int row, List<CsvProblem> problems) {
    List<String> header = new ArrayList<>();
    for (String raw : fields) {
      String name = name(raw);
      if (name.isEmpty()) {
        problems.add(new CsvProblem(row, null, "a column has no name in the header"));
      } else if (header.contains(name)) {
        problems.add(new CsvProblem(row, name, "the column appears twice in the header"));
      }
      header.add(name);
    }
    return header;
  }

  /** A file beyond a limit: one problem, said at once, with the limit. */
  private static CsvException beyond(int row, String what) {
    return new CsvException(
        new CsvProblem(row, null, "the file " + what + ", more than bcf reads at once; split it"));
  }

  private static String count(int n) {
    return String.format(Locale.UK, "%,d", n);
  }

  /**
   * Whether the parser has another record. With this format the only record it refuses is one whose
   * quote never closes.
   */
  private static boolean hasNext(Iterator<CSVRecord> iterator, int line) {
    try {
      return iterator.hasNext();
    } catch (UncheckedIOException e) {
      throw new CsvException(
          new CsvProblem(line, null, "a quoted field is not closed before the end of the file"));
    }
  }

  /** The normal form of a column name: lower case, with spaces and hyphens as underscores. */
  public static String name(String raw) {
    return raw.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
  }

  public List<String> header() {
    return header;
  }

  public List<Row> rows() {
    return rows;
  }

  public boolean has(String column) {
    return header.contains(name(column));
  }

  /**
   * Checks that every named column is in the header.
   *
   * @throws CsvException naming each missing column at row 1 (the header)
   */
  public void require(String... columns) {
    List<CsvProblem> problems = new ArrayList<>();
    for (String column : columns) {
      if (!has(column)) {
        problems.add(
            new CsvProblem(
                1, name(column), "the column is missing (the header has " + header + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new CsvException(problems);
    }
  }

  /**
   * Checks that the header names only known columns.
   *
   * @throws CsvException naming each unknown column
   */
  public void allowOnly(Set<String> columns) {
    List<CsvProblem> problems = new ArrayList<>();
    for (String column : header) {
      if (!columns.contains(column)) {
        problems.add(
            new CsvProblem(
                1, column, "unknown column (known: " + String.join(", ", columns) + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new CsvException(problems);
    }
  }

  /**
   * The field as a number, or null after recording a problem when it is blank or not a number.
   * Thousands separators ({@code 1,045}) are accepted.
   */
  public static BigDecimal number(Row row, String column, List<CsvProblem> problems) {
    String text = row.text(column);
    if (text.isEmpty()) {
      problems.add(
          new CsvProblem(row.number(), name(column), "a number is needed, the field is empty"));
      return null;
    }
    try {
      BigDecimal value = parseNumber(text);
      if (value == null) {
        problems.add(
            new CsvProblem(
                row.number(), name(column), "'" + Limits.excerpt(text) + "' is not a number"));
      }
      return value;
    } catch (Limits.NumberOutOfRange e) {
      problems.add(new CsvProblem(row.number(), name(column), e.getMessage()));
      return null;
    }
  }

  /** The field as a number, null when blank; a problem is recorded when it is not a number. */
  public static BigDecimal optionalNumber(Row row, String column, List<CsvProblem> problems) {
    return row.blank(column) ? null : number(row, column, problems);
  }

  private static BigDecimal parseNumber(String text) {
    if (text.length() > Limits.NUMBER_CHARS) {
      return Limits.number(text); // refused with the limit, before any pattern runs on it
    }
    return Limits.number(GROUPED.matcher(text).matches() ? text.replace(",", "") : text);
  }

  private static boolean isBlank(List<String> fields) {
    return fields.stream().allMatch(String::isBlank);
  }

  @Override
  public String toString() {
    return "CsvTable" + Arrays.asList(header.toArray()) + " with " + rows.size() + " rows";
  }
}
