package bcf.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated workbook opens in LibreOffice, which recalculates it and saves it again: the checklist
 * and the template status then hold LibreOffice's own answers. Skipped, saying so, where LibreOffice
 * is not installed (Debian's libreoffice-calc-nogui provides it); slow (LibreOffice starts).
 */
class LibreOfficeOpensWorkbookTest {

  @TempDir Path directory;

  private static String soffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) {
        return Path.of(dir, "soffice").toString();
      }
    }
    return null;
  }

  @Test
  void libreOfficeRecalculatesTheChecklistOfABlankWorkbook() throws Exception {
    String soffice = soffice();
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    Path blank = directory.resolve("blank.xlsx");
    Files.write(blank, Books.WORKBOOKS.blank("2025-26"));
    Path out = Files.createDirectory(directory.resolve("out"));
    Process process =
        new ProcessBuilder(
                soffice,
                "-env:UserInstallation=file://" + directory.resolve("profile"),
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                out.toString(),
                blank.toString())
            .redirectErrorStream(true)
            .redirectOutput(directory.resolve("soffice.log").toFile())
            .start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(directory.resolve("soffice.log"))).isZero();

    try (InputStream in = Files.newInputStream(out.resolve("blank.xlsx"));
        ReadableWorkbook book = PlanWorkbookReader.open(in)) {
      Row status = book.findSheet("2. Cover").orElseThrow().read().get(1);
      assertThat(status.getCellText(0)).isEqualTo("Incomplete Template");
      Row idCheck = book.findSheet("9. Checklist").orElseThrow().read().get(4);
      assertThat(idCheck.getCellText(0)).isEqualTo("Plan id is filled in");
      assertThat(idCheck.getCellText(2)).isEqualTo("No");
    }
  }
}
