package bcf.finance;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Money;
import org.junit.jupiter.api.Test;

class TallyAndRoundingTest {

  @Test
  void a_tally_counts_its_lines_and_those_in_whole_thousands() {
    Tally tally = Tally.of(pounds(17_000)).plus(pounds(0)).plus(pounds(1_500)).plus(pounds(-2_000));

    assertThat(tally).isEqualTo(new Tally(pounds(16_500), 4, 2));
    assertThat(tally.plus(tally)).isEqualTo(new Tally(pounds(33_000), 8, 4));
    assertThat(Tally.EMPTY).isEqualTo(new Tally(Money.ZERO, 0, 0));
  }

  @Test
  void two_figures_in_thousands_may_differ_by_a_thousand_and_no_more() {
    assertThat(Rounding.compare(pounds(0), pounds(1000))).isEqualTo(Rounding.Outcome.EQUAL);
    assertThat(Rounding.compare(pounds(1000), pounds(1000)))
        .isEqualTo(Rounding.Outcome.WITHIN_ROUNDING);
    assertThat(Rounding.compare(pounds(-1000), pounds(1000)))
        .isEqualTo(Rounding.Outcome.WITHIN_ROUNDING);
    assertThat(Rounding.compare(pounds("1000.01"), pounds(1000)))
        .isEqualTo(Rounding.Outcome.DIFFERENT);
    assertThat(Rounding.compare(pounds("-0.01"), Money.ZERO)).isEqualTo(Rounding.Outcome.DIFFERENT);
  }

  @Test
  void the_tolerance_is_half_a_thousand_per_rounded_line_but_never_under_a_thousand() {
    var inThousands = aPlan().statedInThousands().build();
    var inMillions = aPlan().statedInMillions().build();
    Tally two = Tally.of(pounds(1000)).plus(pounds(2000));
    Tally one = Tally.of(pounds(3000));

    assertThat(Rounding.tolerance(inThousands, two, one)).isEqualTo(pounds(1500));
    assertThat(Rounding.tolerance(inThousands, one, one)).isEqualTo(pounds(1000));
    assertThat(Rounding.tolerance(inThousands, two, two)).isEqualTo(pounds(2000));
    assertThat(Rounding.tolerance(inMillions, Tally.EMPTY, Tally.EMPTY)).isEqualTo(pounds(1000));
  }
}
