package bcf.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.golden.Examples;
import bcf.json.Json;
import bcf.returns.json.ReturnDocumentException;
import bcf.returns.json.ReturnDocumentReader;
import bcf.round.json.RoundCatalogue;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each rule of a return, broken once on the Dorset quarter 2 return. */
class ReturnRulesTest {

  private static final RoundCatalogue ROUNDS = RoundCatalogue.load();

  static ObjectNode dorsetJson() {
    try {
      return (ObjectNode)
          Json.read(Files.readString(Path.of("examples", "returns", "dorset-2015-16-q2.json")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Finding> findings(Consumer<ObjectNode> change) {
    ObjectNode json = dorsetJson();
    change.accept(json);
    QuarterlyReturn ret = ReturnDocumentReader.read(json);
    return ReturnRules.check(
            ret,
            ROUNDS.find(ret.round()).orElseThrow(),
            Optional.of(Examples.plan("dorset-2015-16")))
        .findings();
  }

  private static ObjectNode at(ObjectNode json, String array, int index) {
    return (ObjectNode) json.path(array).get(index);
  }

  @Test
  void a_quarter_outside_the_round_is_an_error_naming_the_quarters_it_asks_for() {
    List<Finding> found = findings(j -> j.put("year", "2016-17"));
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReturnRules.PERIOD);
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.where()).isEqualTo("quarter");
              assertThat(f.message())
                  .contains("Quarter 2 2016-17")
                  .contains(
                      "Quarter 1 2015-16, Quarter 2 2015-16, Quarter 3 2015-16, Quarter 4 2015-16");
            });
  }

  @Test
  void a_position_after_the_quarter_end_is_an_error() {
    assertThat(findings(j -> j.put("asAt", "2015-10-31")))
        .extracting(Finding::rule, Finding::where)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ReturnRules.PERIOD, "asAt"));
  }

  @Test
  void spend_on_a_scheme_the_plan_does_not_have_is_an_error() {
    List<Finding> found =
        findings(
            j ->
                ((ObjectNode) j.path("incomeAndExpenditure").path("expenditure").get(1))
                    .put("scheme", "carers"));
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReturnRules.PLAN);
              assertThat(f.where()).isEqualTo("incomeAndExpenditure.expenditure[1].scheme");
              assertThat(f.message())
                  .contains("Expenditure line 2")
                  .contains("'carers'")
                  .contains("does not have");
            });
  }

  @Test
  void spend_from_a_source_the_plan_has_no_contribution_from_is_an_error() {
    List<Finding> found =
        findings(
            j ->
                ((ObjectNode) j.path("incomeAndExpenditure").path("expenditure").get(0))
                    .put("source", "dfg"));
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReturnRules.PLAN);
              assertThat(f.message()).contains("Disabled Facilities Grant");
            });
  }

  @Test
  void a_host_that_is_not_a_partner_is_an_error() {
    List<Finding> found =
        findings(
            j ->
                ((ObjectNode) j.path("budgetArrangements").path("schemes").get(1))
                    .put("host", "somewhere"));
    assertThat(found)
        .extracting(Finding::where)
        .containsExactly("budgetArrangements.schemes[1].host");
  }

  @Test
  void an_arrangement_that_is_not_a_choice_is_an_error() {
    assertThat(
            findings(
                j ->
                    ((ObjectNode) j.path("budgetArrangements").path("schemes").get(0))
                        .put("arrangement", "shared")))
        .extracting(Finding::rule)
        .containsExactly(ReturnRules.VALUES);
  }

  @Test
  void a_row_for_an_hwb_the_return_does_not_cover_is_an_error() {
    assertThat(findings(j -> at(j, "metrics", 0).put("hwb", "warwickshire")))
        .extracting(Finding::where)
        .containsExactly("metrics[0].hwb");
  }

  @Test
  void a_condition_met_with_an_expected_date_after_the_return_is_an_error() {
    List<Finding> found =
        findings(j -> at(j, "nationalConditions", 0).put("expectedDate", "2016-01-01"));
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReturnRules.MET_DATE);
              assertThat(f.message())
                  .contains("Plans to be jointly agreed")
                  .contains("Bournemouth and Poole Health and Wellbeing Board")
                  .contains("1 January 2016")
                  .contains("30 September 2015");
            });
  }

  @Test
  void a_condition_not_met_without_a_date_is_a_warning() {
    List<Finding> found =
        findings(
            j ->
                at(j, "nationalConditions", 2).remove(List.of("expectedDate", "expectedDateText")));
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReturnRules.NOT_MET_DATE);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void an_unknown_status_and_progress_are_errors() {
    assertThat(
            findings(
                j -> {
                  at(j, "nationalConditions", 0).put("status", "done");
                  at(j, "metrics", 0).put("progress", "fine");
                }))
        .extracting(Finding::where)
        .containsExactly("nationalConditions[0].status", "metrics[0].progress");
  }

  @Test
  void a_negative_forecast_is_an_error() {
    assertThat(
            findings(
                j ->
                    ((ObjectNode) j.path("incomeAndExpenditure").path("expenditure").get(1))
                        .put("forecastOutturn", -5)))
        .extracting(Finding::rule, Finding::where)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ReturnRules.AMOUNTS, "incomeAndExpenditure.expenditure[1].forecastOutturn"));
  }

  @Test
  void payment_maximums_that_do_not_multiply_out_are_errors() {
    List<Finding> found =
        findings(
            j ->
                ((ObjectNode) j.path("paymentForPerformance").path("byHwb").get(0))
                    .put("maximumPayment", 440000));
    assertThat(found)
        .extracting(Finding::where)
        .containsExactly(
            "paymentForPerformance.byHwb[0].maximumPayment", "paymentForPerformance.maximumTotal");
    assertThat(found.get(0).message()).contains("584 admissions at £755").contains("£440,920");
  }

  @Test
  void maturity_in_a_round_without_the_model_is_an_error() {
    List<Finding> found =
        findings(
            j -> {
              ArrayNode rows = j.putArray("highImpactChangeModel");
              rows.addObject().put("change", "home-first").put("current", "established");
            });
    assertThat(found).extracting(Finding::rule).containsExactly(ReturnRules.HICM);
  }

  @Test
  void without_the_plan_the_plan_checks_are_not_made_and_an_info_says_so() {
    QuarterlyReturn ret = ReturnDocumentReader.read(dorsetJson());
    var found = ReturnRules.check(ret, ROUNDS.find("2014-16").orElseThrow(), Optional.empty());
    assertThat(found.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(found.hasErrors()).isFalse();
  }

  @Test
  void a_forecast_that_is_not_a_number_refuses_the_document_saying_where() {
    ObjectNode json = dorsetJson();
    ((ObjectNode) json.path("incomeAndExpenditure").path("expenditure").get(1))
        .put("forecastOutturn", "about 7m");
    json.put("asAt", "30/09/2015");
    assertThatThrownBy(() -> ReturnDocumentReader.read(json))
        .isInstanceOf(ReturnDocumentException.class)
        .satisfies(
            e ->
                assertThat(((ReturnDocumentException) e).problems())
                    .extracting(ReturnDocumentException.Problem::where)
                    .containsExactly("asAt", "incomeAndExpenditure.expenditure[1].forecastOutturn"))
        .hasMessageContaining("not a date");
  }

  @Test
  void a_section_that_is_not_an_object_refuses_the_document() {
    ObjectNode json = dorsetJson();
    json.put("narrative", 123);
    assertThatThrownBy(() -> ReturnDocumentReader.read(json))
        .isInstanceOf(ReturnDocumentException.class)
        .hasMessageContaining("narrative: should be an object");
  }
}
