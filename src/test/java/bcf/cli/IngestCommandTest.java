package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.plan.PlanStarter;
import bcf.plan.json.PlanDocumentReader;
import bcf.reference.HwbDirectory;
import bcf.reference.ReferenceFiles;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.PlanWorkbooks;
import bcf.workbook.ingest.SamplePlans;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bcf ingest} on a workbook per HWB of England (151, from the reference data, amounts varied
 * by the HWB's place), some with mistakes: an amount typed "TBC", a scheme type not in the round's
 * list, an income changed so the plan no longer balances, a workbook of another round, a text file,
 * a CSV renamed .xlsx, and a second workbook of an HWB. The workbooks are written once for the
 * class; the command runs once on the folder, and its report and dataset are checked figure by
 * figure.
 */
class IngestCommandTest {

  static final List<HwbDirectory.HwbEntry> HWBS = ReferenceFiles.load().hwbs();
  static final RoundCatalogue ROUNDS = RoundCatalogue.load();
  static final Round ROUND = ROUNDS.find("2025-26").orElseThrow();

  static final int TBC = 5;
  static final int PICKLIST = 6;
  static final int UNBALANCED = 7;

  @TempDir static Path directory;
  static Path books;
  static Path out;
  static CliRun run;
  static Table national;
  static Table report;

  static String file(int n) {
    return String.format("%03d-%s.xlsx", n + 1, HWBS.get(n).code());
  }

  @BeforeAll
  static void ingestEveryHwb() throws IOException {
    books = Files.createDirectory(directory.resolve("books"));
    PlanWorkbooks workbooks = new PlanWorkbooks(ROUNDS);
    IntStream.range(0, HWBS.size())
        .parallel()
        .forEach(
            n -> {
              HwbDirectory.HwbEntry h = HWBS.get(n);
              byte[] book =
                  workbooks.filled(
                      SamplePlans.plan(
                          ROUND, new PlanStarter.HwbFacts(h.id(), h.name(), h.region()), n));
              if (n == TBC) {
                book = changed(book, w -> cell(w, "4. Income", "G5").setCellValue("TBC"));
              } else if (n == PICKLIST) {
                book = changed(book, w -> cell(w, "4. Income", "C5").setCellValue("Lottery money"));
              } else if (n == UNBALANCED) {
                book = changed(book, w -> cell(w, "4. Income", "G5").setCellValue(12_345_678));
              }
              write(books.resolve(file(n)), book);
            });
    // A second workbook of the first HWB, its name a formula to a spreadsheet.
    Files.copy(books.resolve(file(0)), books.resolve("=resubmitted.xlsx"));
    write(
        books.resolve("warwickshire-2017-19.xlsx"),
        workbooks.filled(
            new PlanDocumentReader()
                .read(Files.readAllBytes(Path.of("examples/plans/warwickshire-2017-19.json")))));
    Files.writeString(books.resolve("notes.txt"), "Sent by email on Monday.");
    Files.writeString(books.resolve("budget.xlsx"), "hwb,amount\nE09000002,100\n");
    out = directory.resolve("out");
    run = CliRun.of("ingest", books.toString(), "-o", out.toString(), "--threads", "2");
    national = Table.parse(Files.readString(out.resolve("national.csv")));
    report = Table.parse(Files.readString(out.resolve("report.csv")));
  }

  /** A CSV file read back: RFC 4180 quoting, no limit on a field's length. */
  record Line(java.util.Map<String, String> fields) {
    String text(String column) {
      if (!fields.containsKey(column)) {
        throw new AssertionError("no column " + column);
      }
      return fields.get(column);
    }
  }

  record Table(List<String> header, List<Line> rows) {
    static Table parse(String csv) {
      List<List<String>> lines = new java.util.ArrayList<>();
      List<String> cells = new java.util.ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < csv.length(); i++) {
        char c = csv.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n') {
          cells.add(cell.toString());
          cell.setLength(0);
          lines.add(cells);
          cells = new java.util.ArrayList<>();
        } else {
          cell.append(c);
        }
      }
      List<String> header = lines.get(0);
      List<Line> rows = new java.util.ArrayList<>();
      for (List<String> l : lines.subList(1, lines.size())) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          fields.put(header.get(i), l.get(i));
        }
        rows.add(new Line(fields));
      }
      return new Table(header, rows);
    }
  }

  private static void write(Path path, byte[] bytes) {
    try {
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] changed(byte[] book, Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      change.accept(workbook);
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Cell cell(XSSFWorkbook workbook, String sheet, String address) {
    Sheet s = workbook.getSheet(sheet);
    org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    return row.getCell(ref.getCol()) == null
        ? row.createCell(ref.getCol())
        : row.getCell(ref.getCol());
  }

  private static Line reportOf(String file) {
    return report.rows().stream()
        .filter(r -> r.text("File").equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no report line for " + file));
  }

  private static Line row(String code) {
    return national.rows().stream()
        .filter(r -> r.text("ONS code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no dataset row for " + code));
  }

  private static BigDecimal pounds(Line row, String column) {
    return new BigDecimal(row.text(column));
  }

  @Test
  void someFilesHadMistakesSoTheExitIsOne() {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "155 files of the 2025-26 round: 148 loaded, 1 loaded with findings, 6 refused;"
                + " 149 of 151 HWBs in the dataset");
  }

  @Test
  void everyFileHasAReportLine() {
    assertThat(report.rows()).hasSize(155);
    assertThat(report.rows())
        .filteredOn(r -> r.text("Outcome").equals("loaded"))
        .hasSize(148)
        .allSatisfy(r -> assertThat(r.text("Problems")).isEmpty());
  }

  @Test
  void anAmountTypedTbcIsRefusedAtItsCellAndGivesNothing() {
    Line line = reportOf(file(TBC));
    assertThat(line.text("Outcome")).isEqualTo("refused");
    assertThat(line.text("HWB ONS code")).isEqualTo(HWBS.get(TBC).code());
    assertThat(line.text("Problems")).contains("'4. Income'!G5").contains("TBC");
    assertThat(row(HWBS.get(TBC).code()).text("Income: NHS minimum contribution (£)")).isEmpty();
    assertThat(row(HWBS.get(TBC).code()).text("Workbook")).isEmpty();
    assertThat(run.out()).contains(file(TBC) + ": refused").contains("'4. Income'!G5");
  }

  @Test
  void aValueNotInTheRoundsListIsRefusedWithTheAllowedValues() {
    Line line = reportOf(file(PICKLIST));
    assertThat(line.text("Outcome")).isEqualTo("refused");
    assertThat(line.text("Problems"))
        .contains("'4. Income'!C5")
        .contains("'Lottery money' is not in the round's list")
        .contains("Disabled Facilities Grant");
    assertThat(row(HWBS.get(PICKLIST).code()).text("Workbook")).isEmpty();
  }

  @Test
  void aPlanThatDoesNotBalanceIsLoadedWithItsFinding() {
    Line line = reportOf(file(UNBALANCED));
    assertThat(line.text("Outcome")).isEqualTo("loaded with findings");
    assertThat(line.text("Errors")).isEqualTo("2");
    assertThat(line.text("Problems"))
        .contains("'5. Expenditure'!A5: Contributions exceed spend by £1,645,678 in 2025/26");
    assertThat(pounds(row(HWBS.get(UNBALANCED).code()), "Income: NHS minimum contribution (£)"))
        .isEqualByComparingTo("12345678");
  }

  @Test
  void aWorkbookOfAnotherRoundIsRefused() {
    Line line = reportOf("warwickshire-2017-19.xlsx");
    assertThat(line.text("Outcome")).isEqualTo("refused");
    assertThat(line.text("Problems"))
        .contains("a workbook of the 2017-19 round; the others are of 2025-26");
  }

  @Test
  void filesThatAreNotWorkbooksAreRefused() {
    assertThat(reportOf("notes.txt").text("Outcome")).isEqualTo("refused");
    assertThat(reportOf("budget.xlsx").text("Outcome")).isEqualTo("refused");
    assertThat(reportOf("budget.xlsx").text("Problems")).isNotBlank();
  }

  @Test
  void aSecondWorkbookOfAnHwbIsRefusedAndItsNameIsNeverAFormula() throws IOException {
    Line line = reportOf("'=resubmitted.xlsx");
    assertThat(line.text("Outcome")).isEqualTo("refused");
    assertThat(line.text("Problems"))
        .contains("Barking and Dagenham (E09000002) was already loaded from " + file(0));
    // Read on its own it was loaded; the refusal comes after, and says why it follows.
    assertThat(run.out())
        .contains(
            "=resubmitted.xlsx: refused, once every file was read\n"
                + "    Barking and Dagenham (E09000002) was already loaded from "
                + file(0));
    assertThat(row("E09000002").text("Workbook")).isEqualTo(file(0));
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out.resolve("national.xlsx")))) {
      Sheet sheet = book.getSheet("Report");
      Cell name =
          Stream.iterate(1, r -> r + 1)
              .limit(sheet.getLastRowNum())
              .map(r -> sheet.getRow(r).getCell(0))
              .filter(c -> c.getStringCellValue().equals("=resubmitted.xlsx"))
              .findFirst()
              .orElseThrow();
      assertThat(name.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void theDatasetHasARowPerHwbOfEnglandAndEnglandsTotal() {
    assertThat(national.rows()).hasSize(152);
    assertThat(national.rows().get(151).text("ONS code")).isEqualTo("E92000001");
    assertThat(national.header())
        .contains(
            "Income: Disabled Facilities Grant (£)",
            "Scheme type: Bed based intermediate care (£)",
            "Area of spend: Social Care (£)",
            "National condition: NC1: plan jointly agreed");
  }

  @Test
  void anHwbsFiguresAreItsWorkbooksExactly() {
    // Barnet, second in the list: £1,000,000 of its NHS minimum is bed-based.
    Line barnet = row("E09000003");
    assertThat(barnet.text("HWB")).isEqualTo("Barnet");
    assertThat(pounds(barnet, "Income: NHS minimum contribution (£)"))
        .isEqualByComparingTo("10100000");
    assertThat(pounds(barnet, "Income: Local Authority Better Care Grant (formerly iBCF) (£)"))
        .isEqualByComparingTo("5010000");
    assertThat(pounds(barnet, "Income: Disabled Facilities Grant (£)"))
        .isEqualByComparingTo("2001000");
    assertThat(pounds(barnet, "Income: Additional NHS contribution (£)")).isZero();
    assertThat(pounds(barnet, "Scheme type: Bed based intermediate care (£)"))
        .isEqualByComparingTo("1000000");
    assertThat(pounds(barnet, "Scheme type: Reablement in a person's own home (£)"))
        .isEqualByComparingTo("9100000");
    assertThat(pounds(barnet, "Area of spend: Social Care (£)")).isEqualByComparingTo("14110000");
    assertThat(pounds(barnet, "Area of spend: Community Health (£)"))
        .isEqualByComparingTo("1000000");
    assertThat(pounds(barnet, "Area of spend: Other (£)")).isEqualByComparingTo("2001000");
    assertThat(barnet.text("National condition: NC1: plan jointly agreed")).isEqualTo("Met");
    // Barking and Dagenham, first: none bed-based.
    Line barking = row("E09000002");
    assertThat(pounds(barking, "Scheme type: Bed based intermediate care (£)")).isZero();
    assertThat(pounds(barking, "Area of spend: Social Care (£)")).isEqualByComparingTo("15000000");
    // Warwickshire, known to plans as "warwickshire", is found by its ONS code's alias.
    int w =
        IntStream.range(0, HWBS.size())
            .filter(i -> HWBS.get(i).code().equals("E10000031"))
            .findFirst()
            .orElseThrow();
    assertThat(pounds(row("E10000031"), "Income: Disabled Facilities Grant (£)"))
        .isEqualByComparingTo(String.valueOf(2_000_000 + 1_000 * w));
  }

  @Test
  void englandsTotalIsTheSumOfTheLoadedHwbs() {
    Line england = national.rows().get(151);
    // 151 HWBs' 10,000,000 + 100,000 n, less the two refused (n = 5, 6) and the changed one
    // (n = 7), plus its 12,345,678.
    assertThat(pounds(england, "Income: NHS minimum contribution (£)"))
        .isEqualByComparingTo("2623045678");
    // 5,000,000 + 10,000 n and 2,000,000 + 1,000 n, less n = 5 and 6.
    assertThat(pounds(england, "Income: Local Authority Better Care Grant (formerly iBCF) (£)"))
        .isEqualByComparingTo("858140000");
    assertThat(pounds(england, "Income: Disabled Facilities Grant (£)"))
        .isEqualByComparingTo("309314000");
    // Odd places 1..149 (75), less the refused 5: 74 bed-based schemes of £1,000,000.
    assertThat(pounds(england, "Scheme type: Bed based intermediate care (£)"))
        .isEqualByComparingTo("74000000");
  }

  @Test
  void aZipOfTheSameWorkbooksGivesTheSameDataset() throws IOException {
    Path zip = directory.resolve("books.zip");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(file);
        Stream<Path> list = Files.list(books)) {
      // Written last name first: the report is still in name order, as from the folder.
      for (Path p : list.sorted(java.util.Comparator.reverseOrder()).toList()) {
        z.putNextEntry(new ZipEntry("round/" + p.getFileName()));
        z.write(Files.readAllBytes(p));
        z.closeEntry();
      }
    }
    Path zipped = directory.resolve("zipped");
    CliRun again = CliRun.of("ingest", zip.toString(), "-o", zipped.toString(), "--quiet");
    assertThat(again.exitCode()).isEqualTo(1);
    Table fromZip = Table.parse(Files.readString(zipped.resolve("national.csv")));
    assertThat(fromZip.rows().get(151).fields()).isEqualTo(national.rows().get(151).fields());
    assertThat(fromZip.rows().get(1).text("Workbook")).isEqualTo("round/" + file(1));
    assertThat(again.out()).doesNotContain(file(10) + ": loaded");
    Table zipReport = Table.parse(Files.readString(zipped.resolve("report.csv")));
    assertThat(zipReport.rows().stream().map(r -> r.text("File")).toList())
        .isEqualTo(
            report.rows().stream()
                // A name that starts with "=" is written with a leading ' (never a formula);
                // inside the zip's folder it starts with "round/" instead.
                .map(r -> "round/" + r.text("File").replaceFirst("^'=", "="))
                .toList());
  }

  @Test
  void nothingUsableExitsTwo() throws IOException {
    CliRun missing = CliRun.of("ingest", directory.resolve("nowhere").toString(), "-o", "x");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere: no such folder or zip");

    Path text = Files.writeString(directory.resolve("plans.zip"), "not a zip at all");
    CliRun notZip = CliRun.of("ingest", text.toString(), "-o", directory.resolve("o2").toString());
    assertThat(notZip.exitCode()).isEqualTo(2);
    assertThat(notZip.err()).contains("plans.zip: not a zip");

    Path unsafe = directory.resolve("unsafe.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(unsafe))) {
      z.putNextEntry(new ZipEntry("../../etc/cron.d/x.xlsx"));
      z.write("x".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    CliRun traversal =
        CliRun.of("ingest", unsafe.toString(), "-o", directory.resolve("o3").toString());
    assertThat(traversal.exitCode()).isEqualTo(2);
    assertThat(traversal.err()).contains("unsafe zip").contains("../../etc/cron.d/x.xlsx");
    assertThat(directory.resolve("o3").resolve("national.csv")).doesNotExist();
  }
}
