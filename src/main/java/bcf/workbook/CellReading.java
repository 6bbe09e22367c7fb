package bcf.workbook;

import bcf.workbook.layout.Amounts;
import bcf.workbook.layout.CellKind;
import bcf.workbook.layout.Cells;
import bcf.workbook.layout.Column;
import bcf.workbook.layout.Picklist;
import bcf.workbook.layout.Problem;
import bcf.workbook.layout.Table;
import bcf.workbook.layout.ValueKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the plan and the return workbook readers share: a sheet's cells by column and row, a cell's
 * text, number, amount, yes-or-no, date or picklist value, the headings a sheet must show, the
 * "Other details" sheet, and the problems found and each value's cell on the way. Each reader keeps
 * only its own sheets and the checks of its own workbook's lists sheet.
 */
final class CellReading {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final int HEADER_ROW = 3;
  static final int FIRST_ROW = 4;

  final List<Problem> problems = new ArrayList<>();
  final Map<String, String> cells = new HashMap<>();

  private final String document;
  private final boolean wholeNumbers;
  private final boolean quietEmptyPicklists;

  /**
   * @param document what the workbook holds, in words ("plan", "return"), for messages
   * @param wholeNumbers whether a whole-number cell holding a fraction is a problem
   * @param quietEmptyPicklists whether a text in a picklist with no options passes without a
   *     problem
   */
  CellReading(String document, boolean wholeNumbers, boolean quietEmptyPicklists) {
    this.document = document;
    this.wholeNumbers = wholeNumbers;
    this.quietEmptyPicklists = quietEmptyPicklists;
  }

  /**
   * A sheet's cells that are not empty, by column and row (both from 0), and its last such row.
   * Keyed by number, not by the address's text, so that looking a cell up builds no string.
   */
  static final class Grid {
    private final Map<Long, Cell> cells = new HashMap<>();
    private int lastRow = -1;

    Cell get(int column, int row) {
      return cells.get(key(column, row));
    }

    boolean has(int column, int row) {
      return cells.containsKey(key(column, row));
    }

    int lastRow() {
      return lastRow;
    }

    private static long key(int column, int row) {
      return ((long) row << 32) | column;
    }
  }

  /** A sheet's cells (those not empty). */
  static Grid grid(Sheet sheet) throws IOException {
    Grid grid = new Grid();
    try (var rows = sheet.openStream()) {
      rows.forEach(
          (Row row) -> {
            for (Cell cell : row) {
              if (cell != null && cell.getType() != CellType.EMPTY) {
                int r = cell.getAddress().getRow();
                grid.cells.put(Grid.key(cell.getAddress().getColumn(), r), cell);
                grid.lastRow = Math.max(grid.lastRow, r);
              }
            }
          });
    }
    return grid;
  }

  static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Refuses a workbook of another round than the one the document must be of.
   *
   * @param round the round the document must be of, or null for whichever
   * @param workbook the workbook to generate, in words ("workbook", "return workbook")
   */
  void sameRound(String round, String bookRound, String workbook) {
    if (round != null && !round.equals(bookRound)) {
      throw new UnusableWorkbookException(
          "the workbook is for the "
              + bookRound
              + " round but the "
              + document
              + " is of the "
              + round
              + " round: generate the "
              + round
              + " "
              + workbook
              + " and copy the figures across");
    }
  }

  /**
   * The layout of the round the workbook says, refused when bcf does not know the round or makes
   * another version of its template than the workbook was made from.
   *
   * @param template the template in words ("template", "return template")
   */
  static <L> L layout(
      Function<String, Optional<L>> layouts,
      Function<L, String> versionOf,
      String bookRound,
      String version,
      String template) {
    L layout =
        layouts
            .apply(bookRound)
            .orElseThrow(
                () ->
                    new UnusableWorkbookException(
                        "the workbook is for the round '"
                            + bookRound
                            + "', which this bcf does not know"));
    if (!versionOf.apply(layout).equals(version)) {
      throw new UnusableWorkbookException(
          "the workbook was made from version "
              + (version.isEmpty() ? "(none)" : version)
              + " of the "
              + bookRound
              + " "
              + template
              + ", and this bcf makes version "
              + versionOf.apply(layout)
              + " (the round's data or the template changed since): generate a new workbook with bcf"
              + " workbook and copy the figures across");
    }
    return layout;
  }

  /** The sheet of that name, which every workbook of the kind has. */
  Sheet need(Map<String, Sheet> sheets, String name) {
    Sheet sheet = sheets.get(name);
    if (sheet == null) {
      throw new UnusableWorkbookException(
          "the sheet '"
              + name
              + "' is missing: it is part of every "
              + document
              + " workbook of its round");
    }
    return sheet;
  }

  /** A cell's text, stripped; "" for none. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    String raw = cell.getType() == CellType.STRING ? cell.asString() : cell.getRawValue();
    return raw == null ? "" : raw.strip();
  }

  /**
   * Refuses a sheet whose heading cell does not say what the template put there.
   *
   * @param template the template in words ("template", "return template")
   */
  static void expectHeading(
      Grid grid, String sheet, int column, int row, String wanted, String template) {
    String found = text(grid.get(column, row));
    if (!found.equals(wanted)) {
      throw new UnusableWorkbookException(
          Cells.ref(sheet, column, row)
              + " should say '"
              + wanted
              + "' but says '"
              + found
              + "': the sheet does not follow its round's "
              + template
              + " (were rows or columns moved?)");
    }
  }

  static boolean blank(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return true;
    }
    if (cell.getType() == CellType.FORMULA) {
      return cell.getRawValue() == null || cell.getRawValue().isEmpty();
    }
    return cell.getType() == CellType.STRING && cell.asString().isEmpty();
  }

  /**
   * A table sheet: its headings checked, then one item of the document's list a used row (a row
   * with any value), each value remembering its cell; a blank cell's place points at its cell too.
   *
   * @param skipCalculated whether calculated columns are left unread (a return's variance)
   */
  void table(
      Table table,
      Grid grid,
      ObjectNode document,
      Function<String, Picklist> picklists,
      String template,
      boolean skipCalculated) {
    List<Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      expectHeading(grid, table.sheet(), c, HEADER_ROW, columns.get(c).header(), template);
    }
    int lastRow = Math.max(FIRST_ROW - 1, grid.lastRow());
    cells.put(table.list(), Cells.ref(table.sheet(), 0, FIRST_ROW));
    int item = 0;
    for (int row = FIRST_ROW; row <= lastRow; row++) {
      boolean used = false;
      for (int c = 0; c < columns.size() && !used; c++) {
        used = !skipped(columns.get(c), skipCalculated) && !blank(grid.get(c, row));
      }
      if (!used) {
        continue;
      }
      String rowPointer = table.list() + "/" + item;
      Pointers.set(document, rowPointer, NODES.objectNode());
      cells.put(rowPointer, Cells.ref(table.sheet(), 0, row));
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        if (skipped(column, skipCalculated)) {
          continue;
        }
        String ref = Cells.ref(table.sheet(), c, row);
        String pointer = rowPointer + column.path();
        cells.put(pointer, ref); // blank cells too: a finding about a missing value points here
        value(
                grid.get(c, row),
                column.value(),
                column.picklist(),
                column.header(),
                ref,
                picklists,
                pointer)
            .ifPresent(v -> Pointers.set(document, pointer, v));
      }
      item++;
    }
  }

  private static boolean skipped(Column column, boolean skipCalculated) {
    return skipCalculated && column.cell() == CellKind.CALCULATED;
  }

  /**
   * The "Other details" sheet: each row's value by its hidden kind (column C) into its hidden place
   * in the document (column D).
   */
  void details(String sheet, Grid grid, int firstRow, ObjectNode document) {
    for (int row = firstRow; grid.has(3, row); row++) {
      String pointer = text(grid.get(3, row));
      String kind = text(grid.get(2, row));
      String ref = Cells.ref(sheet, 1, row);
      Cell cell = grid.get(1, row);
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

  /** An error at a cell: the value there could not be read. */
  private void problem(String rule, String ref, String where, String message) {
    problems.add(new Problem(rule, true, ref, where, message));
  }

  /** A text cell as typed (not stripped: text round-trips exactly); a number as plain digits. */
  static String rawText(Cell cell) {
    return switch (cell.getType()) {
      case STRING -> cell.asString();
      case NUMBER -> Amounts.tidy(cell.asNumber()).toPlainString();
      case BOOLEAN -> cell.asBoolean() ? "Yes" : "No";
      default -> cell.getRawValue() == null ? "" : cell.getRawValue();
    };
  }

  /**
   * One cell's value as the document holds it, or empty for a blank cell or one that cannot be read
   * (a problem at its cell then says why).
   *
   * @param picklists the layout's picklist of a name, or null where no picklist applies
   */
  Optional<JsonNode> value(
      Cell cell,
      ValueKind kind,
      String picklist,
      String what,
      String ref,
      Function<String, Picklist> picklists,
      String pointer) {
    if (blank(cell)) {
      return Optional.empty();
    }
    String where = Pointers.where(pointer);
    if (cell.getType() == CellType.ERROR) {
      problem(
          "workbook-value", ref, where, what + ": the cell shows the error " + cell.getRawValue());
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
          problem("workbook-amount", ref, where, what + ": " + result.problem());
          return Optional.empty();
        }
        number = result.amount().get();
      }
      BigDecimal tidy = Amounts.tidy(number);
      if (wholeNumbers && kind == ValueKind.WHOLE && tidy.scale() > 0) {
        problem(
            "workbook-value",
            ref,
            where,
            what + ": " + tidy.toPlainString() + " is not a whole number");
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
          problem("workbook-value", ref, where, what + ": '" + typed + "' is neither Yes nor No");
          return Optional.empty();
      }
    }
    if (kind == ValueKind.DATE && cell.getType() == CellType.NUMBER) {
      try {
        return Optional.of(NODES.stringNode(cell.asDate().toLocalDate().toString()));
      } catch (RuntimeException e) {
        problem("workbook-value", ref, where, what + ": " + cell.getRawValue() + " is not a date");
        return Optional.empty();
      }
    }
    String text = formula ? cached : rawText(cell);
    if (picklist != null && picklists != null) {
      Picklist list = picklists.apply(picklist);
      Optional<String> code = list.code(text);
      if (code.isPresent()) {
        return Optional.of(NODES.stringNode(code.get()));
      }
      if (!(quietEmptyPicklists && list.options().isEmpty())) {
        problem(
            "workbook-picklist",
            ref,
            where,
            what
                + ": '"
                + text.strip()
                + "' is not in the round's list; choose one of: "
                + String.join("; ", list.titles()));
      }
    }
    return Optional.of(NODES.stringNode(text));
  }
}
