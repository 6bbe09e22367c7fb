package bcf.published;

import bcf.reference.ReferenceFiles;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.sheets.xlsx.XlsxSheets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the release tests share: the real ASCOF file, the reference HWBs, workbooks made with POI.
 */
public final class PublishedFixtures {

  /**
   * Adult Social Care Outcomes Framework 2020-21 open data, exactly as published by NHS Digital
   * (Measures from the Adult Social Care Outcomes Framework, England 2020-21), Open Government
   * Licence v3.0; read where the shared data keeps it.
   */
  public static final Path ASCOF = Path.of("/work/shared/data/ascof-2020-21-open-data.xlsx");

  private PublishedFixtures() {}

  public static Round round(String id) {
    return RoundCatalogue.load().find(id).orElseThrow();
  }

  public static HwbCodes codes() {
    return new HwbCodes(
        ReferenceFiles.load().hwbs().stream()
            .map(h -> new HwbCodes.Hwb(h.id(), h.code(), h.name()))
            .toList(),
        HwbCodes.SHARED);
  }

  public static Conversion convert(Path file, String round, PeriodHint hint) {
    try (XlsxSheets book = XlsxSheets.open(file);
        XlsxSheets.Rows rows = book.rows(null)) {
      return Releases.convert(rows, round(round), codes(), hint);
    }
  }

  /** A workbook of one sheet with these rows (null cells left empty), as POI writes it. */
  public static Path workbook(Path file, String sheetName, List<List<Object>> rows) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = book.createSheet(sheetName);
      for (int r = 0; r < rows.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        List<Object> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          Object value = cells.get(c);
          if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
