package bcf.returns;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A quarterly or end-of-year return: what the HWBs of one plan report to NHS England about one
 * quarter (budget arrangements, national conditions, metric progress, income and expenditure,
 * payment for performance, High Impact Change Model maturity, narrative), their boards' sign-off
 * and the assurer's view. Rows that differ between the HWBs of a joint plan name their HWB.
 * Immutable; an edit makes a new return.
 */
public record QuarterlyReturn(
    String id,
    String plan,
    String round,
    FinancialYear year,
    String quarter,
    String title,
    LocalDate asAt,
    Source source,
    List<String> hwbs,
    BudgetArrangements budgetArrangements,
    List<ConditionStatus> nationalConditions,
    List<MetricProgress> metrics,
    IncomeAndExpenditure incomeAndExpenditure,
    PaymentForPerformanceReport paymentForPerformance,
    List<HicmMaturity> highImpactChangeModel,
    Narrative narrative,
    List<HwbSignOff> signOffs,
    Assurance assurance) {

  public QuarterlyReturn {
    hwbs = List.copyOf(hwbs);
    nationalConditions = List.copyOf(nationalConditions);
    metrics = List.copyOf(metrics);
    highImpactChangeModel = List.copyOf(highImpactChangeModel);
    signOffs = List.copyOf(signOffs);
  }

  /** Where the return's figures came from and, when it gives only part of them, what it leaves. */
  public record Source(String title, String date, String reference, String notes, String partial) {}

  /**
   * Budget arrangements: whether a section 75 agreement is in place and how each scheme is held.
   */
  public record BudgetArrangements(
      Boolean section75InPlace, String notes, List<SchemeArrangement> schemes) {
    public BudgetArrangements {
      schemes = List.copyOf(schemes);
    }
  }

  /**
   * How one scheme's money is held: {@code pooled}, {@code aligned} or {@code host-managed}; the
   * organisation that hosts it; the source's own words.
   */
  public record SchemeArrangement(
      String scheme, String arrangement, String host, String asDescribed) {}

  /**
   * One HWB's status on a national condition (or one of its sub-items) as at a date: {@code met},
   * {@code not-met} or {@code partly-met}; when not met, the date it is expected to be met, exact
   * ({@code expectedDate}) or as the source words it ({@code expectedDateText}); the share of the
   * region's HWBs that had met it at the last stocktake, where given.
   */
  public record ConditionStatus(
      String hwb,
      String condition,
      String subItem,
      String status,
      LocalDate expectedDate,
      String expectedDateText,
      String narrative,
      BigDecimal regionalShareMet) {}

  /**
   * Progress on one metric: {@code on-track}, {@code not-on-track} or {@code data-not-available}
   * (none when the source does not say), its narrative, and the latest actual with its RAG and
   * trend where known. {@code hwb} is absent for a figure for all the return's HWBs together.
   */
  public record MetricProgress(
      String hwb,
      String metric,
      String progress,
      String narrative,
      String latestPeriod,
      BigDecimal latestActual,
      BigDecimal target,
      String rag,
      String trend) {}

  /** Income by source and expenditure by scheme; the fund's total where the source states it. */
  public record IncomeAndExpenditure(
      Money fundTotal, List<FinanceLine> income, List<FinanceLine> expenditure, String notes) {
    public IncomeAndExpenditure {
      income = List.copyOf(income);
      expenditure = List.copyOf(expenditure);
    }
  }

  /**
   * One line of income or expenditure: the scheme it is spent on (expenditure), the funding stream
   * and organisation it comes from, the plan for the year, the actual to date and the forecast
   * outturn; {@code forecastNote} holds a forecast the source gives only in words.
   */
  public record FinanceLine(
      String hwb,
      String scheme,
      String source,
      String organisation,
      String description,
      Money plan,
      Money actualToDate,
      Money forecastOutturn,
      String forecastNote) {

    /** Forecast outturn less plan: positive is an overspend; empty without both. */
    public Optional<Money> variance() {
      return plan == null || forecastOutturn == null
          ? Optional.empty()
          : Optional.of(forecastOutturn.minus(plan));
    }
  }

  /**
   * Payment for performance in the quarter: the value per avoided admission, the most each HWB
   * could be paid (its planned reduction in admissions times the value), the total, and the
   * judgement whether any payment is likely.
   */
  public record PaymentForPerformanceReport(
      Money valuePerAvoidedAdmission,
      List<HwbMaximum> byHwb,
      Money maximumTotal,
      Boolean paymentLikely,
      String judgement) {
    public PaymentForPerformanceReport {
      byHwb = List.copyOf(byHwb);
    }

    public record HwbMaximum(String hwb, Integer maximumReduction, Money maximumPayment) {}
  }

  /** One HWB's maturity on one of the High Impact Changes, now and planned. */
  public record HicmMaturity(
      String hwb, String change, String current, String planned, String narrative) {}

  public record Narrative(String progress, String challenges, String supportNeeded) {}

  /** An HWB board's sign-off of the return. */
  public record HwbSignOff(String hwb, String name, String position, LocalDate date) {}

  /** NHS England's assurer's view of the return. */
  public record Assurance(String view, String assurer, LocalDate date) {}

  public boolean covers(String hwb) {
    return hwbs.contains(hwb);
  }
}
