package bcf.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Kind;
import bcf.planning.web.EditForm.Option;
import bcf.planning.web.EditForm.Outcome;
import bcf.planning.web.EditForm.Section;
import bcf.planning.web.EditForm.Submission;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Typed form values become plan document values, without Spring. */
class EditFormTest {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private static final Column ACTUAL = Column.of("actual", "Actual", Kind.MONEY);

  private static final Section CONTRIBUTIONS =
      new Section(
          "/contributions",
          "Contributions",
          "Contribution",
          List.of(
              Column.choice("organisation", "Organisation", List.of(new Option("wcc", "WCC")))
                  .mandatory(),
              Column.of("year", "Year", Kind.YEAR).mandatory(),
              Column.of("minimum", "Minimum", Kind.MONEY),
              ACTUAL,
              Column.of("spend/2015-16/total", "2015-16 total", Kind.MONEY)),
          false,
          true);

  private static ObjectNode document() {
    return (ObjectNode)
        JSON.readTree(
            """
            {"id": "p", "round": "2014-16", "title": "T",
             "contributions": [
               {"organisation": "wcc", "year": "2014-15", "actual": 1244000, "notes": "kept"},
               {"organisation": "wcc", "year": "2015-16", "minimum": 10, "actual": 800000}
             ]}
            """);
  }

  private static Submission sent(Map<String, String> values) {
    return new Submission(values, Map.of(), Set.of());
  }

  @Test
  void moneyReadsWithPoundSignsCommasAndPence() {
    assertThat(EditForm.money("1,244,000", "x")).isEqualByComparingTo("1244000");
    assertThat(EditForm.money("£1,244,000", "x")).isEqualByComparingTo("1244000");
    assertThat(EditForm.money(" 1244000.50 ", "x")).isEqualByComparingTo("1244000.50");
    assertThat(EditForm.convert(ACTUAL, "£1,244,000").decimalValue())
        .isEqualByComparingTo(new BigDecimal("1244000"));
  }

  @Test
  void moneyRefusesTextNegativeAmountsAndFractionsOfPence() {
    assertThatThrownBy(() -> EditForm.convert(ACTUAL, "lots"))
        .hasMessage("Enter actual as an amount in pounds, like 1,244,000");
    assertThatThrownBy(() -> EditForm.convert(ACTUAL, "12.345"))
        .hasMessage("Enter actual as an amount in pounds, like 1,244,000");
    assertThatThrownBy(() -> EditForm.convert(ACTUAL, "-5"))
        .hasMessage("Enter actual as £0 or more");
  }

  @Test
  void blankMeansNoValue() {
    assertThat(EditForm.convert(ACTUAL, "   ")).isNull();
    assertThat(EditForm.convert(Column.of("notes", "Notes", Kind.TEXT), "")).isNull();
  }

  @Test
  void otherKindsAreCheckedToo() {
    assertThat(EditForm.convert(Column.of("l", "Likelihood", Kind.WHOLE), "4").intValue())
        .isEqualTo(4);
    assertThatThrownBy(() -> EditForm.convert(Column.of("l", "Likelihood", Kind.WHOLE), "4.5"))
        .hasMessageContaining("whole number");
    assertThat(EditForm.convert(Column.of("d", "Date", Kind.DATE), "2014-02-14").asString())
        .isEqualTo("2014-02-14");
    assertThatThrownBy(() -> EditForm.convert(Column.of("d", "Date", Kind.DATE), "14/02/2014"))
        .hasMessageContaining("2014-02-14");
    assertThatThrownBy(() -> EditForm.convert(Column.of("y", "Year", Kind.YEAR), "2015-17"))
        .hasMessageContaining("years");
    Column status = Column.choice("status", "Status", List.of(new Option("met", "Met")));
    assertThat(EditForm.convert(status, "met").asString()).isEqualTo("met");
    assertThatThrownBy(() -> EditForm.convert(status, "maybe")).hasMessageContaining("list");
  }

  @Test
  void submittedValuesOverlayTheStoredDocumentAndBlanksRemoveValues() {
    Map<String, String> values = new HashMap<>();
    values.put("/contributions/0/actual", "£1,324,000");
    values.put("/contributions/1/minimum", "");
    Outcome outcome = EditForm.apply(document(), List.of(CONTRIBUTIONS), sent(values));
    assertThat(outcome.errors()).isEmpty();
    ObjectNode saved = outcome.document();
    assertThat(saved.at("/contributions/0/actual").decimalValue()).isEqualByComparingTo("1324000");
    assertThat(saved.at("/contributions/0/notes").asString()).isEqualTo("kept");
    assertThat(saved.at("/contributions/1/minimum").isMissingNode()).isTrue();
    assertThat(saved.at("/contributions/1/actual").decimalValue()).isEqualByComparingTo("800000");
  }

  @Test
  void aStoredChoiceNotInTheListIsKeptButANewOneIsRefused() {
    ObjectNode stored = document();
    ((ObjectNode) stored.at("/contributions/0")).put("organisation", "districts");
    Map<String, String> values = new HashMap<>();
    values.put("/contributions/0/organisation", "districts");
    assertThat(EditForm.apply(stored, List.of(CONTRIBUTIONS), sent(values)).errors()).isEmpty();
    values.put("/contributions/1/organisation", "districts");
    assertThat(EditForm.apply(stored, List.of(CONTRIBUTIONS), sent(values)).errors())
        .containsOnlyKeys("/contributions/1/organisation");
  }

  @Test
  void rowsInsideRowsAreEditedInPlace() {
    ObjectNode stored =
        (ObjectNode)
            JSON.readTree("{\"metrics\": [{\"metric\": \"m\", \"targets\": [{\"value\": 1}]}]}");
    Section metrics =
        new Section(
            "/metrics",
            "Metrics",
            "Metric",
            List.of(Column.of("metric", "Metric", Kind.READ_ONLY)),
            false,
            false);
    Section targets =
        new Section(
            "/metrics/0/targets",
            "Targets",
            "Target",
            List.of(Column.of("value", "Value", Kind.DECIMAL)),
            false,
            true);
    Outcome outcome =
        EditForm.apply(
            stored,
            List.of(metrics, targets),
            new Submission(
                Map.of("/metrics/0/targets/1/value", "2.5"),
                Map.of("/metrics/0/targets", 2),
                Set.of()));
    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.document().at("/metrics/0/metric").asString()).isEqualTo("m");
    assertThat(outcome.document().at("/metrics/0/targets").size()).isEqualTo(2);
    assertThat(outcome.document().at("/metrics/0/targets/1/value").decimalValue())
        .isEqualByComparingTo("2.5");
  }

  @Test
  void badValuesAreErrorsByPointer() {
    Map<String, String> values = new HashMap<>();
    values.put("/contributions/1/actual", "eight hundred thousand");
    Outcome outcome = EditForm.apply(document(), List.of(CONTRIBUTIONS), sent(values));
    assertThat(outcome.valid()).isFalse();
    assertThat(outcome.errors())
        .containsEntry(
            "/contributions/1/actual", "Enter actual as an amount in pounds, like 1,244,000");
  }

  @Test
  void removedRowsGoAndTheirErrorsDoNotCount() {
    Map<String, String> values = new HashMap<>();
    values.put("/contributions/0/actual", "nonsense");
    Outcome outcome =
        EditForm.apply(
            document(),
            List.of(CONTRIBUTIONS),
            new Submission(values, Map.of(), Set.of("/contributions/0")));
    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.document().at("/contributions").size()).isEqualTo(1);
    assertThat(outcome.document().at("/contributions/0/year").asString()).isEqualTo("2015-16");
    // an error in the saved document's row 0 is the form's row 1
    assertThat(outcome.formPointer("/contributions/0/actual")).isEqualTo("/contributions/1/actual");
  }

  @Test
  void anAddedRowIsKeptWhenFilledInAndDroppedWhenBlank() {
    Map<String, String> values = new HashMap<>();
    values.put("/contributions/2/organisation", "wcc");
    values.put("/contributions/2/year", "2015-16");
    values.put("/contributions/2/actual", "1,000");
    values.put("/contributions/3/organisation", "");
    values.put("/contributions/3/actual", "");
    Outcome outcome =
        EditForm.apply(
            document(),
            List.of(CONTRIBUTIONS),
            new Submission(values, Map.of("/contributions", 4), Set.of()));
    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.document().at("/contributions").size()).isEqualTo(3);
    assertThat(outcome.document().at("/contributions/2/actual").intValue()).isEqualTo(1000);
  }

  @Test
  void anAddedRowMissingARequiredValueIsAnError() {
    Map<String, String> values = new HashMap<>();
    values.put("/contributions/2/organisation", "wcc");
    values.put("/contributions/2/actual", "1,000");
    Outcome outcome =
        EditForm.apply(
            document(),
            List.of(CONTRIBUTIONS),
            new Submission(values, Map.of("/contributions", 3), Set.of()));
    assertThat(outcome.errors()).containsEntry("/contributions/2/year", "Enter year");
  }

  @Test
  void nestedValuesAreCreatedAndEmptyObjectsPruned() {
    Map<String, String> values = new HashMap<>();
    values.put("/contributions/0/spend/2015-16/total", "5");
    Outcome outcome = EditForm.apply(document(), List.of(CONTRIBUTIONS), sent(values));
    assertThat(outcome.document().at("/contributions/0/spend/2015-16/total").intValue())
        .isEqualTo(5);
    values.put("/contributions/0/spend/2015-16/total", "");
    Outcome cleared = EditForm.apply(outcome.document(), List.of(CONTRIBUTIONS), sent(values));
    assertThat(cleared.document().at("/contributions/0").has("spend")).isFalse();
  }

  @Test
  void theAddRowSubmissionShowsOneMoreRowWithoutChangingTheDocument() {
    ObjectNode stored = document();
    Submission more = Submission.empty().withExtraRow("/contributions", 2);
    EditPage page = EditPage.of(stored, List.of(CONTRIBUTIONS), more, Map.of(), null);
    assertThat(page.sections().get(0).rows()).hasSize(3);
    assertThat(page.sections().get(0).rows().get(2).fields().get(3).value()).isEmpty();
    assertThat(page.sections().get(0).rows().get(0).fields().get(3).value()).isEqualTo("1,244,000");
    assertThat(page.sections().get(0).rows().get(0).fields().get(3).id())
        .isEqualTo("f-contributions-0-actual");
    assertThat(stored).isEqualTo(document());
  }

  @Test
  void errorsAppearInTheSummaryAndBesideTheField() {
    Map<String, String> values = Map.of("/contributions/1/actual", "lots");
    Outcome outcome = EditForm.apply(document(), List.of(CONTRIBUTIONS), sent(values));
    EditPage page =
        EditPage.of(document(), List.of(CONTRIBUTIONS), sent(values), outcome.errors(), null);
    assertThat(page.errors()).hasSize(1);
    assertThat(page.errors().get(0).href()).isEqualTo("#f-contributions-1-actual");
    assertThat(page.errors().get(0).text()).contains("Contribution 2").contains("amount in pounds");
    EditPage.FieldView field = page.sections().get(0).rows().get(1).fields().get(3);
    assertThat(field.value()).isEqualTo("lots");
    assertThat(field.error()).contains("amount in pounds");
  }

  private static final Section ORGANISATIONS =
      new Section(
              "/organisations",
              "Organisations",
              "Organisation",
              List.of(Column.of("name", "Name", Kind.TEXT).mandatory()),
              true,
              true)
          .identifiedBy("name");

  @Test
  void rowsAddedWithoutAnIdGetOneFromTheirNameThatIsNeverReused() {
    ObjectNode base =
        (ObjectNode)
            JSON.readTree(
                """
                {"organisations": [{"id": "wcc", "name": "Warwickshire County Council"},
                                   {"id": "rugby-borough-council", "name": "Old"}]}
                """);
    Submission submission =
        new Submission(
            Map.of(
                "/organisations/2/name", "Rugby Borough Council",
                "/organisations/3/name", "Rugby Borough Council",
                "/organisations/0/name", "Warwickshire County Council (renamed)"),
            Map.of("/organisations", 4),
            Set.of("/organisations/1"));
    Outcome outcome = EditForm.apply(base, List.of(ORGANISATIONS), submission);
    assertThat(outcome.errors()).isEmpty();
    assertThat(
            outcome.document().at("/organisations").valueStream().map(o -> o.get("id").asString()))
        .as("a kept id stays; a removed one is not given to a new row")
        .containsExactly("wcc", "rugby-borough-council-2", "rugby-borough-council-3");
    assertThat(EditForm.slug("Home First (Discharge to Assess) – Pathway 1 & 2 for adults over 65"))
        .isEqualTo("home-first-discharge-to-assess-pathway-1");
  }

  @Test
  void aStartingRowIsKeptOnlyOnceSomethingIsTypedIntoIt() {
    ObjectNode starter = (ObjectNode) JSON.readTree("{\"key\": \"vision\", \"title\": \"Vision\"}");
    Section narrative =
        new Section(
                "/narrative",
                "Narrative",
                "Section",
                List.of(
                    Column.of("title", "Title", Kind.TEXT),
                    Column.of("text", "Text", Kind.TEXTAREA)),
                true,
                true)
            .startingWith(List.of(starter));
    ObjectNode base = (ObjectNode) JSON.readTree("{}");
    Outcome untouched =
        EditForm.apply(
            base,
            List.of(narrative),
            sent(Map.of("/narrative/0/title", "Vision", "/narrative/0/text", "")));
    assertThat(untouched.document().has("narrative")).isFalse();
    Outcome written =
        EditForm.apply(
            base,
            List.of(narrative),
            sent(Map.of("/narrative/0/title", "Vision", "/narrative/0/text", "Ours")));
    assertThat(written.document().at("/narrative/0/key").asString()).isEqualTo("vision");
    assertThat(written.document().at("/narrative/0/text").asString()).isEqualTo("Ours");
  }

  @Test
  void aNumberChosenFromAListIsStoredAsANumberAndOthersAreRefused() {
    Column likelihood =
        Column.of("likelihood", "Likelihood", Kind.WHOLE)
            .listed(List.of(new Option("1", "1"), new Option("5", "5")));
    assertThat(EditForm.convert(likelihood, "5").isNumber()).isTrue();
    assertThatThrownBy(() -> EditForm.convert(likelihood, "7"))
        .hasMessage("Choose likelihood from the list");
  }
}
