package bcf.sheets;

import bcf.kernel.Limits;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A sheet's header row, found by its labels rather than its position: the first of the first
 * {@value Limits#HEADER_SEARCH_ROWS} rows that has every required column (by any of its labels),
 * and where each column is. The rows above it (titles, the period, notes) are kept for the reader.
 */
public final class Header {

  private final SheetRow row;
  private final Map<String, Integer> columns;
  private final List<SheetRow> above;

  private Header(SheetRow row, Map<String, Integer> columns, List<SheetRow> above) {
    this.row = row;
    this.columns = columns;
    this.above = above;
  }

  /**
   * Reads rows from {@code rows} until the header; the iterator is left at the first row below it.
   *
   * @throws UnusableSpreadsheetException naming the columns missing from the row that came nearest
   */
  public static Header find(Iterator<SheetRow> rows, List<Column> wanted) {
    List<SheetRow> above = new ArrayList<>();
    SheetRow nearest = null;
    int nearestFound = -1;
    List<String> nearestMissing = List.of();
    int searched = 0;
    while (rows.hasNext() && searched < Limits.HEADER_SEARCH_ROWS) {
      SheetRow row = rows.next();
      searched++;
      Map<String, Integer> found = new LinkedHashMap<>();
      List<String> missing = new ArrayList<>();
      for (Column column : wanted) {
        OptionalInt at = position(row, column);
        if (at.isPresent()) {
          found.put(column.name(), at.getAsInt());
        } else if (column.required()) {
          missing.add(column.name());
        }
      }
      if (missing.isEmpty()) {
        return new Header(row, Map.copyOf(found), List.copyOf(above));
      }
      if (found.size() > nearestFound) {
        nearest = row;
        nearestFound = found.size();
        nearestMissing = missing;
      }
      above.add(row);
    }
    List<String> required = wanted.stream().filter(Column::required).map(Column::name).toList();
    String message =
        "no header row: none of the first "
            + searched
            + (searched == 1 ? " row" : " rows")
            + " has the columns "
            + String.join(", ", required);
    if (nearest != null && nearestFound > 0) {
      message +=
          "; row "
              + nearest.number()
              + " comes nearest but has no "
              + String.join(", ", nearestMissing)
              + " column ("
              + labelsOf(wanted, nearestMissing)
              + ")";
    }
    throw new UnusableSpreadsheetException(message);
  }

  private static String labelsOf(List<Column> wanted, List<String> names) {
    List<String> parts = new ArrayList<>();
    for (Column column : wanted) {
      if (names.contains(column.name())) {
        parts.add(
            column.name()
                + (column.labels().size() > 1
                    ? " may also be headed "
                        + String.join(
                            " or ",
                            column.labels().subList(1, column.labels().size()).stream()
                                .map(l -> "'" + l + "'")
                                .toList())
                    : " is headed '" + column.name() + "'"));
      }
    }
    return String.join("; ", parts);
  }

  private static OptionalInt position(SheetRow row, Column column) {
    for (int i = 0; i < row.cells().size(); i++) {
      if (column.matches(row.cells().get(i))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  public int rowNumber() {
    return row.number();
  }

  /** Whether the column (by its name) was found. */
  public boolean has(String column) {
    return columns.containsKey(column);
  }

  /** Where the column (by its name) is, from 0; -1 when an optional column is absent. */
  public int index(String column) {
    return columns.getOrDefault(column, -1);
  }

  /** The label the file gives the column. */
  public String label(String column) {
    return has(column) ? row.cell(index(column)) : "";
  }

  /** The cell of {@code row} in the column, or "" when the column is absent. */
  public String cell(SheetRow row, String column) {
    int at = index(column);
    return at < 0 ? "" : row.cell(at);
  }

  /** The rows above the header, in order. */
  public List<SheetRow> above() {
    return above;
  }
}
