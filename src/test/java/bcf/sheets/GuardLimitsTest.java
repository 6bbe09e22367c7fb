package bcf.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.Limits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard's limits at their exact boundaries (the most it allows passes, one byte or part more is
 * refused), and each kind of file it tells apart by its first bytes or its parts.
 */
class GuardLimitsTest {

  static final int MIB = 1024 * 1024;

  @TempDir Path dir;

  /** An ordinary workbook with extra parts written by {@code extra}. */
  Path withParts(String name, PartWriter extra) throws IOException {
    Path plain = TinyXlsx.workbook().write(dir.resolve("plain-" + name), new String[] {"a"});
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
        ZipFile source = new ZipFile(plain.toFile())) {
      for (ZipEntry e : java.util.Collections.list(source.entries())) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        source.getInputStream(e).transferTo(zip);
        zip.closeEntry();
      }
      extra.write(zip);
    }
    return file;
  }

  interface PartWriter {
    void write(ZipOutputStream zip) throws IOException;
  }

  /** The bytes the ordinary workbook's own parts unpack to. */
  long plainUnpacked() throws IOException {
    Path plain = TinyXlsx.workbook().write(dir.resolve("measure.xlsx"), new String[] {"a"});
    long total = 0;
    try (ZipFile zip = new ZipFile(plain.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        total += zip.getInputStream(e).readAllBytes().length;
      }
    }
    return total;
  }

  static void zeros(ZipOutputStream zip, String part, long bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(part));
    byte[] block = new byte[64 * 1024];
    long left = bytes;
    while (left > 0) {
      int n = (int) Math.min(block.length, left);
      zip.write(block, 0, n);
      left -= n;
    }
    zip.closeEntry();
  }

  @Test
  void a_file_of_exactly_the_most_bytes_is_not_refused_for_its_size() throws IOException {
    Path file = dir.resolve("edge.xlsx");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write(new byte[] {'P', 'K', 3, 4});
      out.setLength(Limits.SPREADSHEET_BYTES);
    }
    assertThatThrownBy(() -> SpreadsheetGuard.check(file))
        .hasMessageStartingWith("edge.xlsx is not a readable workbook: its zip is damaged");
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(Limits.SPREADSHEET_BYTES + 1);
    }
    assertThatThrownBy(() -> SpreadsheetGuard.check(file))
        .hasMessage("edge.xlsx is 50.0 MiB: bcf reads spreadsheets up to 50 MiB");
  }

  @Test
  void a_folder_or_a_missing_file_is_not_a_file() {
    assertThatThrownBy(() -> SpreadsheetGuard.check(dir))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessage(dir.getFileName() + " is not a file");
    assertThatThrownBy(() -> SpreadsheetGuard.check(dir.resolve("gone.xlsx")))
        .hasMessage("gone.xlsx is not a file");
  }

  @Test
  void the_first_bytes_tell_text_from_binary() throws IOException {
    Path text = Files.write(dir.resolve("t.xlsx"), bytes("a,b\t\r\n\u001b c"));
    assertThatThrownBy(() -> SpreadsheetGuard.check(text))
        .hasMessageEndingWith(
            "it is text (a CSV file renamed .xlsx?); save it from the spreadsheet as .xlsx");
    Path twoBytes = Files.write(dir.resolve("pk.xlsx"), bytes("PK"));
    assertThatThrownBy(() -> SpreadsheetGuard.check(twoBytes))
        .hasMessage(
            "pk.xlsx is not an Excel workbook (.xlsx): it is text (a CSV file renamed .xlsx?); save"
                + " it from the spreadsheet as .xlsx");
    Path threeBytes = Files.write(dir.resolve("pk3.xlsx"), new byte[] {'P', 'K', 3});
    assertThatThrownBy(() -> SpreadsheetGuard.check(threeBytes))
        .hasMessageEndingWith("it is not a zip archive, as every .xlsx workbook is");
    for (int b : new int[] {0x00, 0x08, 0x0E, 0x1A, 0x1C, 0x1F}) {
      Path binary = Files.write(dir.resolve("b" + b + ".xlsx"), new byte[] {'a', 'b', (byte) b});
      assertThatThrownBy(() -> SpreadsheetGuard.check(binary))
          .as("byte %x", b)
          .hasMessageEndingWith("it is not a zip archive, as every .xlsx workbook is");
    }
    for (int b : new int[] {0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x7F, 0xE9}) {
      Path plain = Files.write(dir.resolve("p" + b + ".xlsx"), new byte[] {'a', 'b', (byte) b});
      assertThatThrownBy(() -> SpreadsheetGuard.check(plain))
          .as("byte %x", b)
          .hasMessageContaining("it is text");
    }
    Path ole = Files.write(dir.resolve("ole.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11});
    assertThatThrownBy(() -> SpreadsheetGuard.check(ole))
        .hasMessageEndingWith("it is not a zip archive, as every .xlsx workbook is");
    Path almostZip = Files.write(dir.resolve("pk5.xlsx"), new byte[] {'P', 'K', 3, 5, 0});
    assertThatThrownBy(() -> SpreadsheetGuard.check(almostZip))
        .hasMessageEndingWith("it is not a zip archive, as every .xlsx workbook is");
  }

  @Test
  void a_zip_of_exactly_the_most_parts_passes_and_one_more_is_refused() throws IOException {
    int own = 4 + 1; // [Content_Types].xml, _rels/.rels, workbook, its rels; the sheet
    Path most =
        withParts(
            "most.xlsx",
            zip -> {
              for (int i = 0; i < Limits.SPREADSHEET_PARTS - own; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/p" + i + ".bin"));
                zip.write(1);
                zip.closeEntry();
              }
            });
    try (ZipFile zip = new ZipFile(most.toFile())) {
      assertThat(zip.size()).isEqualTo(Limits.SPREADSHEET_PARTS);
    }
    SpreadsheetGuard.check(most);
    Path more =
        withParts(
            "more.xlsx",
            zip -> {
              for (int i = 0; i <= Limits.SPREADSHEET_PARTS - own; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/p" + i + ".bin"));
                zip.write(1);
                zip.closeEntry();
              }
            });
    assertThatThrownBy(() -> SpreadsheetGuard.check(more))
        .hasMessage("more.xlsx has 1001 parts; bcf reads workbooks of up to 1000");
  }

  @Test
  void parts_unpacking_to_exactly_the_most_bytes_pass_and_one_byte_more_is_refused()
      throws IOException {
    // Parts of at most 1 MiB are never held to the packing ratio, so zeros can fill the total.
    long fill = Limits.SPREADSHEET_UNZIPPED_BYTES - plainUnpacked();
    Path most = withParts("most.xlsx", zip -> fillWithZeros(zip, fill));
    SpreadsheetGuard.check(most);
    Path more = withParts("more.xlsx", zip -> fillWithZeros(zip, fill + 1));
    assertThatThrownBy(() -> SpreadsheetGuard.check(more))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageStartingWith(
            "more.xlsx unpacks to more than 256 MiB (a zip bomb?); bcf stopped reading it at part"
                + " xl/media/z");
  }

  private static void fillWithZeros(ZipOutputStream zip, long bytes) throws IOException {
    long left = bytes;
    for (int i = 0; left > 0; i++) {
      long part = Math.min(MIB, left);
      zeros(zip, "xl/media/z" + i + ".bin", part);
      left -= part;
    }
  }

  @Test
  void a_part_of_zeros_is_held_to_the_ratio_only_past_its_first_mebibyte() throws IOException {
    Path first = withParts("first.xlsx", zip -> zeros(zip, "xl/media/image1.png", MIB));
    SpreadsheetGuard.check(first);
    Path past = withParts("past.xlsx", zip -> zeros(zip, "xl/media/image1.png", MIB + 1));
    assertThatThrownBy(() -> SpreadsheetGuard.check(past))
        .hasMessageStartingWith(
            "past.xlsx: its part xl/media/image1.png unpacks to more than 100 times its packed size"
                + " of ")
        .hasMessageEndingWith(" bytes (a zip bomb?); bcf stopped reading it");
  }

  @Test
  void shared_strings_of_exactly_their_most_bytes_pass_and_one_byte_more_is_refused()
      throws IOException {
    // Text that packs some 30 times, within the ratio: a mebibyte of it, repeated.
    byte[] block = new byte[MIB];
    java.util.Random random = new java.util.Random(1);
    for (int j = 0; j < block.length; j++) {
      block[j] = (byte) ('a' + (random.nextInt(64) == 0 ? random.nextInt(26) : 0));
    }
    int blocks = (int) (Limits.SHARED_STRINGS_BYTES / MIB);
    PartWriter strings =
        zip -> {
          zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
          for (int i = 0; i < blocks; i++) {
            zip.write(block);
          }
        };
    Path most =
        withParts(
            "most.xlsx",
            zip -> {
              strings.write(zip);
              zip.closeEntry();
            });
    SpreadsheetGuard.check(most);
    Path more =
        withParts(
            "more.xlsx",
            zip -> {
              strings.write(zip);
              zip.write('a');
              zip.closeEntry();
            });
    assertThatThrownBy(() -> SpreadsheetGuard.check(more))
        .hasMessage(
            "more.xlsx: its shared strings (the text of its cells) unpack to more than 64 MiB,"
                + " the most bcf holds while reading a workbook");
  }

  @Test
  void other_parts_are_not_held_to_the_shared_strings_limit() throws IOException {
    byte[] block = new byte[MIB];
    java.util.Random random = new java.util.Random(2);
    for (int j = 0; j < block.length; j++) {
      block[j] = (byte) ('a' + (random.nextInt(64) == 0 ? random.nextInt(26) : 0));
    }
    Path file =
        withParts(
            "styles.xlsx",
            zip -> {
              zip.putNextEntry(new ZipEntry("xl/media/strings.bin"));
              for (int i = 0; i <= Limits.SHARED_STRINGS_BYTES / MIB; i++) {
                zip.write(block);
              }
              zip.closeEntry();
            });
    SpreadsheetGuard.check(file);
  }

  @Test
  void declarations_are_looked_for_in_xml_rels_and_vml_parts_only() throws IOException {
    for (String part : new String[] {"xl/extra.XML", "xl/_rels/extra.rels", "xl/drawings/d.vml"}) {
      Path file =
          TinyXlsx.workbook()
              .part(part, "<?xml version=\"1.0\"?><!DOCTYPE x><x/>")
              .write(dir.resolve("d.xlsx"), new String[] {"a"});
      assertThatThrownBy(() -> SpreadsheetGuard.check(file))
          .as(part)
          .hasMessage(
              "d.xlsx: its part "
                  + part
                  + " declares a DTD or entities, which a workbook never needs (they can expand to"
                  + " gigabytes or read other files); bcf does not read it");
    }
    Path image =
        TinyXlsx.workbook()
            .part("xl/media/image1.png", "\u0000\u0000<!DOCTYPE x>")
            .write(dir.resolve("image.xlsx"), new String[] {"a"});
    SpreadsheetGuard.check(image);
  }

  @Test
  void an_xml_part_starting_with_a_utf16_mark_or_a_zero_byte_is_refused() throws IOException {
    byte[][] starts = {
      {(byte) 0xFE, (byte) 0xFF, 0, '<'},
      {(byte) 0xFF, (byte) 0xFE, '<', 0},
      {0, '<', 0, '?'},
      {'<', 0, '?', 0}
    };
    for (int i = 0; i < starts.length; i++) {
      byte[] start = starts[i];
      Path file =
          withParts(
              "u" + i + ".xlsx",
              zip -> {
                zip.putNextEntry(new ZipEntry("xl/styles.xml"));
                zip.write(start);
                zip.closeEntry();
              });
      assertThatThrownBy(() -> SpreadsheetGuard.check(file))
          .as("start %d", i)
          .hasMessage(
              "u"
                  + i
                  + ".xlsx: its part xl/styles.xml is not in UTF-8, which bcf reads workbooks in");
    }
    Path one =
        withParts(
            "one.xlsx",
            zip -> {
              zip.putNextEntry(new ZipEntry("xl/styles.xml"));
              zip.write(0);
              zip.closeEntry();
            });
    SpreadsheetGuard.check(one);
    Path bom =
        withParts(
            "bom.xlsx",
            zip -> {
              zip.putNextEntry(new ZipEntry("xl/styles.xml"));
              zip.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'a', '/', '>'});
              zip.closeEntry();
            });
    SpreadsheetGuard.check(bom);
  }

  @Test
  void a_macro_part_by_either_name_or_a_macro_content_type_is_refused() throws IOException {
    Path data =
        TinyXlsx.workbook()
            .part("customUI/vbaData.xml", "<x/>")
            .write(dir.resolve("data.xlsx"), new String[] {"a"});
    assertThatThrownBy(() -> SpreadsheetGuard.check(data))
        .hasMessageStartingWith("data.xlsx is a macro-enabled workbook");
    Path typed = dir.resolve("typed.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(typed))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                  + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                  + "</Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThatThrownBy(() -> SpreadsheetGuard.check(typed))
        .hasMessageStartingWith("typed.xlsx is a macro-enabled workbook");
  }

  static Path zipOf(Path file, String contentTypes, String... parts) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(contentTypes.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      for (String part : parts) {
        zip.putNextEntry(new ZipEntry(part));
        if (!part.endsWith("/")) {
          zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        zip.closeEntry();
      }
    }
    return file;
  }

  static final String SHEET_TYPES =
      "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";

  @Test
  void a_binary_workbook_part_counts_and_a_folder_entry_is_passed_over() throws IOException {
    SpreadsheetGuard.check(zipOf(dir.resolve("bin.xlsx"), SHEET_TYPES, "xl/", "xl/workbook.bin"));
    SpreadsheetGuard.check(zipOf(dir.resolve("upper.xlsx"), SHEET_TYPES, "XL/Workbook.xml"));
  }

  @Test
  void a_workbook_type_without_its_part_or_a_part_without_its_type_is_no_workbook()
      throws IOException {
    Path noPart = zipOf(dir.resolve("nopart.xlsx"), SHEET_TYPES, "xl/sheet.xml");
    assertThatThrownBy(() -> SpreadsheetGuard.check(noPart))
        .hasMessage("nopart.xlsx is not an Excel workbook: it has no workbook part");
    Path slides =
        zipOf(
            dir.resolve("slides.xlsx"),
            "<Types><Override ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/></Types>",
            "xl/workbook.xml");
    assertThatThrownBy(() -> SpreadsheetGuard.check(slides))
        .hasMessage(
            "slides.xlsx is not an Excel workbook: it has no workbook part (it is a PowerPoint"
                + " presentation)");
  }

  @Test
  void a_damaged_zip_is_refused_as_damaged() throws IOException {
    byte[] good =
        Files.readAllBytes(TinyXlsx.workbook().write(dir.resolve("g.xlsx"), new String[] {"a"}));
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 30);
    Path damaged = Files.write(dir.resolve("cut.xlsx"), cut);
    assertThatThrownBy(() -> SpreadsheetGuard.check(damaged))
        .isInstanceOf(UnusableSpreadsheetException.class)
        .hasMessageStartingWith("cut.xlsx is not a readable workbook: its zip is damaged (");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
