package bcf.workbook.ingest.command;

import bcf.csv.CsvCells;
import bcf.kernel.Money;
import bcf.workbook.ingest.FileReport;
import bcf.workbook.ingest.NationalDataset;
import bcf.workbook.ingest.ReportCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The national dataset and the report as a workbook: a sheet "National dataset" (one row per HWB,
 * one column per category, amounts as numbers in pounds with a thousands format) and a sheet
 * "Report" (one row per file), each with its header row in bold and frozen. Text is always a text
 * cell, and text a spreadsheet could take for a formula is marked as text (quote prefix) besides,
 * so it never runs.
 *
 * <p>Written as the few parts of SpreadsheetML such a plain workbook needs, by hand rather than
 * with POI: loading POI and XMLBeans into a cold JVM cost a quarter of a bulk ingest's CPU time,
 * for two sheets of text and numbers. Excel and LibreOffice open it (DatasetWorkbookTest).
 */
public final class DatasetWorkbook {

  /** Cells hold at most 32,767 characters; a report's problems are cut there, not refused. */
  static final int MOST_CHARACTERS = 32_000;

  // The styles of styles.xml's cellXfs, by index.
  private static final int BOLD = 1;
  private static final int POUNDS = 2;
  private static final int QUOTED = 3;

  private DatasetWorkbook() {}

  /** A sheet: its name, its rows (a cell is a {@link Money}, else text), and its frozen columns. */
  record Sheet(String name, List<List<?>> rows, int frozenColumns) {}

  public static void write(NationalDataset dataset, List<FileReport> files, OutputStream out)
      throws IOException {
    List<List<?>> data = new ArrayList<>();
    data.add(dataset.header());
    data.addAll(dataset.rows());
    List<List<?>> report = new ArrayList<>();
    report.add(ReportCsv.header());
    for (FileReport f : files) {
      report.add(ReportCsv.row(f));
    }
    write(List.of(new Sheet("National dataset", data, 2), new Sheet("Report", report, 0)), out);
  }

  /** The sheets as a workbook; the first row of each is its header. */
  static void write(List<Sheet> sheets, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    part(zip, xml, "[Content_Types].xml", contentTypes(sheets.size()));
    part(
        zip,
        xml,
        "_rels/.rels",
        relationships(
            "<Relationship Id=\"rId1\" Type=\""
                + OFFICE
                + "/officeDocument\" Target=\"xl/workbook.xml\"/>"));
    StringBuilder names = new StringBuilder();
    StringBuilder links = new StringBuilder();
    for (int i = 1; i <= sheets.size(); i++) {
      names
          .append("<sheet name=\"")
          .append(escape(sheets.get(i - 1).name()))
          .append("\" sheetId=\"")
          .append(i)
          .append("\" r:id=\"rId")
          .append(i)
          .append("\"/>");
      links
          .append("<Relationship Id=\"rId")
          .append(i)
          .append("\" Type=\"")
          .append(OFFICE)
          .append("/worksheet\" Target=\"worksheets/sheet")
          .append(i)
          .append(".xml\"/>");
    }
    links
        .append("<Relationship Id=\"rId")
        .append(sheets.size() + 1)
        .append("\" Type=\"")
        .append(OFFICE)
        .append("/styles\" Target=\"styles.xml\"/>");
    part(
        zip,
        xml,
        "xl/workbook.xml",
        XML
            + "<workbook xmlns=\""
            + MAIN
            + "\" xmlns:r=\""
            + OFFICE
            + "\"><sheets>"
            + names
            + "</sheets></workbook>");
    part(zip, xml, "xl/_rels/workbook.xml.rels", relationships(links.toString()));
    part(zip, xml, "xl/styles.xml", STYLES);
    for (int i = 1; i <= sheets.size(); i++) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
      sheet(sheets.get(i - 1), xml);
      xml.flush();
      zip.closeEntry();
    }
    zip.finish();
    xml.flush();
  }

  private static void part(ZipOutputStream zip, Writer xml, String name, String text)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    xml.write(text);
    xml.flush();
    zip.closeEntry();
  }

  private static void sheet(Sheet sheet, Writer xml) throws IOException {
    xml.write(XML);
    xml.write("<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\">");
    xml.write(pane(sheet.frozenColumns()));
    xml.write("</sheetView></sheetViews><sheetData>");
    StringBuilder row = new StringBuilder();
    for (int r = 0; r < sheet.rows().size(); r++) {
      row.setLength(0);
      row.append("<row r=\"").append(r + 1).append("\">");
      List<?> values = sheet.rows().get(r);
      for (int c = 0; c < values.size(); c++) {
        cell(row, column(c) + (r + 1), values.get(c), r == 0);
      }
      row.append("</row>");
      xml.write(row.toString());
    }
    xml.write("</sheetData></worksheet>");
  }

  /** The header row frozen, and the first {@code columns} columns too. */
  static String pane(int columns) {
    String topLeft = column(columns) + "2";
    return "<pane "
        + (columns > 0 ? "xSplit=\"" + columns + "\" " : "")
        + "ySplit=\"1\" topLeftCell=\""
        + topLeft
        + "\" activePane=\""
        + (columns > 0 ? "bottomRight" : "bottomLeft")
        + "\" state=\"frozen\"/>";
  }

  private static void cell(StringBuilder row, String ref, Object value, boolean header) {
    if (value instanceof Money m) {
      row.append("<c r=\"")
          .append(ref)
          .append("\" s=\"")
          .append(POUNDS)
          .append("\"><v>")
          .append(m.pounds().toPlainString())
          .append("</v></c>");
      return;
    }
    String text = String.valueOf(value);
    if (text.length() > MOST_CHARACTERS) {
      text = text.substring(0, MOST_CHARACTERS) + "…";
    }
    int style = header ? BOLD : CsvCells.formulaLike(text) ? QUOTED : 0;
    row.append("<c r=\"").append(ref).append('"');
    if (style != 0) {
      row.append(" s=\"").append(style).append('"');
    }
    row.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
        .append(escape(text))
        .append("</t></is></c>");
  }

  /** The letters of a column from its index from 0 (0 is A, 26 is AA). */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      letters.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return letters.toString();
  }

  /**
   * Text as XML character data: markup characters escaped; characters XML 1.0 cannot hold (control
   * characters other than tab and line ends, lone surrogates) become U+FFFD; and text that Excel
   * would read as one of its own escapes ({@code _x0041_}) has its underscore escaped, so it is
   * shown as typed.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '_' -> s.append(excelEscapeAt(text, i) ? "_x005F_" : "_");
        default -> {
          if (Character.isHighSurrogate(ch)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            s.append(ch).append(text.charAt(++i));
          } else if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
              || Character.isSurrogate(ch)
              || ch == 0xFFFE
              || ch == 0xFFFF) {
            s.append('\uFFFD');
          } else {
            s.append(ch);
          }
        }
      }
    }
    return s.toString();
  }

  /** Whether {@code _xHHHH_} (four hexadecimal digits) starts at {@code at}. */
  private static boolean excelEscapeAt(String text, int at) {
    if (at + 7 > text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
      return false;
    }
    for (int k = at + 2; k < at + 6; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String contentTypes(int sheets) {
    StringBuilder s =
        new StringBuilder(XML)
            .append(
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .append(
                "<Default Extension=\"rels\""
                    + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .append(
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
            .append(
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    for (int i = 1; i <= sheets; i++) {
      s.append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(".xml\" ContentType=\"application/")
          .append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    return s.append("</Types>").toString();
  }

  private static String relationships(String inside) {
    return XML
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + inside
        + "</Relationships>";
  }

  private static final String XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String OFFICE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** Cell styles: 0 plain, 1 bold (headers), 2 pounds ({@code #,##0.##}), 3 quote-prefixed text. */
  private static final String STYLES =
      XML
          + "<styleSheet xmlns=\""
          + MAIN
          + "\">"
          + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.##\"/></numFmts>"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          + "</cellStyleXfs>"
          + "<cellXfs count=\"4\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
          + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
          + "</cellXfs>"
          + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          + "</cellStyles></styleSheet>";
}
