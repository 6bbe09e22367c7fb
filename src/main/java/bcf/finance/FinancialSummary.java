package bcf.finance;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Share;
import bcf.plan.DeclaredFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the finance engine computes from a plan: figures by year for the whole plan and for
 * each HWB of a joint plan, minimum contributions, payment for performance, risk shares and social
 * care maintenance; sources against uses; declared figures against computed ones.
 */
public record FinancialSummary(
    List<FinancialYear> years,
    Figures figures,
    Map<String, Figures> figuresByHwb,
    List<MinimumCheck> minimumContributions,
    Optional<PaymentForPerformanceResult> paymentForPerformance,
    List<RiskShareResult> riskShares,
    List<SocialCareMaintenanceResult> socialCareMaintenance,
    SourcesVsUses sourcesVsUses,
    Map<String, SourcesVsUses> sourcesVsUsesByHwb,
    List<DeclaredCheck> declared) {

  /**
   * A summary without sources against uses or declared figures (as one built by hand, without a
   * plan to take them from, is).
   */
  public FinancialSummary(
      List<FinancialYear> years,
      Figures figures,
      Map<String, Figures> figuresByHwb,
      List<MinimumCheck> minimumContributions,
      Optional<PaymentForPerformanceResult> paymentForPerformance,
      List<RiskShareResult> riskShares,
      List<SocialCareMaintenanceResult> socialCareMaintenance) {
    this(
        years,
        figures,
        figuresByHwb,
        minimumContributions,
        paymentForPerformance,
        riskShares,
        socialCareMaintenance,
        SourcesVsUses.NONE,
        Map.of(),
        List.of());
  }

  /** Sources against uses for one HWB's part, or for the whole plan when {@code hwb} is null. */
  public SourcesVsUses sourcesVsUsesFor(String hwb) {
    return hwb == null ? sourcesVsUses : sourcesVsUsesByHwb.getOrDefault(hwb, SourcesVsUses.NONE);
  }

  /**
   * The computed counterpart of a figure the plan declares: the same key in the figures of the
   * declared HWB (or the whole plan), or the payment-for-performance maximum.
   */
  public Optional<Tally> counterpart(DeclaredFigure declared) {
    return FigureKey.parse(declared.figure())
        .flatMap(key -> counterpart(key, declared.year(), declared.hwb()));
  }

  /**
   * The computed figure named by {@code key} for a year, in the figures of {@code hwb} (or the
   * whole plan when null); payment-for-performance figures are for the whole round and take no
   * year.
   */
  public Optional<Tally> counterpart(FigureKey key, FinancialYear year, String hwb) {
    switch (key.kind()) {
      case PAYMENT_FOR_PERFORMANCE_MAXIMUM -> {
        return paymentForPerformance.map(p4p -> Tally.of(p4p.maximum()));
      }
      case PAYMENT_FOR_PERFORMANCE_BY_HWB -> {
        return paymentForPerformance.flatMap(
            p4p ->
                p4p.byHwb().stream()
                    .filter(h -> key.item().equals(h.hwb()))
                    .findFirst()
                    .map(h -> Tally.of(h.maximum())));
      }
      default -> {
        if (year == null) {
          return Optional.empty();
        }
        return figuresFor(hwb).get(key, year);
      }
    }
  }

  /** The figures for one HWB's part, or for the whole plan when {@code hwb} is null. */
  public Figures figuresFor(String hwb) {
    return hwb == null ? figures : figuresByHwb.getOrDefault(hwb, new Figures());
  }

  /** An organisation's contribution against its minimum in a year. */
  public record MinimumCheck(String organisation, FinancialYear year, Money minimum, Tally actual) {

    /** Positive when the organisation contributes more than its minimum. */
    public Money surplus() {
      return actual.amount().minus(minimum);
    }
  }

  /** The maximum payable for performance, by HWB and in total, and the payment schedule. */
  public record PaymentForPerformanceResult(
      Money valuePerAvoidedAdmission,
      Money maximum,
      List<HwbMaximum> byHwb,
      List<ScheduledPayment> schedule) {

    public record HwbMaximum(String hwb, BigDecimal plannedReduction, Money maximum) {}

    public record ScheduledPayment(String payment, BigDecimal share, Money amount, String basis) {}
  }

  /** A risk share: the amount retained if its condition is not met, computed and as declared. */
  public record RiskShareResult(
      String id,
      String description,
      FinancialYear year,
      Money atRisk,
      Share retainedShare,
      Money retainedComputed,
      Money retainedDeclared) {}

  /**
   * The NHS minimum contribution to social care, maintained in real terms: the required amount is
   * the baseline uplifted by the round's inflation rate.
   */
  public record SocialCareMaintenanceResult(
      FinancialYear year,
      BigDecimal upliftRequired,
      BigDecimal upliftStated,
      Money baseline,
      Money required,
      Money planned) {}
}
