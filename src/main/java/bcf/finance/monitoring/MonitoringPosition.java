package bcf.finance.monitoring;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.kernel.Share;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The monitoring position of a plan for one financial year. */
public record MonitoringPosition(
    FinancialYear year,
    Optional<Period> reportedTo,
    List<Line> schemes,
    List<Line> sources,
    List<Line> partners,
    Line total,
    List<Month> months,
    List<AgreementResult> riskShares,
    List<RetentionResult> retentions,
    List<CarriedForward> carriedForward,
    Optional<InYearPayment> payment) {

  /**
   * Budget, actual to date and forecast outturn for a scheme, source or partner. {@code reported}
   * is false when no figure was given for it: its outturn is then taken to be its budget.
   */
  public record Line(
      String key, Money budget, Money actualToDate, Money forecastOutturn, boolean reported) {

    /** Forecast outturn less budget: positive is an overspend. */
    public Money variance() {
      return forecastOutturn.minus(budget);
    }

    /** The variance in per cent of the budget, to one place; empty for a zero budget. */
    public Optional<BigDecimal> variancePercent() {
      return MonitoringRounding.percent(variance(), budget);
    }
  }

  /** Spend in one period of the year, all schemes: actual and forecast. */
  public record Month(Period period, Money actual, Money forecast) {}

  /** An agreement applied: the variance of the schemes it covers and who bears what. */
  public record AgreementResult(
      String name, RiskShareAgreement.Basis basis, Money variance, List<PartnerShare> shares) {}

  /** What a partner bears: before caps, after them, and whether a cap applied. */
  public record PartnerShare(String partner, Money beforeCaps, Money bears, boolean capped) {}

  /** A plan's risk share judged: the amount at risk, the share, what is retained. */
  public record RetentionResult(
      String riskShare,
      String description,
      String condition,
      Money atRisk,
      Share share,
      Optional<Boolean> conditionMet,
      Money retained) {}

  /** An underspend carried from one year into the next. */
  public record CarriedForward(
      String item, FinancialYear from, FinancialYear to, Money amount, boolean fromPlan) {}

  /**
   * Payment for performance in year: by HWB, by payment point, released and to the acute sector.
   */
  public record InYearPayment(
      Money valuePerAvoidedAdmission,
      List<HwbPayment> byHwb,
      List<PointPayment> points,
      Money maximum,
      Money released,
      Money toAcuteSector) {}

  public record HwbPayment(
      String hwb,
      BigDecimal plannedReduction,
      Optional<BigDecimal> achieved,
      BigDecimal paidFor,
      Money maximum,
      Money released,
      Money toAcuteSector) {}

  public record PointPayment(
      String payment, BigDecimal share, Money maximum, Money released, Money toAcuteSector) {}
}
