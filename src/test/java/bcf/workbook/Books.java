package bcf.workbook;

import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.round.json.RoundCatalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks for tests: a seed plan's, and one changed as a person (or a mistake) would change it.
 */
final class Books {

  static final PlanWorkbooks WORKBOOKS = new PlanWorkbooks(RoundCatalogue.load());

  private Books() {}

  static Plan seed(String name) {
    try {
      return new PlanDocumentReader()
          .read(Files.readAllBytes(Path.of("examples/plans/" + name + ".json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Warwickshire's 2017-19 plan as a workbook (no error findings: a clean start). */
  static byte[] warwickshire() {
    return WORKBOOKS.filled(seed("warwickshire-2017-19"));
  }

  /** The workbook with {@code change} made to it (POI, as Excel would save it). */
  static byte[] changed(byte[] book, Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(workbook);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cell at an address ("G5") of a sheet, made when missing. */
  static Cell cell(XSSFWorkbook workbook, String sheet, String address) {
    Sheet s = workbook.getSheet(sheet);
    org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    return row.getCell(ref.getCol()) == null
        ? row.createCell(ref.getCol())
        : row.getCell(ref.getCol());
  }

  static byte[] withText(byte[] book, String sheet, String address, String text) {
    return changed(book, w -> cell(w, sheet, address).setCellValue(text));
  }

  static PlanWorkbooks.Imported imported(byte[] book) {
    return WORKBOOKS.importWorkbook(new ByteArrayInputStream(book), null);
  }
}
