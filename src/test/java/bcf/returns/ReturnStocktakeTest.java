package bcf.returns;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.golden.DorsetReturns;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.returns.ReturnStocktake.HwbRef;
import bcf.round.json.RoundCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stocktake of a quarter's returns, per region, out of every HWB of the list. */
class ReturnStocktakeTest {

  private static final List<HwbRef> HWBS =
      List.of(
          new HwbRef("dorset", "South"),
          new HwbRef("bournemouth-poole", "South"),
          new HwbRef("hampshire", "South"),
          new HwbRef("warwickshire", "Midlands"));

  private static ReturnStocktake.Result stocktake(boolean submitted, String quarter) {
    return ReturnStocktake.of(
        RoundCatalogue.load().find("2014-16").orElseThrow(),
        FinancialYear.parse("2015-16"),
        quarter,
        HWBS,
        List.of(new ReturnStocktake.Entry(DorsetReturns.q2(), submitted)));
  }

  @Test
  void counts_the_dorset_hwbs_in_the_south_and_every_hwb_without_a_return() {
    var result = stocktake(true, "Q2");
    var south =
        result.regions().stream().filter(r -> r.region().equals("South")).findFirst().orElseThrow();
    assertThat(south.hwbs()).isEqualTo(3);
    assertThat(south.submitted()).isEqualTo(2);
    assertThat(south.notSubmitted()).isEqualTo(1);
    assertThat(result.conditions()).extracting(ReturnStocktake.ConditionKey::condition).hasSize(8);
    // plans jointly agreed, protect social care, 7-day, NHS number, open APIs, IG, joint
    // assessment, acute
    assertThat(south.conditionsMet()).containsExactly(2, 2, 0, 1, 2, 2, 0, 2);
    assertThat(south.metricsOnTrack()).isZero();
    assertThat(south.metricsReported()).isEqualTo(8);
    assertThat(south.expenditurePlan()).isEqualTo(Money.of(43_879_000));
    assertThat(result.total().hwbs()).isEqualTo(4);
    assertThat(result.total().notSubmitted()).isEqualTo(2);
    var midlands =
        result.regions().stream()
            .filter(r -> r.region().equals("Midlands"))
            .findFirst()
            .orElseThrow();
    assertThat(midlands.submitted()).isZero();
  }

  @Test
  void a_return_not_submitted_or_for_another_quarter_does_not_count() {
    assertThat(stocktake(false, "Q2").total().submitted()).isZero();
    assertThat(stocktake(true, "Q3").total().submitted()).isZero();
  }

  @Test
  void without_a_quarter_asked_for_it_shows_the_latest_quarter_anyone_has_submitted() {
    var periods = RoundCatalogue.load().find("2014-16").orElseThrow().returns().periods();
    var q2 = DorsetReturns.q2();
    assertThat(ReturnStocktake.defaultPeriod(periods, List.of(new ReturnStocktake.Entry(q2, true))))
        .extracting(p -> p.year() + " " + p.quarter())
        .isEqualTo("2015-16 Q2");
    // A draft counts for nothing: nobody has reported, so the round's last quarter.
    assertThat(
            ReturnStocktake.defaultPeriod(periods, List.of(new ReturnStocktake.Entry(q2, false))))
        .isEqualTo(periods.get(periods.size() - 1));
    assertThat(ReturnStocktake.defaultPeriod(periods, List.of()))
        .isEqualTo(periods.get(periods.size() - 1));
  }

  @Test
  void the_first_quarter_counts_too_when_it_is_the_only_one_submitted() {
    var periods = RoundCatalogue.load().find("2014-16").orElseThrow().returns().periods();
    QuarterlyReturn q1 = inQuarter(DorsetReturns.q2(), "Q1");
    assertThat(periods.get(0).quarter()).isEqualTo("Q1");
    assertThat(
            ReturnStocktake.defaultPeriod(
                periods,
                List.of(
                    new ReturnStocktake.Entry(q1, true),
                    new ReturnStocktake.Entry(DorsetReturns.q2(), false))))
        .isEqualTo(periods.get(0));
    assertThat(
            ReturnStocktake.defaultPeriod(
                periods,
                List.of(
                    new ReturnStocktake.Entry(q1, true),
                    new ReturnStocktake.Entry(DorsetReturns.q2(), true))))
        .as("the latest of those submitted")
        .isEqualTo(periods.get(1));
  }

  private static QuarterlyReturn inQuarter(QuarterlyReturn r, String quarter) {
    return new QuarterlyReturn(
        r.id() + "-" + quarter,
        r.plan(),
        r.round(),
        r.year(),
        quarter,
        r.title(),
        r.asAt(),
        r.source(),
        r.hwbs(),
        r.budgetArrangements(),
        r.nationalConditions(),
        r.metrics(),
        r.incomeAndExpenditure(),
        r.paymentForPerformance(),
        r.highImpactChangeModel(),
        r.narrative(),
        r.signOffs(),
        r.assurance());
  }
}
