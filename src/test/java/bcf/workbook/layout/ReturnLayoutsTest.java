package bcf.workbook.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.ReturnsDefinition;
import bcf.round.Round;
import bcf.round.RoundBuilder;
import bcf.round.json.RoundCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each round's return workbook as the round's data says it should be: the rounds' files under
 * {@code src/main/resources/rounds} (2014-16 reported only on 2015-16, four quarters and no year
 * end, with payment for performance; 2017-19 and 2025-26 report quarters and the year's end, with
 * the High Impact Change Model) and the return's JSON Schema ({@code return.schema.json}) for what
 * every row must have.
 */
class ReturnLayoutsTest {

  static final RoundCatalogue ROUNDS = RoundCatalogue.load();

  static Round round(String id) {
    return ROUNDS.find(id).orElseThrow();
  }

  static ReturnLayout layout(String id) {
    return ReturnLayouts.forRound(round(id));
  }

  static Round withReturns(Round r, ReturnsDefinition returns) {
    return RoundBuilder.from(r).withReturns(returns).build();
  }

  static ReturnsDefinition withSections(ReturnsDefinition d, List<String> sections) {
    return new ReturnsDefinition(d.periods(), sections, d.hicm(), d.notes(), d.rules());
  }

  static Table table(ReturnLayout layout, String sheet) {
    return layout.table(sheet).orElseThrow(() -> new AssertionError("no sheet " + sheet));
  }

  static Column column(Table table, String path) {
    return table.columns().stream()
        .filter(c -> c.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(table.sheet() + " has no column " + path));
  }

  static Field field(ReturnLayout layout, String path) {
    return layout.form(ReturnLayout.COVER).orElseThrow().fields().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the cover has no " + path));
  }

  static List<String> codes(ReturnLayout layout, String list) {
    return layout.picklist(list).options().stream().map(Picklist.Option::code).toList();
  }

  @Test
  void the_2014_16_return_has_payment_for_performance_and_no_change_model() {
    ReturnLayout layout = layout("2014-16");

    assertThat(layout.sheets())
        .containsExactly(
            "1. Guidance",
            "2. Cover",
            "3. HWBs",
            "4. Budget arrangements",
            "5. National conditions",
            "6. Metrics",
            "7. Income",
            "8. Expenditure",
            "9. Payment for performance",
            "10. Narrative",
            "11. Sign-off",
            "12. Checklist",
            "13. Other details",
            "Lists");
    assertThat(layout.checklist()).isEqualTo("12. Checklist");
    assertThat(layout.details()).isEqualTo("13. Other details");
    assertThat(layout.round()).isEqualTo("2014-16");
    assertThat(layout.roundName()).isEqualTo(round("2014-16").name());
    assertThat(layout.picklists()).doesNotContainKeys("hicmChange", "hicmLevel");
    assertThat(layout.tables()).noneMatch(t -> t.list().equals("/highImpactChangeModel"));
  }

  @Test
  void the_2017_19_and_2025_26_returns_have_the_change_model_and_no_payment_for_performance() {
    for (String id : List.of("2017-19", "2025-26")) {
      ReturnLayout layout = layout(id);

      assertThat(layout.sheets())
          .as(id)
          .containsExactly(
              "1. Guidance",
              "2. Cover",
              "3. HWBs",
              "4. Budget arrangements",
              "5. National conditions",
              "6. Metrics",
              "7. Income",
              "8. Expenditure",
              "9. High Impact Change Model",
              "10. Narrative",
              "11. Sign-off",
              "12. Checklist",
              "13. Other details",
              "Lists");
      assertThat(layout.tables()).noneMatch(t -> t.list().startsWith("/paymentForPerformance"));
      assertThat(layout.form(ReturnLayout.COVER).orElseThrow().fields())
          .noneMatch(f -> f.path().startsWith("/paymentForPerformance"));
    }
  }

  @Test
  void every_table_and_form_sits_on_a_sheet_of_the_workbook_named_once() {
    for (String id : List.of("2014-16", "2017-19", "2025-26")) {
      ReturnLayout layout = layout(id);
      List<String> onSheets =
          Stream.concat(
                  layout.forms().stream().map(ReturnLayout.Form::sheet),
                  layout.tables().stream().map(Table::sheet))
              .toList();
      assertThat(onSheets).as(id).doesNotHaveDuplicates();
      assertThat(layout.sheets()).as(id).containsAll(onSheets).doesNotHaveDuplicates();
      assertThat(layout.form("10. Narrative").orElseThrow().fields())
          .extracting(Field::path)
          .containsExactly(
              "/narrative/progress", "/narrative/challenges", "/narrative/supportNeeded");
    }
  }

  @Test
  void years_and_quarters_are_those_the_round_asks_returns_for() {
    // 2014-16 pooled the fund in its second year: returns for 2015-16 only, four quarters.
    ReturnLayout early = layout("2014-16");
    assertThat(early.picklist("year").options())
        .containsExactly(new Picklist.Option("2015-16", "2015-16"));
    assertThat(early.picklist("quarter").titles())
        .containsExactly("Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4");

    // 2017-19: both years, each with an end-of-year return after its fourth quarter.
    ReturnLayout later = layout("2017-19");
    assertThat(codes(later, "year")).containsExactly("2017-18", "2018-19");
    assertThat(later.picklist("quarter").options())
        .containsExactly(
            new Picklist.Option("Q1", "Quarter 1"),
            new Picklist.Option("Q2", "Quarter 2"),
            new Picklist.Option("Q3", "Quarter 3"),
            new Picklist.Option("Q4", "Quarter 4"),
            new Picklist.Option("year-end", "End of year"));
    assertThat(codes(layout("2025-26"), "year")).containsExactly("2025-26");
  }

  @Test
  void conditions_sub_items_metrics_and_streams_are_the_rounds_own() {
    for (String id : List.of("2014-16", "2017-19", "2025-26")) {
      Round round = round(id);
      ReturnLayout layout = ReturnLayouts.forRound(round);

      assertThat(layout.picklist("condition").options())
          .as(id)
          .containsExactlyElementsOf(
              round.nationalConditions().stream()
                  .map(c -> new Picklist.Option(c.code(), c.name()))
                  .toList());
      assertThat(layout.picklist("metric").options())
          .as(id)
          .containsExactlyElementsOf(
              round.metrics().stream().map(m -> new Picklist.Option(m.code(), m.name())).toList());
      assertThat(layout.picklist("fundingStream").options())
          .as(id)
          .containsExactlyElementsOf(
              round.fundingStreams().stream()
                  .map(s -> new Picklist.Option(s.code(), s.name()))
                  .toList());
    }
    // The rounds' files: 2014-16 has six conditions, 2017-19 four (NC1 to NC4), 2025-26 three.
    assertThat(codes(layout("2014-16"), "condition")).hasSize(6).contains("data-sharing");
    assertThat(codes(layout("2017-19"), "condition"))
        .containsExactly(
            "jointly-agreed",
            "social-care-maintained",
            "ooh-ringfence",
            "managing-transfers-of-care");
    assertThat(codes(layout("2025-26"), "fundingStream"))
        .containsExactly("nhs-minimum", "nhs-additional", "la-bcf", "dfg", "la-additional");
    assertThat(codes(layout("2025-26"), "metric"))
        .containsExactly("emergency-admissions-65", "discharge-delays", "permanent-admissions-65");
    // Only 2014-16's data-sharing condition has sub-items (NHS number, open APIs, governance).
    assertThat(codes(layout("2014-16"), "subItem"))
        .containsExactly("nhs-number", "open-apis", "information-governance");
    assertThat(layout("2017-19").picklist("subItem").options()).isEmpty();
  }

  @Test
  void a_sub_item_two_conditions_share_is_listed_once_with_its_first_name() {
    Round round = round("2025-26");
    ConditionDefinition.SubItem shared =
        new ConditionDefinition.SubItem("nhs-number", "NHS number");
    List<ConditionDefinition> conditions =
        List.of(
            new ConditionDefinition(
                "a", "A", List.of(shared, new ConditionDefinition.SubItem("apis", "Open APIs"))),
            new ConditionDefinition(
                "b", "B", List.of(new ConditionDefinition.SubItem("nhs-number", "Another name"))));
    Round changed = RoundBuilder.from(round).withConditions(conditions).build();

    assertThat(ReturnLayouts.forRound(changed).picklist("subItem").options())
        .containsExactly(
            new Picklist.Option("nhs-number", "NHS number"),
            new Picklist.Option("apis", "Open APIs"));
  }

  @Test
  void fixed_lists_are_shown_in_words() {
    ReturnLayout layout = layout("2017-19");

    assertThat(layout.picklist("yesNo").options())
        .containsExactly(new Picklist.Option("true", "Yes"), new Picklist.Option("false", "No"));
    assertThat(layout.picklist("conditionStatus").options())
        .containsExactly(
            new Picklist.Option("met", "Met"),
            new Picklist.Option("not-met", "Not met"),
            new Picklist.Option("partly-met", "Partly met"));
    assertThat(layout.picklist("progress").options())
        .containsExactly(
            new Picklist.Option("on-track", "On track"),
            new Picklist.Option("not-on-track", "Not on track"),
            new Picklist.Option("data-not-available", "Data not available"));
    assertThat(layout.picklist("arrangement").options())
        .containsExactly(
            new Picklist.Option("pooled", "Pooled"),
            new Picklist.Option("aligned", "Aligned"),
            new Picklist.Option("host-managed", "Host managed"));
    // The model's eight changes and five maturity levels, the lowest first.
    assertThat(layout.picklist("hicmChange").options())
        .hasSize(8)
        .startsWith(new Picklist.Option("early-discharge-planning", "Early discharge planning"))
        .contains(new Picklist.Option("home-first", "Home first / discharge to assess"));
    assertThat(layout.picklist("hicmLevel").options())
        .containsExactly(
            new Picklist.Option("not-yet-established", "Not yet established"),
            new Picklist.Option("plans-in-place", "Plans in place"),
            new Picklist.Option("established", "Established"),
            new Picklist.Option("mature", "Mature"),
            new Picklist.Option("exemplary", "Exemplary"));
    assertThatThrownBy(() -> layout("2014-16").picklist("hicmLevel"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_cover_asks_for_what_identifies_the_return_and_prefills_its_round() {
    for (String id : List.of("2014-16", "2017-19", "2025-26")) {
      ReturnLayout layout = layout(id);
      List<Field> cover = layout.form(ReturnLayout.COVER).orElseThrow().fields();

      // return.schema.json requires id, plan, round, year and quarter; the workbook also asks for
      // the title and the date the position is given at, which every return names.
      assertThat(cover)
          .as(id)
          .filteredOn(Field::required)
          .extracting(Field::path)
          .containsExactly("/id", "/plan", "/round", "/year", "/quarter", "/title", "/asAt");
      assertThat(cover)
          .as(id)
          .filteredOn(f -> f.cell() != CellKind.INPUT)
          .extracting(Field::path)
          .containsExactly("/round");
      assertThat(field(layout, "/round").cell()).isEqualTo(CellKind.PREFILLED);
      assertThat(field(layout, "/year").picklist()).isEqualTo("year");
      assertThat(field(layout, "/quarter").picklist()).isEqualTo("quarter");
      assertThat(field(layout, "/quarter").value()).isEqualTo(ValueKind.TEXT);
      assertThat(field(layout, "/asAt").value()).isEqualTo(ValueKind.DATE);
      assertThat(field(layout, "/assurance/date").value()).isEqualTo(ValueKind.DATE);
      assertThat(field(layout, "/incomeAndExpenditure/fundTotal").value())
          .isEqualTo(ValueKind.MONEY);
      Field section75 = field(layout, "/budgetArrangements/section75InPlace");
      assertThat(section75.value()).isEqualTo(ValueKind.TRUE_OR_FALSE);
      assertThat(section75.picklist()).isEqualTo("yesNo");
      assertThat(section75.label()).isEqualTo("Section 75 agreement in place");
    }
  }

  @Test
  void payment_for_performance_asks_for_money_a_yes_or_no_and_each_hwbs_most() {
    ReturnLayout layout = layout("2014-16");

    assertThat(field(layout, "/paymentForPerformance/valuePerAvoidedAdmission").value())
        .isEqualTo(ValueKind.MONEY);
    assertThat(field(layout, "/paymentForPerformance/maximumTotal").value())
        .isEqualTo(ValueKind.MONEY);
    Field likely = field(layout, "/paymentForPerformance/paymentLikely");
    assertThat(likely.value()).isEqualTo(ValueKind.TRUE_OR_FALSE);
    assertThat(likely.picklist()).isEqualTo("yesNo");
    assertThat(field(layout, "/paymentForPerformance/judgement").value()).isEqualTo(ValueKind.TEXT);

    Table byHwb = table(layout, "9. Payment for performance");
    assertThat(byHwb.list()).isEqualTo("/paymentForPerformance/byHwb");
    assertThat(byHwb.blankRows()).isEqualTo(3);
    assertThat(byHwb.columns())
        .extracting(Column::path, Column::value, Column::required)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/hwb", ValueKind.TEXT, true),
            org.assertj.core.groups.Tuple.tuple("/maximumReduction", ValueKind.WHOLE, false),
            org.assertj.core.groups.Tuple.tuple("/maximumPayment", ValueKind.MONEY, false));
  }

  @Test
  void rows_require_what_the_return_schema_requires_of_each_item() {
    ReturnLayout layout = layout("2017-19");

    assertThat(required(table(layout, "3. HWBs"))).containsExactly("");
    assertThat(required(table(layout, "4. Budget arrangements")))
        .containsExactly("/scheme", "/arrangement");
    assertThat(required(table(layout, "5. National conditions")))
        .containsExactly("/condition", "/status");
    assertThat(required(table(layout, "6. Metrics"))).containsExactly("/metric");
    assertThat(required(table(layout, "7. Income"))).isEmpty();
    assertThat(required(table(layout, "8. Expenditure"))).isEmpty();
    // The schema requires the change; a row saying nothing of its current maturity says nothing.
    assertThat(required(table(layout, "9. High Impact Change Model")))
        .containsExactly("/change", "/current");
    assertThat(required(table(layout, "11. Sign-off"))).containsExactly("/hwb", "/name");
  }

  static List<String> required(Table table) {
    return table.columns().stream().filter(Column::required).map(Column::path).toList();
  }

  @Test
  void each_table_takes_its_lists_and_kinds_of_value() {
    ReturnLayout layout = layout("2017-19");

    Table arrangements = table(layout, "4. Budget arrangements");
    assertThat(arrangements.list()).isEqualTo("/budgetArrangements/schemes");
    assertThat(column(arrangements, "/arrangement").picklist()).isEqualTo("arrangement");

    Table conditions = table(layout, "5. National conditions");
    assertThat(conditions.list()).isEqualTo("/nationalConditions");
    assertThat(column(conditions, "/condition").picklist()).isEqualTo("condition");
    assertThat(column(conditions, "/subItem").picklist()).isEqualTo("subItem");
    assertThat(column(conditions, "/status").picklist()).isEqualTo("conditionStatus");
    assertThat(column(conditions, "/expectedDate").value()).isEqualTo(ValueKind.DATE);
    assertThat(column(conditions, "/regionalShareMet").value()).isEqualTo(ValueKind.NUMBER);

    Table metrics = table(layout, "6. Metrics");
    assertThat(column(metrics, "/metric").picklist()).isEqualTo("metric");
    assertThat(column(metrics, "/progress").picklist()).isEqualTo("progress");
    assertThat(column(metrics, "/latestActual").value()).isEqualTo(ValueKind.NUMBER);
    assertThat(column(metrics, "/target").value()).isEqualTo(ValueKind.NUMBER);
    assertThat(column(metrics, "/latestPeriod").value()).isEqualTo(ValueKind.TEXT);

    Table model = table(layout, "9. High Impact Change Model");
    assertThat(model.list()).isEqualTo("/highImpactChangeModel");
    assertThat(column(model, "/change").picklist()).isEqualTo("hicmChange");
    assertThat(column(model, "/current").picklist()).isEqualTo("hicmLevel");
    assertThat(column(model, "/planned").picklist()).isEqualTo("hicmLevel");

    Table signOffs = table(layout, "11. Sign-off");
    assertThat(signOffs.list()).isEqualTo("/signOffs");
    assertThat(column(signOffs, "/date").value()).isEqualTo(ValueKind.DATE);

    // Every list a cell takes is one the workbook has.
    for (String id : List.of("2014-16", "2017-19", "2025-26")) {
      ReturnLayout each = layout(id);
      Stream.concat(
              each.tables().stream().flatMap(t -> t.columns().stream()).map(Column::picklist),
              each.forms().stream().flatMap(f -> f.fields().stream()).map(Field::picklist))
          .filter(java.util.Objects::nonNull)
          .forEach(list -> assertThat(each.picklists()).as(id).containsKey(list));
    }
  }

  @Test
  void income_and_expenditure_have_money_columns_and_a_calculated_variance() {
    ReturnLayout layout = layout("2025-26");
    Table income = table(layout, "7. Income");
    Table expenditure = table(layout, "8. Expenditure");

    assertThat(income.list()).isEqualTo("/incomeAndExpenditure/income");
    assertThat(expenditure.list()).isEqualTo("/incomeAndExpenditure/expenditure");
    assertThat(income.columns())
        .extracting(Column::path)
        .containsExactly(
            "/hwb",
            "/source",
            "/organisation",
            "/description",
            "/plan",
            "/actualToDate",
            "/forecastOutturn",
            ReturnLayouts.VARIANCE,
            "/forecastNote");
    // Spending is by scheme; income is not.
    assertThat(expenditure.columns())
        .extracting(Column::path)
        .containsExactly(
            "/hwb",
            "/scheme",
            "/source",
            "/organisation",
            "/description",
            "/plan",
            "/actualToDate",
            "/forecastOutturn",
            ReturnLayouts.VARIANCE,
            "/forecastNote");
    for (Table t : List.of(income, expenditure)) {
      assertThat(column(t, "/source").picklist()).isEqualTo("fundingStream");
      assertThat(t.columns())
          .filteredOn(c -> c.value() == ValueKind.MONEY)
          .extracting(Column::path)
          .containsExactly("/plan", "/actualToDate", "/forecastOutturn", ReturnLayouts.VARIANCE);
      Column variance = column(t, ReturnLayouts.VARIANCE);
      assertThat(variance.cell()).isEqualTo(CellKind.CALCULATED);
      assertThat(variance.header()).isEqualTo("Variance: forecast less plan (£)");
      assertThat(t.columns())
          .filteredOn(c -> c.cell() == CellKind.CALCULATED)
          .containsExactly(variance);
    }
    assertThat(income.blankRows()).isEqualTo(20);
    assertThat(expenditure.blankRows()).isEqualTo(30);
  }

  @Test
  void lists_of_the_rounds_items_have_a_row_for_each_and_five_spare() {
    // 2014-16: six conditions, seven metrics; 2025-26: three of each; the model has eight changes.
    assertThat(table(layout("2014-16"), "5. National conditions").blankRows()).isEqualTo(11);
    assertThat(table(layout("2014-16"), "6. Metrics").blankRows()).isEqualTo(12);
    assertThat(table(layout("2025-26"), "5. National conditions").blankRows()).isEqualTo(8);
    assertThat(table(layout("2025-26"), "6. Metrics").blankRows()).isEqualTo(8);
    assertThat(table(layout("2017-19"), "9. High Impact Change Model").blankRows()).isEqualTo(13);
    assertThat(table(layout("2017-19"), "3. HWBs").blankRows()).isEqualTo(3);
    assertThat(table(layout("2017-19"), "4. Budget arrangements").blankRows()).isEqualTo(10);
    assertThat(table(layout("2017-19"), "11. Sign-off").blankRows()).isEqualTo(5);
  }

  @Test
  void a_section_is_laid_out_only_when_the_round_lists_it_and_has_its_data() {
    Round later = round("2017-19");
    ReturnsDefinition returns = later.returns();

    // The change model listed as a section but with no model in the data: no sheet for it.
    ReturnsDefinition noModel =
        new ReturnsDefinition(
            returns.periods(), returns.sections(), null, returns.notes(), returns.rules());
    ReturnLayout withoutModel = ReturnLayouts.forRound(withReturns(later, noModel));
    assertThat(withoutModel.sheets()).doesNotContain("9. High Impact Change Model");
    assertThat(withoutModel.picklists()).doesNotContainKeys("hicmChange", "hicmLevel");
    assertThat(withoutModel.sheets()).contains("9. Narrative", "10. Sign-off", "11. Checklist");

    // The model in the data but the section not asked for: no sheet either.
    List<String> sections = new ArrayList<>(returns.sections());
    sections.remove("high-impact-change-model");
    ReturnLayout notAsked =
        ReturnLayouts.forRound(withReturns(later, withSections(returns, sections)));
    assertThat(notAsked.sheets()).doesNotContain("9. High Impact Change Model");
    assertThat(notAsked.picklists()).doesNotContainKey("hicmLevel");

    // Payment for performance is a section alone: asked for, it has its sheet and cover fields.
    sections.add("payment-for-performance");
    ReturnLayout paid = ReturnLayouts.forRound(withReturns(later, withSections(returns, sections)));
    assertThat(paid.sheets()).contains("9. Payment for performance");
    assertThat(paid.form(ReturnLayout.COVER).orElseThrow().fields())
        .extracting(Field::path)
        .contains("/paymentForPerformance/paymentLikely");
  }

  @Test
  void a_round_without_returns_has_a_blank_workbook() {
    ReturnLayout blank = ReturnLayouts.forRound(withReturns(round("2017-19"), null));

    assertThat(blank.picklist("year").options()).isEmpty();
    assertThat(blank.picklist("quarter").options()).isEmpty();
    assertThat(blank.sheets())
        .doesNotContain("9. High Impact Change Model", "9. Payment for performance")
        .endsWith("10. Sign-off", "11. Checklist", "12. Other details", "Lists");
    assertThat(blank.picklist("condition").options()).hasSize(4);
  }

  @Test
  void the_version_is_a_fingerprint_of_the_layout_that_changes_with_the_rounds_data() {
    Round round = round("2017-19");
    String version = ReturnLayouts.forRound(round).version();

    assertThat(version)
        .matches("1\\.[0-9a-f]{8}")
        .isEqualTo(ReturnLayouts.forRound(round).version());
    assertThat(layout("2014-16").version()).isNotEqualTo(version);
    assertThat(layout("2025-26").version()).isNotEqualTo(version);

    List<FundingStream> more = new ArrayList<>(round.fundingStreams());
    more.add(new FundingStream("lottery", "Lottery grant", false, false));
    Round changed = RoundBuilder.from(round).withFundingStreams(more).build();
    assertThat(ReturnLayouts.forRound(changed).version()).isNotEqualTo(version);
  }

  @Test
  void only_listed_picklists_are_in_the_workbook() {
    Map<String, Picklist> lists = layout("2014-16").picklists();

    assertThat(lists)
        .containsOnlyKeys(
            "yesNo",
            "year",
            "quarter",
            "condition",
            "subItem",
            "conditionStatus",
            "metric",
            "progress",
            "fundingStream",
            "arrangement");
  }
}
