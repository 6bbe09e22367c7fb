package bcf.workbook;

/**
 * The file cannot be used as a plan workbook at all: not a workbook, not bcf's, made for another
 * round or another version of the template, or laid out differently from its round's template. The
 * message says which and why (and where, when a cell is to blame).
 */
public final class UnusableWorkbookException extends RuntimeException {

  public UnusableWorkbookException(String message) {
    super(message);
  }
}
