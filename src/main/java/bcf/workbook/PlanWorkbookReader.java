package bcf.workbook;

import bcf.workbook.layout.Amounts;
import bcf.workbook.layout.Cells;
import bcf.workbook.layout.Column;
import bcf.workbook.layout.Field;
import bcf.workbook.layout.Picklist;
import bcf.workbook.layout.PlanLayout;
import bcf.workbook.layout.Problem;
import bcf.workbook.layout.Table;
import bcf.workbook.layout.ValueKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, String> cells = new HashMap<>();

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

  /**
   * The workbook's bytes in a private temporary file, checked by the spreadsheet guard ({@link
   * bcf.sheets.SpreadsheetGuard}: size, zip bomb, entities, macros, not a workbook) before anything
   * parses them; the caller deletes the file.
   */
  static java.nio.file.Path guarded(InputStream in) {
    java.nio.file.Path file;
    try {
      file = java.nio.file.Files.createTempFile("bcf-workbook-", ".xlsx");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try {
      try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > bcf.kernel.Limits.SPREADSHEET_BYTES) {
            throw new UnusableWorkbookException(
                "it is larger than "
                    + bcf.kernel.Limits.mebibytes(bcf.kernel.Limits.SPREADSHEET_BYTES)
                    + ", the most bcf reads");
          }
          out.write(buffer, 0, n);
        }
      }
      bcf.sheets.SpreadsheetGuard.check(file);
      return file;
    } catch (bcf.sheets.UnusableSpreadsheetException e) {
      delete(file);
      // the guard names the file it checked: here a temporary copy, whose name means nothing
      throw new UnusableWorkbookException(
          e.getMessage().replace(file.getFileName().toString() + " is ", "it is "));
    } catch (IOException e) {
      delete(file);
      throw new UnusableWorkbookException("it could not be read: " + reason(e));
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  private static void delete(java.nio.file.Path file) {
    try {
      java.nio.file.Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Reads the workbook.
   *
   * @param round the round the plan must be of, or null for whichever round the workbook is of
   * @throws UnusableWorkbookException when the workbook cannot be used, with the reason
   */
  public Reading read(InputStream in, String round) {
    java.nio.file.Path file = guarded(in);
    try (InputStream checked = java.nio.file.Files.newInputStream(file);
        ReadableWorkbook book = open(checked)) {
      Map<String, Sheet> sheets = new LinkedHashMap<>();
      book.getSheets().forEach(s -> sheets.put(s.getName(), s));
      Sheet lists = sheets.get(PlanLayout.LISTS);
      if (lists == null) {
        throw new UnusableWorkbookException(
            "it is not a bcf plan workbook: it has no hidden "
                + PlanLayout.LISTS
                + " sheet saying its round (make one with bcf workbook --round ROUND)");
      }
      Grid marks = grid(lists);
      String marker = text(marks.get(0, 0));
      String bookRound = text(marks.get(1, 0));
      String version = text(marks.get(1, 1));
      if (bcf.workbook.layout.ReturnLayout.MARKER.equals(marker)) {
        throw new UnusableWorkbookException(
            "it is a quarterly return workbook, not a plan workbook ("
                + Cells.ref(PlanLayout.LISTS, 0, 0)
                + " says '"
                + bcf.workbook.layout.ReturnLayout.MARKER
                + "'): import it as a return");
      }
      if (!PlanLayout.MARKER.equals(marker) || bookRound.isEmpty()) {
        throw new UnusableWorkbookException(
            "it is not a bcf plan workbook: "
                + Cells.ref(PlanLayout.LISTS, 0, 0)
                + " does not say '"
                + PlanLayout.MARKER
                + "' with its round beside it");
      }
      if (round != null && !round.equals(bookRound)) {
        throw new UnusableWorkbookException(
            "the workbook is for the "
                + bookRound
                + " round but the plan is of the "
                + round
                + " round: generate the "
                + round
                + " workbook and copy the figures across");
      }
      PlanLayout layout =
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
                + " template, and this bcf makes version "
                + layout.version()
                + " (the round's data or the template changed since): generate a new workbook with bcf"
                + " workbook and copy the figures across");
      }
      ObjectNode document = NODES.objectNode();
      cover(layout, grid(need(sheets, PlanLayout.COVER)), document);
      for (Table table : layout.tables()) {
        table(layout, table, grid(need(sheets, table.sheet())), document);
      }
      details(grid(need(sheets, PlanLayout.DETAILS)), document);
      return new Reading(
          layout,
          document,
          List.copyOf(problems),
          Map.copyOf(cells),
          planVersion(text(marks.get(1, 3)))); // PlanLayout.PLAN_VERSION_CELL, B4
    } catch (IOException e) {
      throw new UnusableWorkbookException("it cannot be read: " + reason(e));
    } catch (RuntimeException e) {
      if (e instanceof UnusableWorkbookException) {
        throw e;
      }
      throw new UnusableWorkbookException("it cannot be read as a workbook: " + reason(e));
    } finally {
      delete(file);
    }
  }

  private static Sheet need(Map<String, Sheet> sheets, String name) {
    Sheet sheet = sheets.get(name);
    if (sheet == null) {
      throw new UnusableWorkbookException(
          "the sheet '" + name + "' is missing: it is part of every plan workbook of its round");
    }
    return sheet;
  }

  /**
   * A sheet's cells that are not empty, by column and row (both from 0), and its last such row.
   * Keyed by number, not by the address's text, so that looking a cell up builds no string.
   */
  private static final class Grid {
    private final Map<Long, Cell> cells = new HashMap<>();
    private int lastRow = -1;

    Cell get(int column, int row) {
      return cells.get(key(column, row));
    }

    boolean has(int column, int row) {
      return cells.containsKey(key(column, row));
    }

    private static long key(int column, int row) {
      return ((long) row << 32) | column;
    }
  }

  /** A sheet's cells (those not empty). */
  private static Grid grid(Sheet sheet) throws IOException {
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

  /** The stored plan's version a downloaded workbook says it was filled from, if it says one. */
  private static Optional<Integer> planVersion(String text) {
    if (!text.matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    int version = Integer.parseInt(text);
    return version < 1 ? Optional.empty() : Optional.of(version);
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    String raw = cell.getType() == CellType.STRING ? cell.asString() : cell.getRawValue();
    return raw == null ? "" : raw.strip();
  }

  private void cover(PlanLayout layout, Grid grid, ObjectNode document) {
    int row = PlanLayout.FIRST_ROW;
    for (Field field : layout.cover()) {
      expectHeading(grid, PlanLayout.COVER, 0, row, field.label());
      String ref = Cells.ref(PlanLayout.COVER, 1, row);
      cells.put(field.path(), ref);
      value(
              grid.get(1, row),
              field.value(),
              field.picklist(),
              field.label(),
              ref,
              layout,
              field.path())
          .ifPresent(
              v -> {
                Pointers.set(document, field.path(), v);
                cells.put(field.path(), ref);
              });
      row++;
    }
  }

  private static void expectHeading(Grid grid, String sheet, int column, int row, String wanted) {
    String found = text(grid.get(column, row));
    if (!found.equals(wanted)) {
      throw new UnusableWorkbookException(
          Cells.ref(sheet, column, row)
              + " should say '"
              + wanted
              + "' but says '"
              + found
              + "': the sheet does not follow its round's template (were rows or columns moved?)");
    }
  }

  private void table(PlanLayout layout, Table table, Grid grid, ObjectNode document) {
    List<Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      expectHeading(grid, table.sheet(), c, PlanLayout.HEADER_ROW, columns.get(c).header());
    }
    int lastRow = Math.max(PlanLayout.FIRST_ROW - 1, grid.lastRow);
    cells.put(table.list(), Cells.ref(table.sheet(), 0, PlanLayout.FIRST_ROW));
    int item = 0;
    for (int row = PlanLayout.FIRST_ROW; row <= lastRow; row++) {
      boolean used = false;
      for (int c = 0; c < columns.size() && !used; c++) {
        used = !blank(grid.get(c, row));
      }
      if (!used) {
        continue;
      }
      String rowPointer = table.list() + "/" + item;
      Pointers.set(document, rowPointer, NODES.objectNode());
      cells.put(rowPointer, Cells.ref(table.sheet(), 0, row));
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        String ref = Cells.ref(table.sheet(), c, row);
        String pointer = rowPointer + column.path();
        cells.put(pointer, ref); // blank cells too: a finding about a missing value points here
        value(
                grid.get(c, row),
                column.value(),
                column.picklist(),
                column.header(),
                ref,
                layout,
                pointer)
            .ifPresent(
                v -> {
                  Pointers.set(document, pointer, v);
                  cells.put(pointer, ref);
                });
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

  private void details(Grid grid, ObjectNode document) {
    for (int row = PlanLayout.FIRST_ROW; grid.has(3, row); row++) {
      String pointer = text(grid.get(3, row));
      String kind = text(grid.get(2, row));
      String ref = Cells.ref(PlanLayout.DETAILS, 1, row);
      Cell cell = grid.get(1, row);
      if (!pointer.startsWith("/")) {
        problems.add(
            new Problem(
                "workbook-value",
                true,
                Cells.ref(PlanLayout.DETAILS, 3, row),
                "",
                "the hidden place of this row was changed; it should begin with /"));
        continue;
      }
      Optional<JsonNode> value =
          switch (kind) {
            case "number" ->
                value(cell, ValueKind.NUMBER, null, Pointers.words(pointer), ref, null, pointer);
            case "true-or-false" ->
                value(
                    cell,
                    ValueKind.TRUE_OR_FALSE,
                    null,
                    Pointers.words(pointer),
                    ref,
                    null,
                    pointer);
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

  /** A text cell as typed (not stripped: text round-trips exactly); a number as plain digits. */
  private static String rawText(Cell cell) {
    return switch (cell.getType()) {
      case STRING -> cell.asString();
      case NUMBER -> Amounts.tidy(cell.asNumber()).toPlainString();
      case BOOLEAN -> cell.asBoolean() ? "Yes" : "No";
      default -> cell.getRawValue() == null ? "" : cell.getRawValue();
    };
  }

  /**
   * One cell's value as the plan holds it, or empty for a blank cell or one that cannot be read (a
   * problem at its cell then says why).
   */
  private Optional<JsonNode> value(
      Cell cell,
      ValueKind kind,
      String picklist,
      String what,
      String ref,
      PlanLayout layout,
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
        String typed = formula ? cached : rawText(cell);
        Amounts.Result result = Amounts.read(typed);
        if (result.amount().isEmpty()) {
          problems.add(
              new Problem("workbook-amount", true, ref, where, what + ": " + result.problem()));
          return Optional.empty();
        }
        number = result.amount().get();
      }
      BigDecimal tidy = Amounts.tidy(number);
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
    return Optional.of(NODES.stringNode(text));
  }
}
