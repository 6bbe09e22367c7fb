package bcf.golden;

import static bcf.golden.Findings.year;
import static bcf.golden.Pounds.pounds;
import static bcf.golden.Pounds.thousands;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalysis;
import bcf.plan.ConditionAnswer;
import bcf.plan.DeclaredFigure;
import bcf.plan.Plan;
import bcf.plan.Risk;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN.md golden figures: Dorset 2015/16 (002), Coventry (004), Central Lancashire (003). */
class OtherSeedsGoldenTest {

  @Test
  void dorset_ccg_sources_exceed_the_mandated_minimum_by_4149_thousand() {
    PlanAnalysis dorset = Examples.analyse("dorset-2015-16");
    assertThat(
            dorset.summary().figures().amount("income.byOrganisation.dorset-ccg", year("2015-16")))
        .contains(thousands(53_549));
    var check = dorset.summary().minimumContributions().get(0);
    assertThat(check.minimum()).isEqualTo(thousands(49_400));
    assertThat(check.surplus()).isEqualTo(thousands(4_149));
    Finding info =
        Findings.only(dorset.findings(), "minimum-contribution", Severity.INFO, "2015-16");
    assertThat(info.message()).contains("exceeding its minimum of £49,400,000 by £4,149,000");
  }

  @Test
  void dorset_total_fund_ices_pool_and_chc_risk_share() {
    PlanAnalysis dorset = Examples.analyse("dorset-2015-16");
    assertThat(declared(dorset.plan(), "income.total")).isEqualTo(thousands(61_270));
    var pool = dorset.plan().pooledBudget().pools().get(0);
    assertThat(pool.amounts().get(year("2015-16"))).contains(thousands(7_669));
    assertThat(pool.host()).isEqualTo("bournemouth-bc");
    assertThat(dorset.plan().organisationName(pool.host()))
        .isEqualTo("Bournemouth Borough Council");
    assertThat(pool.riskShare()).contains("shared");

    var chc = dorset.summary().riskShares().get(0);
    assertThat(chc.atRisk()).isEqualTo(thousands(5_000));
    assertThat(chc.retainedComputed())
        .isEqualTo(pounds(1_666_666).plus(bcf.kernel.Money.of("0.67")));
    assertThat(
            chc.retainedComputed()
                .pounds()
                .divide(BigDecimal.valueOf(1000))
                .setScale(0, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("1667");
  }

  @Test
  void dorset_payment_for_performance_is_755_per_admission_capped_at_584_and_714() {
    PlanAnalysis dorset = Examples.analyse("dorset-2015-16");
    var p4p = dorset.summary().paymentForPerformance().orElseThrow();
    assertThat(p4p.valuePerAvoidedAdmission()).isEqualTo(pounds(755));
    assertThat(p4p.byHwb())
        .anySatisfy(
            h -> {
              assertThat(h.hwb()).isEqualTo("bournemouth-poole");
              assertThat(h.plannedReduction()).isEqualByComparingTo("584");
              assertThat(h.maximum()).isEqualTo(pounds(440_920));
            })
        .anySatisfy(
            h -> {
              assertThat(h.hwb()).isEqualTo("dorset");
              assertThat(h.plannedReduction()).isEqualByComparingTo("714");
              assertThat(h.maximum()).isEqualTo(pounds(539_070));
            });
    assertThat(p4p.maximum()).isEqualTo(pounds(979_990));
    // The report gives the maximums but no payment schedule: the round's 25/25/50% is not Dorset's.
    assertThat(p4p.schedule()).isEmpty();
    assertThat(
            Findings.of(dorset.findings(), "declared-total-matches").stream()
                .filter(f -> f.where().startsWith("declared") && f.message().contains("979"))
                .toList())
        .isEmpty();
  }

  @Test
  void dorset_gives_only_part_of_its_detail_so_its_totals_are_incomplete_not_mismatched() {
    PlanAnalysis dorset = Examples.analyse("dorset-2015-16");
    assertThat(dorset.plan().partialDetail()).isPresent();
    assertThat(
            dorset.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .filter(
                    f ->
                        f.rule().equals("income-equals-expenditure")
                            || f.rule().equals("declared-total-matches")))
        .isEmpty();
    Finding balance =
        Findings.only(dorset.findings(), "income-equals-expenditure", Severity.INFO, "2015-16");
    assertThat(balance.message())
        .contains("cannot be checked against each other", "the detail is incomplete")
        .doesNotContain("exceed");
    assertThat(Findings.of(dorset.findings(), "declared-total-matches", Severity.INFO))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("£61,270,000", "£7,721,000 less", "incomplete"))
        .anySatisfy(m -> assertThat(m).contains("£43,879,000", "£17,391,000 less", "incomplete"));
  }

  @Test
  void coventry_is_jointly_agreed_by_its_signatures_and_states_no_other_status_it_does_not_give() {
    Plan coventry = Examples.plan("coventry-2014-16");
    assertThat(condition(coventry, "plans-jointly-agreed", null).status())
        .isEqualTo(ConditionAnswer.Status.MET);
    assertThat(condition(coventry, "data-sharing", "open-apis").status()).isNull();
    assertThat(condition(coventry, "protect-social-care", null).status()).isNull();
    List<Finding> findings = Examples.analyse("coventry-2014-16").findings();
    assertThat(Findings.of(findings, "condition-answered", Severity.ERROR))
        .extracting(Finding::message)
        .noneMatch(m -> m.contains("jointly agreed") || m.contains("open-apis"));
  }

  @Test
  void central_lancashire_is_committed_to_open_apis_and_gives_7_day_services_a_date_in_words() {
    Plan lancashire = Examples.plan("central-lancashire-2014-16");
    assertThat(condition(lancashire, "data-sharing", "open-apis").status())
        .isEqualTo(ConditionAnswer.Status.MET);
    assertThat(condition(lancashire, "seven-day-services", null).expectedDateText())
        .isEqualTo("in advance of the 2014/15 Winter period");
    List<Finding> findings = Examples.analyse("central-lancashire-2014-16").findings();
    assertThat(Findings.of(findings, "condition-answered"))
        .extracting(Finding::message)
        .noneMatch(m -> m.contains("open-apis"))
        .anyMatch(m -> m.contains("\"in advance of the 2014/15 Winter period\", an approximate"));
  }

  private static ConditionAnswer condition(Plan plan, String condition, String subItem) {
    return plan.nationalConditions().stream()
        .filter(c -> c.condition().equals(condition))
        .filter(c -> subItem == null ? c.subItem() == null : subItem.equals(c.subItem()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void dorset_conditions_per_hwb_with_dates_and_regional_share_met() {
    Plan dorset = Examples.plan("dorset-2015-16");
    List<ConditionAnswer> bp =
        dorset.nationalConditions().stream()
            .filter(c -> c.hwb().equals("bournemouth-poole"))
            .toList();
    assertThat(bp)
        .extracting(ConditionAnswer::regionalPercentMet)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("1"),
            new BigDecimal("1"),
            new BigDecimal("0.53"),
            new BigDecimal("0.56"),
            new BigDecimal("0.94"),
            new BigDecimal("0.91"),
            new BigDecimal("0.59"),
            new BigDecimal("0.88"));
    ConditionAnswer sevenDay =
        bp.stream()
            .filter(c -> c.condition().equals("seven-day-services"))
            .findFirst()
            .orElseThrow();
    assertThat(sevenDay.status()).isEqualTo(ConditionAnswer.Status.NOT_MET);
    assertThat(sevenDay.expectedDate()).isEqualTo(LocalDate.of(2016, 10, 1));
    ConditionAnswer nhsNumberDorset =
        dorset.nationalConditions().stream()
            .filter(c -> c.hwb().equals("dorset") && "nhs-number".equals(c.subItem()))
            .findFirst()
            .orElseThrow();
    assertThat(nhsNumberDorset.status()).isEqualTo(ConditionAnswer.Status.MET);
  }

  @Test
  void coventry_minimum_and_agreed_pooled_budget_and_a_ccg_in_two_hwbs() {
    Plan coventry = Examples.plan("coventry-2014-16");
    assertThat(declared(coventry, "income.minimum", "2014-15")).isEqualTo(thousands(1_293));
    assertThat(declared(coventry, "income.minimum", "2015-16")).isEqualTo(thousands(23_877));
    assertThat(declared(coventry, "income.total", "2014-15")).isEqualTo(thousands(2_953));
    assertThat(declared(coventry, "income.total", "2015-16")).isEqualTo(thousands(44_593));
    assertThat(coventry.organisation("crccg").orElseThrow().hwbs())
        .containsExactlyInAnyOrder("coventry", "warwickshire");
  }

  @Test
  void central_lancashire_minimum_risks_and_missing_signatures() {
    PlanAnalysis lancashire = Examples.analyse("central-lancashire-2014-16");
    assertThat(declared(lancashire.plan(), "income.minimum", "2015-16"))
        .isEqualTo(pounds(24_555_000));
    assertThat(lancashire.plan().statedIn()).isEqualTo(Plan.StatedIn.MILLIONS);
    assertThat(lancashire.plan().risks())
        .extracting(Risk::rating)
        .containsOnly("Medium", "High")
        .contains("Medium", "High");
    List<Finding> unsigned = Findings.of(lancashire.findings(), "signoff-complete");
    assertThat(unsigned).hasSize(4);
    Finding placeholder =
        Findings.of(lancashire.findings(), "required-fields").stream()
            .filter(f -> f.where().startsWith("dates"))
            .findFirst()
            .orElseThrow();
    assertThat(placeholder.message()).contains("<dd/mm/yyyy>");
  }

  private static bcf.kernel.Money declared(Plan plan, String figure) {
    return plan.declared().stream()
        .filter(d -> d.figure().equals(figure))
        .map(DeclaredFigure::amount)
        .findFirst()
        .orElseThrow();
  }

  private static bcf.kernel.Money declared(Plan plan, String figure, String year) {
    return plan.declared().stream()
        .filter(d -> d.figure().equals(figure) && year(year).equals(d.year()))
        .map(DeclaredFigure::amount)
        .findFirst()
        .orElseThrow();
  }
}
