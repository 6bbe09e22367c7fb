package bcf.returns;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.returns.ReturnStocktake.Entry;
import bcf.returns.ReturnStocktake.HwbRef;
import bcf.returns.ReturnStocktake.Tally;
import bcf.round.json.RoundCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stocktake's counts per HWB: rows for all a return's HWBs count for each, a spend line for all
 * of them once; an HWB counts once however many returns name it; HWBs outside the list and returns
 * of another round do not count.
 */
class ReturnStocktakeCountsTest {

  private static final List<HwbRef> HWBS =
      List.of(new HwbRef("a", "South"), new HwbRef("b", "South"), new HwbRef("c", "North"));

  private static ReturnStocktake.Result stocktake(List<Entry> entries) {
    return ReturnStocktake.of(
        RoundCatalogue.load().find("2017-19").orElseThrow(),
        FinancialYear.parse("2017-18"),
        "Q2",
        HWBS,
        entries);
  }

  /** A second return for a, with figures that would show if it counted. */
  private static QuarterlyReturn againForA() {
    return SampleReturns.of(
        "2017-19",
        "2017-18",
        "Q2",
        List.of("a"),
        List.of(SampleReturns.condition(null, "ooh-ringfence", "met")),
        List.of(SampleReturns.metric(null, "m1", "on-track")),
        null,
        null,
        List.of(SampleReturns.change(null, "home-first", "mature")));
  }

  /** A return for c in another round. */
  private static QuarterlyReturn otherRoundForC() {
    return SampleReturns.of(
        "2014-16", "2017-18", "Q2", List.of("c"), List.of(), List.of(), null, null, List.of());
  }

  @Test
  void counts_each_hwb_of_the_list_once_with_rows_for_all_its_returns_hwbs() {
    var result =
        stocktake(
            List.of(
                new Entry(SampleReturns.abz(), true),
                new Entry(againForA(), true),
                new Entry(otherRoundForC(), true)));
    List<String> codes =
        result.conditions().stream().map(ReturnStocktake.ConditionKey::condition).toList();
    assertThat(codes)
        .containsExactly(
            "jointly-agreed",
            "social-care-maintained",
            "ooh-ringfence",
            "managing-transfers-of-care");
    assertThat(result.regions()).extracting(Tally::region).containsExactly("North", "South");
    Tally north = result.regions().get(0);
    assertThat(List.of(north.hwbs(), north.submitted(), north.notSubmitted()))
        .containsExactly(1, 0, 1);
    Tally south = result.regions().get(1);
    for (Tally t : List.of(south, result.total())) {
      assertThat(t.submitted()).isEqualTo(2);
      assertThat(t.conditionsMet()).containsExactly(2, 1, 0, 0);
      assertThat(t.metricsOnTrack()).isEqualTo(3);
      assertThat(t.metricsReported()).isEqualTo(4);
      assertThat(t.changesEstablished()).isEqualTo(3);
      assertThat(t.changesReported()).isEqualTo(4);
      // the line for all HWBs once (with a), and a's and b's own lines
      assertThat(t.expenditurePlan()).isEqualTo(Money.of(130));
      assertThat(t.expenditureForecast()).isEqualTo(Money.of(135));
      assertThat(t.expenditureActualToDate()).isEqualTo(Money.of(45));
    }
    assertThat(south.notSubmitted()).isZero();
    assertThat(result.total().region()).isEqualTo("England");
    assertThat(List.of(result.total().hwbs(), result.total().notSubmitted())).containsExactly(3, 1);
    assertThat(result.round()).isEqualTo("2017-19");
    assertThat(result.quarter()).isEqualTo("Q2");
  }

  @Test
  void in_a_round_without_the_model_changes_are_reported_but_none_established() {
    var result =
        ReturnStocktake.of(
            RoundCatalogue.load().find("2014-16").orElseThrow(),
            FinancialYear.parse("2017-18"),
            "Q2",
            HWBS,
            List.of(
                new Entry(
                    SampleReturns.of(
                        "2014-16",
                        "2017-18",
                        "Q2",
                        List.of("a"),
                        List.of(),
                        List.of(),
                        null,
                        null,
                        List.of(SampleReturns.change(null, "home-first", "mature"))),
                    true)));
    assertThat(result.total().changesReported()).isEqualTo(1);
    assertThat(result.total().changesEstablished()).isZero();
  }
}
