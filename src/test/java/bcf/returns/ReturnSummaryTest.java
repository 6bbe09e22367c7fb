package bcf.returns;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.Money;
import bcf.returns.ReturnSummary.HwbFigures;
import bcf.round.json.RoundCatalogue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A return's figures at a glance: rows for all HWBs count for each, variance over full lines. */
class ReturnSummaryTest {

  private static final RoundCatalogue ROUNDS = RoundCatalogue.load();

  @Test
  void counts_per_hwb_with_rows_for_all_hwbs_counting_for_each() {
    ReturnSummary summary =
        ReturnSummary.of(SampleReturns.abz(), ROUNDS.find("2017-19").orElseThrow());
    assertThat(summary.byHwb())
        .containsExactly(
            new HwbFigures("a", 2, 2, 1, 2, 1, 2),
            new HwbFigures("b", 1, 2, 2, 2, 2, 2),
            new HwbFigures("z", 1, 1, 1, 1, 1, 1));
    assertThat(summary.period()).isEqualTo("Quarter 2 2017-18");
    assertThat(summary.id()).isEqualTo("sample");
    assertThat(summary.plan()).isEqualTo("sample-plan");
  }

  @Test
  void sums_the_lines_that_give_each_amount_and_the_variance_of_lines_with_plan_and_forecast() {
    ReturnSummary summary =
        ReturnSummary.of(SampleReturns.abz(), ROUNDS.find("2017-19").orElseThrow());
    assertThat(summary.incomePlan()).isEqualTo(Money.of(70));
    assertThat(summary.expenditurePlan()).isEqualTo(Money.of(130));
    assertThat(summary.expenditureActualToDate()).isEqualTo(Money.of(45));
    assertThat(summary.expenditureForecast()).isEqualTo(Money.of(135));
    // 110 - 100 and 25 - 20; the line without a forecast has no variance
    assertThat(summary.forecastVariance()).isEqualTo(Money.of(15));
    assertThat(summary.paymentForPerformanceMaximum()).isEqualTo(Money.of(500));
    assertThat(summary.paymentLikely()).isTrue();
    ReturnSummary.Document document = summary.document();
    assertThat(document.incomePlan()).isEqualByComparingTo("70");
    assertThat(document.expenditurePlan()).isEqualByComparingTo("130");
    assertThat(document.expenditureActualToDate()).isEqualByComparingTo("45");
    assertThat(document.expenditureForecast()).isEqualByComparingTo("135");
    assertThat(document.forecastVariance()).isEqualByComparingTo("15");
    assertThat(document.paymentForPerformanceMaximum()).isEqualByComparingTo("500");
    assertThat(document.paymentLikely()).isTrue();
    assertThat(document.byHwb()).isEqualTo(summary.byHwb());
    assertThat(List.of(document.id(), document.plan(), document.period()))
        .containsExactly("sample", "sample-plan", "Quarter 2 2017-18");
  }

  @Test
  void a_return_without_finance_or_payment_sums_to_nothing_and_has_no_payment_figures() {
    QuarterlyReturn ret =
        SampleReturns.of(
            "2017-19", "2017-18", "Q1", List.of("a"), List.of(), List.of(), null, null, List.of());
    ReturnSummary summary = ReturnSummary.of(ret, ROUNDS.find("2017-19").orElseThrow());
    assertThat(summary.incomePlan()).isEqualTo(Money.ZERO);
    assertThat(summary.expenditurePlan()).isEqualTo(Money.ZERO);
    assertThat(summary.forecastVariance()).isEqualTo(Money.ZERO);
    assertThat(summary.paymentForPerformanceMaximum()).isNull();
    assertThat(summary.paymentLikely()).isNull();
    assertThat(summary.document().paymentForPerformanceMaximum()).isNull();
    assertThat(summary.document().incomePlan()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(summary.byHwb()).containsExactly(new HwbFigures("a", 0, 0, 0, 0, 0, 0));
  }

  @Test
  void in_a_round_without_the_model_no_change_counts_as_established() {
    ReturnSummary summary =
        ReturnSummary.of(SampleReturns.abz(), ROUNDS.find("2014-16").orElseThrow());
    assertThat(summary.byHwb())
        .extracting(HwbFigures::changesEstablished, HwbFigures::changesReported)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 2),
            org.assertj.core.groups.Tuple.tuple(0, 2),
            org.assertj.core.groups.Tuple.tuple(0, 1));
  }
}
