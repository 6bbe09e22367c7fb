package bcf.workbook;

import static bcf.workbook.CellReading.grid;
import static bcf.workbook.CellReading.reason;
import static bcf.workbook.CellReading.text;

import bcf.workbook.layout.Cells;
import bcf.workbook.layout.PlanLayout;
import bcf.workbook.layout.ReturnLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The opening both workbook readers share: the guard ({@link PlanWorkbookReader#guarded}), the
 * workbook opened, its hidden Lists sheet's marker (a plan workbook is not a return workbook, nor
 * the other way round), its round and its template version checked, before the reader reads a
 * single cell of its own; and every failure on the way turned into an {@link
 * UnusableWorkbookException} with the reason.
 */
final class WorkbookOpening {

  private WorkbookOpening() {}

  /**
   * What a kind of workbook is called where a refusal names it.
   *
   * @param marker what its Lists!A1 says
   * @param workbook it in words ("plan workbook")
   * @param make how to make one, for a workbook with no Lists sheet
   * @param otherMarker what the other kind's Lists!A1 says
   * @param other the other kind in words ("quarterly return workbook")
   * @param importAs how to import the other kind ("a return")
   * @param roundWorkbook the workbook a round's refusal asks for ("workbook")
   * @param template the template in words ("template")
   */
  record Kind(
      String lists,
      String marker,
      String workbook,
      String make,
      String otherMarker,
      String other,
      String importAs,
      String roundWorkbook,
      String template) {}

  static final Kind PLAN =
      new Kind(
          PlanLayout.LISTS,
          PlanLayout.MARKER,
          "plan workbook",
          "bcf workbook --round ROUND",
          ReturnLayout.MARKER,
          "quarterly return workbook",
          "a return",
          "workbook",
          "template");

  static final Kind RETURN =
      new Kind(
          ReturnLayout.LISTS,
          ReturnLayout.MARKER,
          "return workbook",
          "bcf workbook RETURN.json",
          PlanLayout.MARKER,
          "plan workbook",
          "a plan",
          "return workbook",
          "return template");

  /** An opened, recognised workbook: its layout, its sheets by name and its Lists sheet's cells. */
  record Opened<L>(L layout, Map<String, Sheet> sheets, CellReading.Grid marks) {}

  /** What a reader does with the opened workbook. */
  interface Reader<L, R> {
    R read(Opened<L> opened) throws IOException;
  }

  /**
   * Opens, recognises and reads a workbook.
   *
   * @param round the round the document must be of, or null for the workbook's own
   * @throws UnusableWorkbookException when it cannot be used, with the reason
   */
  static <L, R> R read(
      InputStream in,
      Kind kind,
      String round,
      CellReading reading,
      Function<String, Optional<L>> layouts,
      Function<L, String> versionOf,
      Reader<L, R> reader) {
    byte[] bytes = PlanWorkbookReader.guarded(in);
    try (ReadableWorkbook book = PlanWorkbookReader.open(new ByteArrayInputStream(bytes))) {
      Map<String, Sheet> sheets = new LinkedHashMap<>();
      book.getSheets().forEach(s -> sheets.put(s.getName(), s));
      Sheet lists = sheets.get(kind.lists());
      if (lists == null) {
        throw new UnusableWorkbookException(
            "it is not a bcf "
                + kind.workbook()
                + ": it has no hidden "
                + kind.lists()
                + " sheet saying its round (make one with "
                + kind.make()
                + ")");
      }
      CellReading.Grid marks = grid(lists);
      String marker = text(marks.get(0, 0));
      String bookRound = text(marks.get(1, 0));
      String version = text(marks.get(1, 1));
      if (kind.otherMarker().equals(marker)) {
        throw new UnusableWorkbookException(
            "it is a "
                + kind.other()
                + ", not a "
                + (kind == RETURN ? "quarterly return workbook" : kind.workbook())
                + " ("
                + Cells.ref(kind.lists(), 0, 0)
                + " says '"
                + kind.otherMarker()
                + "'): import it as "
                + kind.importAs());
      }
      if (!kind.marker().equals(marker) || bookRound.isEmpty()) {
        throw new UnusableWorkbookException(
            "it is not a bcf "
                + kind.workbook()
                + ": "
                + Cells.ref(kind.lists(), 0, 0)
                + " does not say '"
                + kind.marker()
                + "' with its round beside it");
      }
      reading.sameRound(round, bookRound, kind.roundWorkbook());
      L layout = CellReading.layout(layouts, versionOf, bookRound, version, kind.template());
      return reader.read(new Opened<>(layout, sheets, marks));
    } catch (IOException e) {
      throw new UnusableWorkbookException("it cannot be read: " + reason(e));
    } catch (RuntimeException e) {
      if (e instanceof UnusableWorkbookException) {
        throw e;
      }
      throw new UnusableWorkbookException("it cannot be read as a workbook: " + reason(e));
    }
  }

  /** A stored document's version a downloaded workbook says it was filled from, if it says one. */
  static Optional<Integer> storedVersion(String text) {
    if (!text.matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    int version = Integer.parseInt(text);
    return version < 1 ? Optional.empty() : Optional.of(version);
  }
}
