package bcf.workbook;

import bcf.workbook.layout.Amounts;
import bcf.workbook.layout.CellKind;
import bcf.workbook.layout.Cells;
import bcf.workbook.layout.Column;
import bcf.workbook.layout.Field;
import bcf.workbook.layout.Picklist;
import bcf.workbook.layout.PlanLayout;
import bcf.workbook.layout.Problem;
import bcf.workbook.layout.ReturnLayout;
import bcf.workbook.layout.Table;
import bcf.workbook.layout.ValueKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import tools.jackson.databind.JsonNode;
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

  /** What was read: the return document, the problems found on the way, and each value's cell. */
  public record Reading(
      ReturnLayout layout, ObjectNode document, List<Problem> problems, Map<String, String> cells) {

    /** The cell of a place in the return ({@code metrics[2].progress}), as the plan's reading. */
    public String cellOf(String where) {
      return new PlanWorkbookReader.Reading(null, document, problems, cells, Optional.empty())
          .cellOf(where);
    }
  }

  private final Function<String, Optional<ReturnLayout>> layouts;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> cells = new HashMap<>();

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
      Path checked = PlanWorkbookReader.guarded(in);
      try (InputStream again = Files.newInputStream(checked);
          ReadableWorkbook book = PlanWorkbookReader.open(again)) {
        Optional<Sheet> lists =
            book.getSheets().filter(s -> s.getName().equals(ReturnLayout.LISTS)).findFirst();
        if (lists.isEmpty()) {
          return "";
        }
        return text(grid(lists.get()).get("A1"));
      } finally {
        Files.deleteIfExists(checked);
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
    Path file = PlanWorkbookReader.guarded(in);
    try (InputStream checked = Files.newInputStream(file);
        ReadableWorkbook book = PlanWorkbookReader.open(checked)) {
      Map<String, Sheet> sheets = new LinkedHashMap<>();
      book.getSheets().forEach(s -> sheets.put(s.getName(), s));
      Sheet lists = sheets.get(ReturnLayout.LISTS);
      if (lists == null) {
        throw new UnusableWorkbookException(
            "it is not a bcf return workbook: it has no hidden "
                + ReturnLayout.LISTS
                + " sheet saying its round (make one with bcf workbook RETURN.json)");
      }
      Map<String, Cell> marks = grid(lists);
      String marker = text(marks.get("A1"));
      String bookRound = text(marks.get("B1"));
      String version = text(marks.get("B2"));
      if (PlanLayout.MARKER.equals(marker)) {
        throw new UnusableWorkbookException(
            "it is a plan workbook, not a quarterly return workbook ("
                + Cells.ref(ReturnLayout.LISTS, 0, 0)
                + " says '"
                + PlanLayout.MARKER
                + "'): import it as a plan");
      }
      if (!ReturnLayout.MARKER.equals(marker) || bookRound.isEmpty()) {
        throw new UnusableWorkbookException(
            "it is not a bcf return workbook: "
                + Cells.ref(ReturnLayout.LISTS, 0, 0)
                + " does not say '"
                + ReturnLayout.MARKER
                + "' with its round beside it");
      }
      if (round != null && !round.equals(bookRound)) {
        throw new UnusableWorkbookException(
            "the workbook is for the "
                + bookRound
                + " round but the return is of the "
                + round
                + " round: generate the "
                + round
                + " return workbook and copy the figures across");
      }
      ReturnLayout layout =
          layouts
              .apply(bookRound)
              .orElseThrow(
                  () ->
                      new UnusableWorkbookException(
                          "the workbook is for the round '"
                              + bookRound
                              + "', which this bcf does not know"));
      if (!layout.version().equals(version)) {
        throw new UnusableWorkbookException(
            "the workbook was made from version "
                + (version.isEmpty() ? "(none)" : version)
                + " of the "
                + bookRound
                + " return template, and this bcf makes version "
                + layout.version()
                + " (the round's data or the template changed since): generate a new workbook with bcf"
                + " workbook and copy the figures across");
      }
      ObjectNode document = NODES.objectNode();
      document.put("documentVersion", 1);
      document.put("kind", "return");
      for (ReturnLayout.Form form : layout.forms()) {
        form(layout, form, grid(need(sheets, form.sheet())), document);
      }
      for (Table table : layout.tables()) {
        table(layout, table, grid(need(sheets, table.sheet())), document);
      }
      details(layout.details(), grid(need(sheets, layout.details())), document);
      return new Reading(layout, document, List.copyOf(problems), Map.copyOf(cells));
    } catch (IOException e) {
      throw new UnusableWorkbookException("it cannot be read: " + reason(e));
    } catch (RuntimeException e) {
      if (e instanceof UnusableWorkbookException) {
        throw e;
      }
      throw new UnusableWorkbookException("it cannot be read as a workbook: " + reason(e));
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static Sheet need(Map<String, Sheet> sheets, String name) {
    Sheet sheet = sheets.get(name);
    if (sheet == null) {
      throw new UnusableWorkbookException(
          "the sheet '" + name + "' is missing: it is part of every return workbook of its round");
    }
    return sheet;
  }

  private static Map<String, Cell> grid(Sheet sheet) throws IOException {
    Map<String, Cell> grid = new HashMap<>();
    try (var rows = sheet.openStream()) {
      rows.forEach(
          (Row row) -> {
            for (Cell cell : row) {
              if (cell != null && cell.getType() != CellType.EMPTY) {
                grid.put(cell.getAddress().toString(), cell);
              }
            }
          });
    }
    return grid;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    String raw = cell.getType() == CellType.STRING ? cell.asString() : cell.getRawValue();
    return raw == null ? "" : raw.strip();
  }

  private static void expectHeading(
      Map<String, Cell> grid, String sheet, int column, int row, String wanted) {
    String found = text(grid.get(Cells.cell(column, row)));
    if (!found.equals(wanted)) {
      throw new UnusableWorkbookException(
          Cells.ref(sheet, column, row)
              + " should say '"
              + wanted
              + "' but says '"
              + found
              + "': the sheet does not follow its round's return template (were rows or columns"
              + " moved?)");
    }
  }

  private void form(
      ReturnLayout layout, ReturnLayout.Form form, Map<String, Cell> grid, ObjectNode document) {
    int row = FIRST_ROW;
    for (Field field : form.fields()) {
      expectHeading(grid, form.sheet(), 0, row, field.label());
      String ref = Cells.ref(form.sheet(), 1, row);
      cells.put(field.path(), ref);
      if (field.cell() == CellKind.PREFILLED) {
        // the round, which the lists sheet already said: what the cell shows is not trusted
        Pointers.set(document, field.path(), NODES.stringNode(layout.round()));
      } else {
        value(
                grid.get(Cells.cell(1, row)),
                field.value(),
                field.picklist(),
                field.label(),
                ref,
                layout,
                field.path())
            .ifPresent(v -> Pointers.set(document, field.path(), v));
      }
      row++;
    }
  }

  /** The row number of a cell's address ("AB12" is row 12). */
  private static int rowNumber(String address) {
    int i = 0;
    while (i < address.length() && !Character.isDigit(address.charAt(i))) {
      i++;
    }
    return Integer.parseInt(address.substring(i));
  }

  private void table(
      ReturnLayout layout, Table table, Map<String, Cell> grid, ObjectNode document) {
    List<Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      expectHeading(grid, table.sheet(), c, HEADER_ROW, columns.get(c).header());
    }
    int lastRow = FIRST_ROW - 1;
    for (String address : grid.keySet()) {
      lastRow = Math.max(lastRow, rowNumber(address) - 1);
    }
    cells.put(table.list(), Cells.ref(table.sheet(), 0, FIRST_ROW));
    int item = 0;
    for (int row = FIRST_ROW; row <= lastRow; row++) {
      boolean used = false;
      for (int c = 0; c < columns.size() && !used; c++) {
        used = columns.get(c).cell() != CellKind.CALCULATED && !blank(grid.get(Cells.cell(c, row)));
      }
      if (!used) {
        continue;
      }
      String rowPointer = table.list() + "/" + item;
      Pointers.set(document, rowPointer, NODES.objectNode());
      cells.put(rowPointer, Cells.ref(table.sheet(), 0, row));
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        if (column.cell() == CellKind.CALCULATED) {
          continue;
        }
        String ref = Cells.ref(table.sheet(), c, row);
        String pointer = rowPointer + column.path();
        cells.put(pointer, ref);
        value(
                grid.get(Cells.cell(c, row)),
                column.value(),
                column.picklist(),
                column.header(),
                ref,
                layout,
                pointer)
            .ifPresent(v -> Pointers.set(document, pointer, v));
      }
      item++;
    }
  }

  private static boolean blank(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return true;
    }
    if (cell.getType() == CellType.FORMULA) {
      return cell.getRawValue() == null || cell.getRawValue().isEmpty();
    }
    return cell.getType() == CellType.STRING && cell.asString().isEmpty();
  }

  private void details(String sheet, Map<String, Cell> grid, ObjectNode document) {
    for (int row = FIRST_ROW; grid.containsKey(Cells.cell(3, row)); row++) {
      String pointer = text(grid.get(Cells.cell(3, row)));
      String kind = text(grid.get(Cells.cell(2, row)));
      String ref = Cells.ref(sheet, 1, row);
      Cell cell = grid.get(Cells.cell(1, row));
      if (!pointer.startsWith("/")) {
        problems.add(
            new Problem(
                "workbook-value",
                true,
                Cells.ref(sheet, 3, row),
                "",
                "the hidden place of this row was changed; it should begin with /"));
        continue;
      }
      String what = Pointers.words(pointer);
      Optional<JsonNode> value =
          switch (kind) {
            case "number" -> value(cell, ValueKind.NUMBER, null, what, ref, null, pointer);
            case "true-or-false" ->
                value(cell, ValueKind.TRUE_OR_FALSE, null, what, ref, null, pointer);
            case "text" -> Optional.of(NODES.stringNode(cell == null ? "" : rawText(cell)));
            case "empty list" -> Optional.of(NODES.arrayNode());
            case "empty group" -> Optional.of(NODES.objectNode());
            default -> Optional.of(NODES.nullNode());
          };
      if (value.isPresent()) {
        Pointers.set(document, pointer, value.get());
        cells.put(pointer, ref);
      }
    }
  }

  private static String rawText(Cell cell) {
    return switch (cell.getType()) {
      case STRING -> cell.asString();
      case NUMBER -> Amounts.tidy(cell.asNumber()).toPlainString();
      case BOOLEAN -> cell.asBoolean() ? "Yes" : "No";
      default -> cell.getRawValue() == null ? "" : cell.getRawValue();
    };
  }

  /** One cell's value as the return holds it, or empty for a blank or unreadable cell. */
  private Optional<JsonNode> value(
      Cell cell,
      ValueKind kind,
      String picklist,
      String what,
      String ref,
      ReturnLayout layout,
      String pointer) {
    if (blank(cell)) {
      return Optional.empty();
    }
    String where = Pointers.where(pointer);
    if (cell.getType() == CellType.ERROR) {
      problems.add(
          new Problem(
              "workbook-value",
              true,
              ref,
              where,
              what + ": the cell shows the error " + cell.getRawValue()));
      return Optional.empty();
    }
    boolean formula = cell.getType() == CellType.FORMULA;
    String cached = formula ? cell.getRawValue() : null;
    if (kind.numeric()) {
      BigDecimal number;
      if (cell.getType() == CellType.NUMBER) {
        number = cell.asNumber();
      } else {
        Amounts.Result result = Amounts.read(formula ? cached : rawText(cell));
        if (result.amount().isEmpty()) {
          problems.add(
              new Problem("workbook-amount", true, ref, where, what + ": " + result.problem()));
          return Optional.empty();
        }
        number = result.amount().get();
      }
      BigDecimal tidy = Amounts.tidy(number);
      if (kind == ValueKind.WHOLE && tidy.scale() > 0) {
        problems.add(
            new Problem(
                "workbook-value",
                true,
                ref,
                where,
                what + ": " + tidy.toPlainString() + " is not a whole number"));
        return Optional.empty();
      }
      return Optional.of(
          tidy.scale() == 0 ? NODES.numberNode(tidy.toBigIntegerExact()) : NODES.numberNode(tidy));
    }
    if (kind == ValueKind.TRUE_OR_FALSE) {
      if (cell.getType() == CellType.BOOLEAN) {
        return Optional.of(NODES.booleanNode(cell.asBoolean()));
      }
      String typed = (formula ? cached : rawText(cell)).strip().toLowerCase(Locale.UK);
      switch (typed) {
        case "yes", "true", "y", "1":
          return Optional.of(NODES.booleanNode(true));
        case "no", "false", "n", "0":
          return Optional.of(NODES.booleanNode(false));
        default:
          problems.add(
              new Problem(
                  "workbook-value",
                  true,
                  ref,
                  where,
                  what + ": '" + typed + "' is neither Yes nor No"));
          return Optional.empty();
      }
    }
    if (kind == ValueKind.DATE && cell.getType() == CellType.NUMBER) {
      try {
        return Optional.of(NODES.stringNode(cell.asDate().toLocalDate().toString()));
      } catch (RuntimeException e) {
        problems.add(
            new Problem(
                "workbook-value",
                true,
                ref,
                where,
                what + ": " + cell.getRawValue() + " is not a date"));
        return Optional.empty();
      }
    }
    String text = formula ? cached : rawText(cell);
    if (picklist != null && layout != null) {
      Picklist list = layout.picklist(picklist);
      Optional<String> code = list.code(text);
      if (code.isPresent()) {
        return Optional.of(NODES.stringNode(code.get()));
      }
      if (!list.options().isEmpty()) {
        problems.add(
            new Problem(
                "workbook-picklist",
                true,
                ref,
                where,
                what
                    + ": '"
                    + text.strip()
                    + "' is not in the round's list; choose one of: "
                    + String.join("; ", list.titles())));
      }
    }
    return Optional.of(NODES.stringNode(text));
  }
}
