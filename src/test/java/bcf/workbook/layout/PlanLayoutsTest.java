package bcf.workbook.layout;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.round.FundingStream;
import bcf.round.Round;
import bcf.round.RoundBuilder;
import bcf.round.json.RoundCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout comes from the round's data and the plan schema: no code per round. */
class PlanLayoutsTest {

  static final RoundCatalogue ROUNDS = RoundCatalogue.load();

  static Round round(String id) {
    return ROUNDS.find(id).orElseThrow();
  }

  private static Table table(PlanLayout layout, String sheet) {
    return layout.table(sheet).orElseThrow();
  }

  @Test
  void theExpenditureSheetHasSpendColumnsForEachOfTheRoundsYears() {
    PlanLayout layout = PlanLayouts.forRound(round("2017-19"));

    List<String> headers =
        table(layout, "5. Expenditure").columns().stream().map(Column::header).toList();

    assertThat(layout.years()).containsExactly("2017-18", "2018-19");
    assertThat(headers)
        .contains("Spend 2017-18 recurrent", "Spend 2018-19 non-recurrent", "Spend 2018-19 total")
        .noneMatch(h -> h.contains("2014-15"));
    assertThat(PlanLayouts.forRound(round("2014-16")).years()).contains("2014-15", "2015-16");
  }

  @Test
  void picklistsAreTheRoundsListsShownByName() {
    PlanLayout layout = PlanLayouts.forRound(round("2017-19"));
    Picklist streams = layout.picklist("fundingStream");

    assertThat(streams.title("ccg-minimum")).isEqualTo("CCG minimum contribution");
    assertThat(streams.code("ccg minimum contribution")).contains("ccg-minimum");
    assertThat(streams.code("ccg-minimum")).contains("ccg-minimum");
    assertThat(streams.code("Lottery")).isEmpty();
    assertThat(layout.picklist(Round.SCHEME_TYPE).titles())
        .isEqualTo(round("2017-19").picklist(Round.SCHEME_TYPE));
    Column stream =
        table(layout, "4. Income").columns().stream()
            .filter(c -> c.path().equals("/stream"))
            .findFirst()
            .orElseThrow();
    assertThat(stream.picklist()).isEqualTo("fundingStream");
    assertThat(stream.header()).isEqualTo("Funding stream");
  }

  @Test
  void kindsAndRequiredFieldsComeFromThePlanSchema() {
    PlanLayout layout = PlanLayouts.forRound(round("2025-26"));
    List<Column> income = table(layout, "4. Income").columns();

    assertThat(income)
        .filteredOn(c -> c.path().equals("/actual"))
        .singleElement()
        .satisfies(c -> assertThat(c.value()).isEqualTo(ValueKind.MONEY));
    assertThat(income)
        .filteredOn(Column::required)
        .extracting(Column::path)
        .contains("/organisation", "/year");
    assertThat(layout.cover())
        .filteredOn(f -> f.path().equals("/round"))
        .singleElement()
        .satisfies(f -> assertThat(f.cell()).isEqualTo(CellKind.PREFILLED));
  }

  @Test
  void theTemplateVersionChangesWhenTheRoundsDataDoes() {
    Round round = round("2017-19");
    List<FundingStream> more = new ArrayList<>(round.fundingStreams());
    more.add(new FundingStream("lottery", "Lottery grant", false, false));
    Round changed = RoundBuilder.from(round).withFundingStreams(more).build();

    assertThat(PlanLayouts.forRound(round).version())
        .isEqualTo(PlanLayouts.forRound(round).version())
        .isNotEqualTo(PlanLayouts.forRound(changed).version())
        .isNotEqualTo(PlanLayouts.forRound(round("2014-16")).version());
  }

  @Test
  void amountsTypedAsTextAreReadExactlyOrRefused() {
    assertThat(Amounts.read("1,200k").amount())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1200000"));
    assertThat(Amounts.read("£1.2m").amount())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("1200000"));
    assertThat(Amounts.read("-£5,000").amount())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("-5000"));
    assertThat(Amounts.read("0.1").amount())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.1"));
    assertThat(Amounts.read("TBC").amount()).isEmpty();
    assertThat(Amounts.read("TBC").problem()).contains("'TBC' is not an amount");
    assertThat(Amounts.read("12,00").problem()).contains("thousands separators");
  }

  @Test
  void cellsAreWrittenAsExcelWritesThem() {
    assertThat(Cells.column(0)).isEqualTo("A");
    assertThat(Cells.column(25)).isEqualTo("Z");
    assertThat(Cells.column(26)).isEqualTo("AA");
    assertThat(Cells.column(701)).isEqualTo("ZZ");
    assertThat(Cells.ref("4. Income", 6, 4)).isEqualTo("'4. Income'!G5");
    assertThat(Cells.sheet("Bob's")).isEqualTo("'Bob''s'");
  }
}
