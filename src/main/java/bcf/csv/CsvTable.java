package bcf.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A CSV file with a header row (RFC 4180: commas, double-quoted fields with doubled quotes inside,
 * CRLF or LF line ends, an optional byte-order mark). Header names are matched without regard to
 * case, spaces or hyphens: {@code Age Band}, {@code age-band} and {@code age_band} are one column.
 * Rows are numbered as a spreadsheet numbers them, the header being row 1; blank lines are skipped
 * but still counted.
 */
public final class CsvTable {

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

  private static void split(String content, List<List<String>> records, List<Integer> lines) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < content.length() && content.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        records.add(fields);
        lines.add(recordLine);
        fields = new ArrayList<>();
        field.setLength(0);
        wasQuoted = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new CsvException(
          new CsvProblem(
              recordLine, null, "a quoted field is not closed before the end of the file"));
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
      lines.add(recordLine);
    }
  }

  @Override
  public String toString() {
    return "CsvTable" + Arrays.asList(header.toArray()) + " with " + rows.size() + " rows";
  }
}
