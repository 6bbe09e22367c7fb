package bcf.workbook.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Reading a zip of workbooks: names that leave the folder, sizes counted as the bytes come. */
class WorkbookSourcesTest {

  private static byte[] zip(String... namesAndSizes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndSizes.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndSizes[i]));
        z.write(new byte[Integer.parseInt(namesAndSizes[i + 1])]);
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static List<WorkbookSources.SourceFile> read(byte[] zip) {
    List<WorkbookSources.SourceFile> files = new ArrayList<>();
    WorkbookSources.zip("plans.zip", new ByteArrayInputStream(zip), files::add);
    return files;
  }

  @Test
  void filesInFoldersAreReadAndHiddenOnesSkipped() throws IOException {
    List<WorkbookSources.SourceFile> files =
        read(zip("round/a.xlsx", "10", "__MACOSX/round/._a.xlsx", "5", "round/.DS_Store", "3"));

    assertThat(files).extracting(WorkbookSources.SourceFile::name).containsExactly("round/a.xlsx");
    assertThat(files.get(0).bytes()).hasSize(10);
  }

  @Test
  void aNameThatLeavesTheFolderMakesTheZipUnsafe() throws IOException {
    for (String name :
        List.of("../a.xlsx", "round/../../a.xlsx", "/etc/a.xlsx", "C:/a.xlsx", "a\\..\\b.xlsx")) {
      byte[] zip = zip("good.xlsx", "1", name, "1");
      assertThatThrownBy(() -> read(zip))
          .as(name)
          .isInstanceOf(UnusableSourceException.class)
          .hasMessageContaining("unsafe zip")
          .hasMessageContaining(name);
    }
  }

  @Test
  void aFileLargerThanTheBoundIsRefusedAloneWhateverItsEntrySays() throws IOException {
    // 21 MB of zeros compress to a few kilobytes: the bound is on what comes out.
    List<WorkbookSources.SourceFile> files =
        read(zip("big.xlsx", String.valueOf(21 * 1024 * 1024), "small.xlsx", "4"));

    assertThat(files.get(0).bytes()).isNull();
    assertThat(files.get(0).unreadable()).contains("larger than 20 MB");
    assertThat(files.get(1).bytes()).hasSize(4);
  }

  @Test
  void textIsNotAZip() {
    assertThatThrownBy(() -> read("hwb,amount\n".getBytes()))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessageContaining("plans.zip: not a zip");
  }
}
