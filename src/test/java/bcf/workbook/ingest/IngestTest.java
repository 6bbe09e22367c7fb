package bcf.workbook.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.Money;
import bcf.plan.PlanStarter;
import bcf.plan.json.PlanDocumentReader;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.PlanWorkbooks;
import bcf.workbook.layout.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk ingest of a small folder, one file of each outcome: loaded, loaded with findings, and
 * refused for each reason (a cell not read, an HWB not England's, another round, a second file of
 * an HWB, not a workbook, too large), each refusal with its problem; the report in name order; the
 * dataset with only the loaded files' figures. The workbooks are made once per JVM and the folder
 * ingested in one test.
 */
class IngestTest {

  static final RoundCatalogue ROUNDS = RoundCatalogue.load();
  static final Board BARKING = new Board("E09000002", "E09000002", "Barking and Dagenham");
  static final Board BARNET = new Board("E09000003", "E09000003", "Barnet");
  static final Board BEXLEY = new Board("E09000004", "E09000004", "Bexley");
  static final Board BRENT = new Board("E09000005", "E09000005", "Brent");
  static final Board WARWICKSHIRE = new Board("E10000031", "warwickshire", "Warwickshire");
  static final List<Board> BOARDS = List.of(BARKING, BARNET, BEXLEY, BRENT, WARWICKSHIRE);

  @TempDir static Path directory;
  static Path books;
  static Ingest.Result result;
  static List<String> progressed;

  static byte[] book(PlanWorkbooks workbooks, Board board, int n) {
    return workbooks.filled(
        SamplePlans.plan(
            ROUNDS.find("2025-26").orElseThrow(),
            new PlanStarter.HwbFacts(board.id(), board.name(), "London"),
            n));
  }

  /**
   * The workbooks, made once per JVM: making them is not what is tested (the workbook writer and
   * the sample plans are not ingest's code), so a mutation tester need not make them again for each
   * change; the ingest itself runs in the test.
   */
  static final class Books {
    static final PlanWorkbooks WORKBOOKS = new PlanWorkbooks(ROUNDS);
    static final byte[] BARKING_BOOK = book(WORKBOOKS, BARKING, 0);
    static final byte[] BARNET_BOOK = book(WORKBOOKS, BARNET, 1);
    static final byte[] BEXLEY_TBC =
        changed(book(WORKBOOKS, BEXLEY, 2), w -> cell(w, "4. Income", "G5").setCellValue("TBC"));
    static final byte[] BRENT_UNBALANCED =
        changed(
            book(WORKBOOKS, BRENT, 3), w -> cell(w, "4. Income", "G5").setCellValue(12_345_678));
    static final byte[] BROMLEY_BOOK =
        book(WORKBOOKS, new Board("E09000006", "E09000006", "Bromley"), 4);
    static final byte[] WARWICKSHIRE_2017_19;

    static {
      try {
        WARWICKSHIRE_2017_19 =
            WORKBOOKS.filled(
                new PlanDocumentReader()
                    .read(Files.readAllBytes(Path.of("examples/plans/warwickshire-2017-19.json"))));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  static void ingestAFolder() throws IOException {
    books = Files.createTempDirectory(directory, "books");
    Files.write(books.resolve("01-barking.xlsx"), Books.BARKING_BOOK);
    Files.write(books.resolve("02-barnet.xlsx"), Books.BARNET_BOOK);
    Files.write(books.resolve("03-bexley-tbc.xlsx"), Books.BEXLEY_TBC);
    Files.write(books.resolve("04-brent-unbalanced.xlsx"), Books.BRENT_UNBALANCED);
    Files.write(books.resolve("05-bromley.xlsx"), Books.BROMLEY_BOOK);
    Files.write(books.resolve("06-barking-again.xlsx"), Books.BARKING_BOOK);
    Files.write(books.resolve("07-warwickshire-2017-19.xlsx"), Books.WARWICKSHIRE_2017_19);
    Files.writeString(books.resolve("08-notes.xlsx"), "hwb,amount\nE09000002,100\n");
    try (RandomAccessFile big = new RandomAccessFile(books.resolve("09-big.xlsx").toFile(), "rw")) {
      big.setLength(WorkbookSources.MAX_FILE_BYTES + 1L);
    }
    Files.writeString(books.resolve(".DS_Store"), "hidden");
    Files.createDirectory(books.resolve("sub"));
    ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
    result = new Ingest(ROUNDS, BOARDS, 2).run(books, null, f -> seen.add(f.file()));
    progressed = List.copyOf(seen);
  }

  static byte[] changed(byte[] book, Consumer<XSSFWorkbook> change) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      change.accept(workbook);
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Cell cell(XSSFWorkbook workbook, String sheet, String address) {
    Sheet s = workbook.getSheet(sheet);
    CellReference ref = new CellReference(address);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    return row.getCell(ref.getCol()) == null
        ? row.createCell(ref.getCol())
        : row.getCell(ref.getCol());
  }

  static FileReport report(String file) {
    return result.files().stream()
        .filter(f -> f.file().equals(file))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no report for " + file));
  }

  private static void every_file_has_a_report_in_name_order_and_was_told_as_it_finished() {
    assertThat(result.files())
        .extracting(FileReport::file)
        .containsExactly(
            "01-barking.xlsx",
            "02-barnet.xlsx",
            "03-bexley-tbc.xlsx",
            "04-brent-unbalanced.xlsx",
            "05-bromley.xlsx",
            "06-barking-again.xlsx",
            "07-warwickshire-2017-19.xlsx",
            "08-notes.xlsx",
            "09-big.xlsx");
    assertThat(progressed)
        .hasSize(9)
        .containsAll(result.files().stream().map(FileReport::file).toList());
    assertThat(result.count(FileReport.Outcome.LOADED)).isEqualTo(2);
    assertThat(result.count(FileReport.Outcome.LOADED_WITH_FINDINGS)).isEqualTo(1);
    assertThat(result.count(FileReport.Outcome.REFUSED)).isEqualTo(6);
  }

  private static void a_workbook_without_problems_is_loaded_for_its_hwb() {
    FileReport barnet = report("02-barnet.xlsx");
    assertThat(barnet.outcome()).isEqualTo(FileReport.Outcome.LOADED);
    assertThat(barnet.loaded()).isTrue();
    assertThat(barnet.hwb()).isEqualTo(BARNET);
    assertThat(barnet.round()).isEqualTo("2025-26");
    assertThat(barnet.problems()).isEmpty();
    assertThat(barnet.errors()).isZero();
    assertThat(barnet.warnings()).isZero();
  }

  private static void an_amount_typed_tbc_refuses_the_file_at_its_cell() {
    FileReport tbc = report("03-bexley-tbc.xlsx");
    assertThat(tbc.outcome()).isEqualTo(FileReport.Outcome.REFUSED);
    assertThat(tbc.loaded()).isFalse();
    assertThat(tbc.hwb()).isEqualTo(BEXLEY);
    assertThat(tbc.problems())
        .anySatisfy(
            p -> {
              assertThat(p.rule()).isEqualTo("workbook-amount");
              assertThat(p.error()).isTrue();
              assertThat(p.cell()).isEqualTo("'4. Income'!G5");
              assertThat(p.message()).contains("'TBC' is not an amount");
            });
  }

  private static void a_plan_with_findings_is_loaded_with_them() {
    FileReport brent = report("04-brent-unbalanced.xlsx");
    assertThat(brent.outcome()).isEqualTo(FileReport.Outcome.LOADED_WITH_FINDINGS);
    assertThat(brent.loaded()).isTrue();
    assertThat(brent.hwb()).isEqualTo(BRENT);
    assertThat(brent.errors()).isEqualTo(2);
    assertThat(brent.warnings()).isEqualTo(brent.problems().size() - 2);
    assertThat(brent.problems()).noneMatch(p -> p.rule().startsWith("workbook-"));
  }

  private static void a_plan_for_an_hwb_not_among_englands_is_refused() {
    FileReport bromley = report("05-bromley.xlsx");
    assertThat(bromley.outcome()).isEqualTo(FileReport.Outcome.REFUSED);
    assertThat(bromley.hwb()).isNull();
    assertThat(bromley.round()).isEqualTo("2025-26");
    assertThat(bromley.problems())
        .containsExactly(
            new Problem(
                "ingest-hwb",
                true,
                "",
                "",
                "the plan's HWB (E09000006) is not the ONS code of one of England's HWBs"));
  }

  private static void a_second_file_of_an_hwb_is_refused_naming_the_first() {
    FileReport again = report("06-barking-again.xlsx");
    assertThat(again.outcome()).isEqualTo(FileReport.Outcome.REFUSED);
    assertThat(again.hwb()).isEqualTo(BARKING);
    assertThat(again.problems())
        .containsExactly(
            new Problem(
                "ingest-duplicate",
                true,
                "",
                "",
                "Barking and Dagenham (E09000002) was already loaded from 01-barking.xlsx"));
    assertThat(report("01-barking.xlsx").outcome()).isEqualTo(FileReport.Outcome.LOADED);
  }

  private static void a_workbook_of_another_round_than_most_is_refused() {
    FileReport other = report("07-warwickshire-2017-19.xlsx");
    assertThat(other.outcome()).isEqualTo(FileReport.Outcome.REFUSED);
    assertThat(other.hwb()).isEqualTo(WARWICKSHIRE);
    assertThat(other.round()).isEqualTo("2017-19");
    assertThat(other.problems())
        .last()
        .isEqualTo(
            new Problem(
                "ingest-round",
                true,
                "",
                "",
                "a workbook of the 2017-19 round; the others are of 2025-26"));
  }

  private static void a_file_that_is_no_workbook_or_too_large_is_refused_with_why() {
    FileReport notes = report("08-notes.xlsx");
    assertThat(notes.outcome()).isEqualTo(FileReport.Outcome.REFUSED);
    assertThat(notes.hwb()).isNull();
    assertThat(notes.round()).isNull();
    assertThat(notes.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo("ingest-file");
              assertThat(p.error()).isTrue();
              assertThat(p.message()).contains("text");
            });
    assertThat(report("09-big.xlsx").problems())
        .containsExactly(
            new Problem("ingest-file", true, "", "", "larger than 20 MB: not a planning workbook"));
  }

  private static void the_dataset_is_of_the_rounds_loaded_files_only() {
    NationalDataset data = result.dataset().orElseThrow();
    assertThat(data.round().id()).isEqualTo("2025-26");
    assertThat(data.loaded()).isEqualTo(3);
    NationalDataset.Column nhs =
        data.column(NationalDataset.Group.FUNDING, "nhs-minimum", NationalDatasetTest.Y2025)
            .orElseThrow();
    assertThat(data.amount("E09000002", nhs)).contains(Money.of(10_000_000L));
    assertThat(data.amount("E09000003", nhs)).contains(Money.of(10_100_000L));
    assertThat(data.amount("E09000004", nhs)).isEmpty();
    assertThat(data.amount("E09000005", nhs)).contains(Money.of(12_345_678L));
    assertThat(data.total(nhs)).isEqualTo(Money.of(32_445_678L));
    assertThat(data.rows()).hasSize(BOARDS.size() + 1);
    assertThat(data.rows().get(0).get(2)).isEqualTo("01-barking.xlsx");
  }

  /**
   * One test runs the ingest and checks every file's outcome: a mutation tester counts only what a
   * test method runs (not {@code @BeforeAll}) as covered by it, and runs each test alone.
   */
  @Test
  void a_folder_of_one_file_of_each_outcome_is_ingested_file_by_file() throws IOException {
    ingestAFolder();
    every_file_has_a_report_in_name_order_and_was_told_as_it_finished();
    a_workbook_without_problems_is_loaded_for_its_hwb();
    an_amount_typed_tbc_refuses_the_file_at_its_cell();
    a_plan_with_findings_is_loaded_with_them();
    a_plan_for_an_hwb_not_among_englands_is_refused();
    a_second_file_of_an_hwb_is_refused_naming_the_first();
    a_workbook_of_another_round_than_most_is_refused();
    a_file_that_is_no_workbook_or_too_large_is_refused_with_why();
    the_dataset_is_of_the_rounds_loaded_files_only();
    the_report_as_csv_says_each_problem_at_its_cell_or_place();
  }

  @Test
  void a_round_given_refuses_the_others_and_makes_its_dataset() throws IOException {
    Path two = Files.createDirectory(directory.resolve("two"));
    Files.write(two.resolve("01-barking.xlsx"), Books.BARKING_BOOK);
    Files.write(two.resolve("07-warwickshire-2017-19.xlsx"), Books.WARWICKSHIRE_2017_19);
    Ingest.Result old = new Ingest(ROUNDS, BOARDS, 0).run(two, "2017-19", f -> {});
    assertThat(old.files())
        .extracting(FileReport::file, FileReport::loaded)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("01-barking.xlsx", false),
            org.assertj.core.groups.Tuple.tuple("07-warwickshire-2017-19.xlsx", true));
    NationalDataset data = old.dataset().orElseThrow();
    assertThat(data.round().id()).isEqualTo("2017-19");
    assertThat(data.loaded()).isEqualTo(1);
  }

  /**
   * Barking's sample plan made joint with Barnet: its first contribution and first scheme say
   * Barnet, the rest say no HWB.
   */
  static byte[] jointBook() {
    bcf.plan.Plan p = NationalDatasetTest.sample(BARKING, 0);
    List<bcf.plan.Hwb> hwbs =
        List.of(
            p.hwbs().get(0), new bcf.plan.Hwb(BARNET.id(), BARNET.name(), "Barnet", null, null));
    List<bcf.plan.Contribution> contributions = new java.util.ArrayList<>(p.contributions());
    bcf.plan.Contribution c = contributions.get(0);
    contributions.set(
        0,
        new bcf.plan.Contribution(
            BARNET.id(),
            c.organisation(),
            c.stream(),
            c.description(),
            c.year(),
            c.minimum(),
            c.actual(),
            c.notes()));
    bcf.plan.Plan joint =
        NationalDatasetTest.with(p, hwbs, contributions, p.schemes(), p.nationalConditions());
    return Books.WORKBOOKS.filled(joint);
  }

  @Test
  void a_joint_plan_fills_each_named_hwbs_row_and_a_later_file_of_one_of_them_is_refused()
      throws IOException {
    Path folder = Files.createDirectory(directory.resolve("joint"));
    Files.write(folder.resolve("01-joint.xlsx"), jointBook());
    Files.write(folder.resolve("02-barnet.xlsx"), Books.BARNET_BOOK);
    Ingest.Result joint = new Ingest(ROUNDS, BOARDS, 2).run(folder, null, f -> {});

    FileReport first = joint.files().get(0);
    assertThat(first.hwb()).isEqualTo(BARKING);
    assertThat(first.jointWith()).containsExactly(BARNET);
    assertThat(first.hwbs()).containsExactly(BARKING, BARNET);
    assertThat(ReportCsv.row(first).subList(0, 4))
        .containsExactly(
            "01-joint.xlsx",
            "E09000002; E09000003",
            "Barking and Dagenham; Barnet",
            "loaded with findings");
    assertThat(first.loaded()).isTrue();
    assertThat(first.problems())
        .filteredOn(p -> p.rule().equals("ingest-joint"))
        .extracting(Problem::error, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                false,
                "a joint plan of Barking and Dagenham and Barnet: its income and spending lines"
                    + " that do not say their HWB are counted on Barking and Dagenham's row"));
    FileReport second = joint.files().get(1);
    assertThat(second.outcome()).isEqualTo(FileReport.Outcome.REFUSED);
    assertThat(second.problems())
        .extracting(Problem::rule, Problem::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "ingest-duplicate", "Barnet (E09000003) was already loaded from 01-joint.xlsx"));

    NationalDataset data = joint.dataset().orElseThrow();
    assertThat(data.loaded()).isEqualTo(2);
    bcf.plan.Contribution named = NationalDatasetTest.sample(BARKING, 0).contributions().get(0);
    NationalDataset.Column column =
        data.column(NationalDataset.Group.FUNDING, named.stream(), named.year()).orElseThrow();
    Money barnet = named.actual() != null ? named.actual() : named.minimum();
    assertThat(data.amount(BARNET.code(), column)).contains(barnet);
    // Barking's row has the rest of the stream; England's total is the plan's whole, once.
    Money whole =
        NationalDatasetTest.sample(BARKING, 0).contributions().stream()
            .filter(x -> x.stream().equals(named.stream()) && x.year().equals(named.year()))
            .map(x -> x.actual() != null ? x.actual() : x.minimum())
            .reduce(Money.ZERO, Money::plus);
    assertThat(data.amount(BARKING.code(), column)).contains(whole.minus(barnet));
    assertThat(data.total(column)).isEqualTo(whole);
    assertThat(data.answer(BARNET.code(), "nc1-jointly-agreed"))
        .isEqualTo(data.answer(BARKING.code(), "nc1-jointly-agreed"));

    // The other way round, the joint plan is refused whole: nothing of it on Barking's row.
    Path after = Files.createDirectory(directory.resolve("joint-after"));
    Files.write(after.resolve("00-barnet.xlsx"), Books.BARNET_BOOK);
    Files.write(after.resolve("01-joint.xlsx"), jointBook());
    Ingest.Result late = new Ingest(ROUNDS, BOARDS, 2).run(after, null, f -> {});
    assertThat(late.files().get(1).outcome()).isEqualTo(FileReport.Outcome.REFUSED);
    assertThat(late.files().get(1).jointWith())
        .as("a refusal keeps whose file it was")
        .containsExactly(BARNET);
    assertThat(late.files().get(0).jointWith()).isEmpty();
    assertThat(late.files().get(1).problems())
        .extracting(Problem::rule, Problem::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "ingest-duplicate", "Barnet (E09000003) was already loaded from 00-barnet.xlsx"));
    NationalDataset lateData = late.dataset().orElseThrow();
    assertThat(lateData.loaded()).isEqualTo(1);
    assertThat(lateData.amount(BARKING.code(), column)).isEmpty();
  }

  @Test
  void the_rounds_blank_template_filled_in_by_an_hwb_is_loaded_for_it() throws IOException {
    Path folder = Files.createDirectory(directory.resolve("templates"));
    byte[] blank = Books.WORKBOOKS.blank("2025-26");
    byte[] filled =
        changed(
            blank,
            w -> {
              cell(w, "10. HWBs", "A5").setCellValue(BEXLEY.id());
              cell(w, "10. HWBs", "B5").setCellValue(BEXLEY.name());
            });
    Files.write(folder.resolve("bexley.xlsx"), filled);
    Files.write(folder.resolve("nobody.xlsx"), blank);

    Ingest.Result result = new Ingest(ROUNDS, BOARDS, 1).run(folder, null, f -> {});

    FileReport bexley = result.files().get(0);
    assertThat(bexley.hwb()).isEqualTo(BEXLEY);
    assertThat(bexley.loaded()).isTrue();
    FileReport nobody = result.files().get(1);
    assertThat(nobody.outcome()).isEqualTo(FileReport.Outcome.REFUSED);
    assertThat(nobody.problems()).extracting(Problem::cell).contains("'2. Cover'!B5");
    assertThat(result.dataset().orElseThrow().loaded()).isEqualTo(1);
  }

  @Test
  void nothing_loaded_gives_no_dataset_and_no_folder_is_unusable() throws IOException {
    Path empty = Files.createDirectory(directory.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "nothing here");
    Ingest.Result none = new Ingest(ROUNDS, BOARDS, 1).run(empty, null, f -> {});
    assertThat(none.dataset()).isEmpty();
    assertThat(none.files())
        .extracting(FileReport::outcome)
        .containsExactly(FileReport.Outcome.REFUSED);
    assertThatThrownBy(
            () -> new Ingest(ROUNDS, BOARDS, 1).run(directory.resolve("nowhere"), null, f -> {}))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessageEndingWith("nowhere: no such folder or zip");
  }

  private static void the_report_as_csv_says_each_problem_at_its_cell_or_place() {
    assertThat(ReportCsv.header())
        .containsExactly(
            "File", "HWB ONS code", "HWB", "Outcome", "Errors", "Warnings", "Problems");
    assertThat(ReportCsv.row(report("06-barking-again.xlsx")))
        .containsExactly(
            "06-barking-again.xlsx",
            "E09000002",
            "Barking and Dagenham",
            "refused",
            "1",
            "0",
            "Barking and Dagenham (E09000002) was already loaded from 01-barking.xlsx");
    assertThat(ReportCsv.row(report("09-big.xlsx")))
        .containsExactly(
            "09-big.xlsx",
            "",
            "",
            "refused",
            "1",
            "0",
            "larger than 20 MB: not a planning workbook");
  }
}
