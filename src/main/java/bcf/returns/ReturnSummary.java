package bcf.returns;

import bcf.kernel.Money;
import bcf.returns.QuarterlyReturn.FinanceLine;
import bcf.round.ReturnsDefinition;
import bcf.round.Round;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A return's figures at a glance, per HWB (conditions met, metrics on track, High Impact Changes
 * established or better) and for the whole return (income and expenditure: plan, actual to date,
 * forecast outturn and variance over the lines that give them). A row without an HWB counts for
 * each of the return's HWBs.
 */
public record ReturnSummary(
    String id,
    String plan,
    String period,
    List<HwbFigures> byHwb,
    Money incomePlan,
    Money expenditurePlan,
    Money expenditureActualToDate,
    Money expenditureForecast,
    Money forecastVariance,
    Money paymentForPerformanceMaximum,
    Boolean paymentLikely) {

  public record HwbFigures(
      String hwb,
      int conditionsMet,
      int conditionsReported,
      int metricsOnTrack,
      int metricsReported,
      int changesEstablished,
      int changesReported) {}

  public static ReturnSummary of(QuarterlyReturn ret, Round round) {
    Optional<ReturnsDefinition.Hicm> hicm = round.returns().highImpactChangeModel();
    List<HwbFigures> byHwb =
        ret.hwbs().stream()
            .map(
                hwb -> {
                  var conditions =
                      ret.nationalConditions().stream().filter(c -> forHwb(c.hwb(), hwb)).toList();
                  var metrics = ret.metrics().stream().filter(m -> forHwb(m.hwb(), hwb)).toList();
                  var changes =
                      ret.highImpactChangeModel().stream()
                          .filter(c -> forHwb(c.hwb(), hwb))
                          .toList();
                  return new HwbFigures(
                      hwb,
                      (int) conditions.stream().filter(c -> "met".equals(c.status())).count(),
                      conditions.size(),
                      (int) metrics.stream().filter(m -> "on-track".equals(m.progress())).count(),
                      metrics.size(),
                      (int)
                          changes.stream()
                              .filter(
                                  c ->
                                      hicm.isPresent()
                                          && hicm.get().establishedOrBetter(c.current()))
                              .count(),
                      changes.size());
                })
            .toList();
    var finance = ret.incomeAndExpenditure();
    List<FinanceLine> income = finance == null ? List.of() : finance.income();
    List<FinanceLine> spend = finance == null ? List.of() : finance.expenditure();
    Money variance =
        spend.stream()
            .map(FinanceLine::variance)
            .flatMap(Optional::stream)
            .reduce(Money.ZERO, Money::plus);
    var p4p = ret.paymentForPerformance();
    return new ReturnSummary(
        ret.id(),
        ret.plan(),
        ReturnWords.quarter(ret.quarter()) + " " + ret.year(),
        byHwb,
        sum(income, FinanceLine::plan),
        sum(spend, FinanceLine::plan),
        sum(spend, FinanceLine::actualToDate),
        sum(spend, FinanceLine::forecastOutturn),
        variance,
        p4p == null ? null : p4p.maximumTotal(),
        p4p == null ? null : p4p.paymentLikely());
  }

  /** The summary with amounts as plain pounds, as JSON documents write money. */
  public record Document(
      String id,
      String plan,
      String period,
      List<HwbFigures> byHwb,
      java.math.BigDecimal incomePlan,
      java.math.BigDecimal expenditurePlan,
      java.math.BigDecimal expenditureActualToDate,
      java.math.BigDecimal expenditureForecast,
      java.math.BigDecimal forecastVariance,
      java.math.BigDecimal paymentForPerformanceMaximum,
      Boolean paymentLikely) {}

  public Document document() {
    return new Document(
        id,
        plan,
        period,
        byHwb,
        plain(incomePlan),
        plain(expenditurePlan),
        plain(expenditureActualToDate),
        plain(expenditureForecast),
        plain(forecastVariance),
        plain(paymentForPerformanceMaximum),
        paymentLikely);
  }

  private static java.math.BigDecimal plain(Money money) {
    return money == null ? null : money.toPlain();
  }

  private static boolean forHwb(String rowHwb, String hwb) {
    return rowHwb == null || rowHwb.equals(hwb);
  }

  private static Money sum(List<FinanceLine> lines, Function<FinanceLine, Money> amount) {
    return lines.stream().map(amount).filter(Objects::nonNull).reduce(Money.ZERO, Money::plus);
  }
}
