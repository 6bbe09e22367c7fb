package bcf.benchmark;

import bcf.kernel.Period;
import bcf.metric.Actual;
import bcf.metric.ActualsCsv;
import bcf.metric.MetricAssessment;
import bcf.metric.MetricAssessor;
import bcf.metric.PlanMetrics;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.round.json.RoundCatalogue;
import bcf.statistics.Esp2013;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The national monitoring workload of the performance target: every HWB in England (151) with six
 * metrics (a directly standardised rate by 19 age bands, a mean, a crude rate, a proportion, a
 * count and a local rate) over 60 months, each month with a plan (a flat trajectory), plus the
 * England benchmark series. Assessing it computes every interval at 95% and 99.8%, RAG, the
 * benchmark comparison, growth, trend and an XmR chart of every series.
 */
public final class MetricsWorkload {

  public static final int HWBS = 151;
  public static final int MONTHS = 60;
  public static final YearMonth FIRST = YearMonth.of(2021, 4);

  private static final String[][] METRICS = {
    // code, type, multiplier, polarity, plan value
    {"emergency-admissions-65", null, null, null, "1900"},
    {"discharge-delays", null, null, null, "5"},
    {"permanent-admissions-65", null, null, null, "560"},
    {"reablement-91-days", "proportion", "100", "high-is-good", "82"},
    {"non-elective-admissions", "count", "1", "low-is-good", "2500"},
    {"falls-65", "crude-rate", "100000", "low-is-good", "2000"},
  };

  private final PlanMetrics plan;
  private final List<Actual> actuals;

  public MetricsWorkload(long seed) {
    this.plan = new PlanMetrics(plan(), RoundCatalogue.load().find("2025-26").orElseThrow());
    this.actuals = actuals(new Random(seed));
  }

  public PlanMetrics planMetrics() {
    return plan;
  }

  public List<Actual> actuals() {
    return actuals;
  }

  public List<MetricAssessment> assess() {
    return MetricAssessor.assess(plan, actuals);
  }

  private static Plan plan() {
    StringBuilder json =
        new StringBuilder(
            "{\"id\": \"benchmark\", \"round\": \"2025-26\", \"title\": \"Every HWB\", \"hwbs\": [");
    for (int h = 0; h < HWBS; h++) {
      json.append(h == 0 ? "" : ",")
          .append("{\"id\": \"hwb-")
          .append(h)
          .append("\", \"name\": \"HWB ")
          .append(h)
          .append("\"}");
    }
    json.append("], \"metrics\": [");
    for (int m = 0; m < METRICS.length; m++) {
      String[] metric = METRICS[m];
      json.append(m == 0 ? "" : ",").append("{\"metric\": \"").append(metric[0]).append('"');
      if (metric[1] != null) {
        json.append(", \"name\": \"")
            .append(metric[0])
            .append("\", \"definition\": {\"type\": \"")
            .append(metric[1])
            .append("\", \"multiplier\": ")
            .append(metric[2])
            .append(", \"polarity\": \"")
            .append(metric[3])
            .append("\"}");
      }
      json.append(", \"trajectory\": {\"method\": \"flat\", \"to\": {\"period\": \"")
          .append(FIRST)
          .append("\", \"value\": ")
          .append(metric[4])
          .append("}, \"heldUntil\": \"")
          .append(FIRST.plusMonths(MONTHS - 1))
          .append("\"}}");
    }
    json.append("]}");
    return new PlanDocumentReader().read(json.toString());
  }

  private static List<Actual> actuals(Random random) {
    List<Actual> actuals = new ArrayList<>();
    List<String> hwbs = new ArrayList<>();
    for (int h = 0; h < HWBS; h++) {
      hwbs.add("hwb-" + h);
    }
    hwbs.add(ActualsCsv.BENCHMARK);
    for (String hwb : hwbs) {
      double size = hwb.equals(ActualsCsv.BENCHMARK) ? 150 : 0.5 + random.nextDouble() * 1.5;
      for (int month = 0; month < MONTHS; month++) {
        Period period = Period.of(FIRST.plusMonths(month));
        for (String band : Esp2013.bands()) {
          double population = Math.round(2000 * size + random.nextInt(500));
          double rate = band.compareTo("65") >= 0 ? 0.02 : 0.004;
          actuals.add(
              actual(
                  hwb,
                  "emergency-admissions-65",
                  period,
                  band,
                  poisson(random, population * rate),
                  population));
        }
        double discharged = Math.round(400 * size + random.nextInt(50));
        actuals.add(
            actual(
                hwb,
                "discharge-delays",
                period,
                "",
                Math.round(discharged * (4 + random.nextDouble() * 2)),
                discharged));
        double older = Math.round(100_000 * size);
        actuals.add(
            actual(
                hwb,
                "permanent-admissions-65",
                period,
                "",
                poisson(random, older * 0.0005),
                older));
        double cohort = Math.round(300 * size);
        actuals.add(
            actual(
                hwb,
                "reablement-91-days",
                period,
                "",
                Math.round(cohort * (0.78 + random.nextDouble() * 0.08)),
                cohort));
        actuals.add(
            new Actual(
                hwb,
                "non-elective-admissions",
                period,
                "",
                BigDecimal.valueOf(poisson(random, 2500 * size)),
                null,
                null));
        double population = Math.round(400_000 * size);
        actuals.add(
            actual(hwb, "falls-65", period, "", poisson(random, population * 0.0002), population));
      }
    }
    return actuals;
  }

  private static Actual actual(
      String hwb, String metric, Period period, String band, double numerator, double denominator) {
    return new Actual(
        hwb,
        metric,
        period,
        band,
        BigDecimal.valueOf((long) numerator),
        BigDecimal.valueOf((long) denominator),
        null);
  }

  /**
   * A Poisson draw by the normal approximation (the workload needs plausible counts, not exact).
   */
  private static double poisson(Random random, double mean) {
    return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
  }
}
