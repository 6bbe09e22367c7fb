package bcf.sheets;

/**
 * A spreadsheet bcf will not read, and why in words: too large, not a workbook, a zip bomb, a DTD
 * or entity declaration, macros, too many rows, no header row. Nothing of the file is used.
 */
public final class UnusableSpreadsheetException extends RuntimeException {

  public UnusableSpreadsheetException(String message) {
    super(message);
  }

  public UnusableSpreadsheetException(String message, Throwable cause) {
    super(message, cause);
  }
}
