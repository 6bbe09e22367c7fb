package bcf.finance;

import static bcf.finance.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FinanceEngineTest {

  private final Round round2017 = RoundCatalogue.load().find("2017-19").orElseThrow();
  private final FinancialYear year = FinancialYear.parse("2017-18");

  @Test
  void totals_income_and_spend_by_source_organisation_and_theme() {
    Plan plan =
        aPlan()
            .withOrganisation("ccg", "ccg")
            .withOrganisation("council", "local-authority")
            .withContribution("ccg", "ccg-minimum", "2017-18", 600, 600)
            .withContribution("ccg", "ccg-additional", "2017-18", 150)
            .withContribution("council", "ibcf", "2017-18", 250)
            .withScheme("a", "Care at Home", "ccg-minimum", "2017-18", 700)
            .withScheme("b", "Care at Home", "ibcf", "2017-18", 250)
            .build();

    Figures figures = new FinanceEngine().compute(plan, round2017).figures();

    assertThat(figures.amount("income.total", year)).contains(Money.of(1000));
    assertThat(figures.amount("income.minimum", year)).contains(Money.of(600));
    assertThat(figures.amount("income.bySource.ccg-additional", year)).contains(Money.of(150));
    assertThat(figures.amount("income.byOrganisation.ccg", year)).contains(Money.of(750));
    assertThat(figures.amount("expenditure.total", year)).contains(Money.of(950));
    assertThat(figures.amount("expenditure.byTheme.Care at Home", year)).contains(Money.of(950));
    assertThat(figures.amount("expenditure.byTheme.Care at Home", FinancialYear.parse("2018-19")))
        .isEmpty();
  }

  @Test
  void a_surplus_over_the_minimum_is_the_actual_less_the_minimum() {
    Plan plan =
        aPlan()
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 600, 600)
            .withContribution("ccg", "ccg-additional", "2017-18", 150)
            .build();
    var check = new FinanceEngine().compute(plan, round2017).minimumContributions().get(0);
    assertThat(check.surplus()).isEqualTo(Money.of(150));
  }

  @Test
  void payment_for_performance_is_capped_at_the_planned_reduction() {
    Money value = Money.of(755);
    assertThat(FinanceEngine.paymentFor(value, new BigDecimal("584"), new BigDecimal("300")))
        .isEqualTo(Money.of(226_500));
    assertThat(FinanceEngine.paymentFor(value, new BigDecimal("584"), new BigDecimal("900")))
        .isEqualTo(Money.of(440_920));
    assertThat(FinanceEngine.paymentFor(value, new BigDecimal("584"), new BigDecimal("-20")))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void rounding_tolerance_grows_with_the_figures_stated_in_thousands() {
    Plan inPounds = aPlan().build();
    Plan inThousands = aPlan().statedInThousands().build();
    Tally threeRounded = Tally.of(Money.of(1000)).plus(Money.of(2000)).plus(Money.of(3000));
    Tally exact = Tally.of(Money.of(5999));
    assertThat(Rounding.tolerance(inPounds, threeRounded, exact)).isEqualTo(Money.ZERO);
    assertThat(Rounding.tolerance(inThousands, threeRounded, exact)).isEqualTo(Money.of(1500));
    assertThat(Rounding.tolerance(inThousands, exact, exact)).isEqualTo(Money.of(1000));
  }
}
