package bcf.workbook.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounds of a folder or zip of workbooks at their exact edges (the most allowed is read, one
 * more is refused), and which entries are files, which are skipped and which make a zip unsafe.
 */
class WorkbookSourcesBoundsTest {

  @TempDir Path dir;

  interface Entries {
    void write(ZipOutputStream zip) throws IOException;
  }

  static byte[] zip(Entries entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      entries.write(z);
    }
    return bytes.toByteArray();
  }

  static void entry(ZipOutputStream z, String name, int size) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(new byte[size]);
    z.closeEntry();
  }

  static List<WorkbookSources.SourceFile> read(byte[] zip) {
    List<WorkbookSources.SourceFile> files = new ArrayList<>();
    WorkbookSources.zip("plans.zip", new ByteArrayInputStream(zip), files::add);
    return files;
  }

  static List<WorkbookSources.SourceFile> each(Path path) {
    List<WorkbookSources.SourceFile> files = new ArrayList<>();
    WorkbookSources.forEach(path, files::add);
    return files;
  }

  @Test
  void a_zip_of_exactly_the_most_files_is_read_and_one_more_is_unsafe() throws IOException {
    byte[] most =
        zip(
            z -> {
              entry(z, "round/", 0);
              for (int i = 0; i < WorkbookSources.MAX_FILES; i++) {
                entry(z, "round/" + i + ".xlsx", 1);
              }
              entry(z, "round/.hidden", 1);
            });
    assertThat(read(most)).hasSize(1000);
    byte[] more =
        zip(
            z -> {
              for (int i = 0; i <= WorkbookSources.MAX_FILES; i++) {
                entry(z, i + ".xlsx", 1);
              }
            });
    assertThatThrownBy(() -> read(more))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessage("plans.zip: unsafe zip: more than 1000 files");
  }

  @Test
  void a_file_of_exactly_the_most_bytes_is_read_and_one_byte_more_is_not() throws IOException {
    byte[] zip =
        zip(
            z -> {
              entry(z, "most.xlsx", WorkbookSources.MAX_FILE_BYTES);
              entry(z, "more.xlsx", WorkbookSources.MAX_FILE_BYTES + 1);
            });
    List<WorkbookSources.SourceFile> files = read(zip);
    assertThat(files.get(0).bytes()).hasSize(WorkbookSources.MAX_FILE_BYTES);
    assertThat(files.get(0).unreadable()).isNull();
    assertThat(files.get(1).bytes()).isNull();
    assertThat(files.get(1).unreadable()).isEqualTo("larger than 20 MB: not a planning workbook");
  }

  @Test
  void entries_are_given_in_stored_order_with_their_bytes() throws IOException {
    byte[] zip =
        zip(
            z -> {
              z.putNextEntry(new ZipEntry("b.xlsx"));
              z.write("bee".getBytes(StandardCharsets.UTF_8));
              z.closeEntry();
              entry(z, "__MACOSX/b.xlsx", 1);
              entry(z, "__macosx/c.xlsx", 1);
              entry(z, "a/", 0);
              entry(z, "a/.x", 1);
              entry(z, "a.xlsx", 0);
              entry(z, ":", 1);
            });
    List<WorkbookSources.SourceFile> files = read(zip);
    assertThat(files)
        .extracting(WorkbookSources.SourceFile::name)
        .containsExactly("b.xlsx", "a.xlsx", ":");
    assertThat(new String(files.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("bee");
    assertThat(files.get(1).bytes()).isEmpty();
  }

  @Test
  void a_name_with_a_backslash_or_a_drive_makes_the_zip_unsafe_and_dots_in_a_name_do_not()
      throws IOException {
    for (String name : List.of("\\a.xlsx", "a\\b.xlsx", "d:x.xlsx", "..")) {
      byte[] zip = zip(z -> entry(z, name, 1));
      assertThatThrownBy(() -> read(zip))
          .as(name)
          .isInstanceOf(UnusableSourceException.class)
          .hasMessage(
              "plans.zip: unsafe zip: the entry '"
                  + name
                  + "' would be written outside its folder");
    }
    byte[] dots = zip(z -> entry(z, "a..b/c..xlsx", 1));
    assertThat(read(dots))
        .extracting(WorkbookSources.SourceFile::name)
        .containsExactly("a..b/c..xlsx");
  }

  @Test
  void an_empty_zip_or_a_damaged_one_is_not_usable() throws IOException {
    byte[] empty = zip(z -> {});
    assertThatThrownBy(() -> read(empty)).hasMessage("plans.zip: not a zip, nor a folder");
    byte[] good = zip(z -> entry(z, "a.xlsx", 100));
    // The entry's data cut off: the stream ends inside it.
    byte[] cut = java.util.Arrays.copyOf(good, 40);
    assertThatThrownBy(() -> read(cut))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessageStartingWith("plans.zip: ");
  }

  @Test
  void a_folder_gives_its_files_in_name_order_skipping_hidden_files_and_folders()
      throws IOException {
    Files.writeString(dir.resolve("b.xlsx"), "b");
    Files.writeString(dir.resolve("a.xlsx"), "a");
    Files.writeString(dir.resolve(".hidden.xlsx"), "h");
    Files.createDirectory(dir.resolve("c"));
    try (RandomAccessFile most = new RandomAccessFile(dir.resolve("d.xlsx").toFile(), "rw")) {
      most.setLength(WorkbookSources.MAX_FILE_BYTES);
    }
    try (RandomAccessFile more = new RandomAccessFile(dir.resolve("e.xlsx").toFile(), "rw")) {
      more.setLength(WorkbookSources.MAX_FILE_BYTES + 1L);
    }
    List<WorkbookSources.SourceFile> files = each(dir);
    assertThat(files)
        .extracting(WorkbookSources.SourceFile::name)
        .containsExactly("a.xlsx", "b.xlsx", "d.xlsx", "e.xlsx");
    assertThat(files.get(0).bytes()).containsExactly('a');
    assertThat(files.get(2).bytes()).hasSize(WorkbookSources.MAX_FILE_BYTES);
    assertThat(files.get(3).bytes()).isNull();
    assertThat(files.get(3).unreadable()).isEqualTo("larger than 20 MB: not a planning workbook");
  }

  @Test
  void a_folder_of_exactly_the_most_files_is_read_and_one_more_is_refused() throws IOException {
    Path most = Files.createDirectory(dir.resolve("most"));
    for (int i = 0; i < WorkbookSources.MAX_FILES; i++) {
      Files.write(most.resolve(String.format("%04d.xlsx", i)), new byte[] {1});
    }
    Files.createDirectory(most.resolve("sub"));
    assertThat(each(most)).hasSize(1000);
    Files.write(most.resolve("1000.xlsx"), new byte[] {1});
    assertThatThrownBy(() -> each(most))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessage(most + ": holds 1001 files; at most 1000 are read at once");
  }

  @Test
  void a_zip_file_is_read_from_its_path_and_a_missing_path_is_unusable() throws IOException {
    Path file = Files.write(dir.resolve("books.zip"), zip(z -> entry(z, "a.xlsx", 3)));
    assertThat(each(file)).extracting(WorkbookSources.SourceFile::name).containsExactly("a.xlsx");
    Path text = Files.writeString(dir.resolve("books2.zip"), "not a zip");
    assertThatThrownBy(() -> each(text)).hasMessage("books2.zip: not a zip, nor a folder");
    assertThatThrownBy(() -> each(dir.resolve("none")))
        .hasMessage(dir.resolve("none") + ": no such folder or zip");
  }
}
