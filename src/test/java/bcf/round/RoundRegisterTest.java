package bcf.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.round.json.RoundCatalogue;
import org.junit.jupiter.api.Test;

/** The risk-register scale a round sets comes from its data file's optional register block. */
public class RoundRegisterTest {

  /** A test round: the smallest round file with a register block. */
  public static String roundWith(String registerBlock) {
    return """
        {"id": "test-round", "name": "Test round", "years": ["2017-18"],
         "register": %s}
        """
        .formatted(registerBlock);
  }

  public static final String ONE_TO_FIVE =
      """
      {"notes": "From the round's guidance.",
       "scale": {
         "likelihood": ["1", "2", "3", "4", "5"],
         "impact": ["1", "2", "3", "4", "5"],
         "bands": [{"label": "Low", "from": 1, "to": 3}, {"label": "Medium", "from": 4, "to": 8},
                   {"label": "High", "from": 9, "to": 15}, {"label": "Very high", "from": 16, "to": 25}],
         "threshold": "Very high"}}
      """;

  @Test
  void no_round_shipped_with_bcf_sets_a_scale_because_no_source_gives_one() {
    assertThat(RoundCatalogue.load().all())
        .allSatisfy(round -> assertThat(round.register().any()).isFalse());
  }

  @Test
  void a_round_file_may_set_a_one_to_five_scale_with_its_bands_and_threshold() {
    RegisterDefinition register =
        RoundCatalogue.parse(roundWith(ONE_TO_FIVE), "test.json").register();
    assertThat(register.hasScores()).isTrue();
    assertThat(register.hasCategories()).isFalse();
    assertThat(register.likelihood()).hasSize(5);
    assertThat(register.bands())
        .extracting(b -> b.label() + " " + b.from() + "-" + b.to())
        .containsExactly("Low 1-3", "Medium 4-8", "High 9-15", "Very high 16-25");
    assertThat(register.threshold()).isEqualTo("Very high");
    assertThat(register.notes()).isEqualTo("From the round's guidance.");
  }

  @Test
  void a_round_file_may_set_only_categories() {
    RegisterDefinition register =
        RoundCatalogue.parse(
                roundWith(
                    """
                    {"scale": {"categories": ["Green", "Amber", "Red"], "categoryThreshold": "Red"}}
                    """),
                "test.json")
            .register();
    assertThat(register.hasScores()).isFalse();
    assertThat(register.categories()).containsExactly("Green", "Amber", "Red");
    assertThat(register.categoryThreshold()).isEqualTo("Red");
  }

  @Test
  void a_round_without_a_register_block_sets_none() {
    assertThat(
            RoundCatalogue.parse(
                    """
                    {"id": "r", "name": "R", "years": ["2017-18"]}
                    """,
                    "r.json")
                .register())
        .isEqualTo(RegisterDefinition.NONE);
  }

  @Test
  void a_threshold_that_names_no_band_makes_the_round_file_unusable_naming_the_file() {
    assertThatThrownBy(
            () ->
                RoundCatalogue.parse(
                    roundWith(
                        ONE_TO_FIVE.replace(
                            "\"threshold\": \"Very high\"", "\"threshold\": \"Extreme\"")),
                    "bad.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("'Extreme' names none of the bands");
  }

  @Test
  void a_band_that_runs_backwards_or_a_level_count_without_bands_is_refused() {
    assertThatThrownBy(
            () ->
                RoundCatalogue.parse(
                    roundWith(
                        ONE_TO_FIVE.replace("\"from\": 4, \"to\": 8", "\"from\": 8, \"to\": 4")),
                    "bad.json"))
        .hasMessageContaining("'Medium' runs from 8 to 4");
    assertThatThrownBy(
            () ->
                RoundCatalogue.parse(
                    roundWith("{\"scale\": {\"likelihood\": [\"1\"], \"impact\": [\"1\"]}}"),
                    "bad.json"))
        .hasMessageContaining("likelihood, impact and bands together");
    assertThatThrownBy(
            () ->
                RoundCatalogue.parse(
                    roundWith(ONE_TO_FIVE.replace("\"from\": 1,", "\"from\": \"one\",")),
                    "bad.json"))
        .hasMessageContaining("'from' is required as a whole number");
  }

  @Test
  void a_category_threshold_that_is_not_a_category_is_refused() {
    assertThatThrownBy(
            () ->
                RoundCatalogue.parse(
                    roundWith(
                        "{\"scale\": {\"categories\": [\"Low\", \"High\"], \"categoryThreshold\": \"Red\"}}"),
                    "bad.json"))
        .hasMessageContaining("'Red' is not a category");
  }
}
