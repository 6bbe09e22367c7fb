package bcf.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the few parts of an .xlsx workbook by hand, so that tests can make the hostile ones no
 * library would write: a sheet streamed row by row, a DTD, a macro part, a bomb.
 */
public final class TinyXlsx {

  static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"%s\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>";
  static final String WORKBOOK_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  static final String MACRO_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  static final String RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>";
  static final String WORKBOOK =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          + "</Relationships>";
  static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  static final String SHEET_END = "</sheetData></worksheet>";

  /** Writes a sheet's XML (rows only) into an otherwise ordinary workbook. */
  public interface SheetWriter {
    void write(OutputStream sheet) throws IOException;
  }

  private final Map<String, byte[]> extra = new LinkedHashMap<>();
  private String workbookType = WORKBOOK_TYPE;
  private String sheetPrefix = "";

  public static TinyXlsx workbook() {
    return new TinyXlsx();
  }

  public TinyXlsx macroEnabled() {
    workbookType = MACRO_TYPE;
    return this;
  }

  public TinyXlsx part(String name, String content) {
    extra.put(name, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Text put before the sheet's root element (a DOCTYPE). */
  public TinyXlsx beforeSheet(String text) {
    sheetPrefix = text;
    return this;
  }

  /** A workbook whose one sheet has these rows of inline strings. */
  public Path write(Path file, String[]... rows) {
    return write(
        file,
        out -> {
          int r = 1;
          for (String[] row : rows) {
            out.write(row(r++, row).getBytes(StandardCharsets.UTF_8));
          }
        });
  }

  public Path write(Path file, SheetWriter sheet) {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      put(zip, "[Content_Types].xml", String.format(CONTENT_TYPES, workbookType));
      put(zip, "_rels/.rels", RELS);
      put(zip, "xl/workbook.xml", WORKBOOK);
      put(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      String start =
          sheetPrefix.isEmpty() ? SHEET_START : SHEET_START.replace("?>", "?>" + sheetPrefix);
      zip.write(start.getBytes(StandardCharsets.UTF_8));
      sheet.write(zip);
      zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (Map.Entry<String, byte[]> e : extra.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A row of inline-string cells. */
  public static String row(int number, String... cells) {
    StringBuilder xml = new StringBuilder("<row r=\"").append(number).append("\">");
    for (int c = 0; c < cells.length; c++) {
      xml.append("<c r=\"")
          .append(SheetRow.columnName(c))
          .append(number)
          .append("\" t=\"inlineStr\"><is><t>")
          .append(cells[c])
          .append("</t></is></c>");
    }
    return xml.append("</row>").toString();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
