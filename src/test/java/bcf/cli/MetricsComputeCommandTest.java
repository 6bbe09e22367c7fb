package bcf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import bcf.statistics.AgeBand;
import bcf.statistics.Esp2013;
import bcf.statistics.Interval;
import bcf.statistics.Intervals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code bcf metrics compute}: the reference values from CSV files, and every refusal. */
class MetricsComputeCommandTest {

  private static final Percentage CLOSE = withinPercentage(1e-10);

  private static final int[] DSR_COUNTS = {
    127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91
  };
  private static final int[] DSR_POPULATIONS = {
    636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207
  };

  @TempDir Path dir;

  private String csv(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file.toString();
  }

  private static JsonNode json(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    JsonNode node = JsonMapper.builder().build().readTree(run.out());
    assertThat(node.isArray()).isTrue();
    return node;
  }

  private static void assertInterval(JsonNode result, double value, double lower, double upper) {
    assertThat(result.get("value").isNumber()).isTrue();
    assertThat(result.get("value").doubleValue()).isCloseTo(value, CLOSE);
    assertThat(result.get("lower").doubleValue()).isCloseTo(lower, CLOSE);
    assertThat(result.get("upper").doubleValue()).isCloseTo(upper, CLOSE);
  }

  private CliRun refused(String file, String type, String... expected) {
    CliRun run = CliRun.of("metrics", "compute", file, "--metric-type", type);
    assertThat(run.exitCode()).isEqualTo(Main.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
    return run;
  }

  @Test
  void crude_rates_per_100000_take_exact_limits_below_ten_events_and_byar_above() throws Exception {
    String file = csv("rates.csv", "numerator,denominator", "1,100", "20,100");
    JsonNode results =
        json("metrics", "compute", file, "--metric-type", "rate", "--format", "json");
    assertThat(results).hasSize(2);
    JsonNode few = results.get(0);
    assertThat(few.get("row").intValue()).isEqualTo(2);
    assertThat(few.has("group")).isFalse();
    assertInterval(few, 1000, 25.317807984289896, 5571.6433909388979);
    assertThat(few.get("method").stringValue()).isEqualTo("Exact");
    assertThat(few.get("confidence").doubleValue()).isEqualTo(0.95);
    assertThat(few.get("numerator").decimalValue()).isEqualByComparingTo("1");
    assertThat(few.get("denominator").decimalValue()).isEqualByComparingTo("100");
    assertThat(few.has("note")).isFalse();
    JsonNode many = results.get(1);
    assertThat(many.get("row").intValue()).isEqualTo(3);
    assertInterval(many, 20000, 12211.428834875936, 30889.880369197064);
    assertThat(many.get("method").stringValue()).isEqualTo("Byar");
  }

  @Test
  void proportions_are_fractions_with_wilson_limits() throws Exception {
    String file = csv("proportions.csv", "Numerator,Denominator", "65,100", "\"1,045\",\"5,000\"");
    JsonNode results =
        json("metrics", "compute", file, "--metric-type", "proportion", "--format", "json");
    assertInterval(results.get(0), 0.65, 0.55254443296887967, 0.73635751756902468);
    assertInterval(results.get(1), 0.209, 0.19795549880013297, 0.22049130373189027);
    assertThat(results.get(1).get("method").stringValue()).isEqualTo("Wilson");
    assertThat(results.get(1).get("numerator").decimalValue()).isEqualByComparingTo("1045");
  }

  @Test
  void grouped_proportions_sum_their_rows_and_a_multiplier_of_100_gives_percentages()
      throws Exception {
    String file = csv("grouped.csv", "group,numerator,denominator", "A,30,50", "B,1,10", "A,35,50");
    JsonNode results =
        json(
            "metrics",
            "compute",
            file,
            "--metric-type",
            "proportion",
            "--multiplier",
            "100",
            "--format",
            "json");
    assertThat(results).hasSize(2);
    JsonNode a = results.get(0);
    assertThat(a.get("group").stringValue()).isEqualTo("A");
    assertThat(a.has("row")).isFalse();
    assertThat(a.get("numerator").decimalValue()).isEqualByComparingTo("65");
    assertThat(a.get("denominator").decimalValue()).isEqualByComparingTo("100");
    assertInterval(a, 65, 55.254443296887967, 73.635751756902468);
    assertThat(results.get(1).get("group").stringValue()).isEqualTo("B");
  }

  @Test
  void a_grouped_mean_has_a_t_interval_per_group() throws Exception {
    String file =
        csv(
            "means.csv",
            "group,value",
            "trust,33.09375",
            "trust,48.38596",
            "other,10",
            "trust,64.83495",
            "trust,67.98475",
            "trust,22.93556",
            "other,14",
            "trust,71.23587",
            "trust,38.78465",
            "trust,82.37927");
    JsonNode results =
        json("metrics", "compute", file, "--metric-type", "mean", "--format", "json");
    assertThat(results).hasSize(2);
    JsonNode trust = results.get(0);
    assertThat(trust.get("group").stringValue()).isEqualTo("trust");
    assertThat(trust.get("n").intValue()).isEqualTo(8);
    assertThat(trust.has("numerator")).isFalse();
    assertThat(trust.get("method").stringValue()).isEqualTo("t");
    assertInterval(trust, 53.704345, 36.168325241336504, 71.240364758663517);
    JsonNode other = results.get(1);
    assertThat(other.get("n").intValue()).isEqualTo(2);
    // 12 +/- t(0.975; 1) * sd 2.828427 / sqrt 2; with one degree of freedom t is Cauchy, so
    // t(0.975; 1) = tan(0.475 pi) = 12.7062
    assertThat(other.get("value").doubleValue()).isEqualTo(12);
    assertThat(other.get("upper").doubleValue())
        .isCloseTo(12 + 2 * Math.tan(0.475 * Math.PI), CLOSE);
  }

  @Test
  void a_mean_without_groups_is_one_value_for_the_file() throws Exception {
    String file = csv("mean.csv", "value", "1", "2", "3", "4");
    JsonNode results =
        json("metrics", "compute", file, "--metric-type", "mean", "--format", "json");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("row").intValue()).isEqualTo(2);
    assertThat(results.get(0).get("value").doubleValue()).isEqualTo(2.5);
    assertThat(results.get(0).get("n").intValue()).isEqualTo(4);
  }

  private List<String> dsrRows(String group, boolean withStandard, double[] weights) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      String band = Esp2013.bands().get(i);
      lines.add(
          group
              + ","
              + band
              + ","
              + DSR_COUNTS[i]
              + ","
              + DSR_POPULATIONS[i]
              + (withStandard ? "," + weights[i] : ""));
    }
    return lines;
  }

  @Test
  void a_dsr_without_a_standard_population_column_is_weighted_by_esp_2013() throws Exception {
    List<String> lines = new ArrayList<>(List.of("group,age_band,numerator,denominator"));
    lines.addAll(dsrRows("county", false, null));
    for (String band : Esp2013.bands()) {
      lines.add("district," + band + "," + (band.equals("90+") ? 9 : 0) + ",100");
    }
    String file = csv("dsr.csv", lines.toArray(new String[0]));
    JsonNode results = json("metrics", "compute", file, "--metric-type", "dsr", "--format", "json");
    JsonNode county = results.get(0);
    assertThat(county.get("group").stringValue()).isEqualTo("county");
    assertThat(county.get("method").stringValue()).isEqualTo("Dobson");
    assertInterval(county, 10430.247991469423, 9717.709067985681, 11178.94091547925);
    assertThat(county.get("numerator").decimalValue()).isEqualByComparingTo("895");
    JsonNode district = results.get(1);
    assertThat(district.get("value").isNull()).isTrue();
    assertThat(district.get("lower").isNull()).isTrue();
    assertThat(district.get("upper").isNull()).isTrue();
    assertThat(district.get("note").stringValue()).isEqualTo("not published: fewer than 10 events");
  }

  @Test
  void a_dsr_with_a_standard_population_column_uses_those_weights() throws Exception {
    double[] esp = Esp2013.bands().stream().mapToDouble(Esp2013::weight).toArray();
    double[] flat = new double[19];
    java.util.Arrays.fill(flat, 1000);
    List<String> lines =
        new ArrayList<>(List.of("group,age_band,numerator,denominator,standard_population"));
    lines.addAll(dsrRows("esp", true, esp));
    lines.addAll(dsrRows("flat", true, flat));
    String file = csv("dsr-standard.csv", lines.toArray(new String[0]));
    JsonNode results = json("metrics", "compute", file, "--metric-type", "dsr", "--format", "json");
    assertInterval(results.get(0), 10430.247991469423, 9717.709067985681, 11178.94091547925);
    // equal weights: the plain mean of the band rates, sum(x_i / n_i) / 19 * 100,000
    double mean = 0;
    List<AgeBand> bands = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      mean += (double) DSR_COUNTS[i] / DSR_POPULATIONS[i] / 19 * 100_000;
      bands.add(new AgeBand(Esp2013.bands().get(i), DSR_COUNTS[i], DSR_POPULATIONS[i], 1000));
    }
    Interval expected = Intervals.dsr(bands, 100_000, 0.95);
    assertInterval(results.get(1), mean, expected.lower(), expected.upper());
    assertThat(results.get(1).get("value").doubleValue())
        .isNotCloseTo(10430.247991469423, withinPercentage(1));
  }

  @Test
  void the_level_can_be_99_8_percent_written_either_way() throws Exception {
    String file = csv("p.csv", "numerator,denominator", "65,100");
    for (String level : List.of("0.998", "99.8", "99.8%")) {
      JsonNode result =
          json(
                  "metrics",
                  "compute",
                  file,
                  "--metric-type",
                  "proportion",
                  "--confidence",
                  level,
                  "--format",
                  "json")
              .get(0);
      assertThat(result.get("confidence").doubleValue()).isEqualTo(0.998);
      Interval wide = Intervals.wilson(65, 100, 0.998);
      assertInterval(result, 0.65, wide.lower(), wide.upper());
      assertThat(result.get("lower").doubleValue()).isLessThan(0.55254443296887967);
      assertThat(result.get("upper").doubleValue()).isGreaterThan(0.73635751756902468);
    }
  }

  @Test
  void the_text_output_is_a_table_rounded_for_reading() throws Exception {
    String file = csv("rates.csv", "numerator,denominator", "1,100", "20,100");
    CliRun run = CliRun.of("metrics", "compute", file, "--metric-type", "rate");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).endsWith("rates.csv: crude rate per 100,000, 95% confidence");
    assertThat(lines.get(1)).matches("row +numerator +denominator +value +lower +upper +method");
    assertThat(lines.get(2)).matches("2 +1 +100 +1,000\\.0 +25\\.3 +5,571\\.6 +Exact");
    assertThat(lines.get(3)).matches("3 +20 +100 +20,000\\.0 +12,211\\.4 +30,889\\.9 +Byar");
    assertThat(lines.get(2).indexOf("Exact")).isEqualTo(lines.get(3).indexOf("Byar"));
  }

  @Test
  void the_text_output_of_proportions_shows_four_places() throws Exception {
    String file = csv("p.csv", "numerator,denominator", "65,100");
    CliRun run = CliRun.of("metrics", "compute", file, "--metric-type", "proportion");
    assertThat(run.out()).contains("0.6500  0.5525  0.7364  Wilson");
  }

  @Test
  void a_missing_column_is_named() throws Exception {
    String file = csv("missing.csv", "numerator", "1");
    refused(file, "rate", "missing.csv: row 1, column denominator: the column is missing");
  }

  @Test
  void an_unknown_column_is_refused() throws Exception {
    String file = csv("extra.csv", "numerator,denominator,grp", "1,100,a");
    refused(file, "rate", "extra.csv: row 1, column grp: unknown column");
  }

  @Test
  void every_bad_number_is_reported_with_its_row_and_column() throws Exception {
    String file =
        csv(
            "bad.csv",
            "numerator,denominator",
            "12,100",
            "-1,100",
            "abc,100",
            "120,100",
            "5,0",
            "5,-3",
            "7,");
    CliRun run =
        refused(
            file,
            "proportion",
            "bad.csv: row 3, column numerator: the numerator cannot be negative (it is -1)",
            "bad.csv: row 4, column numerator: 'abc' is not a number",
            "bad.csv: row 5, column numerator: the numerator 120 is more than the denominator 100",
            "bad.csv: row 6, column denominator: the denominator must be above zero (it is 0)",
            "bad.csv: row 7, column denominator: the denominator must be above zero (it is -3)",
            "bad.csv: row 8, column denominator: a number is needed, the field is empty");
    assertThat(run.err().lines()).hasSize(6);
  }

  @Test
  void a_numerator_above_its_denominator_is_fine_for_a_rate() throws Exception {
    String file = csv("admissions.csv", "numerator,denominator", "120,100");
    JsonNode results =
        json("metrics", "compute", file, "--metric-type", "rate", "--format", "json");
    assertThat(results.get(0).get("value").doubleValue()).isCloseTo(120_000, CLOSE);
  }

  @Test
  void an_unknown_age_band_is_reported_with_the_bands_there_are() throws Exception {
    String file = csv("bands.csv", "numerator,denominator,age_band", "12,100,0-4", "3,100,90-94");
    refused(
        file,
        "dsr",
        "bands.csv: row 3, column age_band: '90-94' is not an age band of the European Standard"
            + " Population 2013",
        "85-89, 90+");
  }

  @Test
  void esp_2013_needs_every_band_and_each_band_once() throws Exception {
    String file =
        csv("few.csv", "numerator,denominator,age_band", "12,100,0-4", "3,100,5-9", "4,100, 5-9");
    refused(
        file,
        "dsr",
        "few.csv: row 4, column age_band: the age band '5-9' appears twice",
        "few.csv: row 2, column age_band: the file lacks the age bands 10-14, 15-19");
  }

  @Test
  void a_mean_group_of_one_value_is_refused() throws Exception {
    String file = csv("one.csv", "group,value", "a,1", "b,2", "b,3", "c,x", "c,4");
    refused(
        file,
        "mean",
        "one.csv: row 2, column group: the group 'a' has only 1 value: a mean's interval needs at"
            + " least 2",
        "one.csv: row 5, column value: 'x' is not a number");
  }

  @Test
  void a_missing_file_is_named() {
    String file = dir.resolve("absent.csv").toString();
    CliRun run = CliRun.of("metrics", "compute", file, "--metric-type", "rate");
    assertThat(run.exitCode()).isEqualTo(Main.UNUSABLE);
    assertThat(run.err()).isEqualTo("bcf: " + file + ": no such file\n");
  }

  @Test
  void bad_options_print_the_usage() throws Exception {
    String file = csv("p.csv", "numerator,denominator", "65,100");
    assertUsage(
        CliRun.of("metrics", "compute", file), "give --metric-type rate, proportion, mean or dsr");
    assertUsage(
        CliRun.of("metrics", "compute", file, "--metric-type", "ratio"),
        "--metric-type takes rate, proportion, mean or dsr, not 'ratio'");
    assertUsage(
        CliRun.of("metrics", "compute", file, "--metric-type", "rate", "--confidence", "100"),
        "--confidence takes a level from 0.5 to below 1, such as 0.95 or 0.998");
    assertUsage(
        CliRun.of("metrics", "compute", file, "--metric-type", "rate", "--confidence", "0"),
        "--confidence takes a level from 0.5 to below 1, such as 0.95 or 0.998");
    assertUsage(
        CliRun.of("metrics", "compute", file, "--metric-type", "rate", "--multiplier", "-5"),
        "--multiplier takes a number above zero");
    assertUsage(
        CliRun.of("metrics", "compute", file, "--metric-type", "rate", "--format", "xml"),
        "--format takes text or json");
    assertUsage(CliRun.of("metrics", "compute", "--metric-type", "rate"), "give FILE.csv");
  }

  private static void assertUsage(CliRun run, String message) {
    assertThat(run.exitCode()).isEqualTo(Main.UNUSABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(message).contains("usage: bcf metrics compute FILE.csv");
  }
}
