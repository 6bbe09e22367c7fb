package bcf.workbook;

import static bcf.workbook.CellReading.expectHeading;
import static bcf.workbook.CellReading.grid;
import static bcf.workbook.CellReading.reason;
import static bcf.workbook.CellReading.text;

import bcf.workbook.layout.Cells;
import bcf.workbook.layout.Field;
import bcf.workbook.layout.PlanLayout;
import bcf.workbook.layout.Problem;
import bcf.workbook.layout.Table;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a filled plan workbook back into a plan document, by the same {@link PlanLayout} the writer
 * followed, with fastexcel-reader (streaming: it never holds POI's whole object model). Formulas
 * are read as their cached values. Each value read remembers its cell, so that every problem, and
 * every finding of the plan later, can be shown at {@code 'Sheet'!Cell}.
 */
public final class PlanWorkbookReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What was read: the plan document, the problems found on the way, and each value's cell. */
  public record Reading(
      PlanLayout layout,
      ObjectNode document,
      List<Problem> problems,
      Map<String, String> cells,
      Optional<Integer> planVersion) {

    /**
     * The cell of a place in the plan ({@code dates[2].date} or a pointer): its own cell, else the
     * nearest cell above it (its row, its list); empty when no cell holds any of it.
     */
    public String cellOf(String where) {
      String pointer = where.startsWith("/") ? where : pointer(where);
      for (String at = pointer; !at.isEmpty(); at = at.substring(0, at.lastIndexOf('/'))) {
        String cell = cells.get(at);
        if (cell != null) {
          return cell;
        }
      }
      // a part with no cell of its own ("dfg.allocation"): the first cell of what it holds
      return pointer.isEmpty()
          ? ""
          : cells.keySet().stream()
              .filter(p -> p.startsWith(pointer + "/"))
              .sorted()
              .findFirst()
              .map(cells::get)
              .orElse("");
    }

    private static String pointer(String where) {
      if (where == null || where.isEmpty()) {
        return "";
      }
      StringBuilder pointer = new StringBuilder();
      for (String part : where.replace("[", ".").replace("]", "").split("\\.")) {
        if (!part.isEmpty()) {
          pointer.append('/').append(Pointers.escape(part));
        }
      }
      return pointer.toString();
    }
  }

  private final Function<String, Optional<PlanLayout>> layouts;
  private final CellReading reading = new CellReading("plan", false, false);
  private final Map<String, String> cells = reading.cells;

  /**
   * @param layouts the layout of a round by its id; empty for a round this bcf does not know
   */
  public PlanWorkbookReader(Function<String, Optional<PlanLayout>> layouts) {
    this.layouts = layouts;
  }

  /**
   * Opens a workbook for reading. The one door every workbook comes in by, so that a guard against
   * hostile files (zip bombs, entities, size) can stand in front of it.
   *
   * @throws UnusableWorkbookException when it is not a workbook
   */
  public static ReadableWorkbook open(InputStream in) {
    try {
      return new ReadableWorkbook(in);
    } catch (IOException | RuntimeException e) {
      throw new UnusableWorkbookException(
          "it is not an Excel workbook (.xlsx) that can be read: " + reason(e));
    }
  }

  /** What the guard calls the workbook in a refusal, replaced by "it" or dropped. */
  private static final String UNNAMED = "\u0001";

  /**
   * The workbook's bytes, read into memory (at most {@link bcf.kernel.Limits#SPREADSHEET_BYTES})
   * and checked there by the spreadsheet guard ({@link bcf.sheets.SpreadsheetGuard}: size, zip
   * bomb, entities, macros, not a workbook) before anything parses them; nothing is written to
   * disc.
   */
  static byte[] guarded(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) bcf.kernel.Limits.SPREADSHEET_BYTES + 1);
    } catch (IOException e) {
      throw new UnusableWorkbookException("it could not be read: " + reason(e));
    }
    if (bytes.length > bcf.kernel.Limits.SPREADSHEET_BYTES) {
      throw new UnusableWorkbookException(
          "it is larger than "
              + bcf.kernel.Limits.mebibytes(bcf.kernel.Limits.SPREADSHEET_BYTES)
              + ", the most bcf reads");
    }
    try {
      bcf.sheets.SpreadsheetGuard.check(UNNAMED, bytes);
    } catch (bcf.sheets.UnusableSpreadsheetException e) {
      // the guard names what it checked: here nothing the user named ("it is ...", "its part ...")
      throw new UnusableWorkbookException(
          e.getMessage().replace(UNNAMED + ": ", "").replace(UNNAMED, "it"));
    }
    return bytes;
  }

  /**
   * Reads the workbook.
   *
   * @param round the round the plan must be of, or null for whichever round the workbook is of
   * @throws UnusableWorkbookException when the workbook cannot be used, with the reason
   */
  public Reading read(InputStream in, String round) {
    return WorkbookOpening.read(
        in,
        WorkbookOpening.PLAN,
        round,
        reading,
        layouts,
        PlanLayout::version,
        opened -> {
          PlanLayout layout = opened.layout();
          Map<String, Sheet> sheets = opened.sheets();
          ObjectNode document = NODES.objectNode();
          cover(layout, grid(reading.need(sheets, PlanLayout.COVER)), document);
          for (Table table : layout.tables()) {
            table(layout, table, grid(reading.need(sheets, table.sheet())), document);
          }
          reading.details(
              PlanLayout.DETAILS,
              grid(reading.need(sheets, PlanLayout.DETAILS)),
              PlanLayout.FIRST_ROW,
              document);
          return new Reading(
              layout,
              document,
              List.copyOf(reading.problems),
              Map.copyOf(cells),
              // PlanLayout.PLAN_VERSION_CELL, B4
              WorkbookOpening.storedVersion(text(opened.marks().get(1, 3))));
        });
  }

  private void cover(PlanLayout layout, CellReading.Grid grid, ObjectNode document) {
    int row = PlanLayout.FIRST_ROW;
    for (Field field : layout.cover()) {
      expectHeading(grid, PlanLayout.COVER, 0, row, field.label(), "template");
      String ref = Cells.ref(PlanLayout.COVER, 1, row);
      cells.put(field.path(), ref);
      reading
          .value(
              grid.get(1, row),
              field.value(),
              field.picklist(),
              field.label(),
              ref,
              layout::picklist,
              field.path())
          .ifPresent(
              v -> {
                Pointers.set(document, field.path(), v);
                cells.put(field.path(), ref);
              });
      row++;
    }
  }

  private void table(PlanLayout layout, Table table, CellReading.Grid grid, ObjectNode document) {
    reading.table(table, grid, document, layout::picklist, "template", false);
  }
}
