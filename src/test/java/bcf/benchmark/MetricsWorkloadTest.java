package bcf.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.metric.MetricAssessment;
import bcf.metric.MetricKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures what it claims: 906 series of 60 months, each judged against its plan,
 * with intervals and a control chart (this checks the work, not its speed).
 */
class MetricsWorkloadTest {

  @Test
  void the_workload_is_every_hwb_metric_and_month_fully_judged() {
    List<MetricAssessment> assessments = new MetricsWorkload(2026).assess();
    assertThat(assessments).hasSize(MetricsWorkload.HWBS * 6);
    for (MetricAssessment a : assessments) {
      assertThat(a.actuals()).as(a.hwb() + " " + a.spec().code()).hasSize(MetricsWorkload.MONTHS);
      assertThat(a.spc()).as(a.hwb() + " " + a.spec().code()).isNotNull();
      assertThat(a.spc().points()).hasSize(MetricsWorkload.MONTHS);
      assertThat(a.actuals().get(59).plan()).isNotNull();
      if (!a.spec().code().equals("discharge-delays")) {
        assertThat(a.actuals().get(59).ci998().lower())
            .isLessThan(a.actuals().get(59).ci95().lower());
        assertThat(a.actuals().get(59).rag()).isNotNull();
        assertThat(a.actuals().get(59).comparison()).isNotNull();
      }
      assertThat(a.actuals().get(59).growth()).isNotNull();
      boolean testable =
          a.spec().kind() == MetricKind.PROPORTION || a.spec().kind() == MetricKind.CRUDE_RATE;
      // 60 months from April 2021 are five whole financial years: a recent trend to test.
      assertThat(a.trend().years()).hasSize(testable ? 5 : 0);
    }
  }
}
