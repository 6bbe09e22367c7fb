package bcf.workbook;

import static bcf.workbook.SheetWriter.cell;
import static bcf.workbook.SheetWriter.index;

import bcf.workbook.layout.CellKind;
import bcf.workbook.layout.Cells;
import bcf.workbook.layout.Column;
import bcf.workbook.layout.Picklist;
import bcf.workbook.layout.ReturnLayout;
import bcf.workbook.layout.ReturnLayouts;
import bcf.workbook.layout.Table;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Writes a quarterly return's workbook by its {@link ReturnLayout}, in the plan workbook's manner
 * ({@link PlanWorkbookWriter}): yellow unlocked inputs, grey locked pre-filled and calculated
 * cells, protected sheets, drop-downs from the hidden lists sheet's named ranges, a checklist of
 * live formula checks, the variance of each finance line as a formula, and "Other details" for
 * whatever no cell holds, so reading it back gives the same return.
 */
public final class ReturnWorkbookWriter {

  private final ReturnLayout layout;
  private final JsonNode doc;
  private final SheetWriter sheets;
  private final XSSFWorkbook book;

  /**
   * The stored return's version the workbook is filled from, or null when it is not a stored one.
   */
  private final Integer returnVersion;

  private ReturnWorkbookWriter(ReturnLayout layout, JsonNode doc, Integer returnVersion) {
    this.layout = layout;
    this.doc = doc == null ? MissingNode.getInstance() : doc;
    this.returnVersion = returnVersion;
    this.sheets = new SheetWriter("return", layout::picklist, true, true);
    this.book = sheets.book;
  }

  /**
   * A workbook filled from a return document (or a pre-filled one: a return started from a plan).
   *
   * @throws IllegalArgumentException when a text is longer than a cell can hold
   */
  public static byte[] filled(ReturnLayout layout, JsonNode document) {
    return new ReturnWorkbookWriter(layout, document, null).write();
  }

  /**
   * A workbook filled from version {@code returnVersion} of a stored return: the hidden Lists sheet
   * says the version ({@link ReturnLayout#RETURN_VERSION_CELL}), so that an upload of it is checked
   * against what changed since, as a section's form is.
   */
  public static byte[] filled(ReturnLayout layout, JsonNode document, int returnVersion) {
    return new ReturnWorkbookWriter(layout, document, returnVersion).write();
  }

  /** A blank workbook of the layout's round. */
  public static byte[] blank(ReturnLayout layout) {
    return new ReturnWorkbookWriter(layout, null, null).write();
  }

  private byte[] write() {
    for (String name : layout.sheets()) {
      book.createSheet(name);
    }
    XSSFSheet lists = book.getSheet(ReturnLayout.LISTS);
    sheets.lists(lists, ReturnLayout.MARKER, layout.round(), layout.version(), layout.roundName());
    if (returnVersion != null) {
      cell(lists, 3, 0).setCellValue("return version");
      cell(lists, 3, 1).setCellValue(String.valueOf(returnVersion));
    }
    sheets.picklists(
        lists,
        layout.picklists().values().stream()
            .sorted(java.util.Comparator.comparing(Picklist::name))
            .toList());
    for (ReturnLayout.Form form : layout.forms()) {
      form(book.getSheet(form.sheet()), form);
    }
    for (Table table : layout.tables()) {
      table(book.getSheet(table.sheet()), table);
    }
    sheets.details(book.getSheet(layout.details()), doc);
    guidance(book.getSheet(ReturnLayout.GUIDANCE));
    sheets.checklist(book.getSheet(layout.checklist()), 34);
    return sheets.finish(lists, layout.checklist(), ReturnLayout.COVER);
  }

  private void form(XSSFSheet sheet, ReturnLayout.Form form) {
    sheets.heading(
        sheet,
        layout.roundName() + ": quarterly return: " + form.title().toLowerCase(java.util.Locale.UK),
        "Fill in the yellow cells. Grey cells are filled by bcf or calculated.");
    sheet.setColumnWidth(0, 50 * 256);
    sheet.setColumnWidth(1, 80 * 256);
    sheets.fields(sheet, form.fields(), doc, layout.round());
  }

  private void table(XSSFSheet sheet, Table table) {
    sheets.table(sheet, table, doc, 18, ReturnWorkbookWriter::inputsUsed, this::calculated);
  }

  /** 1 when any input cell of the row has a value (a calculated cell does not count). */
  private static String inputsUsed(Table table, int row) {
    List<String> counts = new ArrayList<>();
    for (int c = 0; c < table.columns().size(); c++) {
      if (table.columns().get(c).cell() != CellKind.CALCULATED) {
        counts.add("COUNTA(" + Cells.cell(c, row) + ")");
      }
    }
    return "IF(" + String.join("+", counts) + ">0,1,0)";
  }

  /** The variance: forecast outturn less plan, blank until both are given. */
  private void calculated(XSSFSheet sheet, Table table, int row, int column) {
    String plan = Cells.cell(index(table, "/plan"), row);
    String forecast = Cells.cell(index(table, "/forecastOutturn"), row);
    XSSFCell cell = cell(sheet, row, column);
    cell.setCellFormula(
        "IF(AND(ISNUMBER("
            + plan
            + "),ISNUMBER("
            + forecast
            + ")),"
            + forecast
            + "-"
            + plan
            + ",\"\")");
    cell.setCellStyle(sheets.greyMoney);
  }

  private void guidance(XSSFSheet sheet) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "This workbook is a way into and out of a bcf quarterly return of the "
            + layout.roundName()
            + " round.");
    lines.add(
        "Yellow cells are for you to fill in. Grey cells are filled in by bcf or calculated; they are"
            + " locked.");
    lines.add(
        "Drop-down lists give the round's values. Amounts are in pounds. The variance of each line"
            + " of income and expenditure is calculated: forecast outturn less plan.");
    lines.add(
        "The Checklist sheet says which required items are still missing; each check links to its"
            + " cell.");
    lines.add(
        "When every check says Yes the template is complete. Import it with: bcf import RETURN.xlsx"
            + " -o RETURN.json");
    lines.add("Sheets:");
    for (String name : layout.sheets()) {
      if (!name.equals(ReturnLayout.LISTS)) {
        lines.add("    " + name);
      }
    }
    sheets.guidance(sheet, layout.roundName() + ": quarterly return: guidance", lines);
  }

  /** The path of the calculated column, for readers that skip it. */
  static boolean calculated(Column column) {
    return column.cell() == CellKind.CALCULATED || column.path().equals(ReturnLayouts.VARIANCE);
  }
}
