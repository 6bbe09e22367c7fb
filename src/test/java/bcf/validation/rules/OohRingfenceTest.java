package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aPlan;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import org.junit.jupiter.api.Test;

class OohRingfenceTest {

  private final OohRingfence rule = new OohRingfence();

  /** Warwickshire's 2017/18 ring-fence: £9,747,735. */
  private static PlanBuilder ringFenced() {
    return aPlan().coveringYears("2017-18").withOutOfHospitalRingFence("2017-18", 9_747_735);
  }

  @Test
  void its_id_is_ooh_ringfence() {
    assertThat(rule.id()).isEqualTo("ooh-ringfence");
  }

  @Test
  void spend_exactly_at_the_ring_fence_meets_it_with_nothing_to_spare() {
    var plan =
        ringFenced().withOutOfHospitalSpend("Community health", "2017-18", 9_747_735).build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "ooh-ringfence",
                Severity.INFO,
                "outOfHospital.spend",
                "NHS-commissioned out-of-hospital spend of £9,747,735 in 2017/18 meets the"
                    + " ring-fence of £9,747,735 with £0 to spare.",
                "2017-18",
                "9747735.00",
                "9747735.00",
                "0.00"));
  }

  @Test
  void spend_above_the_ring_fence_says_how_much_is_to_spare() {
    var plan =
        ringFenced()
            .withOutOfHospitalSpend("Community health", "2017-18", 20_000_000)
            .withOutOfHospitalSpend("Social care", "2017-18", 1_797_615)
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::severity, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.INFO,
                "NHS-commissioned out-of-hospital spend of £21,797,615 in 2017/18 meets the"
                    + " ring-fence of £9,747,735 with £12,049,880 to spare."));
  }

  @Test
  void spend_a_pound_below_the_ring_fence_is_flagged_at_the_rounds_severity() {
    var plan =
        ringFenced().withOutOfHospitalSpend("Community health", "2017-18", 9_747_734).build();

    assertThat(check(rule, plan, Severity.WARNING))
        .containsExactly(
            finding(
                "ooh-ringfence",
                Severity.WARNING,
                "outOfHospital.spend",
                "NHS-commissioned out-of-hospital spend of £9,747,734 in 2017/18 is £1 below the"
                    + " ring-fence of £9,747,735.",
                "2017-18",
                "9747735.00",
                "9747734.00",
                "-1.00"));
  }

  @Test
  void no_spend_at_all_is_nothing_against_the_ring_fence() {
    assertThat(check(rule, ringFenced().build(), Severity.ERROR))
        .extracting(Finding::actual, Finding::difference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RuleCheck.number("0.00"), RuleCheck.number("-9747735.00")));
  }

  @Test
  void a_year_without_a_ring_fence_is_a_warning_that_spend_cannot_be_checked() {
    var plan = ringFenced().coveringYears("2018-19").build();

    assertThat(check(rule, plan, Severity.ERROR))
        .filteredOn(f -> f.year().equals(PlanBuilder.year("2018-19")))
        .containsExactly(
            finding(
                "ooh-ringfence",
                Severity.WARNING,
                "outOfHospital.ringFence",
                "The plan gives no out-of-hospital ring-fence for 2018/19, so NHS-commissioned"
                    + " out-of-hospital spend cannot be checked.",
                "2018-19",
                null,
                null,
                null));
  }

  @Test
  void the_plans_explanation_is_attached_to_a_shortfall() {
    var plan =
        ringFenced()
            .explaining("ooh-ringfence", null, "outOfHospital", "Spend moves to the ICB in Q3.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2017-19"), "ooh-ringfence", "error"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("Spend moves to the ICB in Q3.");
  }
}
