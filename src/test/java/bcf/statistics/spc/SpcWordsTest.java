package bcf.statistics.spc;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Polarity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpcWordsTest {

  private static SpcResult chart(SpcOptions options, double... values) {
    List<SpcObservation> series = new ArrayList<>();
    for (double value : values) {
      series.add(SpcObservation.of(value));
    }
    return XmrChart.calculate(series, options);
  }

  @Test
  void numbers_have_at_most_four_places_and_separated_thousands() {
    assertThat(SpcWords.number(1.94444444)).isEqualTo("1.9444");
    assertThat(SpcWords.number(-0.71564)).isEqualTo("-0.7156");
    assertThat(SpcWords.number(1300)).isEqualTo("1,300");
    assertThat(SpcWords.number(1470.5)).isEqualTo("1,470.5");
    assertThat(SpcWords.number(-0.00001)).isEqualTo("0");
  }

  @Test
  void icons_are_said_in_words() {
    assertThat(SpcWords.variation(SpcResult.COMMON_CAUSE))
        .isEqualTo("common cause, no significant change");
    assertThat(SpcWords.variation("special-cause-improvement-low"))
        .isEqualTo("special cause, improving, low (or falling) values");
    assertThat(SpcWords.variation("special-cause-concern-high"))
        .isEqualTo("special cause, concerning, high (or rising) values");
    assertThat(SpcWords.variation("special-cause-neutral-high"))
        .isEqualTo("special cause, neither improving nor concerning, high (or rising) values");
  }

  @Test
  void assurance_says_how_the_process_meets_its_target_or_why_it_cannot() {
    double[] steady = {10, 11, 10, 12, 11, 10, 11, 12, 10, 11, 10, 11};
    SpcOptions up = SpcOptions.defaults().withPolarity(Polarity.HIGH_IS_GOOD);
    assertThat(SpcWords.assurance(chart(up.withTarget(2000.0), steady)))
        .isEqualTo("the process consistently fails the target 2,000");
    assertThat(SpcWords.assurance(chart(up.withTarget(1.0), steady)))
        .isEqualTo("the process consistently passes the target 1");
    assertThat(SpcWords.assurance(chart(up.withTarget(11.0), steady)))
        .isEqualTo("hit and miss: the target 11 lies within the process limits");
    assertThat(SpcWords.assurance(chart(SpcOptions.defaults(), steady)))
        .isEqualTo("none: no target given");
    assertThat(SpcWords.assurance(chart(SpcOptions.defaults().withTarget(11.0), steady)))
        .startsWith("none: the target needs a polarity");
  }
}
