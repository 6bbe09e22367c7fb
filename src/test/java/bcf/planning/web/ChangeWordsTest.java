package bcf.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Changes in words: the thing and the field, values formatted, never a pointer. */
class ChangeWordsTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final JsonNode PLAN =
      Json.read(
          """
          {"title": "Warwickshire BCF plan", "statedIn": "thousands",
           "organisations": [{"id": "wcc", "name": "Warwickshire County Council"}],
           "contributions": [{"organisation": "wcc", "year": "2017-18", "actual": 1200000}],
           "schemes": [{"id": "s1", "name": "Home first",
                        "spend": {"2017-18": {"recurrent": 1250000}}}],
           "risks": [{"description": "Workforce shortages in domiciliary care", "rating": "High"}],
           "nationalConditions": [{"condition": "jointly-agreed", "status": "met"}],
           "metrics": [{"metric": "nel", "targets": [{"period": "2017-18 Q1", "value": 10}]}]}
          """);

  @Test
  void a_schemes_spend_is_named_by_the_scheme_and_said_in_pounds() {
    ChangeWords.Words words =
        ChangeWords.of(
            "/schemes/0/spend/2017-18/recurrent",
            NODES.numberNode(new java.math.BigDecimal("1200000")),
            NODES.numberNode(new java.math.BigDecimal("1250000.50")),
            PLAN,
            PLAN);
    assertThat(words.what()).isEqualTo("Scheme 'Home first': spend 2017/18 recurrent");
    assertThat(words.oldValue()).isEqualTo("£1,200,000");
    assertThat(words.newValue()).isEqualTo("£1,250,000.50");
  }

  @Test
  void a_row_without_a_name_is_named_by_what_it_holds_or_its_number() {
    assertThat(
            ChangeWords.of(
                    "/risks/0/rating",
                    NODES.stringNode("Medium"),
                    NODES.stringNode("High"),
                    PLAN,
                    PLAN)
                .what())
        .isEqualTo("Risk 'Workforce shortages in domiciliary care': rating");
    assertThat(
            ChangeWords.of("/contributions/0/actual", null, NODES.numberNode(5), PLAN, PLAN).what())
        .isEqualTo("Contribution 'Warwickshire County Council, 2017/18': actual");
    assertThat(
            ChangeWords.of(
                "/metrics/0/targets/0/value",
                NODES.numberNode(10),
                NODES.numberNode(new java.math.BigDecimal("9.50")),
                PLAN,
                PLAN))
        .isEqualTo(
            new ChangeWords.Words("Metric number 1, target '2017/18 Q1': value", "10", "9.5"));
  }

  @Test
  void fixed_choices_and_blanks_are_said_in_words() {
    ChangeWords.Words words =
        ChangeWords.of(
            "/nationalConditions/0/status",
            NODES.stringNode("not-met"),
            NODES.stringNode("met"),
            PLAN,
            PLAN);
    assertThat(words.oldValue()).isEqualTo("Not met");
    assertThat(words.newValue()).isEqualTo("Met");
    assertThat(ChangeWords.of("/title", NODES.stringNode("Old"), null, PLAN, PLAN))
        .isEqualTo(new ChangeWords.Words("Title", "Old", "(blank)"));
    assertThat(
            ChangeWords.of(
                    "/statedIn",
                    NODES.stringNode("pounds"),
                    NODES.stringNode("thousands"),
                    PLAN,
                    PLAN)
                .newValue())
        .isEqualTo("Thousands of pounds");
  }

  @Test
  void a_row_added_or_removed_is_named_from_the_document_that_holds_it() {
    JsonNode before = PLAN;
    JsonNode after = Json.read("{\"risks\": []}");
    ChangeWords.Words removed =
        ChangeWords.of("/risks/0", PLAN.get("risks").get(0), null, before, after);
    assertThat(removed)
        .isEqualTo(
            new ChangeWords.Words(
                "Risk 'Workforce shortages in domiciliary care'", "present", "removed"));
    ChangeWords.Words added =
        ChangeWords.of("/risks/0", null, PLAN.get("risks").get(0), after, before);
    assertThat(added.newValue()).isEqualTo("added");
  }

  @Test
  void no_pointer_is_ever_part_of_the_words() {
    for (String pointer :
        new String[] {
          "/schemes/0/name", "/schemes/0/spend/2017-18/total", "/risks/0/reviewDate", "/unknown/3/x"
        }) {
      ChangeWords.Words words = ChangeWords.of(pointer, null, NODES.stringNode("x"), PLAN, PLAN);
      assertThat(words.what()).as(pointer).doesNotContainPattern("/[A-Za-z]|/\\d+/");
    }
  }

  /** A 2017-19 plan with a list inside each group of fields, named by the round. */
  private static final JsonNode FINANCE =
      Json.read(
          """
          {"round": "2017-19",
           "hwbs": [{"id": "warwickshire", "name": "Warwickshire"}],
           "organisations": [
             {"id": "wcc", "name": "Warwickshire County Council"},
             {"id": "nwbc", "name": "North Warwickshire Borough Council"},
             {"id": "ccg", "name": "NHS Coventry and Rugby CCG",
              "populationShares": {"warwickshire": 0.44}}],
           "contributions": [{"organisation": "wcc", "stream": "ibcf", "year": "2017-18",
                              "actual": 8300584}],
           "contingency": [{"period": "2017-18", "plannedSavings": 100000},
                           {"period": "ongoing", "plannedSavings": 50000}],
           "ibcf": {"purposes": [{"id": "p1", "purpose": "Winter pressures",
                                  "amounts": {"2017-18": 100000}}]},
           "paymentForPerformance": {
             "schedule": [{"payment": "April 2015", "share": 0.25},
                          {"payment": "October 2015", "share": 0.75}],
             "byHwb": [{"hwb": "warwickshire", "plannedReduction": 584}]},
           "pooledBudget": {"host": "wcc",
             "riskShares": [{"id": "r1", "description": "Overspend on care homes",
                             "retainedShare": 0.5}]},
           "dfg": {"allocation": [{"district": "nwbc", "year": "2017-18", "total": 596000}]},
           "outOfHospital": {"spend": [{"areaOfSpend": "Social Care",
                                        "amounts": {"2017-18": 10}}]},
           "socialCareMaintenance": {"uplift": {"2017-18": 0.0179}},
           "dates": [{"event": "agreed-by-hwb", "date": "2017-08-17"}],
           "nationalConditions": [{"condition": "jointly-agreed", "status": "met"}],
           "metrics": [{"metric": "non-elective-admissions",
                        "targets": [{"period": "2017-18", "value": 10}],
                        "trajectory": {"method": "flat", "values": {"2017-18": 5}}}]}
          """);

  private static ChangeWords.Words said(String pointer, JsonNode oldValue, JsonNode newValue) {
    bcf.round.Round round = bcf.round.json.RoundCatalogue.load().find("2017-19").orElseThrow();
    return ChangeWords.of(
        pointer, oldValue, newValue, FINANCE, FINANCE, DocumentNames.of(round, FINANCE, FINANCE));
  }

  private static JsonNode money(long pounds) {
    return NODES.numberNode(java.math.BigDecimal.valueOf(pounds));
  }

  @Test
  void a_contingency_line_is_named_by_its_period_and_its_amounts_said_in_pounds() {
    assertThat(said("/contingency/0/plannedSavings", money(100_000), money(120_000)))
        .isEqualTo(
            new ChangeWords.Words(
                "Contingency – line '2017/18': planned savings", "£100,000", "£120,000"));
    assertThat(said("/contingency/1", FINANCE.at("/contingency/1"), null))
        .isEqualTo(new ChangeWords.Words("Contingency – line 'later years'", "present", "removed"));
  }

  @Test
  void an_ibcf_purpose_is_named_by_its_purpose_under_ibcf() {
    assertThat(said("/ibcf/purposes/0/amounts/2017-18", money(100_000), money(90_000)))
        .isEqualTo(
            new ChangeWords.Words(
                "iBCF – purpose 'Winter pressures': amounts for 2017/18", "£100,000", "£90,000"));
  }

  @Test
  void a_payment_for_performance_payment_is_named_by_when_it_is_paid_its_share_a_percentage() {
    assertThat(
            said(
                "/paymentForPerformance/schedule/0/share",
                NODES.numberNode(new java.math.BigDecimal("0.25")),
                NODES.numberNode(new java.math.BigDecimal("0.3"))))
        .isEqualTo(
            new ChangeWords.Words(
                "Payment for performance – payment 'April 2015': share", "25%", "30%"));
    assertThat(
            said(
                    "/paymentForPerformance/schedule/1",
                    FINANCE.at("/paymentForPerformance/schedule/1"),
                    null)
                .what())
        .isEqualTo("Payment for performance – payment 'October 2015'");
    JsonNode none = Json.read("{\"paymentForPerformance\": {\"schedule\": []}}");
    assertThat(ChangeWords.of("/paymentForPerformance/schedule/1", null, null, none, none).what())
        .isEqualTo("Payment for performance – payment number 2");
    assertThat(said("/paymentForPerformance/byHwb/0/plannedReduction", null, null).what())
        .isEqualTo("Payment for performance – HWB 'Warwickshire': planned reduction");
  }

  @Test
  void a_population_share_is_named_by_the_hwb_and_said_as_a_percentage() {
    assertThat(
            said(
                "/organisations/2/populationShares/warwickshire",
                NODES.numberNode(new java.math.BigDecimal("0.44")),
                NODES.numberNode(new java.math.BigDecimal("0.5"))))
        .isEqualTo(
            new ChangeWords.Words(
                "Organisation 'NHS Coventry and Rugby CCG': share of each HWB's population for"
                    + " Warwickshire",
                "44%",
                "50%"));
  }

  @Test
  void metric_targets_and_trajectory_points_are_named_by_the_rounds_metric_and_their_period() {
    assertThat(said("/metrics/0/targets/0/value", NODES.numberNode(10), NODES.numberNode(9)))
        .isEqualTo(
            new ChangeWords.Words(
                "Metric 'Non-elective admissions (general and acute)', target '2017/18': value",
                "10",
                "9"));
    assertThat(said("/metrics/0/trajectory/values/2017-18", null, NODES.numberNode(5)).what())
        .isEqualTo(
            "Metric 'Non-elective admissions (general and acute)': trajectory values for 2017/18");
  }

  @Test
  void codes_in_rows_and_values_are_said_by_their_names() {
    assertThat(said("/pooledBudget/host", NODES.stringNode("wcc"), NODES.stringNode("ccg")))
        .isEqualTo(
            new ChangeWords.Words(
                "Pooled budget host", "Warwickshire County Council", "NHS Coventry and Rugby CCG"));
    assertThat(said("/pooledBudget/riskShares/0/retainedShare", null, null).what())
        .isEqualTo("Pooled budget – risk share 'Overspend on care homes': retained share");
    assertThat(said("/dfg/allocation/0/total", money(596_000), money(600_000)).what())
        .isEqualTo("DFG allocation 'North Warwickshire Borough Council, 2017/18': total");
    assertThat(said("/outOfHospital/spend/0/amounts/2017-18", null, null).what())
        .isEqualTo("Out-of-hospital spend – area of spend 'Social Care': amounts for 2017/18");
    assertThat(
            said(
                    "/socialCareMaintenance/uplift/2017-18",
                    NODES.numberNode(new java.math.BigDecimal("0.0179")),
                    null)
                .oldValue())
        .isEqualTo("1.79%");
    assertThat(said("/dates/0/date", NODES.stringNode("2017-08-17"), null))
        .isEqualTo(
            new ChangeWords.Words(
                "Date 'Agreed by the Health and Wellbeing Board': date",
                "17 August 2017",
                "(blank)"));
    assertThat(said("/contributions/0/actual", null, null).what())
        .startsWith("Contribution 'Warwickshire County Council, Improved Better Care Fund")
        .endsWith("...': actual");
    assertThat(said("/nationalConditions/0/status", null, null).what())
        .startsWith("National condition 'NC1: a jointly agreed plan")
        .doesNotContain("jointly-agreed");
  }

  @Test
  void no_change_inside_a_group_is_said_with_a_path_or_a_code() {
    java.util.regex.Pattern code =
        java.util.regex.Pattern.compile(
            "/|\\[\\d+]|\\b[a-z]+[A-Z][a-zA-Z]*\\b|(?<![\\w-])[a-z]+(-[a-z]+)+(?![\\w-])");
    for (String pointer :
        new String[] {
          "/contingency/0/maximumSupport",
          "/ibcf/purposes/0/objectives",
          "/paymentForPerformance/schedule/0/basis",
          "/paymentForPerformance/byHwb/0/baselineAdmissions",
          "/pooledBudget/riskShares/0/condition",
          "/dfg/allocation/0/dfg",
          "/outOfHospital/spend/0/areaOfSpend",
          "/organisations/2/populationShares/warwickshire",
          "/metrics/0/targets/0/periodLabel"
        }) {
      // "iBCF" is a name, not a field.
      String what =
          said(pointer, null, null).what().replaceAll("'[^']*'", "''").replace("iBCF", "");
      assertThat(code.matcher(what).find()).as(pointer + ": " + what).isFalse();
    }
  }
}
