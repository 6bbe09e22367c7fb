package bcf.workbook;

import static bcf.workbook.SheetWriter.cell;
import static bcf.workbook.SheetWriter.index;
import static bcf.workbook.SheetWriter.range;

import bcf.workbook.layout.Cells;
import bcf.workbook.layout.PlanLayout;
import bcf.workbook.layout.Table;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Writes a plan workbook by its {@link PlanLayout}: blank (only the round pre-filled) or filled
 * from a plan document. Input cells are yellow and unlocked, pre-filled and calculated cells grey
 * and locked, every sheet protected (without a password: protection guards against slips, not
 * people). Text is always written as text, so "=SUM(A1)" typed into a plan stays words and never
 * becomes a formula. Whatever the plan holds that no sheet has a cell for goes to "Other details",
 * so reading the workbook back gives the same plan.
 */
public final class PlanWorkbookWriter {

  private final PlanLayout layout;
  private final JsonNode plan;
  private final SheetWriter sheets;
  private final XSSFWorkbook book;

  /** The stored plan's version the workbook is filled from, or null when it is not a stored one. */
  private final Integer planVersion;

  private PlanWorkbookWriter(PlanLayout layout, JsonNode plan, Integer planVersion) {
    this.layout = layout;
    this.plan = plan == null ? MissingNode.getInstance() : plan;
    this.planVersion = planVersion;
    this.sheets = new SheetWriter("plan", layout::picklist, false, false);
    this.book = sheets.book;
  }

  /** A blank workbook of the layout's round. */
  public static byte[] blank(PlanLayout layout) {
    return new PlanWorkbookWriter(layout, null, null).write();
  }

  /**
   * A workbook filled from a plan document (as the plan JSON writer writes it).
   *
   * @throws IllegalArgumentException when a text is longer than a cell can hold
   */
  public static byte[] filled(PlanLayout layout, JsonNode plan) {
    return new PlanWorkbookWriter(layout, plan, null).write();
  }

  /**
   * A workbook filled from version {@code planVersion} of a stored plan: the hidden Lists sheet
   * says the version ({@link PlanLayout#PLAN_VERSION_CELL}), so that an upload of it is checked
   * against what changed since, as an edit page's form is.
   */
  public static byte[] filled(PlanLayout layout, JsonNode plan, int planVersion) {
    return new PlanWorkbookWriter(layout, plan, planVersion).write();
  }

  private byte[] write() {
    XSSFSheet guidance = book.createSheet(PlanLayout.GUIDANCE);
    XSSFSheet cover = book.createSheet(PlanLayout.COVER);
    XSSFSheet summary = book.createSheet(PlanLayout.SUMMARY);
    List<XSSFSheet> tableSheets = new ArrayList<>();
    for (Table table : layout.tables()) {
      if (number(table.sheet()) > number(PlanLayout.CHECKLIST)
          && book.getSheet(PlanLayout.CHECKLIST) == null) {
        book.createSheet(PlanLayout.CHECKLIST);
      }
      tableSheets.add(book.createSheet(table.sheet()));
    }
    XSSFSheet checklist =
        book.getSheet(PlanLayout.CHECKLIST) == null
            ? book.createSheet(PlanLayout.CHECKLIST)
            : book.getSheet(PlanLayout.CHECKLIST);
    XSSFSheet details = book.createSheet(PlanLayout.DETAILS);
    XSSFSheet lists = book.createSheet(PlanLayout.LISTS);

    lists(lists);
    cover(cover);
    for (int i = 0; i < layout.tables().size(); i++) {
      table(tableSheets.get(i), layout.tables().get(i));
    }
    summary(summary);
    sheets.details(details, plan);
    guidance(guidance);
    sheets.checklist(checklist, 30);
    return sheets.finish(lists, PlanLayout.CHECKLIST, PlanLayout.COVER);
  }

  /** The number a sheet's name starts with ("10. HWBs" is 10). */
  private static int number(String sheet) {
    return Integer.parseInt(sheet.substring(0, sheet.indexOf('.')));
  }

  private void lists(XSSFSheet lists) {
    sheets.lists(lists, PlanLayout.MARKER, layout.round(), layout.version(), layout.roundName());
    if (planVersion != null) {
      cell(lists, 3, 0).setCellValue("plan version");
      cell(lists, 3, 1).setCellValue(String.valueOf(planVersion));
    }
    sheets.picklists(lists, layout.picklists().values());
  }

  private void cover(XSSFSheet sheet) {
    sheets.heading(
        sheet,
        layout.roundName() + ": plan workbook",
        "Fill in the yellow cells. Grey cells are filled by bcf or calculated.");
    sheet.setColumnWidth(0, 45 * 256);
    sheet.setColumnWidth(1, 70 * 256);
    sheets.fields(sheet, layout.cover(), plan, layout.round());
  }

  private void table(XSSFSheet sheet, Table table) {
    sheets.table(sheet, table, plan, 16, PlanWorkbookWriter::rowUsed, null);
  }

  /** 1 when any cell of the row has a value. */
  private static String rowUsed(Table table, int row) {
    return "IF(COUNTA("
        + Cells.cell(0, row)
        + ":"
        + Cells.cell(table.columns().size() - 1, row)
        + ")>0,1,0)";
  }

  private int lastRow(Table table) {
    JsonNode items = plan.at(table.list());
    return SheetWriter.FIRST_ROW + (items.isArray() ? items.size() : 0) + table.blankRows() - 1;
  }

  /** Income and expenditure per year, and whether they agree within the round's tolerance. */
  private void summary(XSSFSheet sheet) {
    sheets.heading(
        sheet,
        "Summary: income and expenditure by year",
        "Calculated from the sheets; nothing to fill in.");
    String[] heads = {"Year", "Income", "Expenditure", "Difference", "Income equals expenditure"};
    sheets.headers(sheet, heads);
    for (int c = 0; c < heads.length; c++) {
      sheet.setColumnWidth(c, 22 * 256);
    }
    Table income = layout.table("4. Income").orElseThrow();
    Table expenditure = layout.table("5. Expenditure").orElseThrow();
    int incomeLast = lastRow(income);
    int expenditureLast = lastRow(expenditure);
    XSSFCellStyle money = sheets.greyMoney();
    int row = SheetWriter.FIRST_ROW;
    for (String year : layout.years()) {
      XSSFCell y = cell(sheet, row, 0);
      y.setCellValue(year);
      y.setCellStyle(sheets.grey);
      XSSFCell in = cell(sheet, row, 1);
      in.setCellFormula(
          "SUMIFS("
              + range(income.sheet(), index(income, "/actual"), incomeLast)
              + ","
              + range(income.sheet(), index(income, "/year"), incomeLast)
              + ","
              + Cells.cell(0, row)
              + ")");
      List<String> parts = new ArrayList<>();
      for (String part : List.of("recurrent", "nonRecurrent", "total")) {
        parts.add(
            range(
                expenditure.sheet(),
                index(expenditure, "/spend/" + year + "/" + part),
                expenditureLast));
      }
      XSSFCell out = cell(sheet, row, 2);
      out.setCellFormula("SUM(" + String.join(",", parts) + ")");
      XSSFCell difference = cell(sheet, row, 3);
      difference.setCellFormula(Cells.cell(1, row) + "-" + Cells.cell(2, row));
      XSSFCell agree = cell(sheet, row, 4);
      agree.setCellFormula(
          "IF(ABS("
              + Cells.cell(3, row)
              + ")<="
              + layout.tolerance().toPlainString()
              + ",\"Yes\",\"No\")");
      for (XSSFCell c : List.of(in, out, difference)) {
        c.setCellStyle(money);
      }
      agree.setCellStyle(sheets.grey);
      sheets.check(
          "Income equals expenditure in " + year,
          Cells.ref(PlanLayout.SUMMARY, 4, row),
          "IF(" + Cells.ref(PlanLayout.SUMMARY, 4, row) + "=\"Yes\",\"Yes\",\"No\")");
      row++;
    }
  }

  private void guidance(XSSFSheet sheet) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "This workbook is a way into and out of a bcf plan for the "
            + layout.roundName()
            + " round.");
    lines.add(
        "Yellow cells are for you to fill in. Grey cells are filled in by bcf or calculated; they are locked.");
    lines.add("Drop-down lists give the round's values. Amounts are in pounds.");
    lines.add(
        "The Checklist sheet says which required items are still missing; each check links to its cell.");
    lines.add(
        "When every check says Yes the template is complete. Import it with: bcf import BOOK.xlsx -o PLAN.json");
    lines.add("Sheets:");
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      String name = book.getSheetName(i);
      if (!name.equals(PlanLayout.LISTS)) {
        lines.add("    " + name);
      }
    }
    sheets.guidance(sheet, layout.roundName() + ": guidance", lines);
  }
}
