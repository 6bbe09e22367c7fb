package bcf.metric;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Period;
import org.junit.jupiter.api.Test;

class MetricChartsTest {

  @Test
  void a_window_of_months_is_labelled_in_words_short_enough_for_the_axis() {
    assertThat(MetricCharts.label(Period.parse("2017-01..2017-05"))).isEqualTo("Jan\u2013May 2017");
    assertThat(MetricCharts.label(Period.parse("2016-12..2017-02")))
        .isEqualTo("Dec 2016\u2013Feb 2017");
    assertThat(("Baseline " + MetricCharts.label(Period.parse("2013-04..2013-12"))).length())
        .isLessThanOrEqualTo(24); // the axis shortens longer labels with an ellipsis
  }

  @Test
  void other_periods_are_labelled_as_written() {
    assertThat(MetricCharts.label(Period.parse("2017-07"))).isEqualTo("2017-07");
    assertThat(MetricCharts.label(Period.parse("2017-18"))).isEqualTo("2017-18");
    assertThat(MetricCharts.label(Period.parse("2017-18 Q2"))).isEqualTo("2017-18 Q2");
  }
}
