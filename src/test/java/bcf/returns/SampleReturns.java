package bcf.returns;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.returns.QuarterlyReturn.ConditionStatus;
import bcf.returns.QuarterlyReturn.FinanceLine;
import bcf.returns.QuarterlyReturn.HicmMaturity;
import bcf.returns.QuarterlyReturn.IncomeAndExpenditure;
import bcf.returns.QuarterlyReturn.MetricProgress;
import bcf.returns.QuarterlyReturn.PaymentForPerformanceReport;
import java.util.List;

/** Small returns built in code, for the rules, the summary and the stocktake. */
final class SampleReturns {

  private SampleReturns() {}

  static QuarterlyReturn of(
      String round,
      String year,
      String quarter,
      List<String> hwbs,
      List<ConditionStatus> conditions,
      List<MetricProgress> metrics,
      IncomeAndExpenditure finance,
      PaymentForPerformanceReport payment,
      List<HicmMaturity> changes) {
    return new QuarterlyReturn(
        "sample",
        "sample-plan",
        round,
        FinancialYear.parse(year),
        quarter,
        "A sample return",
        null,
        null,
        hwbs,
        null,
        conditions,
        metrics,
        finance,
        payment,
        changes,
        null,
        List.of(),
        null);
  }

  static ConditionStatus condition(String hwb, String condition, String status) {
    return new ConditionStatus(hwb, condition, null, status, null, "soon", null, null);
  }

  static MetricProgress metric(String hwb, String metric, String progress) {
    return new MetricProgress(hwb, metric, progress, null, null, null, null, null, null);
  }

  static HicmMaturity change(String hwb, String change, String current) {
    return new HicmMaturity(hwb, change, current, null, null);
  }

  static FinanceLine line(String hwb, Long plan, Long actual, Long forecast) {
    return new FinanceLine(
        hwb, null, null, null, null, money(plan), money(actual), money(forecast), null);
  }

  private static Money money(Long pounds) {
    return pounds == null ? null : Money.of(pounds);
  }

  /**
   * A 2017-18 quarter 2 return for HWBs a, b and z: rows for all its HWBs and rows for one;
   * condition, metric and maturity counts and spend that differ between a and b.
   */
  static QuarterlyReturn abz() {
    return of(
        "2017-19",
        "2017-18",
        "Q2",
        List.of("a", "b", "z"),
        List.of(
            condition(null, "jointly-agreed", "met"),
            condition("a", "social-care-maintained", "met"),
            condition("b", "social-care-maintained", "not-met")),
        List.of(
            metric(null, "m1", "on-track"),
            metric("a", "m2", "not-on-track"),
            metric("b", "m2", "on-track")),
        new IncomeAndExpenditure(
            null,
            List.of(line(null, 70L, null, null), line(null, null, 3L, null)),
            List.of(
                line(null, 100L, 40L, 110L), line("a", 10L, 5L, null), line("b", 20L, null, 25L)),
            null),
        new PaymentForPerformanceReport(
            Money.of(5), List.of(), Money.of(500), Boolean.TRUE, "likely"),
        List.of(
            change(null, "home-first", "established"),
            change("a", "care-homes", "plans-in-place"),
            change("b", "care-homes", "mature")));
  }
}
