package bcf.sheets;

import java.util.List;

/**
 * One row of a sheet as text: {@code number} as the spreadsheet shows it (from 1), cells from
 * column A; numbers as written in the file (no rounding), dates as {@code 2018-04-01}, empty cells
 * as "".
 */
public record SheetRow(int number, List<String> cells) {

  public SheetRow {
    cells = List.copyOf(cells);
  }

  /** The cell's text, stripped, or "" past the row's last cell. */
  public String cell(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
  }

  public boolean blank() {
    return cells.stream().allMatch(String::isBlank);
  }

  /** The cell's place as a spreadsheet names it: {@code H12}. */
  public String place(int column) {
    return columnName(column) + number;
  }

  /** A column's letters: 0 is A, 26 is AA. */
  public static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      name.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return name.toString();
  }
}
