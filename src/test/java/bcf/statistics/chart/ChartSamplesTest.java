package bcf.statistics.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes one sample of each chart to target/chart-samples, afresh, so a person can look at them;
 * each must parse as SVG.
 */
class ChartSamplesTest {

  static final Path SAMPLES = Path.of("target", "chart-samples");

  @Test
  void writes_samples_for_people_to_look_at() throws IOException {
    Files.createDirectories(SAMPLES);
    try (var old = Files.list(SAMPLES)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    List<PlanActualChart.Period> sixty = new ArrayList<>();
    for (PlanActualChart.Period period : PlanActualChartTest.months(60)) {
      String rag = period.actual() > period.plan() ? "red" : "green";
      sixty.add(
          new PlanActualChart.Period(
              period.label(), period.plan(), period.actual(), period.lower(), period.upper(), rag));
    }
    write("plan-actual.svg", PlanActualChartTest.quarters().svg());
    write(
        "plan-actual-60-months.svg",
        new PlanActualChart("Permanent admissions to care homes, 65 and over", "%", sixty).svg());
    write("spc.svg", SpcChartTest.rebased(10.0).svg());
    write("empty.svg", new SpcChart("No returns yet", "%", List.of()).svg());
    List<SpcChart.Point> few = new ArrayList<>();
    int[] counts = {0, 2, 1, 0, 3, 1, 0, 0, 2, 1, 7, 1, 0, 2};
    for (int i = 0; i < counts.length; i++) {
      few.add(
          new SpcChart.Point(
              "2018/19 Q" + (i % 4 + 1) + " & <more>",
              (double) counts[i],
              1.43,
              -2.1,
              4.96,
              i == 10 ? "concern" : null));
    }
    write(
        "spc-long-title-negative-limits.svg",
        new SpcChart(
                "Delayed transfers of care attributable to social care & NHS jointly, people per"
                    + " day, for a small district with very few delays, quarterly since April 2018"
                    + " and re-based never",
                "people per day",
                few,
                2.0)
            .svg());

    List<String> written;
    try (var files = Files.list(SAMPLES)) {
      written = files.map(file -> file.getFileName().toString()).toList();
    }
    assertThat(written)
        .containsExactlyInAnyOrder(
            "plan-actual.svg",
            "plan-actual-60-months.svg",
            "spc.svg",
            "empty.svg",
            "spc-long-title-negative-limits.svg");
  }

  private static void write(String name, String svg) throws IOException {
    SvgDocument.parse(svg);
    Files.writeString(SAMPLES.resolve(name), svg, StandardCharsets.UTF_8);
  }
}
