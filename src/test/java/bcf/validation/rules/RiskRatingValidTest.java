package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.plan.Plan;
import bcf.plan.Risk;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskRatingValidTest {

  private final RiskRatingValid rule = new RiskRatingValid();

  private static Risk risk(
      String id, Integer likelihood, Integer impact, Integer score, String rating) {
    return new Risk(
        id,
        null,
        "R2".equals(id) ? "Workforce shortages" : "Demand exceeds capacity",
        likelihood,
        impact,
        score,
        rating,
        null,
        null,
        null,
        null);
  }

  private static Plan withRisks(Risk... risks) {
    var plan = aPlan();
    for (Risk r : risks) {
      plan.withRisk(r);
    }
    return plan.build();
  }

  @Test
  void its_id_is_risk_rating_valid() {
    assertThat(rule.id()).isEqualTo("risk-rating-valid");
  }

  @Test
  void likelihood_times_impact_equal_to_the_score_and_a_rating_on_the_scale_are_valid() {
    var plan =
        withRisks(
            risk("R1", 4, 4, 16, null),
            risk("R2", 1, 1, 1, null),
            risk("R3", 5, 5, 25, null),
            risk("R4", null, null, null, "Medium"),
            risk("R5", null, null, 12, null));

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void factors_just_outside_one_to_five_are_flagged() {
    var plan = withRisks(risk("R1", 0, 6, null, null));

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "risk-rating-valid",
                Severity.ERROR,
                "risks[0].likelihood",
                "Risk 'Demand exceeds capacity' has a likelihood of 0, outside 1-5."),
            finding(
                "risk-rating-valid",
                Severity.ERROR,
                "risks[0].impact",
                "Risk 'Demand exceeds capacity' has an impact of 6, outside 1-5."));
  }

  @Test
  void a_score_just_outside_the_rounds_range_is_flagged_and_the_range_is_a_parameter() {
    var plan = withRisks(risk("R1", null, null, 0, null), risk(null, null, null, 26, null));

    assertThat(check(rule, plan, Severity.WARNING))
        .containsExactly(
            finding(
                "risk-rating-valid",
                Severity.WARNING,
                "risks[0].score",
                "Risk 'Demand exceeds capacity' has a score of 0, outside 1-25."),
            finding(
                "risk-rating-valid",
                Severity.WARNING,
                "risks[1].score",
                "Risk 'Demand exceeds capacity' has a score of 26, outside 1-25."));
    assertThat(
            check(
                rule,
                withRisks(risk("R1", null, null, 9, null), risk("R2", null, null, 3, null)),
                Severity.ERROR,
                Map.of("minScore", "4", "maxScore", "8")))
        .extracting(Finding::message)
        .containsExactly(
            "Risk 'Demand exceeds capacity' has a score of 9, outside 4-8.",
            "Risk 'Workforce shortages' has a score of 3, outside 4-8.");
    assertThat(
            check(
                rule,
                withRisks(risk("R1", null, null, 4, null), risk("R2", null, null, 8, null)),
                Severity.ERROR,
                Map.of("minScore", "4", "maxScore", "8")))
        .isEmpty();
  }

  @Test
  void a_score_other_than_likelihood_times_impact_is_flagged_with_the_product() {
    var plan = withRisks(risk("R1", 4, 3, 16, null));

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "risk-rating-valid",
                Severity.ERROR,
                "risks[0].score",
                "Risk 'Demand exceeds capacity' has likelihood 4 x impact 3 = 12 but a score of 16.",
                null,
                "12",
                "16",
                "4"));
  }

  @Test
  void a_rating_off_the_rounds_scale_is_flagged_with_the_scale() {
    var plan = withRisks(risk("R1", null, null, null, "Amber"));

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "risk-rating-valid",
                Severity.ERROR,
                "risks[0].rating",
                "Risk 'Demand exceeds capacity' is rated 'Amber', which is not on the round's scale"
                    + " (Low, Medium, High)."));
  }

  @Test
  void an_unrated_risk_is_a_warning_quoting_its_description_shortened() {
    var longText = "Demand   for care\nexceeds capacity " + "x".repeat(60);
    var plan =
        withRisks(
            new Risk("R1", null, longText, null, null, null, null, null, null, null, null),
            new Risk(null, null, "Short", null, null, null, null, null, null, null, null));

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "risk-rating-valid",
                Severity.WARNING,
                "risks[0]",
                "Risk 'Demand for care exceeds capacity xxxxxxxxxxxxxxxxxxxxxxxx...' has no rating."),
            finding(
                "risk-rating-valid", Severity.WARNING, "risks[1]", "Risk 'Short' has no rating."));
  }

  @Test
  void a_risk_is_named_by_its_description_never_its_id_and_without_one_by_its_place() {
    var plan =
        withRisks(
            new Risk("risk-1", null, "Short", null, null, null, null, null, null, null, null),
            new Risk("risk-2", null, " ", 9, 9, 81, null, null, null, null, null));

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "Risk 'Short' has no rating.",
            "Risk 2 of the register has a likelihood of 9, outside 1-5.",
            "Risk 2 of the register has an impact of 9, outside 1-5.",
            "Risk 2 of the register has a score of 81, outside 1-25.")
        .noneMatch(m -> m.contains("risk-"));
  }

  @Test
  void a_description_of_exactly_sixty_characters_is_quoted_whole() {
    var sixty = "y".repeat(60);
    var plan =
        withRisks(new Risk("R1", null, sixty, null, null, null, null, null, null, null, null));

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly("Risk '" + sixty + "' has no rating.");
  }

  @Test
  void the_plans_explanation_is_attached() {
    var plan =
        aPlan()
            .withRisk(risk("R1", 4, 3, 16, null))
            .explaining("risk-rating-valid", null, "risks[0]", "Scored before mitigation.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2017-19"), "risk-rating-valid", "error"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("Scored before mitigation.");
  }
}
