package bcf.published;

import bcf.round.Round;
import bcf.sheets.Header;
import bcf.sheets.SheetRow;
import bcf.sheets.UnusableSpreadsheetException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A published release's rows to actuals: which release it is, from its header row (found by labels
 * among its first rows), then that release's reader.
 */
public final class Releases {

  private Releases() {}

  /**
   * Converts the release.
   *
   * @throws UnusableSpreadsheetException when it is no release bcf knows, or cannot be used for the
   *     round
   */
  public static Conversion convert(
      Iterator<SheetRow> rows, Round round, HwbCodes codes, PeriodHint hint) {
    List<SheetRow> head = new ArrayList<>();
    while (rows.hasNext() && head.size() < bcf.kernel.Limits.HEADER_SEARCH_ROWS) {
      head.add(rows.next());
    }
    UnusableSpreadsheetException ascof;
    try {
      Header header = Header.find(head.iterator(), AscofRelease.COLUMNS);
      return AscofRelease.read(header, rest(head, header, rows), round, codes, hint);
    } catch (UnusableSpreadsheetException e) {
      if (!e.getMessage().startsWith("no header row")) {
        throw e;
      }
      ascof = e;
    }
    try {
      Header header = Header.find(head.iterator(), DelayedTransfersRelease.COLUMNS);
      return DelayedTransfersRelease.read(header, rest(head, header, rows), round, codes, hint);
    } catch (UnusableSpreadsheetException e) {
      if (!e.getMessage().startsWith("no header row")) {
        throw e;
      }
      throw new UnusableSpreadsheetException(
          "it is neither of the releases bcf reads. As ASCOF open data: "
              + ascof.getMessage()
              + ". As delayed transfers of care: "
              + e.getMessage());
    }
  }

  /** The rows below the header: those read ahead, then the rest. */
  private static Iterator<SheetRow> rest(
      List<SheetRow> head, Header header, Iterator<SheetRow> rows) {
    Iterator<SheetRow> ahead = head.subList(header.above().size() + 1, head.size()).iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return ahead.hasNext() || rows.hasNext();
      }

      @Override
      public SheetRow next() {
        if (ahead.hasNext()) {
          return ahead.next();
        }
        if (!rows.hasNext()) {
          throw new NoSuchElementException();
        }
        return rows.next();
      }
    };
  }
}
