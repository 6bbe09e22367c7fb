package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.cli.CliRun;
import bcf.reference.HwbDirectory;
import bcf.reference.ReferenceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code bcf new}: the blank plan document the API starts, written to a file from England's
 * reference data (the files the migration loads, which agree with the server's database). Refusals
 * and carrying forward: {@code bcf.cli.NewCommandTest}.
 */
class NewCommandIT extends AppTestSupport {

  @Autowired HwbDirectory directory;

  @Test
  void writes_the_blank_document_the_api_would_start(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("plan.json");
    CliRun run =
        CliRun.of(
            "new",
            "--round",
            "2025-26",
            "--hwb",
            "E06000015",
            "--hwb",
            "E06000016",
            "--icb",
            "QJ2",
            "-o",
            file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote " + file);
    String document = Files.readString(file);
    assertThat(document)
        .contains("\"id\": \"e06000015-2025-26\"")
        .contains("\"title\": \"Better Care Fund 2025-26: Derby and Leicester\"")
        .contains("\"Derby Council\"")
        .contains("\"Leicester Council\"")
        .contains("\"region\": \"Midlands\"")
        .contains("\"key\": \"overview\"");
    assertThat(document).containsPattern("\"name\": \"NHS [^\"]+Integrated Care Board\"");

    // It validates as a plan document (exit 1: the findings of what is still empty).
    CliRun validated = CliRun.of("validate", file.toString());
    assertThat(validated.exitCode()).as(validated.err()).isIn(0, 1);
    assertThat(validated.err()).isEmpty();

    // And it is the document the API would store: posting it as a whole creates the plan.
    ApiClient.Response created = api(ADMIN).post("/api/v1/plans", document);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  /**
   * {@code bcf new} reads England's HWBs and ICBs from the files the migration loads, not the
   * database: the two give the same entries (codes, the seeds' short ids and names, regions).
   */
  @Test
  void the_reference_files_and_the_database_agree() {
    ReferenceFiles files = ReferenceFiles.load();
    assertThat(files.hwbs()).hasSize(151);
    assertThat(new java.util.HashSet<>(files.hwbs()))
        .isEqualTo(new java.util.HashSet<>(directory.hwbs()));
    assertThat(new java.util.HashSet<>(files.icbs()))
        .isEqualTo(new java.util.HashSet<>(directory.icbs()));
    assertThat(files.hwb("warwickshire")).isEqualTo(directory.hwb("warwickshire"));
    assertThat(files.hwb("e06000059")).isEqualTo(directory.hwb("e06000059"));
  }
}
