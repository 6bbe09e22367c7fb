package bcf.workbook;

import bcf.workbook.layout.CellKind;
import bcf.workbook.layout.Cells;
import bcf.workbook.layout.Column;
import bcf.workbook.layout.Field;
import bcf.workbook.layout.Picklist;
import bcf.workbook.layout.Table;
import bcf.workbook.layout.ValueKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
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

/**
 * What the plan and the return workbook writers share: the workbook and its styles (yellow unlocked
 * inputs, grey locked cells), input cells written from a document, drop-downs and amount checks,
 * the hidden lists sheet's named ranges, the checklist of live formula checks with the "Complete
 * Template" status on every sheet, "Other details" for what no cell holds, and the protected,
 * finished workbook. Each writer keeps only the sheets that are its own.
 */
final class SheetWriter {

  /** Excel's limit on the text of one cell. */
  static final int CELL_TEXT_LIMIT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  static final int HEADER_ROW = 3;
  static final int FIRST_ROW = 4;

  private static final byte[] YELLOW = {(byte) 0xFF, (byte) 0xFF, (byte) 0x99};
  private static final byte[] GREY = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

  final XSSFWorkbook book = new XSSFWorkbook();

  /** The document's pointers whose values a cell holds (the rest go to "Other details"). */
  final Set<String> written = new HashSet<>();

  final XSSFCellStyle input;
  final XSSFCellStyle inputMoney;
  final XSSFCellStyle inputNumber;
  final XSSFCellStyle grey;

  /** Grey money cells, or null when the writer did not ask for them up front. */
  final XSSFCellStyle greyMoney;

  final XSSFCellStyle heading;
  final XSSFCellStyle title;
  final XSSFCellStyle link;

  private final String document;
  private final Function<String, Picklist> picklists;
  private final boolean numberValidation;
  private final List<String[]> checks = new ArrayList<>();
  private int checklistLast;

  /**
   * @param document what the workbook holds, in words ("plan", "return"), for messages
   * @param picklists the layout's picklist of a name
   * @param greyMoney whether the grey money style is made with the others (a return's variance)
   * @param numberValidation whether number and whole-number cells are checked too
   */
  SheetWriter(
      String document,
      Function<String, Picklist> picklists,
      boolean greyMoney,
      boolean numberValidation) {
    this.document = document;
    this.picklists = picklists;
    this.numberValidation = numberValidation;
    input = fill(YELLOW, false);
    inputMoney = fill(YELLOW, false);
    inputMoney.setDataFormat(book.createDataFormat().getFormat("£#,##0.00"));
    inputNumber = fill(YELLOW, false);
    inputNumber.setDataFormat(book.createDataFormat().getFormat("General"));
    grey = fill(GREY, true);
    this.greyMoney = greyMoney ? greyMoney() : null;
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

  /** A new grey, locked style for amounts. */
  XSSFCellStyle greyMoney() {
    XSSFCellStyle money = fill(GREY, true);
    money.setDataFormat(book.createDataFormat().getFormat("£#,##0.00"));
    return money;
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

  static XSSFCell cell(XSSFSheet sheet, int row, int column) {
    XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
  }

  /** The sheet's title in A1 and, when given, a line of help in A3. */
  void heading(XSSFSheet sheet, String text, String help) {
    XSSFCell cell = cell(sheet, 0, 0);
    cell.setCellValue(text);
    cell.setCellStyle(title);
    if (help != null) {
      cell(sheet, 2, 0).setCellValue(help);
    }
  }

  /** Column headings in the header row. */
  void headers(XSSFSheet sheet, String... heads) {
    for (int c = 0; c < heads.length; c++) {
      XSSFCell cell = cell(sheet, HEADER_ROW, c);
      cell.setCellValue(heads[c]);
      cell.setCellStyle(heading);
    }
  }

  /** The lists sheet's first rows: the marker with the round, the template version, the round. */
  void lists(XSSFSheet lists, String marker, String round, String version, String roundName) {
    cell(lists, 0, 0).setCellValue(marker);
    cell(lists, 0, 1).setCellValue(round);
    cell(lists, 1, 0).setCellValue("template version");
    cell(lists, 1, 1).setCellValue(version);
    cell(lists, 2, 0).setCellValue("round");
    cell(lists, 2, 1).setCellValue(roundName);
  }

  /** One column a picklist from column D, each with a named range the drop-downs refer to. */
  void picklists(XSSFSheet lists, Collection<Picklist> picklists) {
    int column = 3;
    for (Picklist list : picklists) {
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
            Cells.sheet(lists.getSheetName())
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

  /**
   * Labelled values one a row from the first row: the label in column A, the value in B (the round
   * when pre-filled), and a check for each required one.
   */
  void fields(XSSFSheet sheet, List<Field> fields, JsonNode doc, String round) {
    int row = FIRST_ROW;
    for (Field field : fields) {
      XSSFCell label = cell(sheet, row, 0);
      label.setCellValue(field.label());
      label.setCellStyle(heading);
      XSSFCell value = cell(sheet, row, 1);
      if (field.cell() == CellKind.PREFILLED) {
        value.setCellValue(round);
        value.setCellStyle(grey);
        written.add(field.path());
      } else {
        value(value, field.path(), doc.at(field.path()), field.value(), field.picklist());
        validation(sheet, row, row, 1, field.value(), field.picklist());
      }
      if (field.required()) {
        String ref = Cells.ref(sheet.getSheetName(), 1, row);
        check(field.label() + " is filled in", ref, "IF(LEN(TRIM(" + ref + "))>0,\"Yes\",\"No\")");
      }
      row++;
    }
  }

  /** Writes one input cell, and records the document's value as written when the cell holds it. */
  void value(XSSFCell cell, String pointer, JsonNode node, ValueKind kind, String picklist) {
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
      text(cell, picklist == null ? text : picklists.apply(picklist).title(text), pointer);
    } else {
      return;
    }
    written.add(pointer);
  }

  private void text(XSSFCell cell, String text, String pointer) {
    if (text.length() > CELL_TEXT_LIMIT) {
      throw new IllegalArgumentException(
          Pointers.words(pointer).replace("the plan", "the " + document)
              + ": the text is "
              + text.length()
              + " characters long; a workbook cell holds at most "
              + CELL_TEXT_LIMIT);
    }
    cell.setCellValue(text); // always a text cell: never read as a formula
  }

  /** A drop-down for a picklist's cells, a range check for amounts (and numbers when asked). */
  void validation(XSSFSheet sheet, int first, int last, int column, ValueKind kind, String list) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint;
    String message;
    if (list != null) {
      if (picklists.apply(list).options().isEmpty()) {
        return;
      }
      constraint = helper.createFormulaListConstraint(rangeName(list));
      message = "Choose a value from the list.";
    } else if (kind == ValueKind.MONEY) {
      constraint =
          helper.createDecimalConstraint(
              DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000000");
      message = "Type an amount in pounds from 0 to 1,000,000,000.";
    } else if (numberValidation && (kind == ValueKind.NUMBER || kind == ValueKind.WHOLE)) {
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

  /** Writes a calculated cell of a table's row. */
  interface Calculated {
    void write(XSSFSheet sheet, Table table, int row, int column);
  }

  /**
   * A table sheet: one row an item of the document's list and the table's blank rows, a hidden "Row
   * used" column, drop-downs and checks, the header frozen.
   *
   * @param numberWidth the width of a column that is not text, in characters
   * @param rowUsed the formula of the "Row used" cell of a row (1 when the row is used)
   * @param calculated writes the table's calculated cells, which take no input; null when the table
   *     has none (every column is written as an input)
   */
  void table(
      XSSFSheet sheet,
      Table table,
      JsonNode doc,
      int numberWidth,
      BiFunction<Table, Integer, String> rowUsed,
      Calculated calculated) {
    heading(
        sheet, table.title(), "One row each. Fill in the yellow cells; leave a row blank to end.");
    List<Column> columns = table.columns();
    headers(sheet, columns.stream().map(Column::header).toArray(String[]::new));
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, (columns.get(c).value() == ValueKind.TEXT ? 30 : numberWidth) * 256);
    }
    JsonNode items = doc.at(table.list());
    int count = items.isArray() ? items.size() : 0;
    int last = FIRST_ROW + count + table.blankRows() - 1;
    int helper = columns.size();
    for (int i = 0; i < count + table.blankRows(); i++) {
      int row = FIRST_ROW + i;
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        if (calculated != null && column.cell() == CellKind.CALCULATED) {
          calculated.write(sheet, table, row, c);
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
      used.setCellFormula(rowUsed.apply(table, row));
      used.setCellStyle(grey);
    }
    XSSFCell helperHead = cell(sheet, HEADER_ROW, helper);
    helperHead.setCellValue("Row used");
    helperHead.setCellStyle(heading);
    sheet.setColumnHidden(helper, true);
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      if (calculated != null && column.cell() == CellKind.CALCULATED) {
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

  /** A column's cells from the first row to {@code last}, as an absolute reference. */
  static String range(String sheet, int column, int last) {
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

  static int index(Table table, String path) {
    for (int c = 0; c < table.columns().size(); c++) {
      if (table.columns().get(c).path().equals(path)) {
        return c;
      }
    }
    throw new IllegalStateException(table.sheet() + " has no column for " + path);
  }

  /**
   * What no sheet has a cell for, one value a row: what it is in words, the value (yellow), and in
   * hidden columns the kind of value and where it goes in the document.
   */
  void details(XSSFSheet sheet, JsonNode doc) {
    heading(
        sheet,
        "Other details of the " + document,
        "Details of the "
            + document
            + " that the other sheets have no cells for. Change a value in column B;"
            + " do not move rows.");
    headers(sheet, "What", "Value", "Kind", "Where");
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

  /** The guidance sheet: its title and one line a row. */
  void guidance(XSSFSheet sheet, String title, List<String> lines) {
    heading(sheet, title, null);
    sheet.setColumnWidth(0, 110 * 256);
    for (int i = 0; i < lines.size(); i++) {
      cell(sheet, FIRST_ROW + i, 0).setCellValue(lines.get(i));
    }
  }

  void check(String what, String target, String formula) {
    checks.add(new String[] {what, target, formula});
  }

  /** The checklist: every check, a link to its cell, and its live Yes or No. */
  void checklist(XSSFSheet sheet, int cellWidth) {
    heading(
        sheet,
        "Checklist",
        "Each check turns from a red No to a green Yes when its item is complete.");
    headers(sheet, "Check", "Cell", "Complete");
    sheet.setColumnWidth(0, 70 * 256);
    sheet.setColumnWidth(1, cellWidth * 256);
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

  /** "Incomplete Template" / "Complete Template" under every sheet's title, from the checklist. */
  private void status(XSSFSheet sheet, String checklist) {
    XSSFCell cell = cell(sheet, 1, 0);
    cell.setCellFormula(
        "IF(COUNTIF("
            + Cells.sheet(checklist)
            + "!$C$"
            + (FIRST_ROW + 1)
            + ":$C$"
            + (checklistLast + 1)
            + ",\"No\")=0,\"Complete Template\",\"Incomplete Template\")");
    cell.setCellStyle(heading);
  }

  /**
   * The status on every sheet but the lists, every sheet protected, the lists hidden, the cover
   * active; the workbook's bytes.
   */
  byte[] finish(XSSFSheet lists, String checklist, String cover) {
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      XSSFSheet sheet = book.getSheetAt(i);
      if (sheet != lists) {
        status(sheet, checklist);
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
}
