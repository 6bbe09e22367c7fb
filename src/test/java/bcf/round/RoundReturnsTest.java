package bcf.round;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import bcf.round.json.RoundCatalogue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The returns each round asks for come from its data file. */
class RoundReturnsTest {

  private static final RoundCatalogue ROUNDS = RoundCatalogue.load();

  private static ReturnsDefinition returnsOf(String round) {
    return ROUNDS.find(round).orElseThrow().returns();
  }

  @Test
  void the_2014_16_round_asks_for_the_four_quarters_of_2015_16_without_the_model() {
    ReturnsDefinition returns = returnsOf("2014-16");
    assertThat(returns.periods())
        .extracting(p -> p.year() + " " + p.quarter())
        .containsExactly("2015-16 Q1", "2015-16 Q2", "2015-16 Q3", "2015-16 Q4");
    assertThat(returns.period(FinancialYear.parse("2015-16"), "Q2").orElseThrow().periodEnd())
        .isEqualTo(LocalDate.of(2015, 9, 30));
    assertThat(returns.highImpactChangeModel()).isEmpty();
    assertThat(returns.hasSection("payment-for-performance")).isTrue();
  }

  @Test
  void the_2017_19_round_has_eight_high_impact_changes_and_five_levels() {
    ReturnsDefinition returns = returnsOf("2017-19");
    assertThat(returns.periods()).hasSize(10);
    var hicm = returns.highImpactChangeModel().orElseThrow();
    assertThat(hicm.changes()).hasSize(8);
    assertThat(hicm.levels())
        .containsExactly(
            "not-yet-established", "plans-in-place", "established", "mature", "exemplary");
    assertThat(hicm.establishedOrBetter("mature")).isTrue();
    assertThat(hicm.establishedOrBetter("plans-in-place")).isFalse();
    assertThat(hicm.establishedOrBetter("nonsense")).isFalse();
  }

  @Test
  void the_2025_26_round_has_its_quarters_and_an_end_of_year_return() {
    assertThat(returnsOf("2025-26").periods())
        .extracting(ReturnsDefinition.ReturnPeriod::quarter)
        .containsExactly("Q1", "Q2", "Q3", "Q4", "year-end");
  }
}
