package bcf.validation;

import static bcf.finance.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.FinanceEngine;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.round.RuleSetting;
import bcf.round.json.RoundCatalogue;
import bcf.validation.rules.RuleTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundRulesTest {

  private final RoundCatalogue rounds = RoundCatalogue.load();
  private final Validator validator = RuleTypes.validator();

  @Test
  void every_round_file_names_only_known_rules_and_severities() {
    for (Round round : rounds.all()) {
      for (RuleSetting setting : round.rules()) {
        assertThat(validator.ruleIds()).as(round.id()).contains(setting.rule());
        Severity.parse(setting.severity());
      }
    }
    assertThat(rounds.all()).extracting(Round::id).containsExactly("2014-16", "2017-19", "2025-26");
  }

  @Test
  void the_2025_26_round_validates_a_plan_with_no_code_of_its_own() {
    Round round = rounds.find("2025-26").orElseThrow();
    Plan plan =
        aPlan()
            .forRound("2025-26")
            .withOrganisation("icb", "icb")
            .withContribution("icb", "nhs-minimum", "2025-26", 1000, 1000)
            .withScheme("a", "Discharge", "nhs-minimum", "2025-26", 1200)
            .build();
    List<Finding> findings =
        validator.validate(plan, round, new FinanceEngine().compute(plan, round));
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("income-equals-expenditure");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("Spend exceeds contributions by £200 in 2025/26");
            });
    assertThat(findings)
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains("NC3: complying with grant and funding conditions"));
  }

  @Test
  void a_stream_the_round_does_not_have_is_an_error_at_its_field() {
    Round round = rounds.find("2025-26").orElseThrow();
    Plan plan =
        aPlan()
            .forRound("2025-26")
            .withOrganisation("icb", "icb")
            .withContribution("icb", "ibcf", "2025-26", 1000)
            .build();
    List<Finding> findings =
        validator.validate(plan, round, new FinanceEngine().compute(plan, round));
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("round-values");
              assertThat(f.where()).isEqualTo("contributions[0].stream");
              assertThat(f.message())
                  .contains("'ibcf' is not a source of funding of Better Care Fund 2025-26");
            });
  }

  @Test
  void a_pounds_plan_is_held_to_the_penny() {
    Round round = rounds.find("2017-19").orElseThrow();
    Plan plan =
        aPlan()
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 1000)
            .withScheme("a", "Care", "ccg-minimum", "2017-18", 1001)
            .build();
    List<Finding> findings =
        validator.validate(plan, round, new FinanceEngine().compute(plan, round));
    assertThat(findings)
        .filteredOn(f -> f.rule().equals("income-equals-expenditure"))
        .extracting(Finding::severity)
        .containsOnly(Severity.ERROR)
        .isNotEmpty();
  }
}
