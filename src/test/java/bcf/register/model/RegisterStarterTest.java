package bcf.register.model;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.golden.Examples;
import bcf.round.RegisterDefinition;
import bcf.round.RoundRegisterTest;
import bcf.round.json.RoundCatalogue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A register started from a plan is on the scale its round sets, else bcf's default. */
class RegisterStarterTest {

  private static RegisterDefinition roundScale(String block) {
    return RoundCatalogue.parse(RoundRegisterTest.roundWith(block), "test.json").register();
  }

  @Test
  void a_round_without_a_scale_gives_the_default_scale() {
    assertThat(Scale.of(RegisterDefinition.NONE)).isEqualTo(Scale.DEFAULT);
    Register register =
        RegisterStarter.from(
            Examples.plan("warwickshire-2014-16"), "r", Scale.of(RegisterDefinition.NONE));
    assertThat(register.scale()).isEqualTo(Scale.DEFAULT);
  }

  @Test
  void a_register_started_under_a_round_with_a_scale_takes_its_bands_and_threshold() {
    Scale scale = Scale.of(roundScale(RoundRegisterTest.ONE_TO_FIVE));
    Register register = RegisterStarter.from(Examples.plan("warwickshire-2014-16"), "r", scale);
    assertThat(register.scale().bands())
        .containsExactly(
            new Scale.Band("Low", 1, 3),
            new Scale.Band("Medium", 4, 8),
            new Scale.Band("High", 9, 15),
            new Scale.Band("Very high", 16, 25));
    assertThat(register.scale().threshold()).isEqualTo("Very high");
    assertThat(register.scale().likelihood()).containsExactly("1", "2", "3", "4", "5");
    // The round gives no categories: the default's stay for categorical ratings.
    assertThat(register.scale().categories()).isEqualTo(Scale.DEFAULT.categories());
    assertThat(RegisterRules.check(register)).isEmpty();
    // Warwickshire's scores 16, 12, 12, 16, 16, 16, 9, 12: only the four 16s are Very high here,
    // where the default scale's threshold (High, from 10) makes seven exceptions.
    assertThat(ExceptionReport.of(register, LocalDate.of(2014, 4, 1)).aboveThreshold()).hasSize(4);
  }

  @Test
  void a_round_with_categories_only_keeps_the_default_likelihood_and_impact() {
    Scale scale =
        Scale.of(
            roundScale(
                """
                {"scale": {"categories": ["Low", "Medium", "High", "Very high"],
                           "categoryThreshold": "Very high"}}
                """));
    assertThat(scale.likelihood()).isEqualTo(Scale.DEFAULT.likelihood());
    assertThat(scale.bands()).isEqualTo(Scale.DEFAULT.bands());
    assertThat(scale.categories()).containsExactly("Low", "Medium", "High", "Very high");
    Register register =
        RegisterStarter.from(Examples.plan("central-lancashire-2014-16"), "cl", scale);
    // Central Lancashire rates Medium, Medium, Medium, High, High: none Very high.
    assertThat(RegisterRules.check(register)).isEmpty();
    assertThat(ExceptionReport.of(register, LocalDate.of(2014, 4, 1)).aboveThreshold()).isEmpty();
    assertThat(
            ExceptionReport.of(
                    RegisterStarter.from(Examples.plan("central-lancashire-2014-16"), "cl"),
                    LocalDate.of(2014, 4, 1))
                .aboveThreshold())
        .hasSize(2);
  }

  @Test
  void a_round_scale_too_small_for_the_plan_ratings_is_found_by_the_rules() {
    Scale small =
        Scale.of(
            roundScale(
                """
                {"scale": {"likelihood": ["Low", "High"], "impact": ["Low", "High"],
                  "bands": [{"label": "Low", "from": 1, "to": 2}, {"label": "High", "from": 3, "to": 4}],
                  "threshold": "High"}}
                """));
    Register register = RegisterStarter.from(Examples.plan("warwickshire-2014-16"), "r", small);
    List<Finding> findings = RegisterRules.check(register);
    assertThat(findings).extracting(Finding::rule).contains(RegisterRules.OUTSIDE_SCALE);
  }
}
