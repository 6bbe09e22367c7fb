package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bcf new}: the blank plan document the API starts, written to a file from England's
 * reference data in the server's database; an unknown round or HWB is refused with exit 2.
 */
class NewCommandIT extends AppTestSupport {

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
            file.toString(),
            "--database-url",
            databaseUrl());

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

  @Test
  void an_unknown_round_or_hwb_is_refused_with_what_is_known(@TempDir Path directory) {
    Path file = directory.resolve("plan.json");
    CliRun round =
        CliRun.of(
            "new",
            "--round",
            "2030-31",
            "--hwb",
            "E06000015",
            "-o",
            file.toString(),
            "--database-url",
            databaseUrl());
    assertThat(round.exitCode()).isEqualTo(2);
    assertThat(round.err())
        .contains("--round: there is no round '2030-31'")
        .contains("2014-16, 2017-19, 2025-26")
        .doesNotContain("\tat ");

    CliRun hwb =
        CliRun.of(
            "new",
            "--round",
            "2025-26",
            "--hwb",
            "E09999999",
            "-o",
            file.toString(),
            "--database-url",
            databaseUrl());
    assertThat(hwb.exitCode()).isEqualTo(2);
    assertThat(hwb.err())
        .contains("--hwb: 'E09999999' is not the ONS code of an English Health and Wellbeing Board")
        .doesNotContain("\tat ");
    assertThat(file).doesNotExist();
  }
}
