package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bcf metrics spc}: XmR charts of a CSV file, and the refusal of files it cannot chart. */
class MetricsSpcCommandTest {

  private static final double[] REFERENCE = {1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1};

  @TempDir Path dir;

  /** A CSV file with a period column (2024-01, 2024-02, ...) and the values. */
  private String monthly(double... values) throws IOException {
    StringBuilder csv = new StringBuilder("period,value\n");
    for (int i = 0; i < values.length; i++) {
      csv.append(String.format("%d-%02d,%s%n", 2024 + i / 12, i % 12 + 1, values[i]));
    }
    return file("monthly.csv", csv.toString());
  }

  private String file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content);
    return path.toString();
  }

  private static JsonNode json(String... args) {
    List<String> all = new ArrayList<>(List.of("metrics", "spc"));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "json"));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return JsonMapper.builder().build().readTree(run.out());
  }

  private static CliRun refused(String... args) {
    List<String> all = new ArrayList<>(List.of("metrics", "spc"));
    all.addAll(List.of(args));
    CliRun run = CliRun.of(all.toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(Main.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return run;
  }

  @Test
  void the_reference_example_with_screening() throws IOException {
    JsonNode chart = json(monthly(REFERENCE));
    assertThat(chart.get("mean").doubleValue()).isCloseTo(1.9444, within(0.00005));
    assertThat(chart.get("lowerProcessLimit").doubleValue()).isCloseTo(-0.7156, within(0.00005));
    assertThat(chart.get("upperProcessLimit").doubleValue()).isCloseTo(4.6044, within(0.00005));
    assertThat(chart.get("screening").booleanValue()).isTrue();
    assertThat(chart.get("polarity").stringValue()).isEqualTo("no-judgement");
    assertThat(chart.get("target").isNull()).isTrue();
    assertThat(chart.get("variation").stringValue()).isEqualTo("common-cause");
    assertThat(chart.get("assurance").isNull()).isTrue();
    JsonNode points = chart.get("points");
    assertThat(points.size()).isEqualTo(18);
    JsonNode fifth = points.get(4);
    assertThat(fifth.get("period").stringValue()).isEqualTo("2024-05");
    assertThat(fifth.get("value").doubleValue()).isEqualTo(10);
    assertThat(fifth.get("specialCause").booleanValue()).isTrue();
    assertThat(fifth.get("rule").stringValue()).isEqualTo("outside-limits");
    assertThat(fifth.get("type").stringValue()).isEqualTo("neutral");
    assertThat(fifth.get("upperProcessLimit").doubleValue()).isCloseTo(4.6044, within(0.00005));
    JsonNode fourth = points.get(3);
    assertThat(fourth.get("specialCause").booleanValue()).isFalse();
    assertThat(fourth.get("rule").isNull()).isTrue();
    assertThat(fourth.get("type").stringValue()).isEqualTo("common");
    // full precision, not rounded for show
    assertThat(chart.get("mean").doubleValue()).isEqualTo(35.0 / 18);
    assertThat(chart.at("/segments/0/screenedOut").intValue()).isEqualTo(2);
  }

  @Test
  void the_reference_example_without_screening() throws IOException {
    // the flag takes no value, so the file after it stays the positional argument
    JsonNode chart = json("--no-screening", monthly(REFERENCE));
    assertThat(chart.get("mean").doubleValue()).isCloseTo(1.9444, within(0.00005));
    assertThat(chart.get("lowerProcessLimit").doubleValue()).isCloseTo(-3.0626, within(0.00005));
    assertThat(chart.get("upperProcessLimit").doubleValue()).isCloseTo(6.9515, within(0.00005));
    assertThat(chart.get("screening").booleanValue()).isFalse();
    assertThat(chart.at("/points/4/rule").stringValue()).isEqualTo("outside-limits");
    assertThat(chart.at("/points/4/specialCause").booleanValue()).isTrue();
  }

  @Test
  void the_text_report_shows_limits_special_causes_and_icons() throws IOException {
    CliRun run = CliRun.of("metrics", "spc", monthly(REFERENCE), "--polarity", "up");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("18 points, high-is-good, moving ranges screened")
        .contains("mean 1.9444, process limits -0.7156 to 4.6044")
        .contains("2 screened out")
        .containsPattern("\\n\\s+5  2024-05\\s+10  \\* outside-limits \\(improvement\\)\\n")
        .containsPattern("\\n\\s+4  2024-04\\s+2\\n")
        .contains("Variation: common cause")
        .contains("Assurance: none: no target given");
  }

  @Test
  void polarity_and_target_choose_the_icons() throws IOException {
    String lastHigh = monthly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 10);
    JsonNode up = json(lastHigh, "--polarity", "up", "--target", "-1");
    assertThat(up.get("polarity").stringValue()).isEqualTo("high-is-good");
    assertThat(up.get("target").doubleValue()).isEqualTo(-1);
    assertThat(up.get("variation").stringValue()).isEqualTo("special-cause-improvement-high");
    assertThat(up.get("assurance").stringValue()).isEqualTo("consistently-passes");
    assertThat(up.at("/points/17/type").stringValue()).isEqualTo("improvement");

    JsonNode down = json(lastHigh, "--polarity", "low-is-good", "--target", "-1");
    assertThat(down.get("variation").stringValue()).isEqualTo("special-cause-concern-high");
    assertThat(down.get("assurance").stringValue()).isEqualTo("consistently-fails");

    JsonNode hitAndMiss = json(lastHigh, "--polarity", "down", "--target", "2");
    assertThat(hitAndMiss.get("assurance").stringValue()).isEqualTo("inconsistent");

    JsonNode neutral = json(lastHigh, "--polarity", "neutral", "--target", "2");
    assertThat(neutral.get("variation").stringValue()).isEqualTo("special-cause-neutral-high");
    assertThat(neutral.get("assurance").isNull()).isTrue();

    CliRun text = CliRun.of("metrics", "spc", lastHigh, "--polarity", "up", "--target", "-1");
    assertThat(text.out())
        .contains("Variation: special cause, improving, high (or rising) values")
        .contains("Assurance: the process consistently passes the target -1");
  }

  @Test
  void rebasing_at_a_period_gives_each_segment_its_limits() throws IOException {
    String file = monthly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 11, 12, 11, 12, 11, 12);
    JsonNode chart = json(file, "--rebase-at", "2025-01");
    assertThat(chart.get("mean").doubleValue()).isEqualTo(11.5);
    assertThat(chart.get("segments").size()).isEqualTo(2);
    assertThat(chart.at("/segments/1/from").stringValue()).isEqualTo("2025-01");
    assertThat(chart.at("/points/11/mean").doubleValue()).isEqualTo(1.5);
    assertThat(chart.at("/points/11/upperProcessLimit").doubleValue())
        .isCloseTo(4.16, within(1e-9));
    assertThat(chart.at("/points/12/mean").doubleValue()).isEqualTo(11.5);
    assertThat(chart.at("/points/12/lowerProcessLimit").doubleValue())
        .isCloseTo(8.84, within(1e-9));
    for (JsonNode point : chart.get("points")) {
      assertThat(point.get("specialCause").booleanValue()).isFalse();
    }
  }

  @Test
  void without_a_period_column_points_are_numbered_from_one() throws IOException {
    String file = file("values.csv", "value\n1\n2\n1\n2\n1\n2\n11\n12\n11\n12\n11\n12\n");
    JsonNode chart = json(file, "--rebase-at", "7");
    assertThat(chart.at("/segments/1/from").stringValue()).isEqualTo("point 7");
    assertThat(chart.at("/points/6/mean").doubleValue()).isEqualTo(11.5);
    assertThat(chart.at("/points/6/point").intValue()).isEqualTo(7);
    assertThat(chart.at("/points/6").has("period")).isFalse();
  }

  @Test
  void limits_fixed_after_twelve_points() throws IOException {
    String file = monthly(1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 4.5, 4.5, 4.5, 4.5);
    JsonNode chart = json(file, "--fix-after", "12");
    assertThat(chart.get("fixAfter").intValue()).isEqualTo(12);
    assertThat(chart.get("mean").doubleValue()).isEqualTo(1.5);
    assertThat(chart.at("/points/15/rule").stringValue()).isEqualTo("outside-limits");
  }

  @Test
  void a_missing_value_column_is_refused_at_the_header() throws IOException {
    String file = file("amounts.csv", "period,amount\n2024-01,1\n2024-02,2\n");
    CliRun run = refused(file);
    assertThat(run.err()).contains(file + ": row 1, column value: the column is missing");
  }

  @Test
  void a_column_other_than_period_and_value_is_refused_at_the_header() throws IOException {
    String file = file("targets.csv", "period,value,target\n2024-01,5,4\n2024-02,6,4\n");
    assertThat(refused(file).err()).contains("row 1, column target: unknown column (known: ");
  }

  @Test
  void text_or_a_blank_where_a_value_belongs_is_refused_with_row_and_column() throws IOException {
    String file = file("bad.csv", "period,value\n2024-01,1\n2024-02,\n2024-03,lots\n2024-04,2\n");
    CliRun run = refused(file);
    assertThat(run.err())
        .contains(file + ": row 3, column value: a number is needed, the field is empty")
        .contains(file + ": row 4, column value: 'lots' is not a number");
  }

  @Test
  void a_value_too_large_for_a_double_is_refused() throws IOException {
    String file = file("huge.csv", "value\n1\n1e400\n2\n");
    assertThat(refused(file).err())
        .contains(file + ": row 3, column value: '1e400' is too large a number");
  }

  @Test
  void a_repeated_period_is_refused() throws IOException {
    String file = file("twice.csv", "period,value\n2024-01,1\n2024-02,2\n2024-02,3\n");
    assertThat(refused(file).err())
        .contains(
            file + ": row 4, column period: the period '2024-02' appears twice (first at row 3)");
  }

  @Test
  void fewer_than_two_values_are_refused() throws IOException {
    String file = file("one.csv", "period,value\n2024-01,1\n");
    assertThat(refused(file).err())
        .contains(
            file + ": row 2, column value: an XmR chart needs at least 2 values, the file has 1");
  }

  @Test
  void an_unknown_rebase_period_is_refused() throws IOException {
    String file = monthly(REFERENCE);
    assertThat(refused(file, "--rebase-at", "2023-12").err())
        .contains(
            file
                + ": --rebase-at: no period '2023-12' in the series (its periods run from 2024-01 to"
                + " 2025-06)");
    assertThat(refused(file, "--rebase-at", "2025-06").err())
        .contains("each segment needs at least 2 points");
  }

  @Test
  void a_bad_target_or_fix_after_is_a_usage_error() throws IOException {
    String file = monthly(REFERENCE);
    assertThat(refused(file, "--target", "lots").err())
        .contains("--target takes a number, not 'lots'")
        .contains("usage: bcf metrics spc FILE.csv");
    assertThat(refused(file, "--fix-after", "11").err())
        .contains("limits can be fixed only after at least 12 points");
    assertThat(refused(file, "--polarity", "sideways").err()).contains("is not a polarity");
    assertThat(refused(file, "--fix-after").err()).contains("--fix-after takes a number of points");
    assertThat(refused(file, "--target", "1e400").err()).contains("too large a number");
  }

  @Test
  void a_missing_file_is_refused() {
    String missing = dir.resolve("nowhere.csv").toString();
    assertThat(refused(missing).err()).contains(missing + ": no such file");
  }
}
