package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.validation.rules.RuleCheck.check;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.validation.Finding;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An organisation's population shares are each 0% to 100% and together at most 100%. */
class PopulationSharesTest {

  private final PopulationShares rule = new PopulationShares();

  private static Map<String, BigDecimal> shares(String north, String south) {
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    shares.put("north", new BigDecimal(north));
    shares.put("south", new BigDecimal(south));
    return shares;
  }

  private static bcf.plan.Plan spanning(String north, String south) {
    return aPlan()
        .withHwb("north", "Northshire HWB")
        .withHwb("south", "Southshire HWB")
        .withPopulationShares("ccg", "Border CCG", shares(north, south))
        .build();
  }

  @Test
  void its_id_is_population_shares() {
    assertThat(rule.id()).isEqualTo("population-shares");
  }

  @Test
  void shares_up_to_the_whole_have_no_findings() {
    assertThat(check(rule, spanning("0.6", "0.4"), Severity.ERROR)).isEmpty();
    assertThat(check(rule, spanning("0.25", "0.5"), Severity.ERROR)).isEmpty();
    assertThat(check(rule, aPlan().withOrganisation("c", "council").build(), Severity.ERROR))
        .isEmpty();
  }

  @Test
  void shares_adding_up_to_more_than_the_whole_are_an_error_in_words() {
    assertThat(check(rule, spanning("0.6", "0.41"), Severity.ERROR))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.where()).isEqualTo("organisations[0].populationShares");
              assertThat(f.message())
                  .isEqualTo(
                      "The shares of Border CCG's population add up to 101%; they cannot add up"
                          + " to more than 100%.");
            });
  }

  @Test
  void a_share_outside_zero_to_one_hundred_per_cent_names_its_hwb() {
    assertThat(check(rule, spanning("-0.1", "0.5"), Severity.WARNING))
        .extracting(Finding::where, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "organisations[0].populationShares.north",
                "Border CCG gives -10% of its population in Northshire HWB; a share is from 0% to"
                    + " 100%."));
    assertThat(check(rule, spanning("1.2", "0"), Severity.ERROR))
        .extracting(Finding::where)
        .containsExactly(
            "organisations[0].populationShares.north", "organisations[0].populationShares");
  }
}
