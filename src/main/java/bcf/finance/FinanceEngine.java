package bcf.finance;

import static bcf.finance.FigureKey.Kind.*;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Contribution;
import bcf.plan.DeclaredFigure;
import bcf.plan.Dfg;
import bcf.plan.Ibcf;
import bcf.plan.OutOfHospital;
import bcf.plan.PaymentForPerformance;
import bcf.plan.Plan;
import bcf.plan.PooledBudget;
import bcf.plan.Scheme;
import bcf.plan.Split;
import bcf.round.Round;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a plan's figures: income and expenditure by year, source, organisation, HWB, scheme,
 * theme and area of spend; minimum contributions; DFG, iBCF and out-of-hospital figures; payment
 * for performance; risk shares; social care maintenance. Plain Java: no framework, no clock.
 */
public final class FinanceEngine {

  /** The key used for money the source gives no source, theme or area of spend for. */
  public static final String UNSPECIFIED = "unspecified";

  public FinancialSummary compute(Plan plan, Round round) {
    List<FinancialYear> years = plan.years().isEmpty() ? round.years() : plan.years();
    Figures whole = figures(plan, null);
    Map<String, Figures> byHwb = new LinkedHashMap<>();
    if (plan.isJoint()) {
      plan.hwbs().forEach(h -> byHwb.put(h.id(), figures(plan, h.id())));
    }
    Map<String, SourcesVsUses> balancesByHwb = new LinkedHashMap<>();
    byHwb.forEach((hwb, part) -> balancesByHwb.put(hwb, sourcesVsUses(plan, part, years)));
    FinancialSummary summary =
        new FinancialSummary(
            years,
            whole,
            byHwb,
            minimumContributions(plan),
            paymentForPerformance(plan),
            riskShares(plan),
            socialCareMaintenance(plan, round, years),
            sourcesVsUses(plan, whole, years),
            Collections.unmodifiableMap(balancesByHwb),
            List.of());
    return withDeclared(plan, summary);
  }

  /** Income against spend in each year, in total and by funding source. */
  private static SourcesVsUses sourcesVsUses(
      Plan plan, Figures figures, List<FinancialYear> years) {
    List<SourcesVsUses.Balance> byYear = new ArrayList<>();
    for (FinancialYear year : years) {
      Optional<Tally> income = figures.get(INCOME_TOTAL.key(), year);
      Optional<Tally> spend = figures.get(EXPENDITURE_TOTAL.key(), year);
      if (income.isPresent() || spend.isPresent()) {
        byYear.add(
            new SourcesVsUses.Balance(
                year,
                income,
                spend,
                income.isPresent() && spend.isPresent()
                    ? Optional.of(Comparison.of(plan, income.get(), spend.get()))
                    : Optional.empty()));
      }
    }
    TreeSet<String> sources = new TreeSet<>(figures.under(INCOME_BY_SOURCE).keySet());
    sources.addAll(figures.under(EXPENDITURE_BY_SOURCE).keySet());
    Map<String, List<SourcesVsUses.Balance>> bySource = new LinkedHashMap<>();
    for (String source : sources) {
      List<SourcesVsUses.Balance> balances = new ArrayList<>();
      for (FinancialYear year : years) {
        Optional<Tally> income = figures.get(INCOME_BY_SOURCE.key(source), year);
        Optional<Tally> spend = figures.get(EXPENDITURE_BY_SOURCE.key(source), year);
        if (income.isPresent() || spend.isPresent()) {
          balances.add(
              new SourcesVsUses.Balance(
                  year,
                  income,
                  spend,
                  Optional.of(
                      Comparison.of(plan, income.orElse(Tally.EMPTY), spend.orElse(Tally.EMPTY)))));
        }
      }
      bySource.put(source, List.copyOf(balances));
    }
    return new SourcesVsUses(List.copyOf(byYear), Collections.unmodifiableMap(bySource));
  }

  /** The summary with each declared figure checked against its computed counterpart. */
  private static FinancialSummary withDeclared(Plan plan, FinancialSummary summary) {
    List<DeclaredCheck> checks = new ArrayList<>();
    for (DeclaredFigure declared : plan.declared()) {
      Optional<FigureKey> key = FigureKey.parse(declared.figure());
      Optional<Tally> computed =
          key.flatMap(k -> summary.counterpart(k, declared.year(), declared.hwb()));
      Optional<Comparison> comparison =
          declared.amount() == null || computed.isEmpty()
              ? Optional.empty()
              : Optional.of(Comparison.of(plan, Tally.of(declared.amount()), computed.get()));
      checks.add(new DeclaredCheck(declared, key, computed, comparison));
    }
    return new FinancialSummary(
        summary.years(),
        summary.figures(),
        summary.figuresByHwb(),
        summary.minimumContributions(),
        summary.paymentForPerformance(),
        summary.riskShares(),
        summary.socialCareMaintenance(),
        summary.sourcesVsUses(),
        summary.sourcesVsUsesByHwb(),
        List.copyOf(checks));
  }

  /** Figures for the whole plan ({@code hwb} null) or for the items of one HWB's part. */
  private Figures figures(Plan plan, String hwb) {
    Figures figures = new Figures();
    for (Contribution c : plan.contributions()) {
      if (!belongs(plan, c.hwb(), hwb)) {
        continue;
      }
      if (c.actual() != null) {
        figures.add(INCOME_TOTAL.key(), c.year(), c.actual());
        figures.add(INCOME_BY_SOURCE.key(orUnspecified(c.stream())), c.year(), c.actual());
        figures.add(INCOME_BY_ORGANISATION.key(c.organisation()), c.year(), c.actual());
        figures.add(INCOME_BY_HWB.key(hwbKey(plan, c.hwb())), c.year(), c.actual());
      }
      if (c.minimum() != null) {
        figures.add(INCOME_MINIMUM.key(), c.year(), c.minimum());
        figures.add(INCOME_MINIMUM_BY_ORGANISATION.key(c.organisation()), c.year(), c.minimum());
      }
    }
    for (Scheme s : plan.schemes()) {
      if (!belongs(plan, s.hwb(), hwb)) {
        continue;
      }
      s.spend()
          .forEach(
              (year, split) -> {
                Optional<Money> amount = split == null ? Optional.empty() : split.amount();
                if (amount.isEmpty()) {
                  return;
                }
                Money spend = amount.get();
                addParts(figures, EXPENDITURE_TOTAL.key(), year, split);
                figures.add(EXPENDITURE_BY_SCHEME.key(s.id()), year, spend);
                figures.add(EXPENDITURE_BY_THEME.key(orUnspecified(s.theme())), year, spend);
                figures.add(
                    EXPENDITURE_BY_AREA_OF_SPEND.key(orUnspecified(s.areaOfSpend())), year, spend);
                figures.add(EXPENDITURE_BY_SOURCE.key(orUnspecified(s.source())), year, spend);
                figures.add(EXPENDITURE_BY_HWB.key(hwbKey(plan, s.hwb())), year, spend);
                if (split.recurrent() != null) {
                  figures.add(EXPENDITURE_RECURRENT.key(), year, split.recurrent());
                }
                if (split.nonRecurrent() != null) {
                  figures.add(EXPENDITURE_NON_RECURRENT.key(), year, split.nonRecurrent());
                }
              });
      s.benefits()
          .forEach(
              (year, split) -> {
                if (split != null) {
                  split.amount().ifPresent(b -> figures.add(BENEFITS_TOTAL.key(), year, b));
                }
              });
    }
    dfg(plan.dfg(), plan, hwb, figures);
    ibcf(plan.ibcf(), figures, hwb);
    outOfHospital(plan.outOfHospital(), figures, hwb);
    return figures;
  }

  /** Adds a scheme's spend line by line (recurrent and non-recurrent count as separate figures). */
  private static void addParts(Figures figures, FigureKey key, FinancialYear year, Split split) {
    if (split.total() != null) {
      figures.add(key, year, split.total());
      return;
    }
    figures.add(key, year, split.recurrent());
    figures.add(key, year, split.nonRecurrent());
  }

  private static void dfg(Dfg dfg, Plan plan, String hwb, Figures figures) {
    for (Dfg.PassThrough p : dfg.passThrough()) {
      if (belongs(plan, p.hwb(), hwb)) {
        figures.add(DFG_PASS_THROUGH.key(), p.year(), p.amount());
        figures.add(DFG_PASS_THROUGH_BY_DISTRICT.key(p.district()), p.year(), p.amount());
      }
    }
    for (Dfg.Allocation a : dfg.allocation()) {
      if (belongs(plan, a.hwb(), hwb)) {
        figures.add(DFG_ALLOCATION.key(), a.year(), a.total());
        figures.add(DFG_ALLOCATION_DFG.key(), a.year(), a.dfg());
        figures.add(DFG_ALLOCATION_OTHER.key(), a.year(), a.other());
        figures.add(DFG_ALLOCATION_BY_DISTRICT.key(a.district()), a.year(), a.total());
      }
    }
    if (hwb == null) {
      dfg.carriedForward()
          .values()
          .forEach((year, amount) -> figures.add(DFG_CARRIED_FORWARD.key(), year, amount));
    }
  }

  private static void ibcf(Ibcf ibcf, Figures figures, String hwb) {
    if (hwb != null) {
      return;
    }
    for (Ibcf.Purpose purpose : ibcf.purposes()) {
      String key = purpose.id() != null ? purpose.id() : purpose.purpose();
      purpose
          .amounts()
          .values()
          .forEach(
              (year, amount) -> {
                figures.add(IBCF_TOTAL.key(), year, amount);
                figures.add(IBCF_BY_PURPOSE.key(key), year, amount);
              });
    }
  }

  private static void outOfHospital(OutOfHospital ooh, Figures figures, String hwb) {
    if (hwb != null) {
      return;
    }
    for (OutOfHospital.AreaSpend area : ooh.spend()) {
      area.amounts()
          .values()
          .forEach(
              (year, amount) -> {
                figures.add(OUT_OF_HOSPITAL_SPEND.key(), year, amount);
                figures.add(OUT_OF_HOSPITAL_SPEND_BY_AREA.key(area.areaOfSpend()), year, amount);
              });
    }
    ooh.ringFence()
        .values()
        .forEach((year, amount) -> figures.add(OUT_OF_HOSPITAL_RING_FENCE.key(), year, amount));
  }

  private static boolean belongs(Plan plan, String itemHwb, String hwb) {
    if (hwb == null) {
      return true;
    }
    return hwb.equals(itemHwb) || (itemHwb == null && !plan.isJoint());
  }

  private static String hwbKey(Plan plan, String itemHwb) {
    if (itemHwb != null) {
      return itemHwb;
    }
    return plan.isJoint() || plan.hwbs().isEmpty() ? "whole plan" : plan.hwbs().get(0).id();
  }

  private static String orUnspecified(String value) {
    return value == null || value.isBlank() ? UNSPECIFIED : value;
  }

  private static List<FinancialSummary.MinimumCheck> minimumContributions(Plan plan) {
    Map<String, Map<FinancialYear, Money>> minimums = new LinkedHashMap<>();
    Map<String, Map<FinancialYear, Tally>> actuals = new LinkedHashMap<>();
    for (Contribution c : plan.contributions()) {
      if (c.minimum() != null) {
        minimums
            .computeIfAbsent(c.organisation(), o -> new TreeMap<>())
            .merge(c.year(), c.minimum(), Money::plus);
      }
      if (c.actual() != null) {
        actuals
            .computeIfAbsent(c.organisation(), o -> new TreeMap<>())
            .merge(c.year(), Tally.of(c.actual()), Tally::plus);
      }
    }
    List<FinancialSummary.MinimumCheck> checks = new ArrayList<>();
    minimums.forEach(
        (organisation, years) ->
            years.forEach(
                (year, minimum) ->
                    checks.add(
                        new FinancialSummary.MinimumCheck(
                            organisation,
                            year,
                            minimum,
                            actuals
                                .getOrDefault(organisation, Map.of())
                                .getOrDefault(year, Tally.EMPTY)))));
    return List.copyOf(checks);
  }

  private static Optional<FinancialSummary.PaymentForPerformanceResult> paymentForPerformance(
      Plan plan) {
    PaymentForPerformance p4p = plan.paymentForPerformance();
    if (p4p == null || p4p.valuePerAvoidedAdmission() == null) {
      return Optional.empty();
    }
    Money value = p4p.valuePerAvoidedAdmission();
    Money total = Money.ZERO;
    List<FinancialSummary.PaymentForPerformanceResult.HwbMaximum> byHwb = new ArrayList<>();
    for (PaymentForPerformance.HwbReduction reduction : p4p.byHwb()) {
      if (reduction.plannedReduction() == null) {
        continue;
      }
      Money maximum = value.times(reduction.plannedReduction());
      total = total.plus(maximum);
      byHwb.add(
          new FinancialSummary.PaymentForPerformanceResult.HwbMaximum(
              reduction.hwb(), reduction.plannedReduction(), maximum));
    }
    List<FinancialSummary.PaymentForPerformanceResult.ScheduledPayment> schedule =
        new ArrayList<>();
    // The plan's own schedule, as its source prints it: the round's schedule is not the plan's
    // (Dorset's report gives maximums but no schedule).
    for (PaymentForPerformance.Payment point : p4p.schedule()) {
      if (point.share() == null) {
        continue;
      }
      schedule.add(
          new FinancialSummary.PaymentForPerformanceResult.ScheduledPayment(
              point.payment(), point.share(), total.times(point.share()), point.basis()));
    }
    return Optional.of(
        new FinancialSummary.PaymentForPerformanceResult(
            value, total, List.copyOf(byHwb), List.copyOf(schedule)));
  }

  /**
   * What is paid for an achieved reduction in emergency admissions: the value per avoided admission
   * for each admission avoided, capped at the planned reduction, never below zero.
   */
  public static Money paymentFor(
      Money valuePerAvoidedAdmission, BigDecimal plannedReduction, BigDecimal achievedReduction) {
    BigDecimal paid = achievedReduction.max(BigDecimal.ZERO).min(plannedReduction);
    return valuePerAvoidedAdmission.times(paid);
  }

  private static List<FinancialSummary.RiskShareResult> riskShares(Plan plan) {
    List<FinancialSummary.RiskShareResult> results = new ArrayList<>();
    for (PooledBudget.RiskShare share : plan.pooledBudget().riskShares()) {
      share
          .amount()
          .values()
          .forEach(
              (year, atRisk) -> {
                Money computed =
                    atRisk == null || share.retainedShare() == null
                        ? null
                        : share.retainedShare().of(atRisk);
                results.add(
                    new FinancialSummary.RiskShareResult(
                        share.id(),
                        share.description(),
                        year,
                        atRisk,
                        share.retainedShare(),
                        computed,
                        share.retained().get(year).orElse(null)));
              });
    }
    return List.copyOf(results);
  }

  private static List<FinancialSummary.SocialCareMaintenanceResult> socialCareMaintenance(
      Plan plan, Round round, List<FinancialYear> years) {
    List<FinancialSummary.SocialCareMaintenanceResult> results = new ArrayList<>();
    for (FinancialYear year : years) {
      BigDecimal required = round.socialCareUplift().get(year);
      BigDecimal stated = plan.socialCareMaintenance().uplift().get(year);
      if (required == null && stated == null) {
        continue;
      }
      Money baseline = plan.socialCareMaintenance().baseline().get(year).orElse(null);
      Money planned = plan.socialCareMaintenance().planned().get(year).orElse(null);
      Money requiredAmount =
          baseline == null || required == null
              ? null
              : baseline.times(BigDecimal.ONE.add(required));
      results.add(
          new FinancialSummary.SocialCareMaintenanceResult(
              year, required, stated, baseline, requiredAmount, planned));
    }
    return List.copyOf(results);
  }
}
