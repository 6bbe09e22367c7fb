package bcf.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import bcf.golden.Examples;
import bcf.returns.json.ReturnDocumentReader;
import bcf.round.json.RoundCatalogue;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of a return line by line: where each finding points, its words (line numbers count from
 * one), the boundaries, and the sections a return may leave out. Each breaks the Dorset quarter 2
 * return once.
 */
class ReturnRulesDetailTest {

  private static final RoundCatalogue ROUNDS = RoundCatalogue.load();
  private static final String SEVEN_DAY =
      ROUNDS.find("2014-16").orElseThrow().condition("seven-day-services").orElseThrow().name();
  private static final String PLAN_TITLE = "Pan Dorset 2015-16 Better Care Fund";

  private static List<Finding> findings(Consumer<ObjectNode> change) {
    return findings("2014-16", true, change);
  }

  private static List<Finding> findings(
      String round, boolean withPlan, Consumer<ObjectNode> change) {
    ObjectNode json = ReturnRulesTest.dorsetJson();
    change.accept(json);
    QuarterlyReturn ret = ReturnDocumentReader.read(json);
    return ReturnRules.check(
            ret,
            ROUNDS.find(round).orElseThrow(),
            withPlan ? Optional.of(Examples.plan("dorset-2015-16")) : Optional.empty())
        .findings();
  }

  private static ObjectNode at(ObjectNode json, String array, int index) {
    return (ObjectNode) json.path(array).get(index);
  }

  private static ObjectNode line(ObjectNode json, String section, String array, int index) {
    return (ObjectNode) json.path(section).path(array).get(index);
  }

  private static List<Finding> only(List<Finding> found, String rule) {
    return found.stream().filter(f -> f.rule().equals(rule)).toList();
  }

  @Test
  void the_seed_return_keeps_every_rule() {
    assertThat(findings(j -> {})).isEmpty();
  }

  @Test
  void a_return_naming_no_hwb_is_an_error() {
    assertThat(findings(j -> j.putArray("hwbs")))
        .contains(
            new Finding(
                ReturnRules.PLAN,
                Severity.ERROR,
                "hwbs",
                "The return names no Health and Wellbeing Board it reports for.",
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void a_return_for_another_round_than_its_plan_is_an_error() {
    assertThat(findings("2017-19", true, j -> j.put("round", "2017-19")))
        .extracting(Finding::where, Finding::message)
        .contains(
            tuple("round", "The return is for the 2017-19 round but its plan is for 2014-16."));
  }

  @Test
  void an_hwb_the_plan_does_not_cover_is_an_error_at_its_place_in_the_list() {
    List<Finding> found = findings(j -> ((ArrayNode) j.path("hwbs")).set(1, "warwickshire"));
    assertThat(found)
        .extracting(Finding::where, Finding::message)
        .contains(
            tuple("hwbs[1]", "The plan " + PLAN_TITLE + " does not cover the HWB 'warwickshire'."));
    assertThat(found).extracting(Finding::where).doesNotContain("hwbs[0]");
  }

  @Test
  void a_budget_arrangement_for_a_scheme_the_plan_lacks_names_its_line() {
    assertThat(findings(j -> line(j, "budgetArrangements", "schemes", 1).put("scheme", "carers")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReturnRules.PLAN);
              assertThat(f.where()).isEqualTo("budgetArrangements.schemes[1].scheme");
              assertThat(f.message())
                  .isEqualTo(
                      "The budget arrangement of line 2 is for the scheme 'carers', which the plan "
                          + PLAN_TITLE
                          + " does not have.");
            });
  }

  @Test
  void an_arrangement_that_is_not_a_choice_names_its_line_and_the_choices() {
    assertThat(
            findings(j -> line(j, "budgetArrangements", "schemes", 0).put("arrangement", "shared")))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.where()).isEqualTo("budgetArrangements.schemes[0].arrangement");
              assertThat(f.message())
                  .isEqualTo(
                      "The budget arrangement of line 1 is 'shared'; choose pooled, aligned or host-managed.");
            });
  }

  @Test
  void a_host_that_is_not_a_partner_names_its_line() {
    assertThat(findings(j -> line(j, "budgetArrangements", "schemes", 1).put("host", "somewhere")))
        .extracting(Finding::message)
        .containsExactly(
            "The host of budget arrangement line 2 is the organisation 'somewhere', which is not a partner in the plan "
                + PLAN_TITLE
                + ".");
  }

  @Test
  void a_condition_row_for_an_hwb_the_return_does_not_cover_names_its_line() {
    assertThat(findings(j -> at(j, "nationalConditions", 1).put("hwb", "warwickshire")))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            tuple(
                "nationalConditions[1].hwb",
                "National condition line 2 is for the HWB 'warwickshire', which the return does not cover."));
  }

  @Test
  void a_condition_the_round_does_not_have_is_an_error_and_nothing_else_is_checked_on_its_line() {
    assertThat(
            findings(
                j ->
                    at(j, "nationalConditions", 2)
                        .put("condition", "world-peace")
                        .put("status", "done")))
        .extracting(Finding::rule, Finding::where, Finding::message)
        .containsExactly(
            tuple(
                ReturnRules.VALUES,
                "nationalConditions[2].condition",
                "National condition line 3 is for 'world-peace', which is not a national condition of the "
                    + ROUNDS.find("2014-16").orElseThrow().name()
                    + " round."));
  }

  @Test
  void a_part_the_condition_does_not_have_is_an_error() {
    assertThat(findings(j -> at(j, "nationalConditions", 4).put("subItem", "fax-machines")))
        .extracting(Finding::rule, Finding::where, Finding::message)
        .containsExactly(
            tuple(
                ReturnRules.VALUES,
                "nationalConditions[4].subItem",
                "National condition line 5 names the part 'fax-machines', which the condition '"
                    + ROUNDS
                        .find("2014-16")
                        .orElseThrow()
                        .condition("data-sharing")
                        .orElseThrow()
                        .name()
                    + "' does not have."));
  }

  @Test
  void an_unknown_status_is_reported_once_and_no_date_rule_applies() {
    assertThat(
            findings(
                j ->
                    at(j, "nationalConditions", 2)
                        .put("status", "done")
                        .remove(List.of("expectedDate", "expectedDateText"))))
        .extracting(Finding::where)
        .containsExactly("nationalConditions[2].status");
  }

  @Test
  void a_condition_met_on_the_return_date_itself_is_not_late() {
    assertThat(findings(j -> at(j, "nationalConditions", 0).put("expectedDate", "2015-09-30")))
        .isEmpty();
    assertThat(findings(j -> at(j, "nationalConditions", 0).put("expectedDate", "2015-10-01")))
        .extracting(Finding::rule)
        .containsExactly(ReturnRules.MET_DATE);
  }

  @Test
  void a_met_condition_for_all_hwbs_is_worded_without_an_hwb() {
    assertThat(
            findings(
                j ->
                    at(j, "nationalConditions", 0).put("expectedDate", "2016-01-01").remove("hwb")))
        .extracting(Finding::message)
        .containsExactly(
            "'Plans to be jointly agreed' is reported met but expected to be met on 1 January 2016,"
                + " after the return's date of 30 September 2015: either it is not met yet or the date is wrong.");
  }

  @Test
  void without_the_plan_a_late_met_condition_names_the_hwb_by_its_id() {
    assertThat(
            findings(
                "2014-16",
                false,
                j -> at(j, "nationalConditions", 0).put("expectedDate", "2016-01-01")))
        .extracting(Finding::rule, Finding::message)
        .contains(
            tuple(
                ReturnRules.MET_DATE,
                "'Plans to be jointly agreed' is reported met for bournemouth-poole but expected to be"
                    + " met on 1 January 2016, after the return's date of 30 September 2015: either it is"
                    + " not met yet or the date is wrong."));
  }

  @Test
  void a_condition_not_met_with_only_blank_words_for_its_date_is_a_warning_and_words_alone_do() {
    assertThat(
            findings(
                j ->
                    at(j, "nationalConditions", 2)
                        .put("expectedDateText", "  ")
                        .remove("expectedDate")))
        .extracting(Finding::rule, Finding::severity, Finding::where, Finding::message)
        .containsExactly(
            tuple(
                ReturnRules.NOT_MET_DATE,
                Severity.WARNING,
                "nationalConditions[2].expectedDate",
                "'"
                    + SEVEN_DAY
                    + "' is not met for Bournemouth and Poole Health and Wellbeing Board"
                    + " and the return does not say when it is expected to be met."));
    assertThat(findings(j -> at(j, "nationalConditions", 2).remove("expectedDate"))).isEmpty();
    assertThat(findings(j -> at(j, "nationalConditions", 2).remove("expectedDateText"))).isEmpty();
  }

  @Test
  void a_regional_share_is_a_fraction_from_nought_to_one_inclusive() {
    assertThat(findings(j -> at(j, "nationalConditions", 2).put("regionalShareMet", 0))).isEmpty();
    assertThat(findings(j -> at(j, "nationalConditions", 2).put("regionalShareMet", 1))).isEmpty();
    assertThat(findings(j -> at(j, "nationalConditions", 2).put("regionalShareMet", 1.01)))
        .extracting(Finding::rule, Finding::where, Finding::message)
        .containsExactly(
            tuple(
                ReturnRules.VALUES,
                "nationalConditions[2].regionalShareMet",
                "The region's share of HWBs meeting '"
                    + SEVEN_DAY
                    + "' must be between 0% and 100%."));
    assertThat(findings(j -> at(j, "nationalConditions", 2).put("regionalShareMet", -0.01)))
        .extracting(Finding::where)
        .containsExactly("nationalConditions[2].regionalShareMet");
  }

  @Test
  void a_metric_row_for_an_hwb_the_return_does_not_cover_names_its_line() {
    assertThat(findings(j -> at(j, "metrics", 1).put("hwb", "warwickshire")))
        .extracting(Finding::message)
        .containsExactly(
            "Metric line 2 is for the HWB 'warwickshire', which the return does not cover.");
  }

  @Test
  void a_metric_of_neither_the_round_nor_the_plan_is_an_error() {
    assertThat(findings(j -> at(j, "metrics", 1).put("metric", "happiness")))
        .extracting(Finding::rule, Finding::where, Finding::message)
        .containsExactly(
            tuple(
                ReturnRules.VALUES,
                "metrics[1].metric",
                "Metric line 2 is for 'happiness', which is neither a metric of the round nor of the plan."));
    assertThat(findings("2014-16", false, j -> at(j, "metrics", 1).put("metric", "happiness")))
        .extracting(Finding::where)
        .contains("metrics[1].metric");
  }

  @Test
  void a_metric_of_the_plan_alone_is_known() throws Exception {
    ObjectNode planJson =
        (ObjectNode)
            bcf.json.Json.read(
                java.nio.file.Files.readString(bcf.golden.Examples.file("dorset-2015-16")));
    ArrayNode planMetrics = (ArrayNode) planJson.path("metrics");
    ((ObjectNode) planMetrics.get(planMetrics.size() - 1)).put("metric", "dementia-diagnosis");
    bcf.plan.Plan plan = new bcf.plan.json.PlanDocumentReader().read(planJson);
    ObjectNode json = ReturnRulesTest.dorsetJson();
    at(json, "metrics", 5).put("metric", "dementia-diagnosis");
    QuarterlyReturn ret = ReturnDocumentReader.read(json);
    var round = ROUNDS.find("2014-16").orElseThrow();
    assertThat(round.metric("dementia-diagnosis")).isEmpty();
    assertThat(ReturnRules.check(ret, round, Optional.of(plan)).findings()).isEmpty();
    assertThat(
            ReturnRules.check(ret, round, Optional.of(Examples.plan("dorset-2015-16"))).findings())
        .extracting(Finding::where)
        .containsExactly("metrics[5].metric");
  }

  @Test
  void a_progress_that_is_not_a_choice_names_its_line() {
    assertThat(findings(j -> at(j, "metrics", 1).put("progress", "fine")))
        .extracting(Finding::message)
        .containsExactly(
            "The progress on metric line 2 is 'fine'; choose on track, not on track or data not available.");
  }

  @Test
  void
      a_return_without_income_and_expenditure_or_payment_for_performance_is_checked_without_them() {
    assertThat(findings(j -> j.remove(List.of("incomeAndExpenditure", "paymentForPerformance"))))
        .isEmpty();
  }

  @Test
  void a_negative_fund_total_is_an_error() {
    assertThat(findings(j -> ((ObjectNode) j.path("incomeAndExpenditure")).put("fundTotal", -1)))
        .extracting(Finding::rule, Finding::where, Finding::message)
        .containsExactly(
            tuple(
                ReturnRules.AMOUNTS,
                "incomeAndExpenditure.fundTotal",
                "The fund's total is -£1; amounts cannot be negative."));
  }

  @Test
  void negative_income_plans_and_spend_to_date_are_errors_naming_the_line() {
    assertThat(
            findings(
                j -> {
                  line(j, "incomeAndExpenditure", "income", 1).put("plan", -2);
                  line(j, "incomeAndExpenditure", "expenditure", 2)
                      .put("plan", -3)
                      .put("actualToDate", -4.5);
                }))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            tuple(
                "incomeAndExpenditure.income[1].plan",
                "The plan of income line 2 is -£2; amounts cannot be negative."),
            tuple(
                "incomeAndExpenditure.expenditure[2].plan",
                "The plan of expenditure line 3 is -£3; amounts cannot be negative."),
            tuple(
                "incomeAndExpenditure.expenditure[2].actualToDate",
                "The actual to date of expenditure line 3 is -£4.50; amounts cannot be negative."));
  }

  @Test
  void a_finance_line_for_another_hwb_or_organisation_is_an_error() {
    assertThat(
            findings(
                j ->
                    line(j, "incomeAndExpenditure", "income", 0)
                        .put("hwb", "warwickshire")
                        .put("organisation", "nobody")))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            tuple(
                "incomeAndExpenditure.income[0].hwb",
                "Income line 1 is for the HWB 'warwickshire', which the return does not cover."),
            tuple(
                "incomeAndExpenditure.income[0].organisation",
                "Income line 1 is the organisation 'nobody', which is not a partner in the plan "
                    + PLAN_TITLE
                    + "."));
  }

  @Test
  void a_source_the_round_does_not_know_is_named_by_its_code() {
    assertThat(findings(j -> line(j, "incomeAndExpenditure", "income", 0).put("source", "lottery")))
        .extracting(Finding::message)
        .containsExactly(
            "Income line 1 is funded from 'lottery', a source the plan "
                + PLAN_TITLE
                + " has no contribution from.");
  }

  @Test
  void a_payment_line_for_an_hwb_the_return_does_not_cover_names_its_line() {
    assertThat(
            findings(j -> line(j, "paymentForPerformance", "byHwb", 1).put("hwb", "warwickshire")))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            tuple(
                "paymentForPerformance.byHwb[1].hwb",
                "Payment for performance line 2 is for the HWB 'warwickshire', which the return does not cover."));
  }

  @Test
  void without_every_maximum_the_total_is_not_checked() {
    assertThat(
            findings(
                j -> {
                  line(j, "paymentForPerformance", "byHwb", 1).remove("maximumPayment");
                  ((ObjectNode) j.path("paymentForPerformance")).put("maximumTotal", 1);
                }))
        .isEmpty();
    assertThat(findings(j -> ((ObjectNode) j.path("paymentForPerformance")).put("maximumTotal", 1)))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            tuple(
                "paymentForPerformance.maximumTotal",
                "The most payable in total is given as £1 but the HWBs' maximums add up to £979,990."));
  }

  @Test
  void maturity_in_a_round_without_the_model_says_so() {
    assertThat(
            findings(
                j -> j.putArray("highImpactChangeModel").addObject().put("change", "home-first")))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            tuple(
                "highImpactChangeModel",
                "The "
                    + ROUNDS.find("2014-16").orElseThrow().name()
                    + " round has no High Impact Change Model, so its returns report no maturity."));
  }

  private static List<Finding> maturity(Consumer<ArrayNode> rows) {
    return only(
        findings("2017-19", false, j -> rows.accept(j.putArray("highImpactChangeModel"))),
        ReturnRules.HICM);
  }

  @Test
  void maturity_on_the_rounds_changes_and_levels_keeps_the_rule() {
    assertThat(
            maturity(
                rows -> {
                  rows.addObject()
                      .put("hwb", "dorset")
                      .put("change", "home-first")
                      .put("current", "established")
                      .put("planned", "mature");
                  rows.addObject().put("change", "care-homes");
                }))
        .isEmpty();
  }

  @Test
  void maturity_for_a_change_or_level_the_model_lacks_names_the_line_and_the_levels() {
    assertThat(
            maturity(
                rows -> {
                  rows.addObject().put("change", "home-first").put("current", "established");
                  rows.addObject()
                      .put("change", "teleportation")
                      .put("current", "brilliant")
                      .put("planned", "perfect");
                }))
        .extracting(Finding::severity, Finding::where, Finding::message)
        .containsExactly(
            tuple(
                Severity.ERROR,
                "highImpactChangeModel[1].change",
                "High Impact Change line 2 is for 'teleportation', which is not one of the eight changes."),
            tuple(
                Severity.ERROR,
                "highImpactChangeModel[1].current",
                "The current maturity on High Impact Change line 2 is 'brilliant'; choose one of not yet"
                    + " established, plans in place, established, mature, exemplary."),
            tuple(
                Severity.ERROR,
                "highImpactChangeModel[1].planned",
                "The planned maturity on High Impact Change line 2 is 'perfect'; choose one of not yet"
                    + " established, plans in place, established, mature, exemplary."));
  }

  @Test
  void a_maturity_row_for_an_hwb_the_return_does_not_cover_names_its_line() {
    assertThat(
            only(
                findings(
                    "2017-19",
                    false,
                    j -> {
                      var rows = j.putArray("highImpactChangeModel");
                      rows.addObject().put("change", "home-first");
                      rows.addObject().put("hwb", "warwickshire").put("change", "home-first");
                    }),
                ReturnRules.PLAN))
        .extracting(Finding::where, Finding::message)
        .contains(
            tuple(
                "highImpactChangeModel[1].hwb",
                "High Impact Change line 2 is for the HWB 'warwickshire', which the return does not cover."));
  }

  @Test
  void errors_make_the_findings_have_errors_and_warnings_alone_do_not() {
    QuarterlyReturn ret = ReturnDocumentReader.read(ReturnRulesTest.dorsetJson());
    var round = ROUNDS.find("2014-16").orElseThrow();
    assertThat(
            ReturnRules.check(ret, round, Optional.of(Examples.plan("dorset-2015-16"))).hasErrors())
        .isFalse();
    ObjectNode late = ReturnRulesTest.dorsetJson();
    at(late, "nationalConditions", 0).put("expectedDate", "2016-01-01");
    assertThat(
            ReturnRules.check(
                    ReturnDocumentReader.read(late),
                    round,
                    Optional.of(Examples.plan("dorset-2015-16")))
                .hasErrors())
        .isTrue();
    ObjectNode undated = ReturnRulesTest.dorsetJson();
    at(undated, "nationalConditions", 2).remove(List.of("expectedDate", "expectedDateText"));
    assertThat(
            ReturnRules.check(
                    ReturnDocumentReader.read(undated),
                    round,
                    Optional.of(Examples.plan("dorset-2015-16")))
                .hasErrors())
        .isFalse();
  }
}
