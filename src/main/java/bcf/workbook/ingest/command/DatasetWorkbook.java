package bcf.workbook.ingest.command;

import bcf.csv.CsvCells;
import bcf.kernel.Money;
import bcf.workbook.ingest.FileReport;
import bcf.workbook.ingest.NationalDataset;
import bcf.workbook.ingest.ReportCsv;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The national dataset and the report as a workbook: a sheet "National dataset" (one row per HWB,
 * one column per category, amounts as numbers in pounds with a thousands format) and a sheet
 * "Report" (one row per file). Text is always a text cell, and text a spreadsheet could take for a
 * formula is marked as text (quote prefix) besides, so it never runs.
 */
public final class DatasetWorkbook {

  private DatasetWorkbook() {}

  public static void write(NationalDataset dataset, List<FileReport> files, OutputStream out)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle pounds = book.createCellStyle();
      pounds.setDataFormat(book.createDataFormat().getFormat("#,##0.##"));
      CellStyle quoted = book.createCellStyle();
      quoted.setQuotePrefixed(true);

      Sheet data = book.createSheet("National dataset");
      header(data, dataset.header(), bold);
      int r = 1;
      for (List<Object> values : dataset.rows()) {
        Row row = data.createRow(r++);
        for (int c = 0; c < values.size(); c++) {
          Object v = values.get(c);
          Cell cell = row.createCell(c);
          if (v instanceof Money m) {
            cell.setCellValue(m.pounds().doubleValue());
            cell.setCellStyle(pounds);
          } else {
            text(cell, String.valueOf(v), quoted);
          }
        }
      }
      data.createFreezePane(2, 1);

      Sheet report = book.createSheet("Report");
      header(report, ReportCsv.header(), bold);
      r = 1;
      for (FileReport f : files) {
        Row row = report.createRow(r++);
        List<String> values = ReportCsv.row(f);
        for (int c = 0; c < values.size(); c++) {
          text(row.createCell(c), values.get(c), quoted);
        }
      }
      report.createFreezePane(0, 1);
      book.write(out);
    }
  }

  private static void header(Sheet sheet, List<String> header, CellStyle bold) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(header.get(c));
      cell.setCellStyle(bold);
    }
  }

  private static void text(Cell cell, String text, CellStyle quoted) {
    // Cells hold at most 32,767 characters; a report's problems are cut there, not refused.
    cell.setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) + "…" : text);
    if (CsvCells.formulaLike(text)) {
      cell.setCellStyle(quoted);
    }
  }
}
