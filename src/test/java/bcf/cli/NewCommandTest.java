package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bcf new} without a database: blank from the round or carried forward from an earlier
 * plan's file, England's HWBs and ICBs read from the files the migration loads; what cannot be used
 * is refused in words with exit 2 and nothing written.
 */
class NewCommandTest {

  private static JsonNode json(String text) {
    return JsonMapper.builder().build().readTree(text);
  }

  @Test
  void a_blank_plan_for_a_joint_pair_of_hwbs_with_an_icb(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("plan.json");
    long started = System.nanoTime();
    CliRun run =
        CliRun.of(
            "new",
            "--round",
            "2025-26",
            "--hwb",
            "E06000015",
            "--hwb",
            "e06000016",
            "--icb",
            "QJ2",
            "-o",
            file.toString());
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote " + file);
    JsonNode plan = json(Files.readString(file));
    assertThat(plan.get("id").asString()).isEqualTo("e06000015-2025-26");
    assertThat(plan.get("title").asString())
        .isEqualTo("Better Care Fund 2025-26: Derby and Leicester");
    assertThat(plan.at("/hwbs/0/region").asString()).isEqualTo("Midlands");
    assertThat(plan.at("/organisations/0/name").asString()).isEqualTo("Derby Council");
    assertThat(plan.at("/organisations/2/name").asString()).matches("NHS .+ Integrated Care Board");
    // No database is started: well under the ten seconds an embedded PostgreSQL takes here.
    assertThat(millis).isLessThan(5_000);

    // It validates as a plan document (exit 1: the findings of what is still empty).
    CliRun validated = CliRun.of("validate", file.toString());
    assertThat(validated.exitCode()).as(validated.err()).isIn(0, 1);
    assertThat(validated.err()).isEmpty();
  }

  @Test
  void a_seed_hwb_is_known_by_its_code_under_its_short_id() {
    CliRun run = CliRun.of("new", "--round", "2025-26", "--hwb", "E10000031");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode plan = json(run.out());
    assertThat(plan.at("/hwbs/0/id").asString()).isEqualTo("warwickshire");
    assertThat(plan.at("/hwbs/0/name").asString())
        .isEqualTo("Warwickshire Health and Wellbeing Board");
  }

  @Test
  void carried_forward_from_an_earlier_plans_file(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("next.json");
    CliRun run =
        CliRun.of(
            "new",
            "--round",
            "2025-26",
            "--hwb",
            "E10000031",
            "--from",
            "examples/plans/warwickshire-2017-19.json",
            "-o",
            file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode previous = json(Files.readString(Path.of("examples/plans/warwickshire-2017-19.json")));
    JsonNode plan = json(Files.readString(file));
    assertThat(plan.get("id").asString()).isEqualTo("warwickshire-2025-26");
    assertThat(plan.get("round").asString()).isEqualTo("2025-26");
    // What is carried: the organisations, the schemes by name, the risks.
    assertThat(plan.get("organisations").size()).isEqualTo(previous.get("organisations").size());
    assertThat(plan.get("schemes").size()).isEqualTo(previous.get("schemes").size());
    assertThat(plan.at("/schemes/0/name").asString())
        .isEqualTo(previous.at("/schemes/0/name").asString());
    assertThat(plan.get("risks").size()).isEqualTo(previous.get("risks").size());
    // What is not: amounts for years outside the round, sign-offs.
    assertThat(Files.readString(file)).doesNotContain("2017-18").doesNotContain("2018-19");
    assertThat(plan.path("signOffs").size()).isZero();

    CliRun validated = CliRun.of("validate", file.toString());
    assertThat(validated.exitCode()).as(validated.err()).isIn(0, 1);
    assertThat(validated.err()).isEmpty();
  }

  @Test
  void an_unknown_round_hwb_or_icb_is_refused_with_what_is_known(@TempDir Path directory) {
    Path file = directory.resolve("plan.json");
    CliRun round =
        CliRun.of("new", "--round", "2030-31", "--hwb", "E06000015", "-o", file.toString());
    assertThat(round.exitCode()).isEqualTo(2);
    assertThat(round.err())
        .contains("--round: there is no round '2030-31'")
        .contains("2014-16, 2017-19, 2025-26")
        .doesNotContain("\tat ");

    CliRun hwb =
        CliRun.of("new", "--round", "2025-26", "--hwb", "E09999999", "-o", file.toString());
    assertThat(hwb.exitCode()).isEqualTo(2);
    assertThat(hwb.err())
        .contains("--hwb: 'E09999999' is not the ONS code of an English Health and Wellbeing Board")
        .contains("src/main/resources/reference/hwbs.csv")
        .doesNotContain("\tat ");

    CliRun icb =
        CliRun.of(
            "new",
            "--round",
            "2025-26",
            "--hwb",
            "E06000015",
            "--icb",
            "XXX",
            "-o",
            file.toString());
    assertThat(icb.exitCode()).isEqualTo(2);
    assertThat(icb.err())
        .contains("--icb: 'XXX' is not the ODS code of an English integrated care board");
    assertThat(file).doesNotExist();
  }

  @Test
  void a_from_file_that_cannot_be_used_is_refused_in_words(@TempDir Path directory)
      throws Exception {
    Path file = directory.resolve("plan.json");
    CliRun missing =
        CliRun.of(
            "new",
            "--round",
            "2025-26",
            "--hwb",
            "E10000031",
            "--from",
            directory.resolve("nowhere.json").toString(),
            "-o",
            file.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("--from: ").contains("nowhere.json: no such file");

    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, "{\"id\": \"x\",");
    CliRun malformed =
        CliRun.of(
            "new",
            "--round",
            "2025-26",
            "--hwb",
            "E10000031",
            "--from",
            broken.toString(),
            "-o",
            file.toString());
    assertThat(malformed.exitCode()).isEqualTo(2);
    assertThat(malformed.err()).contains("--from: " + broken).contains("line");

    // A plan of other HWBs is not carried forward, as the API refuses it.
    CliRun other =
        CliRun.of(
            "new",
            "--round",
            "2025-26",
            "--hwb",
            "E06000015",
            "--from",
            "examples/plans/warwickshire-2017-19.json",
            "-o",
            file.toString());
    assertThat(other.exitCode()).isEqualTo(2);
    assertThat(other.err())
        .contains("is a plan of Warwickshire Health and Wellbeing Board")
        .contains("not of any HWB named with --hwb");
    for (CliRun run : java.util.List.of(missing, malformed, other)) {
      assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }
    assertThat(file).doesNotExist();
  }
}
