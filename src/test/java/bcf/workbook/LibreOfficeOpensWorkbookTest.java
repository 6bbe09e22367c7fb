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
 * A generated workbook opens in LibreOffice, which recalculates it and saves it again: the
 * checklist and the template status then hold LibreOffice's own answers. Skipped, saying so, where
 * LibreOffice is not installed (Debian's libreoffice-calc-nogui provides it); slow (LibreOffice
 * starts).
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

  /** The workbook opened and saved again by LibreOffice. */
  private Path savedByLibreOffice(String name, byte[] workbook) throws Exception {
    String soffice = soffice();
    if (soffice == null && System.getenv("BCF_REQUIRE_LIBREOFFICE") != null) {
      throw new AssertionError(
          "LibreOffice (soffice) is not installed, and BCF_REQUIRE_LIBREOFFICE says this run needs it");
    }
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
    Path blank = directory.resolve(name);
    Files.write(blank, workbook);
    Path out = Files.createDirectories(directory.resolve("out"));
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
    return out.resolve(name);
  }

  @Test
  void libreOfficeRecalculatesTheChecklistOfABlankWorkbook() throws Exception {
    Path saved = savedByLibreOffice("blank.xlsx", Books.WORKBOOKS.blank("2025-26"));

    try (InputStream in = Files.newInputStream(saved);
        ReadableWorkbook book = PlanWorkbookReader.open(in)) {
      Row status = book.findSheet("2. Cover").orElseThrow().read().get(1);
      assertThat(status.getCellText(0)).isEqualTo("Incomplete Template");
      Row idCheck = book.findSheet("9. Checklist").orElseThrow().read().get(4);
      assertThat(idCheck.getCellText(0)).isEqualTo("Plan id is filled in");
      assertThat(idCheck.getCellText(2)).isEqualTo("No");
    }
  }

  @Test
  void aPlansWorkbookSavedByLibreOfficeImportsToTheSamePlan() throws Exception {
    bcf.plan.Plan plan = Books.seed("warwickshire-2017-19");
    Path saved = savedByLibreOffice("plan.xlsx", Books.WORKBOOKS.filled(plan));

    PlanWorkbooks.Imported imported;
    try (InputStream in = Files.newInputStream(saved)) {
      imported = Books.WORKBOOKS.importWorkbook(in, "2017-19");
    }

    assertThat(imported.complete()).isTrue();
    assertThat(
            PlanWorkbookRoundTripTest.differences(
                "",
                new bcf.plan.json.PlanDocumentWriter().toJson(plan),
                new bcf.plan.json.PlanDocumentWriter().toJson(imported.plan().orElseThrow())))
        .isEmpty();
  }

  @Test
  void aReturnsWorkbookSavedByLibreOfficeIsCompleteAndImportsToTheSameReturn() throws Exception {
    var dorset = ReturnWorkbookRoundTripTest.dorset();
    Path saved =
        savedByLibreOffice("return.xlsx", ReturnWorkbookRoundTripTest.WORKBOOKS.filled(dorset));

    try (InputStream in = Files.newInputStream(saved);
        ReadableWorkbook book = PlanWorkbookReader.open(in)) {
      Row status = book.findSheet("2. Cover").orElseThrow().read().get(1);
      assertThat(status.getCellText(0)).isEqualTo("Complete Template");
    }
    ReturnWorkbooks.Imported imported;
    try (InputStream in = Files.newInputStream(saved)) {
      imported =
          ReturnWorkbookRoundTripTest.WORKBOOKS.importWorkbook(
              in, "2014-16", java.util.Optional.empty());
    }
    assertThat(imported.problems()).isEmpty();
    assertThat(ReturnWorkbookRoundTripTest.differences("", dorset, imported.document())).isEmpty();
  }
}
