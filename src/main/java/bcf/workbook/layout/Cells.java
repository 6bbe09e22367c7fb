package bcf.workbook.layout;

/** Cell references as a person writes them: {@code '4. Income'!G7}. */
public final class Cells {

  private Cells() {}

  /** The letters of a column from its index from 0 (0 is A, 26 is AA). */
  public static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      letters.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return letters.toString();
  }

  /** A cell on its own: {@code G7} for column 6 and row 6 (both from 0). */
  public static String cell(int column, int row) {
    return column(column) + (row + 1);
  }

  /** A cell with its sheet, quoted as Excel quotes it: {@code '4. Income'!G7}. */
  public static String ref(String sheet, int column, int row) {
    return sheet(sheet) + "!" + cell(column, row);
  }

  /** A sheet's name as a formula writes it: quoted, with quotes doubled. */
  public static String sheet(String sheet) {
    return "'" + sheet.replace("'", "''") + "'";
  }
}
