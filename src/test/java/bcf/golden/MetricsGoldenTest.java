package bcf.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import bcf.analysis.PlanAnalysis;
import bcf.metric.ActualsCsv;
import bcf.metric.MetricAssessment;
import bcf.metric.MetricAssessor;
import bcf.metric.Observed;
import bcf.metric.PlanMetrics;
import bcf.metric.Rag;
import bcf.statistics.Intervals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md golden figures for metrics, through the assessment the metrics page, API and command
 * line show: the Warwickshire 2014-16 baselines with their intervals, and the 2017-19 DTOC
 * trajectory as the plan an actual is judged against.
 */
class MetricsGoldenTest {

  private static List<MetricAssessment> assess(String plan, String csv) {
    PlanAnalysis analysis = Examples.analyse(plan);
    PlanMetrics metrics = new PlanMetrics(analysis.plan(), analysis.round());
    return MetricAssessor.assess(metrics, csv == null ? List.of() : ActualsCsv.read(csv, metrics));
  }

  private static MetricAssessment metric(List<MetricAssessment> all, String code) {
    return all.stream().filter(a -> a.spec().code().equals(code)).findFirst().orElseThrow();
  }

  private static BigDecimal oneDecimal(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }

  @Test
  void warwickshire_2014_baselines_come_out_with_their_intervals() {
    List<MetricAssessment> all = assess("warwickshire-2014-16", null);

    Observed admissions = metric(all, "permanent-admissions-65").baseline();
    assertThat(oneDecimal(admissions.value())).isEqualByComparingTo("673.5");
    assertThat(admissions.ci95().method()).isEqualTo("Byar");
    assertThat(admissions.ci95().lower())
        .isCloseTo(Intervals.byar(703, 0.95).lower() / 104380 * 100000, within(1e-9));
    assertThat(admissions.ci95().lower()).isLessThan(673.5);
    assertThat(admissions.ci95().upper()).isGreaterThan(673.5);

    Observed reablement = metric(all, "reablement-91-days").baseline();
    assertThat(oneDecimal(reablement.value())).isEqualByComparingTo("82.2");
    assertThat(reablement.ci95().method()).isEqualTo("Wilson");
    assertThat(reablement.ci95().lower())
        .isCloseTo(Intervals.wilson(695, 845, 0.95).lower() * 100, within(1e-9));

    Observed dtoc = metric(all, "delayed-transfers").baseline();
    assertThat(oneDecimal(dtoc.value())).isEqualByComparingTo("9.1");
    assertThat(dtoc.period().toString()).isEqualTo("2013-04..2013-12");

    Observed avoidable = metric(all, "avoidable-emergency-admissions").baseline();
    assertThat(oneDecimal(avoidable.value())).isEqualByComparingTo("932.5");

    Observed experience = metric(all, "patient-experience").baseline();
    assertThat(oneDecimal(experience.value())).isEqualByComparingTo("18.5");
    // A mean from a total and a count has no interval: the spread of the scores is unknown.
    assertThat(experience.ci95().lower()).isNaN();
    assertThat(experience.ci95().note()).contains("individual values");
  }

  @Test
  void the_dtoc_trajectory_is_the_plan_each_month_is_judged_against() {
    String csv =
        """
        hwb,metric,period,numerator,denominator
        warwickshire,delayed-transfers,2017-07,2449,31
        warwickshire,delayed-transfers,2017-08,2170,31
        warwickshire,delayed-transfers,2017-12,1550,31
        """;
    MetricAssessment dtoc = metric(assess("warwickshire-2017-19", csv), "delayed-transfers");

    assertThat(
            dtoc.plan().stream()
                .filter(p -> p.source().equals("trajectory"))
                .limit(6)
                .map(p -> p.period() + "=" + p.value()))
        .containsExactly(
            "2017-07=77.6",
            "2017-08=68.2",
            "2017-09=58.8",
            "2017-10=49.4",
            "2017-11=40.0",
            "2017-12=40.0");
    Observed july = dtoc.actuals().get(0);
    assertThat(july.value()).isCloseTo(79.0, within(1e-9));
    assertThat(july.plan()).isEqualTo(77.6);
    assertThat(july.variance()).isCloseTo(1.4, within(1e-9));
    // A mean of delayed days per day has no interval, so a miss cannot be called "not significant".
    assertThat(july.rag()).isEqualTo(Rag.RED);
    assertThat(july.ragNote()).contains("significance cannot be tested");
    Observed august = dtoc.actuals().get(1);
    assertThat(august.value()).isCloseTo(70.0, within(1e-9));
    assertThat(august.rag()).isEqualTo(Rag.RED);
    Observed december = dtoc.actuals().get(2);
    assertThat(december.plan()).isEqualTo(40.0);
    assertThat(december.value()).isCloseTo(50.0, within(1e-9));
  }
}
