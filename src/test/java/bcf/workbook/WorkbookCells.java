package bcf.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written workbook's cells, read with POI for tests (a second reader besides bcf's own). */
final class WorkbookCells {

  private WorkbookCells() {}

  static XSSFWorkbook open(byte[] book) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(book));
  }

  /** Every unlocked (input) cell with a value, by 'Sheet'!A1, as text. */
  static Map<String, String> inputs(byte[] book) throws IOException {
    Map<String, String> cells = new TreeMap<>();
    try (XSSFWorkbook workbook = open(book)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (!cell.getCellStyle().getLocked() && cell.getCellType() != CellType.BLANK) {
              cells.put(sheet.getSheetName() + "!" + cell.getAddress(), cell.toString());
            }
          }
        }
      }
    }
    return cells;
  }
}
