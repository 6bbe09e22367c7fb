package bcf.workbook;

import static bcf.workbook.CellReading.expectHeading;
import static bcf.workbook.CellReading.grid;
import static bcf.workbook.CellReading.text;

import bcf.workbook.layout.CellKind;
import bcf.workbook.layout.Cells;
import bcf.workbook.layout.Field;
import bcf.workbook.layout.Problem;
import bcf.workbook.layout.ReturnLayout;
import bcf.workbook.layout.Table;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a filled quarterly-return workbook back into a return document by the same {@link
 * ReturnLayout} the writer followed, through the plan reader's door ({@link
 * PlanWorkbookReader#guarded}: the spreadsheet guard, then fastexcel-reader). Formulas are read as
 * their cached values; each value read remembers its cell, so every problem and every finding of
 * the return can be shown at {@code 'Sheet'!Cell}.
 */
public final class ReturnWorkbookReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int HEADER_ROW = 3;
  private static final int FIRST_ROW = 4;

  /**
   * What was read: the return document, the problems found on the way, each value's cell, and the
   * version of the stored return the workbook was downloaded at, when it says one.
   */
  public record Reading(
      ReturnLayout layout,
      ObjectNode document,
      List<Problem> problems,
      Map<String, String> cells,
      Optional<Integer> returnVersion) {

    /** The cell of a place in the return ({@code metrics[2].progress}), as the plan's reading. */
    public String cellOf(String where) {
      return new PlanWorkbookReader.Reading(null, document, problems, cells, Optional.empty())
          .cellOf(where);
    }
  }

  private final Function<String, Optional<ReturnLayout>> layouts;
  private final CellReading reading = new CellReading("return", true, true);
  private final Map<String, String> cells = reading.cells;

  public ReturnWorkbookReader(Function<String, Optional<ReturnLayout>> layouts) {
    this.layouts = layouts;
  }

  /**
   * The marker in the workbook's hidden lists sheet ({@code bcf plan workbook}, {@code bcf return
   * workbook}), or empty when it has none; the workbook is checked by the guard first.
   *
   * @throws UnusableWorkbookException when it is not a workbook that can be read
   */
  public static String marker(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] checked = PlanWorkbookReader.guarded(in);
      try (ReadableWorkbook book = PlanWorkbookReader.open(new ByteArrayInputStream(checked))) {
        Optional<Sheet> lists =
            book.getSheets().filter(s -> s.getName().equals(ReturnLayout.LISTS)).findFirst();
        if (lists.isEmpty()) {
          return "";
        }
        return text(grid(lists.get()).get(0, 0));
      }
    } catch (IOException e) {
      throw new UnusableWorkbookException("it cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads the workbook.
   *
   * @param round the round the return must be of, or null for whichever round the workbook is of
   * @throws UnusableWorkbookException when the workbook cannot be used, with the reason
   */
  public Reading read(InputStream in, String round) {
    return WorkbookOpening.read(
        in,
        WorkbookOpening.RETURN,
        round,
        reading,
        layouts,
        ReturnLayout::version,
        opened -> {
          ReturnLayout layout = opened.layout();
          Map<String, Sheet> sheets = opened.sheets();
          ObjectNode document = NODES.objectNode();
          document.put("documentVersion", 1);
          document.put("kind", "return");
          for (ReturnLayout.Form form : layout.forms()) {
            form(layout, form, grid(reading.need(sheets, form.sheet())), document);
          }
          for (Table table : layout.tables()) {
            table(layout, table, grid(reading.need(sheets, table.sheet())), document);
          }
          reading.details(
              layout.details(), grid(reading.need(sheets, layout.details())), FIRST_ROW, document);
          return new Reading(
              layout,
              document,
              List.copyOf(reading.problems),
              Map.copyOf(cells),
              // ReturnLayout.RETURN_VERSION_CELL, B4
              WorkbookOpening.storedVersion(text(opened.marks().get(1, 3))));
        });
  }

  private void form(
      ReturnLayout layout, ReturnLayout.Form form, CellReading.Grid grid, ObjectNode document) {
    int row = FIRST_ROW;
    for (Field field : form.fields()) {
      expectHeading(grid, form.sheet(), 0, row, field.label(), "return template");
      String ref = Cells.ref(form.sheet(), 1, row);
      cells.put(field.path(), ref);
      if (field.cell() == CellKind.PREFILLED) {
        // the round, which the lists sheet already said: what the cell shows is not trusted
        Pointers.set(document, field.path(), NODES.stringNode(layout.round()));
      } else {
        reading
            .value(
                grid.get(1, row),
                field.value(),
                field.picklist(),
                field.label(),
                ref,
                layout::picklist,
                field.path())
            .ifPresent(v -> Pointers.set(document, field.path(), v));
      }
      row++;
    }
  }

  private void table(ReturnLayout layout, Table table, CellReading.Grid grid, ObjectNode document) {
    reading.table(table, grid, document, layout::picklist, "return template", true);
  }
}
