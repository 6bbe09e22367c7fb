package bcf.finance;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.kernel.Money;
import bcf.round.RoundBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sources against uses, and the small types the engine hands to every output. */
class SourcesVsUsesTest {

  private static FinancialSummary compute(bcf.plan.Plan plan) {
    return new FinanceEngine().compute(plan, RoundBuilder.theRound(plan.round()));
  }

  @Test
  void a_year_with_income_and_no_spend_is_a_balance_without_a_comparison() {
    FinancialSummary summary =
        compute(
            aPlan()
                .withOrganisation("ccg", "ccg")
                .withContribution("ccg", "ccg-minimum", "2017-18", 500)
                .build());
    SourcesVsUses.Balance balance = summary.sourcesVsUses().forYear(year("2017-18")).orElseThrow();
    assertThat(balance.income().map(Tally::amount)).contains(Money.of(500));
    assertThat(balance.expenditure()).isEmpty();
    assertThat(balance.comparison()).isEmpty();
    assertThat(summary.sourcesVsUses().bySource().get("ccg-minimum"))
        .singleElement()
        .satisfies(b -> assertThat(b.expenditure()).isEmpty());
    assertThat(summary.sourcesVsUses().forYear(year("2018-19"))).isEmpty();
  }

  @Test
  void a_year_with_spend_and_no_income_is_a_balance_too() {
    FinancialSummary summary =
        compute(aPlan().withScheme("s1", "Care at Home", "ccg-minimum", "2018-19", 700).build());
    SourcesVsUses.Balance balance = summary.sourcesVsUses().forYear(year("2018-19")).orElseThrow();
    assertThat(balance.income()).isEmpty();
    assertThat(balance.expenditure().map(Tally::amount)).contains(Money.of(700));
    assertThat(summary.sourcesVsUses().bySource().get("ccg-minimum")).hasSize(1);
  }

  @Test
  void the_whole_plan_is_asked_for_with_no_hwb_and_an_unknown_hwb_has_none() {
    FinancialSummary summary =
        compute(aPlan().withScheme("s1", "Care at Home", "ccg-minimum", "2018-19", 700).build());
    assertThat(summary.sourcesVsUsesFor(null)).isSameAs(summary.sourcesVsUses());
    assertThat(summary.sourcesVsUsesFor("nowhere")).isSameAs(SourcesVsUses.NONE);
  }

  @Test
  void a_breakdown_key_needs_its_item_and_a_total_takes_none() {
    assertThat(FigureKey.Kind.INCOME_BY_SOURCE.key("ibcf").itemName()).contains("ibcf");
    assertThat(FigureKey.Kind.INCOME_TOTAL.key().itemName()).isEmpty();
    assertThatThrownBy(() -> new FigureKey(FigureKey.Kind.INCOME_BY_SOURCE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("income.bySource needs an item");
    assertThatThrownBy(() -> new FigureKey(FigureKey.Kind.INCOME_TOTAL, "ibcf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("income.total takes no item");
  }

  @Test
  void a_declared_figure_has_detail_only_when_its_counterpart_has_lines() {
    DeclaredCheck none =
        new DeclaredCheck(null, Optional.empty(), Optional.of(Tally.EMPTY), Optional.empty());
    DeclaredCheck some =
        new DeclaredCheck(
            null, Optional.empty(), Optional.of(Tally.of(Money.of(5))), Optional.empty());
    assertThat(none.detail()).isEmpty();
    assertThat(some.detail().map(Tally::amount)).contains(Money.of(5));
  }
}
