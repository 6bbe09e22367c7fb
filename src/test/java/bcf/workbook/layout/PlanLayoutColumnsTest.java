package bcf.workbook.layout;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.round.Round;
import bcf.round.RoundBuilder;
import bcf.round.RuleSetting;
import bcf.round.json.RoundCatalogue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plan workbook's columns as the plan's JSON Schema ({@code plan.schema.json}) and the rounds'
 * files describe them: which kind of value each takes, which list, which every row must have, how
 * many rows are left blank for the round's items, and the tolerance its checklist allows.
 */
class PlanLayoutColumnsTest {

  static final RoundCatalogue ROUNDS = RoundCatalogue.load();
  static final List<String> IDS = List.of("2014-16", "2017-19", "2025-26");

  static Round round(String id) {
    return ROUNDS.find(id).orElseThrow();
  }

  static PlanLayout layout(String id) {
    return PlanLayouts.forRound(round(id));
  }

  static Round changed(Round r, Map<String, List<String>> picklists, List<RuleSetting> rules) {
    return RoundBuilder.from(r).withPicklists(picklists).applying(rules).build();
  }

  static Table table(PlanLayout layout, String sheet) {
    return layout.table(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet));
  }

  static Column column(PlanLayout layout, String sheet, String path) {
    return table(layout, sheet).columns().stream()
        .filter(c -> c.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(sheet + " has no column " + path));
  }

  static Field cover(PlanLayout layout, String path) {
    return layout.cover().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the cover has no " + path));
  }

  static List<String> required(PlanLayout layout, String sheet) {
    return table(layout, sheet).columns().stream()
        .filter(Column::required)
        .map(Column::path)
        .toList();
  }

  @Test
  void every_row_requires_what_the_schema_requires_of_each_item_and_no_more() {
    for (String id : IDS) {
      PlanLayout layout = layout(id);

      // plan.schema.json: a plan requires id and round; contribution organisation and year;
      // scheme id and name; metricAmbition metric; conditionAnswer condition; risk description;
      // hwb and organisation id and name; planDate event; declaredFigure figure.
      assertThat(layout.cover())
          .as(id)
          .filteredOn(Field::required)
          .extracting(Field::path)
          .containsExactly("/id", "/round");
      assertThat(required(layout, "4. Income")).as(id).containsExactly("/organisation", "/year");
      assertThat(required(layout, "5. Expenditure")).as(id).containsExactly("/id", "/name");
      assertThat(required(layout, "6. Metrics")).as(id).containsExactly("/metric");
      assertThat(required(layout, "7. National conditions")).as(id).containsExactly("/condition");
      assertThat(required(layout, "8. Risks")).as(id).containsExactly("/description");
      assertThat(required(layout, "10. HWBs")).as(id).containsExactly("/id", "/name");
      assertThat(required(layout, "11. Organisations")).as(id).containsExactly("/id", "/name");
      assertThat(required(layout, "12. Sign-off")).as(id).isEmpty();
      assertThat(required(layout, "13. Dates")).as(id).containsExactly("/event");
      assertThat(required(layout, "14. Narrative")).as(id).isEmpty();
      assertThat(required(layout, "15. Declared figures")).as(id).containsExactly("/figure");
    }
  }

  @Test
  void each_column_takes_the_kind_of_value_the_schema_gives_it() {
    PlanLayout layout = layout("2017-19");

    assertThat(cover(layout, "/published").value()).isEqualTo(ValueKind.TRUE_OR_FALSE);
    assertThat(cover(layout, "/paymentForPerformance/valuePerAvoidedAdmission").value())
        .isEqualTo(ValueKind.MONEY);
    assertThat(cover(layout, "/source/date").value()).isEqualTo(ValueKind.TEXT);
    assertThat(column(layout, "4. Income", "/minimum").value()).isEqualTo(ValueKind.MONEY);
    assertThat(column(layout, "4. Income", "/year").value()).isEqualTo(ValueKind.TEXT);
    assertThat(column(layout, "5. Expenditure", "/spend/2018-19/nonRecurrent").value())
        .isEqualTo(ValueKind.MONEY);
    assertThat(column(layout, "5. Expenditure", "/benefits/2017-18/total").value())
        .isEqualTo(ValueKind.MONEY);
    assertThat(column(layout, "6. Metrics", "/baseline/numerator").value())
        .isEqualTo(ValueKind.NUMBER);
    assertThat(column(layout, "6. Metrics", "/baseline/value").value()).isEqualTo(ValueKind.NUMBER);
    assertThat(column(layout, "7. National conditions", "/expectedDate").value())
        .isEqualTo(ValueKind.DATE);
    assertThat(column(layout, "7. National conditions", "/regionalPercentMet").value())
        .isEqualTo(ValueKind.NUMBER);
    for (String path : List.of("/likelihood", "/impact", "/score")) {
      assertThat(column(layout, "8. Risks", path).value()).as(path).isEqualTo(ValueKind.WHOLE);
    }
    assertThat(column(layout, "8. Risks", "/reviewDate").value()).isEqualTo(ValueKind.DATE);
    assertThat(column(layout, "12. Sign-off", "/date").value()).isEqualTo(ValueKind.DATE);
    assertThat(column(layout, "15. Declared figures", "/amount").value())
        .isEqualTo(ValueKind.MONEY);
    // A yes or no is picked from the Yes/No list.
    assertThat(column(layout, "12. Sign-off", "/required").value())
        .isEqualTo(ValueKind.TRUE_OR_FALSE);
    assertThat(column(layout, "12. Sign-off", "/required").picklist()).isEqualTo("yesNo");
    assertThat(cover(layout, "/published").picklist()).isEqualTo("yesNo");
    // Only the round is filled in by bcf.
    assertThat(layout.cover())
        .filteredOn(f -> f.cell() != CellKind.INPUT)
        .extracting(Field::path)
        .containsExactly("/round");
  }

  @Test
  void a_fixed_set_of_values_in_the_schema_becomes_a_list_shown_by_its_titles() {
    PlanLayout layout = layout("2025-26");

    Field statedIn = cover(layout, "/statedIn");
    assertThat(layout.picklist(statedIn.picklist()).options())
        .containsExactly(
            new Picklist.Option("pounds", "Pounds"),
            new Picklist.Option("thousands", "Thousands of pounds"),
            new Picklist.Option("millions", "Millions of pounds"));
    Column status = column(layout, "7. National conditions", "/status");
    assertThat(layout.picklist(status.picklist()).options())
        .containsExactly(
            new Picklist.Option("met", "Met"), new Picklist.Option("not-met", "Not met"));
    Column newOrExisting = column(layout, "5. Expenditure", "/newOrExisting");
    assertThat(layout.picklist(newOrExisting.picklist()).titles())
        .containsExactly("New", "Existing");
    // A list the round names wins over the schema's: the round's own scheme types and streams.
    assertThat(column(layout, "5. Expenditure", "/type").picklist()).isEqualTo(Round.SCHEME_TYPE);
    assertThat(column(layout, "5. Expenditure", "/source").picklist()).isEqualTo("fundingStream");
    assertThat(column(layout, "6. Metrics", "/metric").picklist()).isEqualTo("metric");
    assertThat(column(layout, "7. National conditions", "/condition").picklist())
        .isEqualTo("condition");
    assertThat(column(layout, "8. Risks", "/rating").picklist()).isEqualTo(Round.RISK_RATING);
    // Free text has no list.
    assertThat(column(layout, "8. Risks", "/mitigation").picklist()).isNull();
    assertThat(cover(layout, "/title").picklist()).isNull();
  }

  @Test
  void every_list_a_cell_takes_is_one_the_workbook_has() {
    for (String id : IDS) {
      assertListsPresent(id, layout(id));
    }
  }

  @Test
  void a_round_without_a_risk_rating_list_leaves_the_rating_free() {
    Round round = round("2017-19");
    Map<String, List<String>> lists = new LinkedHashMap<>(round.picklists());
    lists.remove(Round.RISK_RATING);
    PlanLayout layout = PlanLayouts.forRound(changed(round, lists, round.rules()));

    assertThat(column(layout, "8. Risks", "/rating").picklist()).isNull();
    assertThat(layout.picklists()).doesNotContainKey(Round.RISK_RATING);
    assertListsPresent("2017-19 without ratings", layout);
  }

  static void assertListsPresent(String what, PlanLayout layout) {
    Stream.concat(
            layout.tables().stream().flatMap(t -> t.columns().stream()).map(Column::picklist),
            layout.cover().stream().map(Field::picklist))
        .filter(Objects::nonNull)
        .forEach(list -> assertThat(layout.picklists()).as(what).containsKey(list));
  }

  @Test
  void lists_of_the_rounds_items_have_a_row_for_each_and_spare_rows() {
    // National conditions: 2014-16 six, 2017-19 four, 2025-26 three, and five spare.
    assertThat(table(layout("2014-16"), "7. National conditions").blankRows()).isEqualTo(11);
    assertThat(table(layout("2017-19"), "7. National conditions").blankRows()).isEqualTo(9);
    assertThat(table(layout("2025-26"), "7. National conditions").blankRows()).isEqualTo(8);
    // Narrative sections: 2014-16 six, 2017-19 eight, 2025-26 three, and three spare.
    assertThat(table(layout("2014-16"), "14. Narrative").blankRows()).isEqualTo(9);
    assertThat(table(layout("2017-19"), "14. Narrative").blankRows()).isEqualTo(11);
    assertThat(table(layout("2025-26"), "14. Narrative").blankRows()).isEqualTo(6);
  }

  @Test
  void the_tolerance_is_the_rounds_rounding_tolerance_for_income_against_expenditure() {
    // Every round's file sets income-equals-expenditure's roundingTolerance to 1000 (pounds).
    for (String id : IDS) {
      assertThat(layout(id).tolerance()).as(id).isEqualByComparingTo("1000");
    }
    Round round = round("2017-19");
    List<RuleSetting> others =
        round.rules().stream().filter(r -> !r.rule().equals("income-equals-expenditure")).toList();
    // Without the rule nothing is tolerated, whatever other rules (declared totals) allow.
    PlanLayout without = PlanLayouts.forRound(changed(round, round.picklists(), others));
    assertThat(without.tolerance()).isEqualByComparingTo(BigDecimal.ZERO);

    List<RuleSetting> tight =
        Stream.concat(
                others.stream(),
                Stream.of(
                    new RuleSetting(
                        "income-equals-expenditure", "error", Map.of("roundingTolerance", "5"))))
            .toList();
    assertThat(PlanLayouts.forRound(changed(round, round.picklists(), tight)).tolerance())
        .isEqualByComparingTo("5");
    List<RuleSetting> exact =
        Stream.concat(
                others.stream(),
                Stream.of(new RuleSetting("income-equals-expenditure", "error", Map.of())))
            .toList();
    assertThat(PlanLayouts.forRound(changed(round, round.picklists(), exact)).tolerance())
        .isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(PlanLayouts.forRound(changed(round, round.picklists(), tight)).version())
        .isNotEqualTo(PlanLayouts.forRound(round).version());
  }
}
