package bcf.workbook;

import bcf.workbook.layout.CellKind;
import bcf.workbook.layout.Cells;
import bcf.workbook.layout.Column;
import bcf.workbook.layout.Field;
import bcf.workbook.layout.Picklist;
import bcf.workbook.layout.ReturnLayout;
import bcf.workbook.layout.ReturnLayouts;
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
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
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
 * Writes a quarterly return's workbook by its {@link ReturnLayout}, in the plan workbook's manner
 * ({@link PlanWorkbookWriter}): yellow unlocked inputs, grey locked pre-filled and calculated
 * cells, protected sheets, drop-downs from the hidden lists sheet's named ranges, a checklist of
 * live formula checks, the variance of each finance line as a formula, and "Other details" for
 * whatever no cell holds, so reading it back gives the same return.
 */
public final class ReturnWorkbookWriter {

  private static final byte[] YELLOW = {(byte) 0xFF, (byte) 0xFF, (byte) 0x99};
  private static final byte[] GREY = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
  private static final int HEADER_ROW = 3;
  private static final int FIRST_ROW = 4;

  private final ReturnLayout layout;
  private final JsonNode doc;
  private final XSSFWorkbook book = new XSSFWorkbook();
  private final Set<String> written = new HashSet<>();
  private final List<String[]> checks = new ArrayList<>();
  private XSSFCellStyle input;
  private XSSFCellStyle inputMoney;
  private XSSFCellStyle inputNumber;
  private XSSFCellStyle grey;
  private XSSFCellStyle greyMoney;
  private XSSFCellStyle heading;
  private XSSFCellStyle title;
  private XSSFCellStyle link;
  private int checklistLast;

  private ReturnWorkbookWriter(ReturnLayout layout, JsonNode doc) {
    this.layout = layout;
    this.doc = doc == null ? MissingNode.getInstance() : doc;
  }

  /**
   * A workbook filled from a return document (or a pre-filled one: a return started from a plan).
   *
   * @throws IllegalArgumentException when a text is longer than a cell can hold
   */
  public static byte[] filled(ReturnLayout layout, JsonNode document) {
    return new ReturnWorkbookWriter(layout, document).write();
  }

  /** A blank workbook of the layout's round. */
  public static byte[] blank(ReturnLayout layout) {
    return new ReturnWorkbookWriter(layout, null).write();
  }

  private byte[] write() {
    styles();
    for (String name : layout.sheets()) {
      book.createSheet(name);
    }
    XSSFSheet lists = book.getSheet(ReturnLayout.LISTS);
    lists(lists);
    for (ReturnLayout.Form form : layout.forms()) {
      form(book.getSheet(form.sheet()), form);
    }
    for (Table table : layout.tables()) {
      table(book.getSheet(table.sheet()), table);
    }
    details(book.getSheet(layout.details()));
    guidance(book.getSheet(ReturnLayout.GUIDANCE));
    checklist(book.getSheet(layout.checklist()));
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
    book.setActiveSheet(book.getSheetIndex(ReturnLayout.COVER));
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

  private void styles() {
    input = fill(YELLOW, false);
    inputMoney = fill(YELLOW, false);
    inputMoney.setDataFormat(book.createDataFormat().getFormat("£#,##0.00"));
    inputNumber = fill(YELLOW, false);
    inputNumber.setDataFormat(book.createDataFormat().getFormat("General"));
    grey = fill(GREY, true);
    greyMoney = fill(GREY, true);
    greyMoney.setDataFormat(book.createDataFormat().getFormat("£#,##0.00"));
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
    blue.setColor(IndexedColors.BLUE.getIndex());
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
    style.setVerticalAlignment(VerticalAlignment.TOP);
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

  private void status(XSSFSheet sheet) {
    XSSFCell cell = cell(sheet, 1, 0);
    cell.setCellFormula(
        "IF(COUNTIF("
            + Cells.sheet(layout.checklist())
            + "!$C$"
            + (FIRST_ROW + 1)
            + ":$C$"
            + (checklistLast + 1)
            + ",\"No\")=0,\"Complete Template\",\"Incomplete Template\")");
    cell.setCellStyle(heading);
  }

  private void lists(XSSFSheet lists) {
    cell(lists, 0, 0).setCellValue(ReturnLayout.MARKER);
    cell(lists, 0, 1).setCellValue(layout.round());
    cell(lists, 1, 0).setCellValue("template version");
    cell(lists, 1, 1).setCellValue(layout.version());
    cell(lists, 2, 0).setCellValue("round");
    cell(lists, 2, 1).setCellValue(layout.roundName());
    int column = 3;
    for (Picklist list :
        layout.picklists().values().stream()
            .sorted(java.util.Comparator.comparing(Picklist::name))
            .toList()) {
      cell(lists, 0, column).setCellValue(list.name());
      List<String> titles = list.titles();
      for (int i = 0; i < titles.size(); i++) {
        cell(lists, i + 1, column).setCellValue(titles.get(i));
      }
      if (!titles.isEmpty()) {
        Name name = book.createName();
        name.setNameName(PlanWorkbookWriter.rangeName(list.name()));
        String letters = Cells.column(column);
        name.setRefersToFormula(
            Cells.sheet(ReturnLayout.LISTS)
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

  private void form(XSSFSheet sheet, ReturnLayout.Form form) {
    heading(
        sheet,
        layout.roundName() + ": quarterly return: " + form.title().toLowerCase(java.util.Locale.UK),
        "Fill in the yellow cells. Grey cells are filled by bcf or calculated.");
    sheet.setColumnWidth(0, 50 * 256);
    sheet.setColumnWidth(1, 80 * 256);
    int row = FIRST_ROW;
    for (Field field : form.fields()) {
      XSSFCell label = cell(sheet, row, 0);
      label.setCellValue(field.label());
      label.setCellStyle(heading);
      XSSFCell value = cell(sheet, row, 1);
      if (field.cell() == CellKind.PREFILLED) {
        value.setCellValue(layout.round());
        value.setCellStyle(grey);
        written.add(field.path());
      } else {
        value(value, field.path(), doc.at(field.path()), field.value(), field.picklist());
        validation(sheet, row, row, 1, field.value(), field.picklist());
      }
      if (field.required()) {
        String ref = Cells.ref(form.sheet(), 1, row);
        check(field.label() + " is filled in", ref, "IF(LEN(TRIM(" + ref + "))>0,\"Yes\",\"No\")");
      }
      row++;
    }
  }

  private void value(XSSFCell cell, String pointer, JsonNode node, ValueKind kind, String list) {
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
      text(cell, list == null ? text : layout.picklist(list).title(text), pointer);
    } else {
      return;
    }
    written.add(pointer);
  }

  private static void text(XSSFCell cell, String text, String pointer) {
    if (text.length() > PlanWorkbookWriter.CELL_TEXT_LIMIT) {
      throw new IllegalArgumentException(
          Pointers.words(pointer).replace("the plan", "the return")
              + ": the text is "
              + text.length()
              + " characters long; a workbook cell holds at most "
              + PlanWorkbookWriter.CELL_TEXT_LIMIT);
    }
    cell.setCellValue(text); // always a text cell: never read as a formula
  }

  private void validation(
      XSSFSheet sheet, int first, int last, int column, ValueKind kind, String list) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint;
    String message;
    if (list != null) {
      if (layout.picklist(list).options().isEmpty()) {
        return;
      }
      constraint = helper.createFormulaListConstraint(PlanWorkbookWriter.rangeName(list));
      message = "Choose a value from the list.";
    } else if (kind == ValueKind.MONEY) {
      constraint =
          helper.createDecimalConstraint(
              DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000000");
      message = "Type an amount in pounds from 0 to 1,000,000,000.";
    } else if (kind == ValueKind.NUMBER || kind == ValueKind.WHOLE) {
      constraint =
          kind == ValueKind.WHOLE
              ? helper.createIntegerConstraint(
                  DataValidationConstraint.OperatorType.BETWEEN, "0", "100000000")
              : helper.createDecimalConstraint(
                  DataValidationConstraint.OperatorType.BETWEEN, "-1000000000", "1000000000");
      message = kind == ValueKind.WHOLE ? "Type a whole number." : "Type a number, without words.";
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
      XSSFCell head = cell(sheet, HEADER_ROW, c);
      head.setCellValue(columns.get(c).header());
      head.setCellStyle(heading);
      sheet.setColumnWidth(c, (columns.get(c).value() == ValueKind.TEXT ? 30 : 18) * 256);
    }
    JsonNode items = doc.at(table.list());
    int count = items.isArray() ? items.size() : 0;
    int last = FIRST_ROW + count + table.blankRows() - 1;
    int helper = columns.size();
    for (int i = 0; i < count + table.blankRows(); i++) {
      int row = FIRST_ROW + i;
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        if (column.cell() == CellKind.CALCULATED) {
          calculated(sheet, table, row, c);
          continue;
        }
        value(
            cell(sheet, row, c),
            table.list() + "/" + i + column.path(),
            i < count ? items.get(i).at(column.path()) : null,
            column.value(),
            column.picklist());
      }
      XSSFCell used = cell(sheet, row, helper);
      used.setCellFormula(inputsUsed(table, row));
      used.setCellStyle(grey);
    }
    XSSFCell helperHead = cell(sheet, HEADER_ROW, helper);
    helperHead.setCellValue("Row used");
    helperHead.setCellStyle(heading);
    sheet.setColumnHidden(helper, true);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (column.cell() == CellKind.CALCULATED) {
        continue;
      }
      validation(sheet, FIRST_ROW, last, c, column.value(), column.picklist());
      if (column.required()) {
        check(
            column.header() + " given on every row of " + table.sheet(),
            Cells.ref(table.sheet(), c, FIRST_ROW),
            "IF(COUNTIFS("
                + range(table.sheet(), helper, last)
                + ",1,"
                + range(table.sheet(), c, last)
                + ",\"\")=0,\"Yes\",\"No\")");
      }
    }
    sheet.createFreezePane(0, FIRST_ROW);
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
    cell.setCellStyle(greyMoney);
  }

  private static int index(Table table, String path) {
    for (int c = 0; c < table.columns().size(); c++) {
      if (table.columns().get(c).path().equals(path)) {
        return c;
      }
    }
    throw new IllegalStateException(table.sheet() + " has no column for " + path);
  }

  private static String range(String sheet, int column, int last) {
    String letters = Cells.column(column);
    return Cells.sheet(sheet)
        + "!$"
        + letters
        + "$"
        + (FIRST_ROW + 1)
        + ":$"
        + letters
        + "$"
        + (last + 1);
  }

  private void details(XSSFSheet sheet) {
    heading(
        sheet,
        "Other details of the return",
        "Details of the return that the other sheets have no cells for. Change a value in column B;"
            + " do not move rows.");
    String[] heads = {"What", "Value", "Kind", "Where"};
    for (int c = 0; c < heads.length; c++) {
      XSSFCell cell = cell(sheet, HEADER_ROW, c);
      cell.setCellValue(heads[c]);
      cell.setCellStyle(heading);
    }
    sheet.setColumnWidth(0, 60 * 256);
    sheet.setColumnWidth(1, 60 * 256);
    int row = FIRST_ROW;
    for (Pointers.Leaf leaf :
        doc.isMissingNode() ? List.<Pointers.Leaf>of() : Pointers.leaves(doc)) {
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
    heading(sheet, layout.roundName() + ": quarterly return: guidance", null);
    sheet.setColumnWidth(0, 110 * 256);
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
    for (int i = 0; i < lines.size(); i++) {
      cell(sheet, FIRST_ROW + i, 0).setCellValue(lines.get(i));
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
      XSSFCell cell = cell(sheet, HEADER_ROW, c);
      cell.setCellValue(heads[c]);
      cell.setCellStyle(heading);
    }
    sheet.setColumnWidth(0, 70 * 256);
    sheet.setColumnWidth(1, 34 * 256);
    sheet.setColumnWidth(2, 14 * 256);
    int row = FIRST_ROW;
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
    checklistLast = Math.max(row - 1, FIRST_ROW);
    SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
    var yes = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"Yes\"");
    yes.createPatternFormatting()
        .setFillBackgroundColor(new XSSFColor(new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}));
    var no = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"No\"");
    no.createPatternFormatting()
        .setFillBackgroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}));
    formatting.addConditionalFormatting(
        new CellRangeAddress[] {new CellRangeAddress(FIRST_ROW, checklistLast, 2, 2)}, yes, no);
  }

  /** The path of the calculated column, for readers that skip it. */
  static boolean calculated(Column column) {
    return column.cell() == CellKind.CALCULATED || column.path().equals(ReturnLayouts.VARIANCE);
  }
}
