package bcf.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.Limits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and unusable files are refused before anything parses them, each with its reason. */
class SpreadsheetGuardTest {

  @TempDir Path dir;

  /**
   * Each file a test here wrote is given the same answer when checked in memory (an upload, a file
   * of a bulk ingest) as when checked on disc: the same refusal in the same words, or none.
   */
  @AfterEach
  void every_file_gets_the_same_answer_in_memory() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (Files.size(file) > Limits.SPREADSHEET_BYTES) {
          continue; // the sparse 100 MiB file: its in-memory twin is its own test below
        }
        String name = file.getFileName().toString();
        String onDisc = refusal(() -> SpreadsheetGuard.check(file));
        String inMemory = refusal(() -> SpreadsheetGuard.check(name, Files.readAllBytes(file)));
        assertThat(inMemory).as(name).isEqualTo(onDisc);
      }
    }
  }

  private interface Check {
    void run() throws IOException;
  }

  private static String refusal(Check check) throws IOException {
    try {
      check.run();
      return "passes";
    } catch (UnusableSpreadsheetException e) {
      return e.getMessage();
    }
  }

  @Test
  void a_workbook_in_memory_over_the_size_limit_is_refused() {
    byte[] bytes = new byte[(int) Limits.SPREADSHEET_BYTES + 1];
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = 3;
    bytes[3] = 4;
    assertThatThrownBy(() -> SpreadsheetGuard.check("upload.xlsx", bytes))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage("upload.xlsx is 50.0 MiB: bcf reads spreadsheets up to 50 MiB");
  }

  @Test
  void an_ordinary_workbook_passes() {
    Path file = TinyXlsx.workbook().write(dir.resolve("ok.xlsx"), new String[] {"a", "b"});
    SpreadsheetGuard.check(file);
  }

  @Test
  void the_real_ascof_release_passes() {
    SpreadsheetGuard.check(Path.of("/work/shared/data/ascof-2020-21-open-data.xlsx"));
  }

  @Test
  void a_file_over_the_size_limit_is_refused_before_it_is_read() throws IOException {
    Path file = dir.resolve("huge.xlsx");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write(new byte[] {'P', 'K', 3, 4});
      out.setLength(100L * 1024 * 1024); // sparse: no 100 MB written
    }
    assertThatThrownBy(() -> SpreadsheetGuard.check(file))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage("huge.xlsx is 100 MiB: bcf reads spreadsheets up to 50 MiB");
  }

  @Test
  void a_zip_bomb_is_stopped_while_unzipping() throws IOException {
    Path file = TinyXlsx.workbook().write(dir.resolve("bomb.xlsx"), new String[] {"a"});
    // A part of 64 MiB of zeros packs to some 64 KiB: a thousand times.
    Path bomb = dir.resolve("bomb2.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb));
        java.util.zip.ZipFile source = new java.util.zip.ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(source.entries())) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        source.getInputStream(e).transferTo(zip);
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("xl/media/image1.png"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(200_000);
    assertThatThrownBy(() -> SpreadsheetGuard.check(bomb))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageContaining("bomb2.xlsx: its part xl/media/image1.png unpacks to more than 100")
        .hasMessageContaining("times its packed size")
        .hasMessageContaining("zip bomb");
  }

  @Test
  void shared_strings_past_their_limit_are_refused() throws IOException {
    Path file = TinyXlsx.workbook().write(dir.resolve("plain.xlsx"), new String[] {"a"});
    Path big = dir.resolve("strings.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big));
        java.util.zip.ZipFile source = new java.util.zip.ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(source.entries())) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        source.getInputStream(e).transferTo(zip);
        zip.closeEntry();
      }
      // Text that packs some 30 times, within the ratio: only the shared strings' own limit stops
      // it.
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      java.util.Random random = new java.util.Random(1);
      byte[] line = new byte[1024];
      for (int i = 0; i < 65 * 1024; i++) {
        for (int j = 0; j < line.length; j++) {
          line[j] = (byte) ('a' + (random.nextInt(64) == 0 ? random.nextInt(26) : 0));
        }
        zip.write(line);
      }
      zip.closeEntry();
    }
    assertThatThrownBy(() -> SpreadsheetGuard.check(big))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage(
            "strings.xlsx: its shared strings (the text of its cells) unpack to more than 64 MiB,"
                + " the most bcf holds while reading a workbook");
  }

  @Test
  void a_dtd_or_entity_declaration_is_refused() {
    Path file =
        TinyXlsx.workbook()
            .beforeSheet(
                "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2"
                    + " \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>")
            .write(dir.resolve("lol.xlsx"), new String[] {"&lol2;"});
    assertThatThrownBy(() -> SpreadsheetGuard.check(file))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageContaining(
            "lol.xlsx: its part xl/worksheets/sheet1.xml declares a DTD or entities");
  }

  @Test
  void an_external_entity_in_another_part_is_refused_too() {
    Path file =
        TinyXlsx.workbook()
            .part(
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\"?><!doctype x [<!entity e SYSTEM \"file:///etc/passwd\">]><sst/>")
            .write(dir.resolve("xxe.xlsx"), new String[] {"a"});
    assertThatThrownBy(() -> SpreadsheetGuard.check(file))
        .hasMessageContaining("its part xl/sharedStrings.xml declares a DTD or entities");
  }

  @Test
  void a_macro_enabled_workbook_is_refused_by_its_content_type_or_its_macro_part() {
    Path xlsm =
        TinyXlsx.workbook().macroEnabled().write(dir.resolve("book.xlsm"), new String[] {"a"});
    assertThatThrownBy(() -> SpreadsheetGuard.check(xlsm))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage(
            "book.xlsm is a macro-enabled workbook: bcf does not read workbooks with macros; save"
                + " it as an .xlsx workbook without them");
    Path renamed =
        TinyXlsx.workbook()
            .part("xl/vbaProject.bin", "macro")
            .write(dir.resolve("renamed.xlsx"), new String[] {"a"});
    assertThatThrownBy(() -> SpreadsheetGuard.check(renamed))
        .hasMessageStartingWith("renamed.xlsx is a macro-enabled workbook");
  }

  @Test
  void a_csv_renamed_xlsx_is_refused_as_text() throws IOException {
    Path file = Files.writeString(dir.resolve("data.xlsx"), "code,value\nE06000001,12\n");
    assertThatThrownBy(() -> SpreadsheetGuard.check(file))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage(
            "data.xlsx is not an Excel workbook (.xlsx): it is text (a CSV file renamed .xlsx?);"
                + " save it from the spreadsheet as .xlsx");
  }

  @Test
  void an_old_xls_an_empty_file_and_binary_are_told_apart() throws IOException {
    Path xls =
        Files.write(
            dir.resolve("old.xlsx"),
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
    assertThatThrownBy(() -> SpreadsheetGuard.check(xls))
        .hasMessageContaining("Excel 97-2003 workbook (.xls)");
    Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    assertThatThrownBy(() -> SpreadsheetGuard.check(empty)).hasMessageEndingWith("it is empty");
    Path binary = Files.write(dir.resolve("bin.xlsx"), new byte[] {1, 2, 3, 4, 5});
    assertThatThrownBy(() -> SpreadsheetGuard.check(binary))
        .hasMessageEndingWith("it is not a zip archive, as every .xlsx workbook is");
  }

  @Test
  void a_zip_that_is_not_a_workbook_is_refused() throws IOException {
    Path docx = dir.resolve("letter.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThatThrownBy(() -> SpreadsheetGuard.check(docx))
        .hasMessage(
            "letter.xlsx is not an Excel workbook: it has no workbook part (it is a Word document)");
    Path plain = dir.resolve("plain.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(plain))) {
      zip.putNextEntry(new ZipEntry("notes.txt"));
      zip.write("hello".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThatThrownBy(() -> SpreadsheetGuard.check(plain))
        .hasMessage(
            "plain.xlsx is a zip file but not a workbook: it has no [Content_Types].xml part");
  }

  @Test
  void a_part_not_in_utf8_is_refused() {
    Path file =
        TinyXlsx.workbook()
            .part("xl/styles.xml", "\u0000<\u0000?")
            .write(dir.resolve("utf16.xlsx"), new String[] {"a"});
    assertThatThrownBy(() -> SpreadsheetGuard.check(file))
        .hasMessage(
            "utf16.xlsx: its part xl/styles.xml is not in UTF-8, which bcf reads workbooks in");
  }

  @Test
  void the_limits_are_those_of_one_place() {
    assertThat(Limits.SPREADSHEET_BYTES).isEqualTo(50L * 1024 * 1024);
    assertThat(Limits.SHEET_ROWS).isEqualTo(Limits.CSV_ROWS);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void a_declaration_is_seen_in_any_case_and_split_between_two_reads() {
    byte[] none = new byte[0];
    assertThat(SpreadsheetGuard.declares(none, 0, bytes("x<!DOCTYPE y"), 12)).isTrue();
    assertThat(SpreadsheetGuard.declares(none, 0, bytes("<!doctype"), 9)).isTrue();
    assertThat(SpreadsheetGuard.declares(none, 0, bytes("<!EnTiTy"), 8)).isTrue();
    // the word cut off by the end of what was read is not (yet) a declaration
    assertThat(SpreadsheetGuard.declares(none, 0, bytes("<!DOCTYP"), 8)).isFalse();
    assertThat(SpreadsheetGuard.declares(none, 0, bytes("<!ENTITY"), 7)).isFalse();
    assertThat(SpreadsheetGuard.declares(none, 0, bytes("<!-- comment --><a>ENTITY</a>"), 29))
        .isFalse();
    assertThat(SpreadsheetGuard.declares(none, 0, bytes("< !DOCTYPE <DOCTYPE !<ENTITY"), 28))
        .isFalse();
    // the tail of the previous read and this read are one text
    assertThat(SpreadsheetGuard.declares(bytes("abc<!DOC"), 8, bytes("TYPE z"), 6)).isTrue();
    assertThat(SpreadsheetGuard.declares(bytes("abc<"), 4, bytes("!ENTITY"), 7)).isTrue();
    assertThat(SpreadsheetGuard.declares(bytes("abc<!DOC"), 3, bytes("TYPE z"), 6)).isFalse();
    assertThat(SpreadsheetGuard.declares(bytes("x<!ent"), 6, bytes("ity y"), 5)).isTrue();
    assertThat(SpreadsheetGuard.declares(bytes("ab<!doc"), 7, bytes("TyPe z"), 6)).isTrue();
    // across the two, a comment is not a declaration, nor a word the read cuts short
    assertThat(SpreadsheetGuard.declares(bytes("ab<!"), 4, bytes("-- comment"), 10)).isFalse();
    assertThat(SpreadsheetGuard.declares(bytes("ab<!"), 4, bytes("DOCTYPx"), 7)).isFalse();
    assertThat(SpreadsheetGuard.declares(bytes("ab<!DOC"), 7, bytes("TY"), 2)).isFalse();
    // letters that only look alike when upper-cased beyond ASCII do not count
    assertThat(SpreadsheetGuard.declares(none, 0, bytes("<!DOCTYPE".replace('O', '\u00d6')), 9))
        .isFalse();
  }

  @Test
  void a_declaration_split_at_any_byte_between_two_large_reads_is_refused() throws IOException {
    for (int cut : new int[] {1, 2, 5, 8, 9}) {
      String padding = "a".repeat(64 * 1024 - cut);
      Path file =
          TinyXlsx.workbook()
              .part("xl/extra.xml", padding + "<!DOCTYPE x>")
              .write(dir.resolve("split" + cut + ".xlsx"), new String[] {"a"});
      assertThatThrownBy(() -> SpreadsheetGuard.check(file))
          .as("cut %d", cut)
          .hasMessageContaining("declares a DTD or entities");
    }
  }
}
