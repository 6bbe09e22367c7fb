package bcf.analysis;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The summary and findings documents as records: what {@code ./bcf summary --format json} and
 * {@code ./bcf validate --format json} print and what the API's summary, validation and plan
 * answers hold, so that the OpenAPI document can describe them. Built by {@link SummaryDocument}.
 * Amounts are pounds (exact decimals); amounts by year are objects keyed by the year written {@code
 * 2017-18}; breakdowns are objects keyed by item, each holding amounts by year. A field marked
 * {@code NON_NULL} is left out when it has no value; the others are written, as null if need be.
 */
public final class SummaryRecords {

  private SummaryRecords() {}

  /** The whole summary of a plan. */
  public record PlanSummary(
      SummaryPlan plan,
      List<String> years,
      IncomeFigures income,
      ExpenditureFigures expenditure,
      Map<String, SourcesAndUsesYear> sourcesVsUses,
      List<MinimumContribution> minimumContributions,
      @JsonInclude(NON_NULL) Map<String, HwbFigures> hwbs,
      @JsonInclude(NON_NULL) DfgFigures dfg,
      @JsonInclude(NON_NULL) IbcfFigures ibcf,
      @JsonInclude(NON_NULL) OutOfHospitalFigures outOfHospital,
      @JsonInclude(NON_NULL) List<SocialCareMaintenanceLine> socialCareMaintenance,
      @JsonInclude(NON_NULL) List<ContingencyItem> contingency,
      @JsonInclude(NON_NULL) List<RiskShareLine> riskShares,
      @JsonInclude(NON_NULL) PaymentForPerformanceFigures paymentForPerformance,
      PooledBudgetSummary pooledBudget,
      List<SummaryCondition> nationalConditions,
      List<SummaryMetric> metrics,
      List<SummaryRisk> risks,
      List<SummarySignOff> signOffs,
      List<DeclaredItem> declared,
      List<FindingItem> findings) {}

  /** Which plan: its id, round, title and the names of its HWBs. */
  public record SummaryPlan(
      String id, String round, @JsonInclude(NON_NULL) String title, List<String> hwbs) {}

  /** Income: totals and minimums by year, and breakdowns. */
  public record IncomeFigures(
      Map<String, BigDecimal> total,
      Map<String, BigDecimal> minimum,
      Map<String, Map<String, BigDecimal>> bySource,
      Map<String, Map<String, BigDecimal>> byOrganisation,
      Map<String, Map<String, BigDecimal>> byHwb) {}

  /** Spend: totals by year, recurrent or not, breakdowns and the benefits expected. */
  public record ExpenditureFigures(
      Map<String, BigDecimal> total,
      Map<String, BigDecimal> recurrent,
      Map<String, BigDecimal> nonRecurrent,
      Map<String, Map<String, BigDecimal>> byScheme,
      Map<String, Map<String, BigDecimal>> byTheme,
      Map<String, Map<String, BigDecimal>> byAreaOfSpend,
      Map<String, Map<String, BigDecimal>> bySource,
      Map<String, Map<String, BigDecimal>> byHwb,
      Map<String, BigDecimal> benefits) {}

  /** A year's income and spend, and spend less income where both are given. */
  public record SourcesAndUsesYear(
      BigDecimal income, BigDecimal expenditure, @JsonInclude(NON_NULL) BigDecimal difference) {}

  /** An organisation's contribution against its minimum in a year. */
  public record MinimumContribution(
      String organisation,
      String name,
      String year,
      BigDecimal minimum,
      BigDecimal actual,
      BigDecimal surplus) {}

  /** A joint plan's HWB: its own income and spend. */
  public record HwbFigures(IncomeFigures income, ExpenditureFigures expenditure) {}

  /** The Disabled Facilities Grant: passed through, allocated (by district) and carried forward. */
  public record DfgFigures(
      Map<String, BigDecimal> passThrough,
      Map<String, Map<String, BigDecimal>> passThroughByDistrict,
      Map<String, BigDecimal> allocation,
      Map<String, Map<String, BigDecimal>> allocationByDistrict,
      Map<String, BigDecimal> carriedForward) {}

  /** The improved Better Care Fund: contribution, total and spend by purpose. */
  public record IbcfFigures(
      Map<String, BigDecimal> contribution,
      Map<String, BigDecimal> total,
      Map<String, Map<String, BigDecimal>> byPurpose) {}

  /** Out-of-hospital spend, by area of spend, and its ring-fence. */
  public record OutOfHospitalFigures(
      Map<String, BigDecimal> spend,
      Map<String, Map<String, BigDecimal>> byAreaOfSpend,
      Map<String, BigDecimal> ringFence) {}

  /** Maintaining social care in a year: the uplift required and stated, and the money. */
  public record SocialCareMaintenanceLine(
      String year,
      @JsonInclude(NON_NULL) BigDecimal upliftRequired,
      @JsonInclude(NON_NULL) BigDecimal upliftStated,
      BigDecimal baseline,
      BigDecimal required,
      BigDecimal planned) {}

  /** A line of the contingency plan: planned savings and the most support. */
  public record ContingencyItem(
      @JsonInclude(NON_NULL) String hwb,
      String period,
      BigDecimal plannedSavings,
      BigDecimal maximumSupport) {}

  /** A risk share in a year: the money at risk and the share retained, computed and declared. */
  public record RiskShareLine(
      String id,
      String description,
      String year,
      BigDecimal atRisk,
      @JsonInclude(NON_NULL) BigDecimal retainedShare,
      BigDecimal retainedComputed,
      BigDecimal retainedDeclared) {}

  /** Payment for performance: value per avoided admission, the maximum, by HWB and the schedule. */
  public record PaymentForPerformanceFigures(
      BigDecimal valuePerAdmission,
      BigDecimal maximum,
      Map<String, HwbPaymentForPerformance> byHwb,
      List<PerformancePayment> schedule) {}

  /** An HWB's planned reduction in admissions and the most it can be paid. */
  public record HwbPaymentForPerformance(
      @JsonInclude(NON_NULL) BigDecimal plannedReduction, BigDecimal maximum) {}

  /** A scheduled payment for performance. */
  public record PerformancePayment(
      String payment, @JsonInclude(NON_NULL) BigDecimal share, BigDecimal amount, String basis) {}

  /** The pooled budget: its host, arrangement and pools. */
  public record PooledBudgetSummary(
      @JsonInclude(NON_NULL) String host,
      @JsonInclude(NON_NULL) String hostName,
      @JsonInclude(NON_NULL) String arrangement,
      List<PoolSummary> pools) {}

  /** A pool of the pooled budget: its host, amounts by year and risk share. */
  public record PoolSummary(
      String name,
      @JsonInclude(NON_NULL) String host,
      @JsonInclude(NON_NULL) String hostName,
      Map<String, BigDecimal> amounts,
      @JsonInclude(NON_NULL) String riskShare) {}

  /** The answer to a national condition. */
  public record SummaryCondition(
      @JsonInclude(NON_NULL) String hwb,
      String condition,
      @JsonInclude(NON_NULL) String subItem,
      String status,
      @JsonInclude(NON_NULL) String answer,
      @JsonInclude(NON_NULL) String expectedDate,
      @JsonInclude(NON_NULL) BigDecimal regionalPercentMet) {}

  /** A metric's ambition: baseline, targets, actuals and trajectory, as the plan states them. */
  public record SummaryMetric(
      @JsonInclude(NON_NULL) String hwb,
      String metric,
      String name,
      @JsonInclude(NON_NULL) SummaryObservation baseline,
      List<SummaryObservation> targets,
      List<SummaryObservation> actuals,
      @JsonInclude(NON_NULL) SummaryTrajectory trajectory) {}

  /** A value for a period, and the value computed from its numerator and denominator. */
  public record SummaryObservation(
      @JsonInclude(NON_NULL) String period,
      @JsonInclude(NON_NULL) String periodLabel,
      @JsonInclude(NON_NULL) String payment,
      @JsonInclude(NON_NULL) BigDecimal numerator,
      @JsonInclude(NON_NULL) BigDecimal denominator,
      @JsonInclude(NON_NULL) BigDecimal value,
      @JsonInclude(NON_NULL) BigDecimal computed) {}

  /** A trajectory: its method and the value for each month ({@code 2017-07}). */
  public record SummaryTrajectory(String method, Map<String, BigDecimal> monthly) {}

  /** A risk and its rating. */
  public record SummaryRisk(
      @JsonInclude(NON_NULL) String id,
      @JsonInclude(NON_NULL) String hwb,
      String description,
      @JsonInclude(NON_NULL) Integer likelihood,
      @JsonInclude(NON_NULL) Integer impact,
      @JsonInclude(NON_NULL) Integer score,
      @JsonInclude(NON_NULL) String rating,
      @JsonInclude(NON_NULL) String level) {}

  /** A sign-off as the plan records it. */
  public record SummarySignOff(
      @JsonInclude(NON_NULL) String onBehalfOf,
      @JsonInclude(NON_NULL) String role,
      @JsonInclude(NON_NULL) String name,
      @JsonInclude(NON_NULL) String date,
      boolean signed) {}

  /** A figure the plan declares, against the one computed. */
  public record DeclaredItem(
      String figure,
      @JsonInclude(NON_NULL) String year,
      @JsonInclude(NON_NULL) String hwb,
      @JsonInclude(NON_NULL) String label,
      @JsonInclude(NON_NULL) String asPrinted,
      BigDecimal declared,
      BigDecimal computed,
      @JsonInclude(NON_NULL) BigDecimal difference) {}

  /** The findings of a plan: {@code {"findings": [...]}}. */
  public record Findings(List<FindingItem> findings) {}

  /**
   * A finding: the rule, its severity ({@code error}, {@code warning}, {@code info}), where in the
   * plan, the message and, for a figure, the year, expected and actual values and the difference.
   */
  public record FindingItem(
      String rule,
      String severity,
      String where,
      String message,
      @JsonInclude(NON_NULL) String year,
      @JsonInclude(NON_NULL) BigDecimal expected,
      @JsonInclude(NON_NULL) BigDecimal actual,
      @JsonInclude(NON_NULL) BigDecimal difference,
      @JsonInclude(NON_NULL) String explanation) {}
}
