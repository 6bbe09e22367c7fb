package bcf.finance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.csv.CsvCells;
import bcf.csv.CsvException;
import bcf.csv.CsvProblem;
import bcf.golden.Examples;
import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.kernel.PeriodWords;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.round.json.RoundCatalogue;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inputs of monitoring at their edges: a file's columns, formula cells, empty kind and scheme,
 * a period that is neither a month nor a quarter, rows with problems never counted as taken; terms
 * and entries left partly empty; a contracting partner the plan lacks; a plan's own payment
 * schedule.
 */
class MonitoringInputsTest {

  private static final Plan PLAN = Examples.plan("warwickshire-2017-19");
  private static final List<FinancialYear> YEARS =
      List.of(FinancialYear.parse("2017-18"), FinancialYear.parse("2018-19"));
  private static final String HEADER = "period,kind,scheme,source,partner,amount\n";

  private static List<String> problems(String csv) {
    try {
      MonitoringCsv.read(csv, PLAN, YEARS);
    } catch (CsvException e) {
      return e.problems().stream().map(CsvProblem::toString).toList();
    }
    throw new AssertionError("the file was taken");
  }

  @Test
  void a_file_without_a_required_column_or_with_an_unknown_one_is_refused() {
    assertThatThrownBy(
            () ->
                MonitoringCsv.read("period,kind,scheme\n2017-04,actual,reablement\n", PLAN, YEARS))
        .isInstanceOf(CsvException.class)
        .satisfies(
            e ->
                assertThat(((CsvException) e).problems())
                    .extracting(CsvProblem::row, CsvProblem::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "amount")));
    assertThatThrownBy(
            () ->
                MonitoringCsv.read(
                    "period,kind,scheme,amount,colour\n2017-04,actual,reablement,1,red\n",
                    PLAN,
                    YEARS))
        .isInstanceOf(CsvException.class)
        .hasMessageContaining("colour");
  }

  @Test
  void a_formula_cell_is_the_only_problem_reported_on_its_row() {
    assertThat(problems(HEADER + "2017-04,spent,,,,=1+2\n"))
        .containsExactly(CsvCells.formulaProblem(2, "amount", "=1+2").toString());
  }

  @Test
  void an_empty_kind_or_scheme_says_what_is_missing() {
    assertThat(problems(HEADER + "2017-04,,,,,1\n"))
        .containsExactly(
            "row 2, column kind: say whether the amount is an actual or a forecast",
            "row 2, column scheme: the scheme is empty");
  }

  @Test
  void a_period_that_is_neither_a_month_nor_a_quarter_is_refused() {
    assertThat(problems(HEADER + "2017-18,actual,reablement,,wcc,1\n"))
        .containsExactly(
            "row 2, column period: give a month (2017-04) or a quarter (2017-18 Q1), not "
                + PeriodWords.of(Period.parse("2017-18")));
  }

  @Test
  void a_row_with_a_problem_is_not_taken_so_its_twin_is_not_a_duplicate() {
    assertThat(
            problems(
                HEADER
                    + "2017-04,actual,reablement,,acme,1\n"
                    + "2017-04,actual,reablement,,acme,1\n"))
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).contains("column partner: the plan has no partner 'acme'"));
  }

  @Test
  void entries_terms_and_agreements_left_partly_empty_are_empty_not_missing() {
    MonitoringEntry entry =
        new MonitoringEntry(
            Period.parse("2017-04"),
            MonitoringEntry.Kind.ACTUAL,
            "reablement",
            null,
            null,
            Money.of(1));
    assertThat(entry.source()).isEmpty();
    assertThat(entry.partner()).isEmpty();
    MonitoringTerms terms = new MonitoringTerms(null, null, null, null);
    assertThat(terms.agreements()).isEmpty();
    assertThat(terms.retentions()).isEmpty();
    assertThat(terms.achieved()).isEmpty();
    assertThat(terms.carryForward()).isEmpty();
    RiskShareAgreement bare =
        new RiskShareAgreement(
            "x", RiskShareAgreement.Basis.HOST, null, null, null, null, null, null);
    assertThat(bare.schemes()).isEmpty();
    assertThat(bare.covers("anything")).isTrue();
    assertThat(bare.shares()).isEmpty();
    assertThat(bare.contracting()).isEmpty();
    assertThat(bare.caps()).isEmpty();
    RiskShareAgreement some =
        new RiskShareAgreement(
            "x", RiskShareAgreement.Basis.HOST, List.of("a"), null, null, null, null, null);
    assertThat(some.covers("a")).isTrue();
    assertThat(some.covers("b")).isFalse();
  }

  @Test
  void a_contracting_partner_the_plan_lacks_is_refused() {
    MonitoringPosition.Line scheme =
        new MonitoringPosition.Line("a", Money.of(100), Money.ZERO, Money.of(150), true);
    RiskShareAgreement agreement =
        new RiskShareAgreement(
            "Pool",
            RiskShareAgreement.Basis.CONTRACTING_PARTNER,
            List.of(),
            null,
            null,
            Map.of("a", "acme"),
            null,
            null);
    assertThatThrownBy(
            () -> MonitoringEngine.apply(PLAN, agreement, List.of(scheme), List.of(), List.of()))
        .isInstanceOf(MonitoringRefused.class)
        .hasMessage("The risk share 'Pool' names a partner the plan does not have: acme.");
  }

  @Test
  void a_plans_own_payment_schedule_sets_the_payment_points() throws Exception {
    ObjectNode json = (ObjectNode) Json.read(Files.readString(Examples.file("dorset-2015-16")));
    ArrayNode schedule = ((ObjectNode) json.path("paymentForPerformance")).putArray("schedule");
    schedule.addObject().put("payment", "April 2015").put("share", 0.25).put("basis", "conditions");
    schedule.addObject().put("payment", "April 2015").put("share", 0.25).put("basis", "conditions");
    schedule.addObject().put("payment", "October 2015").put("share", 0.5).put("basis", "metrics");
    schedule.addObject().put("payment", "Never").put("basis", "no share given");
    PlanAnalysis dorset =
        new PlanAnalyser(RoundCatalogue.load()).analyse(new PlanDocumentReader().read(json));
    MonitoringPosition.InYearPayment payment =
        new MonitoringEngine()
            .position(
                dorset.plan(),
                dorset.summary(),
                dorset.round().paymentForPerformanceTerms(),
                FinancialYear.parse("2015-16"),
                List.of(),
                MonitoringTerms.NONE)
            .payment()
            .orElseThrow();
    assertThat(payment.points())
        .extracting(p -> p.payment() + " " + p.share() + " " + p.maximum())
        .containsExactly(
            "April 2015 (conditions) 0.50 £489,995", "October 2015 (metrics) 0.5 £489,995");
  }
}
