package bcf.sheets.xlsx;

import bcf.kernel.Limits;
import bcf.sheets.SheetRow;
import bcf.sheets.SpreadsheetGuard;
import bcf.sheets.UnusableSpreadsheetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An .xlsx workbook opened for reading, one sheet at a time and one row at a time (fastexcel reads
 * the sheet's XML as a stream, so memory does not grow with the rows): the file passes {@link
 * SpreadsheetGuard} first; a sheet of more than {@link Limits#SHEET_ROWS} rows, or a row with a
 * cell past {@link Limits#SHEET_COLUMNS} columns, is refused when reading reaches it.
 */
public final class XlsxSheets implements AutoCloseable {

  private final String name;
  private final ReadableWorkbook workbook;

  private XlsxSheets(String name, ReadableWorkbook workbook) {
    this.name = name;
    this.workbook = workbook;
  }

  /**
   * Checks and opens the file.
   *
   * @throws UnusableSpreadsheetException why it cannot be read
   */
  public static XlsxSheets open(Path file) {
    SpreadsheetGuard.check(file);
    String name = file.getFileName().toString();
    try {
      return new XlsxSheets(
          name, new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false)));
    } catch (IOException | RuntimeException e) {
      // A workbook without a styles part (some writers leave it out) is read without formats, so
      // without telling dates from numbers.
      try {
        return new XlsxSheets(name, new ReadableWorkbook(file.toFile()));
      } catch (IOException | RuntimeException again) {
        throw unreadable(name, again);
      }
    }
  }

  /** The sheets' names, in the workbook's order. */
  public List<String> sheetNames() {
    return workbook.getSheets().map(Sheet::getName).toList();
  }

  /**
   * The rows of the named sheet (the first when {@code sheet} is null), streamed: close them.
   * Reading refuses a sheet past the row limit, or XML the reader cannot parse, with {@link
   * UnusableSpreadsheetException}.
   */
  public Rows rows(String sheet) {
    Sheet chosen;
    if (sheet == null) {
      chosen = workbook.getFirstSheet();
    } else {
      chosen =
          workbook
              .findSheet(sheet)
              .orElseThrow(
                  () ->
                      new UnusableSpreadsheetException(
                          name
                              + " has no sheet '"
                              + sheet
                              + "' (its sheets: "
                              + String.join(", ", sheetNames())
                              + ")"));
    }
    try {
      return new Rows(chosen.getName(), chosen.openStream());
    } catch (IOException | RuntimeException e) {
      throw unreadable(name, e);
    }
  }

  /** A sheet's rows, one at a time; any failure of the reader comes out as unusable. */
  public final class Rows implements Iterator<SheetRow>, AutoCloseable {
    private final String sheet;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private int count;

    private Rows(String sheet, Stream<Row> stream) {
      this.sheet = sheet;
      this.stream = stream;
      this.rows = stream.iterator();
    }

    public String sheet() {
      return sheet;
    }

    @Override
    public boolean hasNext() {
      try {
        return rows.hasNext();
      } catch (RuntimeException e) {
        throw unreadable(name, e);
      }
    }

    @Override
    public SheetRow next() {
      Row row;
      try {
        row = rows.next();
      } catch (RuntimeException e) {
        throw unreadable(name, e);
      }
      if (++count > Limits.SHEET_ROWS) {
        throw new UnusableSpreadsheetException(
            name
                + ": sheet '"
                + sheet
                + "' has more than "
                + String.format(Locale.UK, "%,d", Limits.SHEET_ROWS)
                + " rows, the most bcf reads from a sheet");
      }
      return row(sheet, row);
    }

    @Override
    public void close() {
      stream.close();
    }
  }

  private SheetRow row(String sheetName, Row row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      Optional<Cell> cell = row.getOptionalCell(i);
      if (i >= Limits.SHEET_COLUMNS) {
        if (cell.isPresent() && !text(cell.get()).isBlank()) {
          throw new UnusableSpreadsheetException(
              name
                  + ": sheet '"
                  + sheetName
                  + "' has a value at "
                  + SheetRow.columnName(i)
                  + row.getRowNum()
                  + ", past the "
                  + Limits.SHEET_COLUMNS
                  + " columns bcf reads");
        }
        continue;
      }
      cells.add(cell.map(XlsxSheets::text).orElse(""));
    }
    return new SheetRow(row.getRowNum(), cells);
  }

  private static String text(Cell cell) {
    try {
      return switch (cell.getType()) {
        case NUMBER -> number(cell);
        case STRING, FORMULA, ERROR, BOOLEAN -> {
          String raw =
              cell.getType() == org.dhatim.fastexcel.reader.CellType.STRING
                  ? cell.asString()
                  : cell.getRawValue();
          yield raw == null ? "" : raw;
        }
        default -> "";
      };
    } catch (RuntimeException e) {
      String raw = cell.getRawValue();
      return raw == null ? "" : raw;
    }
  }

  /** A number as written; a date-formatted one as its date ({@code 2018-04-01}). */
  private static String number(Cell cell) {
    String raw = cell.getRawValue();
    String format = cell.getDataFormatString();
    if (format != null && looksLikeDate(format)) {
      try {
        LocalDateTime date = cell.asDate();
        if (date != null) {
          return date.toLocalDate().toString();
        }
      } catch (RuntimeException e) {
        // not a date after all: the number as written
      }
    }
    if (raw == null) {
      BigDecimal value = cell.asNumber();
      return value == null ? "" : value.toPlainString();
    }
    return raw;
  }

  private static boolean looksLikeDate(String format) {
    String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
    return plain.contains("yy")
        || plain.contains("mmm")
        || plain.contains("d") && plain.contains("m");
  }

  private static UnusableSpreadsheetException unreadable(String name, Exception e) {
    if (e instanceof UnusableSpreadsheetException u) {
      return u;
    }
    String why =
        e instanceof ExcelReaderException || e instanceof UncheckedIOException
            ? e.getMessage()
            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return new UnusableSpreadsheetException(
        name + " cannot be read as a workbook (" + Limits.excerpt(why) + ")", e);
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      // closing a file opened only for reading: nothing to keep
    }
  }
}
