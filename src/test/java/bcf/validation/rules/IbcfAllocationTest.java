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

class IbcfAllocationTest {

  private final IbcfAllocation rule = new IbcfAllocation();

  /** A plan pooling £8,300,000 of iBCF in 2017/18. */
  private static PlanBuilder pooling() {
    return aPlan()
        .coveringYears("2017-18")
        .withOrganisation("council", "local-authority")
        .withContribution("council", "ibcf", "2017-18", 8_300_000);
  }

  @Test
  void its_id_is_ibcf_allocation() {
    assertThat(rule.id()).isEqualTo("ibcf-allocation");
  }

  @Test
  void purposes_adding_to_the_grant_have_no_findings() {
    var plan =
        pooling()
            .withIbcfPurpose("meeting-need", "2017-18", 5_000_000)
            .withIbcfPurpose("market", "2017-18", 3_300_000)
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_plan_without_ibcf_has_nothing_to_allocate() {
    var plan = aPlan().coveringYears("2017-18").withIbcfPurpose("x", "2017-18", 5).build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void ibcf_with_no_purposes_is_a_warning() {
    assertThat(check(rule, pooling().build(), Severity.ERROR))
        .containsExactly(
            finding(
                "ibcf-allocation",
                Severity.WARNING,
                "ibcf.purposes",
                "The plan pools £8,300,000 of iBCF in 2017/18 but says nothing of what it is for.",
                "2017-18",
                "8300000.00",
                null,
                null));
  }

  @Test
  void purposes_a_pound_short_are_flagged_at_the_rounds_severity_with_the_figures() {
    var plan = pooling().withIbcfPurpose("meeting-need", "2017-18", 8_299_999).build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "ibcf-allocation",
                Severity.ERROR,
                "ibcf.purposes",
                "iBCF purposes for 2017/18 add to £8,299,999 against an iBCF contribution of"
                    + " £8,300,000, a difference of £1.",
                "2017-18",
                "8300000.00",
                "8299999.00",
                "-1.00"));
  }

  @Test
  void in_thousands_purposes_at_the_tolerance_are_info_and_just_over_are_the_rounds_severity() {
    var atTolerance =
        pooling().statedInThousands().withIbcfPurpose("a", "2017-18", 8_301_000).build();
    var justOver = pooling().statedInThousands().withIbcfPurpose("a", "2017-18", 8_301_001).build();

    assertThat(check(rule, atTolerance, Severity.WARNING))
        .containsExactly(
            finding(
                "ibcf-allocation",
                Severity.INFO,
                "ibcf.purposes",
                "iBCF purposes for 2017/18 add to £8,301,000 against an iBCF contribution of"
                    + " £8,300,000, a difference of £1,000 within the rounding of figures stated"
                    + " in £000 (tolerance £1,000).",
                "2017-18",
                "8300000.00",
                "8301000.00",
                "1000.00"));
    assertThat(check(rule, justOver, Severity.WARNING))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void each_year_stands_alone() {
    var plan =
        aPlan()
            .withOrganisation("council", "local-authority")
            .withContribution("council", "ibcf", "2018-19", 100)
            .withIbcfPurpose("a", "2017-18", 100)
            .withIbcfPurpose("a", "2018-19", 100)
            .build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void the_plans_explanation_is_attached() {
    var plan =
        pooling()
            .withIbcfPurpose("a", "2017-18", 8_000_000)
            .explaining("ibcf-allocation", "2017-18", null, "£300k is held back for winter.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2017-19"), "ibcf-allocation", "error"))
        .extracting(Finding::year, Finding::explanation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                PlanBuilder.year("2017-18"), "£300k is held back for winter."));
  }
}
