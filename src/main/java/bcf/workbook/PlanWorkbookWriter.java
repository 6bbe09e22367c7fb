package bcf.workbook;

import bcf.workbook.layout.CellKind;
import bcf.workbook.layout.Cells;
import bcf.workbook.layout.Column;
import bcf.workbook.layout.Field;
import bcf.workbook.layout.Picklist;
import bcf.workbook.layout.PlanLayout;
import bcf.workbook.layout.Table;
import bcf.workbook.layout.ValueKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
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

  /** Excel's limit on the text of one cell. */
  static final int CELL_TEXT_LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private static final byte[] YELLOW = {(byte) 0xFF, (byte) 0xFF, (byte) 0x99};
  private static final byte[] GREY = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

  private final PlanLayout layout;
  private final JsonNode plan;
  private final XSSFWorkbook book = new XSSFWorkbook();
  private final Set<String> written = new HashSet<>();
  private XSSFCellStyle input;
  private XSSFCellStyle inputMoney;
  private XSSFCellStyle inputNumber;
  private XSSFCellStyle grey;
  private XSSFCellStyle heading;
  private XSSFCellStyle title;
  private XSSFCellStyle link;
  private final List<String[]> checks = new ArrayList<>();
  private int checklistLast;

  /** The stored plan's version the workbook is filled from, or null when it is not a stored one. */
  private final Integer planVersion;

  private PlanWorkbookWriter(PlanLayout layout, JsonNode plan, Integer planVersion) {
    this.layout = layout;
    this.plan = plan == null ? MissingNode.getInstance() : plan;
    this.planVersion = planVersion;
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
    styles();
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
    details(details);
    guidance(guidance);
    checklist(checklist);
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      XSSFSheet sheet = book.getSheetAt(i);
      if (sheet != lists) {
        status(sheet);
      }
      sheet.enableLocking();
      sheet.lockSelectLockedCells(false);
      sheet.lockSelectUnlockedCells(false);
      sheet.lockFormatColumns(false);
      sheet.lockFormatRows(false);
    }
    book.setSheetVisibility(book.getSheetIndex(lists), SheetVisibility.HIDDEN);
    book.setActiveSheet(book.getSheetIndex(cover));
    book.setFirstVisibleTab(0);
    book.setForceFormulaRecalculation(true);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      book.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number a sheet's name starts with ("10. HWBs" is 10). */
  private static int number(String sheet) {
    return Integer.parseInt(sheet.substring(0, sheet.indexOf('.')));
  }

  private void styles() {
    input = fill(YELLOW, false);
    inputMoney = fill(YELLOW, false);
    inputMoney.setDataFormat(book.createDataFormat().getFormat("£#,##0.00"));
    inputNumber = fill(YELLOW, false);
    inputNumber.setDataFormat(book.createDataFormat().getFormat("General"));
    grey = fill(GREY, true);
    heading = fill(GREY, true);
    Font bold = book.createFont();
    bold.setBold(true);
    heading.setFont(bold);
    heading.setWrapText(true);
    title = book.createCellStyle();
    Font big = book.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title.setFont(big);
    link = book.createCellStyle();
    Font blue = book.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
    link.setFont(blue);
  }

  private XSSFCellStyle fill(byte[] rgb, boolean locked) {
    XSSFCellStyle style = book.createCellStyle();
    style.setFillForegroundColor(new XSSFColor(rgb));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setLocked(locked);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
    return style;
  }

  private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
    XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
  }

  private void heading(XSSFSheet sheet, String text, String help) {
    XSSFCell cell = cell(sheet, 0, 0);
    cell.setCellValue(text);
    cell.setCellStyle(title);
    if (help != null) {
      cell(sheet, 2, 0).setCellValue(help);
    }
  }

  /** "Incomplete Template" / "Complete Template" under every sheet's title, from the checklist. */
  private void status(XSSFSheet sheet) {
    XSSFCell cell = cell(sheet, 1, 0);
    cell.setCellFormula(
        "IF(COUNTIF("
            + Cells.sheet(PlanLayout.CHECKLIST)
            + "!$C$"
            + (PlanLayout.FIRST_ROW + 1)
            + ":$C$"
            + (checklistLast + 1)
            + ",\"No\")=0,\"Complete Template\",\"Incomplete Template\")");
    cell.setCellStyle(heading);
  }

  private void lists(XSSFSheet lists) {
    cell(lists, 0, 0).setCellValue(PlanLayout.MARKER);
    cell(lists, 0, 1).setCellValue(layout.round());
    cell(lists, 1, 0).setCellValue("template version");
    cell(lists, 1, 1).setCellValue(layout.version());
    cell(lists, 2, 0).setCellValue("round");
    cell(lists, 2, 1).setCellValue(layout.roundName());
    if (planVersion != null) {
      cell(lists, 3, 0).setCellValue("plan version");
      cell(lists, 3, 1).setCellValue(String.valueOf(planVersion));
    }
    int column = 3;
    for (Picklist list : layout.picklists().values()) {
      cell(lists, 0, column).setCellValue(list.name());
      List<String> titles = list.titles();
      for (int i = 0; i < titles.size(); i++) {
        cell(lists, i + 1, column).setCellValue(titles.get(i));
      }
      if (!titles.isEmpty()) {
        Name name = book.createName();
        name.setNameName(rangeName(list.name()));
        String letters = Cells.column(column);
        name.setRefersToFormula(
            Cells.sheet(PlanLayout.LISTS)
                + "!$"
                + letters
                + "$2:$"
                + letters
                + "$"
                + (titles.size() + 1));
      }
      column++;
    }
  }

  static String rangeName(String list) {
    return "List_" + list;
  }

  private void cover(XSSFSheet sheet) {
    heading(
        sheet,
        layout.roundName() + ": plan workbook",
        "Fill in the yellow cells. Grey cells are filled by bcf or calculated.");
    sheet.setColumnWidth(0, 45 * 256);
    sheet.setColumnWidth(1, 70 * 256);
    int row = PlanLayout.FIRST_ROW;
    for (Field field : layout.cover()) {
      XSSFCell label = cell(sheet, row, 0);
      label.setCellValue(field.label());
      label.setCellStyle(heading);
      XSSFCell value = cell(sheet, row, 1);
      if (field.cell() == CellKind.PREFILLED) {
        value.setCellValue(layout.round());
        value.setCellStyle(grey);
        written.add(field.path());
      } else {
        value(value, field.path(), plan.at(field.path()), field.value(), field.picklist());
        validation(sheet, row, row, 1, field.value(), field.picklist());
      }
      if (field.required()) {
        check(
            field.label() + " is filled in",
            Cells.ref(PlanLayout.COVER, 1, row),
            "IF(LEN(TRIM(" + Cells.ref(PlanLayout.COVER, 1, row) + "))>0,\"Yes\",\"No\")");
      }
      row++;
    }
  }

  /** Writes one input cell, and records the plan's value as written when the cell holds it. */
  private void value(
      XSSFCell cell, String pointer, JsonNode node, ValueKind kind, String picklist) {
    cell.setCellStyle(kind == ValueKind.MONEY ? inputMoney : kind.numeric() ? inputNumber : input);
    if (node == null || node.isMissingNode() || node.isNull()) {
      return;
    }
    if (kind.numeric() && node.isNumber()) {
      cell.setCellValue(node.decimalValue().doubleValue());
    } else if (kind == ValueKind.TRUE_OR_FALSE && node.isBoolean()) {
      cell.setCellValue(node.asBoolean() ? "Yes" : "No");
    } else if ((kind == ValueKind.TEXT || kind == ValueKind.DATE) && node.isString()) {
      String text = node.asString();
      if (text.isEmpty()) {
        return; // an empty text cannot be told from a blank cell: it goes to Other details
      }
      text(cell, picklist == null ? text : layout.picklist(picklist).title(text), pointer);
    } else {
      return;
    }
    written.add(pointer);
  }

  private static void text(XSSFCell cell, String text, String pointer) {
    if (text.length() > CELL_TEXT_LIMIT) {
      throw new IllegalArgumentException(
          Pointers.words(pointer)
              + ": the text is "
              + text.length()
              + " characters long; a workbook cell holds at most "
              + CELL_TEXT_LIMIT);
    }
    cell.setCellValue(text); // always a text cell: never read as a formula
  }

  private void validation(
      XSSFSheet sheet, int first, int last, int column, ValueKind kind, String picklist) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint;
    String message;
    if (picklist != null) {
      if (layout.picklist(picklist).options().isEmpty()) {
        return;
      }
      constraint = helper.createFormulaListConstraint(rangeName(picklist));
      message = "Choose a value from the list.";
    } else if (kind == ValueKind.MONEY) {
      constraint =
          helper.createDecimalConstraint(
              DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000000");
      message = "Type an amount in pounds from 0 to 1,000,000,000.";
    } else {
      return;
    }
    DataValidation validation =
        helper.createValidation(constraint, new CellRangeAddressList(first, last, column, column));
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("Not allowed here", message);
    validation.setEmptyCellAllowed(true);
    sheet.addValidationData(validation);
  }

  private void table(XSSFSheet sheet, Table table) {
    heading(
        sheet, table.title(), "One row each. Fill in the yellow cells; leave a row blank to end.");
    List<Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      XSSFCell head = cell(sheet, PlanLayout.HEADER_ROW, c);
      head.setCellValue(columns.get(c).header());
      head.setCellStyle(heading);
      sheet.setColumnWidth(c, (columns.get(c).value() == ValueKind.TEXT ? 30 : 16) * 256);
    }
    JsonNode items = plan.at(table.list());
    int count = items.isArray() ? items.size() : 0;
    int last = PlanLayout.FIRST_ROW + count + table.blankRows() - 1;
    int helper = columns.size();
    for (int i = 0; i < count + table.blankRows(); i++) {
      int row = PlanLayout.FIRST_ROW + i;
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        String pointer = table.list() + "/" + i + column.path();
        value(
            cell(sheet, row, c),
            pointer,
            i < count ? items.get(i).at(column.path()) : null,
            column.value(),
            column.picklist());
      }
      XSSFCell used = cell(sheet, row, helper);
      used.setCellFormula(
          "IF(COUNTA("
              + Cells.cell(0, row)
              + ":"
              + Cells.cell(columns.size() - 1, row)
              + ")>0,1,0)");
      used.setCellStyle(grey);
    }
    XSSFCell helperHead = cell(sheet, PlanLayout.HEADER_ROW, helper);
    helperHead.setCellValue("Row used");
    helperHead.setCellStyle(heading);
    sheet.setColumnHidden(helper, true);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      validation(sheet, PlanLayout.FIRST_ROW, last, c, column.value(), column.picklist());
      if (column.required()) {
        String range = range(table.sheet(), c, last);
        check(
            column.header() + " given on every row of " + table.sheet(),
            Cells.ref(table.sheet(), c, PlanLayout.FIRST_ROW),
            "IF(COUNTIFS("
                + range(table.sheet(), helper, last)
                + ",1,"
                + range
                + ",\"\")=0,\"Yes\",\"No\")");
      }
    }
    sheet.createFreezePane(0, PlanLayout.FIRST_ROW);
  }

  private static String range(String sheet, int column, int last) {
    String letters = Cells.column(column);
    return Cells.sheet(sheet)
        + "!$"
        + letters
        + "$"
        + (PlanLayout.FIRST_ROW + 1)
        + ":$"
        + letters
        + "$"
        + (last + 1);
  }

  private int lastRow(Table table) {
    JsonNode items = plan.at(table.list());
    return PlanLayout.FIRST_ROW + (items.isArray() ? items.size() : 0) + table.blankRows() - 1;
  }

  /** Income and expenditure per year, and whether they agree within the round's tolerance. */
  private void summary(XSSFSheet sheet) {
    heading(
        sheet,
        "Summary: income and expenditure by year",
        "Calculated from the sheets; nothing to fill in.");
    String[] heads = {"Year", "Income", "Expenditure", "Difference", "Income equals expenditure"};
    for (int c = 0; c < heads.length; c++) {
      XSSFCell cell = cell(sheet, PlanLayout.HEADER_ROW, c);
      cell.setCellValue(heads[c]);
      cell.setCellStyle(heading);
      sheet.setColumnWidth(c, 22 * 256);
    }
    Table income = layout.table("4. Income").orElseThrow();
    Table expenditure = layout.table("5. Expenditure").orElseThrow();
    int incomeLast = lastRow(income);
    int expenditureLast = lastRow(expenditure);
    XSSFCellStyle money = fill(GREY, true);
    money.setDataFormat(book.createDataFormat().getFormat("£#,##0.00"));
    int row = PlanLayout.FIRST_ROW;
    for (String year : layout.years()) {
      XSSFCell y = cell(sheet, row, 0);
      y.setCellValue(year);
      y.setCellStyle(grey);
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
      agree.setCellStyle(grey);
      check(
          "Income equals expenditure in " + year,
          Cells.ref(PlanLayout.SUMMARY, 4, row),
          "IF(" + Cells.ref(PlanLayout.SUMMARY, 4, row) + "=\"Yes\",\"Yes\",\"No\")");
      row++;
    }
  }

  private static int index(Table table, String path) {
    for (int c = 0; c < table.columns().size(); c++) {
      if (table.columns().get(c).path().equals(path)) {
        return c;
      }
    }
    throw new IllegalStateException(table.sheet() + " has no column for " + path);
  }

  /**
   * What no sheet has a cell for, one value a row: what it is in words, the value (yellow), and in
   * hidden columns the kind of value and where it goes in the plan document.
   */
  private void details(XSSFSheet sheet) {
    heading(
        sheet,
        "Other details of the plan",
        "Details of the plan that the other sheets have no cells for. Change a value in column B; do not"
            + " move rows.");
    String[] heads = {"What", "Value", "Kind", "Where"};
    for (int c = 0; c < heads.length; c++) {
      XSSFCell cell = cell(sheet, PlanLayout.HEADER_ROW, c);
      cell.setCellValue(heads[c]);
      cell.setCellStyle(heading);
    }
    sheet.setColumnWidth(0, 60 * 256);
    sheet.setColumnWidth(1, 60 * 256);
    int row = PlanLayout.FIRST_ROW;
    for (Pointers.Leaf leaf :
        plan.isMissingNode() ? List.<Pointers.Leaf>of() : Pointers.leaves(plan)) {
      if (written.contains(leaf.pointer())) {
        continue;
      }
      JsonNode v = leaf.value();
      XSSFCell what = cell(sheet, row, 0);
      what.setCellValue(Pointers.words(leaf.pointer()));
      what.setCellStyle(grey);
      XSSFCell value = cell(sheet, row, 1);
      value.setCellStyle(input);
      String kind;
      if (v.isNumber()) {
        kind = "number";
        value.setCellValue(v.decimalValue().doubleValue());
      } else if (v.isBoolean()) {
        kind = "true-or-false";
        value.setCellValue(v.asBoolean() ? "Yes" : "No");
      } else if (v.isString()) {
        kind = "text";
        text(value, v.asString(), leaf.pointer());
      } else if (v.isArray()) {
        kind = "empty list";
        value.setCellStyle(grey);
      } else if (v.isObject()) {
        kind = "empty group";
        value.setCellStyle(grey);
      } else {
        kind = "blank";
      }
      cell(sheet, row, 2).setCellValue(kind);
      cell(sheet, row, 3).setCellValue(leaf.pointer());
      row++;
    }
    sheet.setColumnHidden(2, true);
    sheet.setColumnHidden(3, true);
  }

  private void guidance(XSSFSheet sheet) {
    heading(sheet, layout.roundName() + ": guidance", null);
    sheet.setColumnWidth(0, 110 * 256);
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
    for (int i = 0; i < lines.size(); i++) {
      cell(sheet, PlanLayout.FIRST_ROW + i, 0).setCellValue(lines.get(i));
    }
  }

  private void check(String what, String target, String formula) {
    checks.add(new String[] {what, target, formula});
  }

  private void checklist(XSSFSheet sheet) {
    heading(
        sheet,
        "Checklist",
        "Each check turns from a red No to a green Yes when its item is complete.");
    String[] heads = {"Check", "Cell", "Complete"};
    for (int c = 0; c < heads.length; c++) {
      XSSFCell cell = cell(sheet, PlanLayout.HEADER_ROW, c);
      cell.setCellValue(heads[c]);
      cell.setCellStyle(heading);
    }
    sheet.setColumnWidth(0, 70 * 256);
    sheet.setColumnWidth(1, 30 * 256);
    sheet.setColumnWidth(2, 14 * 256);
    int row = PlanLayout.FIRST_ROW;
    for (String[] check : checks) {
      XSSFCell what = cell(sheet, row, 0);
      what.setCellValue(check[0]);
      what.setCellStyle(grey);
      XSSFCell where = cell(sheet, row, 1);
      where.setCellValue(check[1]);
      Hyperlink hyperlink = book.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      hyperlink.setAddress(check[1]);
      where.setHyperlink(hyperlink);
      where.setCellStyle(link);
      XSSFCell result = cell(sheet, row, 2);
      result.setCellFormula(check[2]);
      result.setCellStyle(grey);
      row++;
    }
    checklistLast = Math.max(row - 1, PlanLayout.FIRST_ROW);
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    var yes = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"Yes\"");
    yes.createPatternFormatting()
        .setFillBackgroundColor(new XSSFColor(new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}));
    var no = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"No\"");
    no.createPatternFormatting()
        .setFillBackgroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}));
    formatting.addConditionalFormatting(
        new CellRangeAddress[] {new CellRangeAddress(PlanLayout.FIRST_ROW, checklistLast, 2, 2)},
        yes,
        no);
  }
}
