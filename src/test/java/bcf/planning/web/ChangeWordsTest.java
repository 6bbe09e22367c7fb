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
    assertThat(words.what()).isEqualTo("Scheme 'Home first': spend 2017-18 recurrent");
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
        .isEqualTo("Contribution number 1: actual");
    assertThat(
            ChangeWords.of(
                "/metrics/0/targets/0/value",
                NODES.numberNode(10),
                NODES.numberNode(new java.math.BigDecimal("9.50")),
                PLAN,
                PLAN))
        .isEqualTo(new ChangeWords.Words("Metric 'nel', target '2017-18 Q1': value", "10", "9.5"));
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
      assertThat(words.what()).as(pointer).doesNotContain("/");
    }
  }
}
