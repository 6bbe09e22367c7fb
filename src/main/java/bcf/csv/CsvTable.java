package bcf.csv;

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
   * Reads the whole text.
   *
   * @throws CsvException for an empty file, an unterminated quote, a duplicated header or a row
   *     with more fields than the header has
   */
  public static CsvTable parse(String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<List<String>> records = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    split(content, records, lineNumbers);
    int first = 0;
    while (first < records.size() && isBlank(records.get(first))) {
      first++;
    }
    if (first == records.size()) {
      throw new CsvException(new CsvProblem(1, null, "the file is empty: it needs a header row"));
    }
    List<String> header = new ArrayList<>();
    List<CsvProblem> problems = new ArrayList<>();
    int headerRow = lineNumbers.get(first);
    for (String raw : records.get(first)) {
      String name = name(raw);
      if (name.isEmpty()) {
        problems.add(new CsvProblem(headerRow, null, "a column has no name in the header"));
      } else if (header.contains(name)) {
        problems.add(new CsvProblem(headerRow, name, "the column appears twice in the header"));
      }
      header.add(name);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = first + 1; i < records.size(); i++) {
      List<String> fields = records.get(i);
      int number = lineNumbers.get(i);
      if (isBlank(fields)) {
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
      Map<String, String> byName = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        byName.put(header.get(c), c < fields.size() ? fields.get(c).trim() : "");
      }
      rows.add(new Row(number, Collections.unmodifiableMap(byName)));
    }
    if (!problems.isEmpty()) {
      throw new CsvException(problems);
    }
    return new CsvTable(List.copyOf(header), List.copyOf(rows));
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
    BigDecimal value = parseNumber(text);
    if (value == null) {
      problems.add(new CsvProblem(row.number(), name(column), "'" + text + "' is not a number"));
    }
    return value;
  }

  /** The field as a number, null when blank; a problem is recorded when it is not a number. */
  public static BigDecimal optionalNumber(Row row, String column, List<CsvProblem> problems) {
    return row.blank(column) ? null : number(row, column, problems);
  }

  private static BigDecimal parseNumber(String text) {
    String plain = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
    try {
      BigDecimal value = new BigDecimal(plain);
      return value;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isBlank(List<String> fields) {
    return fields.stream().allMatch(String::isBlank);
  }

  /**
   * Splits the text into records with Commons CSV, each with the line it starts on. The parser is
   * asked for one record at a time, so the lines it has consumed before a record (CR, LF and CRLF
   * each ending one, inside quotes too) give that record's row; blank lines come back as records of
   * one empty field, so they are counted.
   */
  private static void split(String content, List<List<String>> records, List<Integer> lines) {
    try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
      Iterator<CSVRecord> iterator = parser.iterator();
      while (true) {
        int line = Math.toIntExact(parser.getCurrentLineNumber()) + 1;
        try {
          if (!iterator.hasNext()) {
            return;
          }
        } catch (UncheckedIOException e) {
          // With this format the only record the parser refuses is one whose quote never closes.
          throw new CsvException(
              new CsvProblem(
                  line, null, "a quoted field is not closed before the end of the file"));
        }
        records.add(iterator.next().toList());
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    }
  }

  @Override
  public String toString() {
    return "CsvTable" + Arrays.asList(header.toArray()) + " with " + rows.size() + " rows";
  }
}
