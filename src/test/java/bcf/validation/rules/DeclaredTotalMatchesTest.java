package bcf.validation.rules;

import static bcf.finance.PlanBuilder.aJointPlan;
import static bcf.finance.PlanBuilder.aPlan;
import static bcf.finance.PlanBuilder.pounds;
import static bcf.finance.PlanBuilder.year;
import static bcf.validation.rules.RuleCheck.check;
import static bcf.validation.rules.RuleCheck.finding;
import static bcf.validation.rules.RuleCheck.validate;
import static org.assertj.core.api.Assertions.assertThat;

import bcf.finance.PlanBuilder;
import bcf.kernel.Money;
import bcf.plan.DeclaredFigure;
import bcf.plan.PaymentForPerformance.HwbReduction;
import bcf.round.RoundBuilder;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Declared summary figures against the figures computed from the plan's detail. */
class DeclaredTotalMatchesTest {

  private final DeclaredTotalMatches rule = new DeclaredTotalMatches();

  /**
   * Warwickshire 2014/15 in pounds: contributions £17,382,000 (minimum too), schemes £17,462,000.
   */
  private static PlanBuilder warwickshire() {
    return aPlan()
        .forRound("2014-16")
        .coveringYears("2014-15")
        .withOrganisation("wcc", "local-authority")
        .withContribution("wcc", "ccg-minimum", "2014-15", 17_382_000, 17_382_000)
        .withScheme("a", "Care", null, "2014-15", 17_462_000);
  }

  private static DeclaredFigure declared(
      String figure, String year, Money amount, String label, String asPrinted) {
    return new DeclaredFigure(
        figure, year == null ? null : year(year), null, amount, label, asPrinted);
  }

  @Test
  void its_id_is_declared_total_matches() {
    assertThat(rule.id()).isEqualTo("declared-total-matches");
  }

  @Test
  void a_declared_figure_equal_to_the_computed_one_has_no_findings() {
    var plan = warwickshire().declaring("expenditure.total", "2014-15", pounds(17_462_000)).build();

    assertThat(check(rule, plan, Severity.ERROR)).isEmpty();
  }

  @Test
  void a_figure_printed_blank_is_a_warning_quoting_what_was_printed() {
    var plan =
        warwickshire()
            .declaring(declared("income.total", "2014-15", null, null, "-"))
            .declaring(declared("income.total", "2014-15", null, "Total pooled budget", null))
            .declaring(declared("income.total", "2014-15", null, "Pooled budget 2014/15", null))
            .declaring(declared("income.total", null, null, null, null))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "declared-total-matches",
                Severity.WARNING,
                "declared[0].amount",
                "Total contributions for 2014/15 is printed blank (printed \"-\")."),
            finding(
                "declared-total-matches",
                Severity.WARNING,
                "declared[1].amount",
                "'Total pooled budget' for 2014/15 is printed blank."),
            finding(
                "declared-total-matches",
                Severity.WARNING,
                "declared[2].amount",
                "'Pooled budget 2014/15' is printed blank."),
            finding(
                "declared-total-matches",
                Severity.WARNING,
                "declared[3].amount",
                "Total contributions is printed blank."));
  }

  @Test
  void a_figure_with_no_detail_behind_it_is_a_warning_with_the_declared_amount() {
    var plan =
        aPlan().coveringYears("2017-18").declaring("ibcf.total", "2017-18", pounds(500)).build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "declared-total-matches",
                Severity.WARNING,
                "declared[0].amount",
                "iBCF allocated to purposes for 2017/18 is declared as £500, but the plan has no detail to check"
                    + " it against.",
                "2017-18",
                "500.00",
                null,
                null));
  }

  @Test
  void a_figure_without_a_year_has_no_detail_to_check_against() {
    var plan = warwickshire().declaring("income.total", null, pounds(17_382_000)).build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::severity, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.WARNING,
                "Total contributions is declared as £17,382,000, but the plan has no detail to check it"
                    + " against."));
  }

  @Test
  void a_figure_that_differs_is_flagged_at_the_rounds_severity_noticing_a_unit_left_off() {
    var plan =
        warwickshire()
            .declaring(
                declared(
                    "income.minimum",
                    "2014-15",
                    pounds(17_462),
                    "Minimum required value",
                    "£17462"))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "declared-total-matches",
                Severity.ERROR,
                "declared[0].amount",
                "'Minimum required value' for 2014/15 is declared as £17,462 (printed \"£17462\")"
                    + " but the plan's detail gives £17,382,000 (a difference of £17,364,538); read"
                    + " as £000 it equals the schemes' total spend,"
                    + " £17,462,000, so the figure may be in £000 with its unit left off.",
                "2014-15",
                "17462.00",
                "17382000.00",
                "17364538.00"));
  }

  @Test
  void a_unit_left_off_names_every_total_it_matches() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 5_000, 5_000)
            .withScheme("a", "Care", null, "2017-18", 5_000)
            .declaring("income.total", "2017-18", pounds(5))
            .build();

    assertThat(check(rule, plan, Severity.WARNING))
        .extracting(Finding::message)
        .containsExactly(
            "Total contributions for 2017/18 is declared as £5 but the plan's detail gives £5,000 (a"
                + " difference of £4,995); read as £000 it equals the total of contributions,"
                + " the total of minimum contributions and the schemes' total spend, £5,000, so"
                + " the figure may be in £000"
                + " with its unit left off.");
  }

  @Test
  void a_figure_with_no_detail_still_notices_a_unit_left_off() {
    var plan = warwickshire().declaring("ibcf.total", "2014-15", pounds(17_382)).build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "iBCF allocated to purposes for 2014/15 is declared as £17,382, but the plan has no detail to check it"
                + " against; read as £000 it equals the total of contributions and the total of"
                + " minimum contributions, £17,382,000, so the figure"
                + " may be in £000 with its unit left off.");
  }

  @Test
  void a_declared_zero_is_never_read_as_a_figure_in_thousands() {
    var plan =
        aPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withContribution("ccg", "ccg-minimum", "2017-18", 0)
            .withScheme("a", "Care", null, "2017-18", 100)
            .declaring("expenditure.total", "2017-18", pounds(0))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .containsExactly(
            "Total spend for 2017/18 is declared as £0 but the plan's detail gives £100 (a"
                + " difference of £100).");
  }

  @Test
  void in_thousands_a_difference_at_the_tolerance_is_info_and_just_over_is_an_error() {
    var atTolerance =
        warwickshire()
            .statedInThousands()
            .declaring("expenditure.total", "2014-15", pounds(17_461_000));
    var justOver =
        warwickshire()
            .statedInThousands()
            .declaring("expenditure.total", "2014-15", pounds(17_460_999));

    assertThat(check(rule, atTolerance.build(), Severity.ERROR))
        .containsExactly(
            finding(
                "declared-total-matches",
                Severity.INFO,
                "declared[0].amount",
                "Total spend for 2014/15 is declared as £17,461,000 and computed from its"
                    + " lines as £17,462,000, a difference of £1,000 within the rounding of"
                    + " figures stated in £000 (tolerance £1,000).",
                "2014-15",
                "17461000.00",
                "17462000.00",
                "1000.00"));
    assertThat(check(rule, justOver.build(), Severity.ERROR))
        .extracting(Finding::severity, Finding::difference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, new BigDecimal("1001.00")));
  }

  @Test
  void in_millions_the_rounding_note_names_the_unit() {
    var plan =
        warwickshire()
            .statedInMillions()
            .declaring("expenditure.total", "2014-15", pounds(17_461_500))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .endsWith("within the rounding of figures stated in £m (tolerance £1,000).");
  }

  @Test
  void a_figure_for_one_hwb_is_checked_against_that_hwbs_part() {
    var plan =
        aJointPlan()
            .coveringYears("2017-18")
            .withOrganisation("ccg", "ccg")
            .withContribution("north", "ccg", "ccg-minimum", "2017-18", null, pounds(300))
            .withContribution("south", "ccg", "ccg-minimum", "2017-18", null, pounds(700))
            .declaring(
                new DeclaredFigure(
                    "income.total", year("2017-18"), "north", pounds(300), null, null))
            .declaring(
                new DeclaredFigure(
                    "income.total", year("2017-18"), "south", pounds(300), null, null))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::where, Finding::actual)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("declared[1].amount", new BigDecimal("700.00")));
  }

  @Test
  void payment_for_performance_maxima_are_checked_against_value_times_reduction() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .payingForPerformance(
                pounds(755),
                new HwbReduction("Bournemouth", null, new BigDecimal("584"), null),
                new HwbReduction("Dorset", null, new BigDecimal("714"), null))
            .declaring("paymentForPerformance.maximum", null, pounds(979_990))
            .declaring("paymentForPerformance.byHwb.Bournemouth", null, pounds(440_920))
            .declaring("paymentForPerformance.byHwb.Dorset", null, pounds(539_000))
            .declaring("paymentForPerformance.byHwb.Poole", null, pounds(1))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .containsExactly(
            finding(
                "declared-total-matches",
                Severity.ERROR,
                "declared[2].amount",
                "Payment for performance for Dorset is declared as £539,000 but the plan's detail"
                    + " gives £539,070 (a difference of £70).",
                null,
                "539000.00",
                "539070.00",
                "70.00"),
            finding(
                "declared-total-matches",
                Severity.WARNING,
                "declared[3].amount",
                "Payment for performance for Poole is declared as £1, but the plan has no detail"
                    + " to check it against.",
                null,
                "1.00",
                null,
                null));
  }

  @Test
  void a_payment_for_performance_figure_without_the_scheme_has_no_detail() {
    var plan =
        aPlan()
            .forRound("2014-16")
            .declaring("paymentForPerformance.maximum", null, pounds(979_990))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void the_plans_explanation_is_attached_to_a_difference() {
    var plan =
        warwickshire()
            .declaring("income.total", "2014-15", pounds(0))
            .explaining(
                "declared-total-matches",
                "2014-15",
                "declared[0]",
                "The template's cell was empty.")
            .build();

    assertThat(validate(plan, RoundBuilder.theRound("2014-16"), "declared-total-matches", "error"))
        .singleElement()
        .extracting(Finding::explanation)
        .isEqualTo("The template's cell was empty.");
  }

  @Test
  void detail_short_of_the_total_from_a_source_leaving_detail_out_is_incomplete_not_a_mismatch() {
    var plan =
        warwickshire()
            .fromASourceLeavingOut("six of the nine schemes")
            .declaring(declared("expenditure.total", "2014-15", pounds(20_000_000), "Fund", null))
            .declaring(declared("income.total", "2014-15", pounds(17_000_000), "Income", null))
            .build();

    assertThat(check(rule, plan, Severity.ERROR))
        .extracting(Finding::severity, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.INFO,
                "'Fund' for 2014/15 is declared as £20,000,000; the detail the plan gives adds up"
                    + " to £17,462,000, £2,538,000 less, because the detail is incomplete: the"
                    + " source leaves out six of the nine schemes."),
            // Detail adding up to more than the total is not explained by detail left out.
            org.assertj.core.groups.Tuple.tuple(
                Severity.ERROR,
                "'Income' for 2014/15 is declared as £17,000,000 but the plan's detail gives"
                    + " £17,382,000 (a difference of £382,000)."));
  }
}
