package bcf.workbook.layout;

/**
 * Something wrong in a workbook, at its cell.
 *
 * @param rule a stable name: {@code workbook-amount}, {@code workbook-picklist}, {@code
 *     workbook-value}, or a validation rule's id for a finding of the imported plan
 * @param error whether it makes the import fail (exit 1); otherwise a warning
 * @param cell where, as {@code 'Sheet'!Cell}, or empty when no cell holds it
 * @param where the place in the plan document ({@code schemes[3].spend.2017-18}), or empty
 */
public record Problem(String rule, boolean error, String cell, String where, String message) {

  /** One line: the cell, then the message. */
  public String describe() {
    String at = cell.isEmpty() ? where : where.isEmpty() ? cell : cell + "  " + where;
    return (error ? "ERROR " : "WARNING ") + rule + "  " + at + "\n        " + message;
  }
}
