package bcf.csv;

/**
 * What is wrong with a CSV file, and where: {@code row} as a spreadsheet shows it (the header is
 * row 1), {@code column} by its header name, or null when the problem is the whole row or file.
 */
public record CsvProblem(int row, String column, String reason) {

  @Override
  public String toString() {
    return "row " + row + (column == null ? "" : ", column " + column) + ": " + reason;
  }
}
