package bcf.finance.monitoring;

import static bcf.finance.FigureKey.Kind.EXPENDITURE_BY_SCHEME;
import static bcf.finance.FigureKey.Kind.INCOME_BY_ORGANISATION;
import static bcf.finance.FigureKey.Kind.INCOME_BY_SOURCE;

import bcf.finance.FigureKey;
import bcf.finance.FinanceEngine;
import bcf.finance.FinancialSummary;
import bcf.finance.Tally;
import bcf.finance.monitoring.MonitoringPosition.AgreementResult;
import bcf.finance.monitoring.MonitoringPosition.CarriedForward;
import bcf.finance.monitoring.MonitoringPosition.HwbPayment;
import bcf.finance.monitoring.MonitoringPosition.InYearPayment;
import bcf.finance.monitoring.MonitoringPosition.Line;
import bcf.finance.monitoring.MonitoringPosition.Month;
import bcf.finance.monitoring.MonitoringPosition.PartnerShare;
import bcf.finance.monitoring.MonitoringPosition.PointPayment;
import bcf.finance.monitoring.MonitoringPosition.RetentionResult;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.plan.PaymentForPerformance;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import bcf.round.PaymentForPerformanceTerms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A plan's monitoring position for a year. The budget is the finance engine's: spend by scheme,
 * income by funding source and by partner (organisation). For each scheme, source, partner and
 * period the actual is taken where there is one, else the forecast: their sum is the forecast
 * outturn, the actuals alone the actual to date. A scheme (source, partner) with no figure at all
 * is taken at its budget. Plain Java: no framework, no clock.
 */
public final class MonitoringEngine {

  /** Builds the position; the plan's risk shares and payment terms come from the summary. */
  public MonitoringPosition position(
      Plan plan,
      FinancialSummary summary,
      Optional<PaymentForPerformanceTerms> roundTerms,
      FinancialYear year,
      List<MonitoringEntry> allEntries,
      MonitoringTerms terms) {
    if (!summary.years().contains(year)) {
      throw new MonitoringRefused(
          MonitoringRefused.YEAR_NOT_IN_PLAN,
          "The plan has no year "
              + year.display()
              + ": it covers "
              + String.join(", ", summary.years().stream().map(FinancialYear::display).toList())
              + ".");
    }
    List<MonitoringEntry> entries =
        allEntries.stream()
            .filter(e -> FinancialYear.containing(e.period().first()).equals(year))
            .toList();
    Map<MonitoringEntry.Key, MonitoringEntry> chosen = chosen(entries);

    Map<String, Money> schemeBudget = budget(summary, EXPENDITURE_BY_SCHEME, year);
    for (Scheme s : plan.schemes()) {
      schemeBudget.putIfAbsent(s.id(), Money.ZERO);
    }
    List<Line> schemes = lines(schemeBudget, entries, chosen, MonitoringEntry::scheme);
    List<Line> sources =
        lines(budget(summary, INCOME_BY_SOURCE, year), entries, chosen, MonitoringEntry::source);
    List<Line> partners =
        lines(
            budget(summary, INCOME_BY_ORGANISATION, year),
            entries,
            chosen,
            MonitoringEntry::partner);
    Line total = total(schemes);

    Optional<Period> reportedTo =
        entries.stream()
            .filter(e -> e.kind() == MonitoringEntry.Kind.ACTUAL)
            .map(MonitoringEntry::period)
            .max(Comparator.comparing(Period::last));

    List<AgreementResult> shares = new ArrayList<>();
    for (RiskShareAgreement agreement : terms.agreements()) {
      shares.add(apply(plan, agreement, schemes, partners, chosen.values()));
    }
    return new MonitoringPosition(
        year,
        reportedTo,
        schemes,
        sources,
        partners,
        total,
        months(entries),
        List.copyOf(shares),
        retentions(plan, summary, year, terms, schemes),
        carriedForward(plan, year, terms, schemes),
        payment(plan, summary, roundTerms, terms));
  }

  private static Map<String, Money> budget(
      FinancialSummary summary, FigureKey.Kind kind, FinancialYear year) {
    Map<String, Money> budget = new LinkedHashMap<>();
    summary
        .figures()
        .under(kind)
        .forEach(
            (item, years) -> {
              Tally tally = years.get(year);
              if (tally != null) {
                budget.put(item, tally.amount());
              }
            });
    return budget;
  }

  /** For each key, the actual where there is one, else the forecast. */
  private static Map<MonitoringEntry.Key, MonitoringEntry> chosen(List<MonitoringEntry> entries) {
    Map<MonitoringEntry.Key, MonitoringEntry> chosen = new LinkedHashMap<>();
    for (MonitoringEntry e : entries) {
      chosen.merge(e.key(), e, (a, b) -> a.kind() == MonitoringEntry.Kind.ACTUAL ? a : b);
    }
    return chosen;
  }

  private static List<Line> lines(
      Map<String, Money> budget,
      List<MonitoringEntry> entries,
      Map<MonitoringEntry.Key, MonitoringEntry> chosen,
      Function<MonitoringEntry, String> by) {
    Map<String, Money> actual = new LinkedHashMap<>();
    Map<String, Money> outturn = new LinkedHashMap<>();
    for (MonitoringEntry e : entries) {
      if (e.kind() == MonitoringEntry.Kind.ACTUAL) {
        actual.merge(key(by.apply(e)), e.amount(), Money::plus);
      }
    }
    for (MonitoringEntry e : chosen.values()) {
      outturn.merge(key(by.apply(e)), e.amount(), Money::plus);
    }
    Set<String> keys = new LinkedHashSet<>(budget.keySet());
    keys.addAll(outturn.keySet());
    List<Line> lines = new ArrayList<>();
    for (String key : keys) {
      Money planned = budget.getOrDefault(key, Money.ZERO);
      boolean reported = outturn.containsKey(key);
      lines.add(
          new Line(
              key,
              planned,
              actual.getOrDefault(key, Money.ZERO),
              reported ? outturn.get(key) : planned,
              reported));
    }
    return List.copyOf(lines);
  }

  private static String key(String value) {
    return value == null || value.isBlank() ? FinanceEngine.UNSPECIFIED : value;
  }

  private static Line total(List<Line> schemes) {
    Money budget = Money.ZERO;
    Money actual = Money.ZERO;
    Money outturn = Money.ZERO;
    boolean reported = false;
    for (Line l : schemes) {
      budget = budget.plus(l.budget());
      actual = actual.plus(l.actualToDate());
      outturn = outturn.plus(l.forecastOutturn());
      reported |= l.reported();
    }
    return new Line("total", budget, actual, outturn, reported);
  }

  private static List<Month> months(List<MonitoringEntry> entries) {
    Map<Period, Money[]> byPeriod = new TreeMap<>();
    for (MonitoringEntry e : entries) {
      Money[] pair =
          byPeriod.computeIfAbsent(e.period(), p -> new Money[] {Money.ZERO, Money.ZERO});
      int i = e.kind() == MonitoringEntry.Kind.ACTUAL ? 0 : 1;
      pair[i] = pair[i].plus(e.amount());
    }
    List<Month> months = new ArrayList<>();
    byPeriod.forEach((p, pair) -> months.add(new Month(p, pair[0], pair[1])));
    return List.copyOf(months);
  }

  // ---- risk shares -------------------------------------------------------------------------

  /** Applies one agreement to the forecast variance of the schemes it covers. */
  static AgreementResult apply(
      Plan plan,
      RiskShareAgreement agreement,
      List<Line> schemes,
      List<Line> partners,
      java.util.Collection<MonitoringEntry> chosen) {
    Set<String> known = new LinkedHashSet<>();
    plan.organisations().forEach(o -> known.add(o.id()));
    partners.forEach(p -> known.add(p.key()));
    for (String scheme : agreement.schemes()) {
      if (schemes.stream().noneMatch(l -> l.key().equals(scheme))) {
        throw new MonitoringRefused(
            MonitoringRefused.UNKNOWN_SCHEME,
            "The risk share '"
                + agreement.name()
                + "' names a scheme the plan does not have: "
                + scheme
                + ".");
      }
    }
    Money variance = Money.ZERO;
    for (Line l : schemes) {
      if (agreement.covers(l.key())) {
        variance = variance.plus(l.variance());
      }
    }
    Map<String, Money> before =
        switch (agreement.basis()) {
          case FIXED -> fixed(agreement, variance, known);
          case PRO_RATA -> proRata(agreement, variance, plan, partners);
          case HOST -> host(agreement, variance, plan, known);
          case CONTRACTING_PARTNER -> contracting(agreement, schemes, chosen, known);
        };
    return new AgreementResult(
        agreement.name(), agreement.basis(), variance, capped(agreement, before, known));
  }

  private static Map<String, Money> fixed(
      RiskShareAgreement agreement, Money variance, Set<String> known) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> share : agreement.shares().entrySet()) {
      requireKnown(agreement, share.getKey(), known);
      if (share.getValue().signum() < 0) {
        throw new MonitoringRefused(
            MonitoringRefused.SHARES_NOT_WHOLE,
            "The risk share '"
                + agreement.name()
                + "' gives "
                + share.getKey()
                + " a negative share: each share is between 0% and 100%.");
      }
      sum = sum.add(share.getValue());
    }
    if (sum.compareTo(BigDecimal.ONE) != 0) {
      throw new MonitoringRefused(
          MonitoringRefused.SHARES_NOT_WHOLE,
          "The shares of the risk share '"
              + agreement.name()
              + "' add up to "
              + sum.movePointRight(2).stripTrailingZeros().toPlainString()
              + "%, not 100%: the partners' shares must add up to the whole.");
    }
    return split(variance, sortedShares(agreement.shares()), BigDecimal.ONE);
  }

  private static Map<String, Money> proRata(
      RiskShareAgreement agreement, Money variance, Plan plan, List<Line> partners) {
    Map<String, BigDecimal> contributions = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Line p : partners) {
      if (p.budget().isZero() || p.key().equals(FinanceEngine.UNSPECIFIED)) {
        continue;
      }
      contributions.put(p.key(), p.budget().pounds());
      total = total.add(p.budget().pounds());
    }
    if (total.signum() == 0) {
      throw new MonitoringRefused(
          MonitoringRefused.NO_BEARER,
          "The risk share '"
              + agreement.name()
              + "' is pro rata to contributions, but the plan gives no partner's contribution for"
              + " the year.");
    }
    return split(variance, contributions, total);
  }

  private static Map<String, Money> host(
      RiskShareAgreement agreement, Money variance, Plan plan, Set<String> known) {
    // The agreement's bearer; else the host of a pool of the schemes it covers (Dorset's ICES is
    // hosted by Bournemouth); else the host of the whole pooled budget.
    String host =
        agreement.bearer() != null
            ? agreement.bearer()
            : plan.pooledBudget().pools().stream()
                .filter(pool -> agreement.schemes().contains(pool.id()) && pool.host() != null)
                .map(bcf.plan.PooledBudget.Pool::host)
                .findFirst()
                .orElse(plan.pooledBudget().host());
    if (host == null || host.isBlank()) {
      throw new MonitoringRefused(
          MonitoringRefused.NO_BEARER,
          "The risk share '"
              + agreement.name()
              + "' says the host bears it, but neither it nor the plan names the host.");
    }
    requireKnown(agreement, host, known);
    Map<String, Money> result = new LinkedHashMap<>();
    result.put(host, variance);
    return result;
  }

  private static Map<String, Money> contracting(
      RiskShareAgreement agreement,
      List<Line> schemes,
      java.util.Collection<MonitoringEntry> chosen,
      Set<String> known) {
    Map<String, Money> result = new LinkedHashMap<>();
    for (Line l : schemes) {
      if (!agreement.covers(l.key()) || l.variance().isZero()) {
        continue;
      }
      String partner = agreement.contracting().get(l.key());
      if (partner == null) {
        Set<String> named = new LinkedHashSet<>();
        chosen.stream()
            .filter(e -> e.scheme().equals(l.key()) && !e.partner().isBlank())
            .forEach(e -> named.add(e.partner()));
        if (named.size() != 1) {
          throw new MonitoringRefused(
              MonitoringRefused.NO_BEARER,
              "The risk share '"
                  + agreement.name()
                  + "' puts each scheme's variance on its contracting partner, but the figures"
                  + " for the scheme "
                  + l.key()
                  + (named.isEmpty() ? " name no partner" : " name several partners")
                  + ": say which partner contracts for it.");
        }
        partner = named.iterator().next();
      }
      requireKnown(agreement, partner, known);
      result.merge(partner, l.variance(), Money::plus);
    }
    return result;
  }

  /** Caps each partner's exposure; what is over a cap goes to the agreement's rest-to partner. */
  private static List<PartnerShare> capped(
      RiskShareAgreement agreement, Map<String, Money> before, Set<String> known) {
    Map<String, Money> after = new LinkedHashMap<>(before);
    Set<String> capped = new LinkedHashSet<>();
    Money excess = Money.ZERO;
    for (Map.Entry<String, Money> cap : agreement.caps().entrySet()) {
      requireKnown(agreement, cap.getKey(), known);
      Money bears = after.getOrDefault(cap.getKey(), Money.ZERO);
      Money limit = cap.getValue().abs();
      if (bears.abs().isGreaterThan(limit)) {
        Money held = bears.isNegative() ? limit.negate() : limit;
        excess = excess.plus(bears.minus(held));
        after.put(cap.getKey(), held);
        capped.add(cap.getKey());
      }
    }
    if (!excess.isZero()) {
      if (agreement.restTo() == null || agreement.restTo().isBlank()) {
        throw new MonitoringRefused(
            MonitoringRefused.CAP_WITHOUT_REST,
            "The risk share '"
                + agreement.name()
                + "' caps "
                + String.join(", ", capped)
                + " but does not say who bears the "
                + excess.abs()
                + " over the cap.");
      }
      requireKnown(agreement, agreement.restTo(), known);
      after.merge(agreement.restTo(), excess, Money::plus);
    }
    List<PartnerShare> shares = new ArrayList<>();
    Set<String> partners = new LinkedHashSet<>(before.keySet());
    partners.addAll(after.keySet());
    for (String p : partners) {
      shares.add(
          new PartnerShare(
              p,
              before.getOrDefault(p, Money.ZERO),
              after.getOrDefault(p, Money.ZERO),
              capped.contains(p)));
    }
    return List.copyOf(shares);
  }

  private static void requireKnown(
      RiskShareAgreement agreement, String partner, Set<String> known) {
    if (!known.contains(partner)) {
      throw new MonitoringRefused(
          MonitoringRefused.UNKNOWN_PARTNER,
          "The risk share '"
              + agreement.name()
              + "' names a partner the plan does not have: "
              + partner
              + ".");
    }
  }

  private static Map<String, BigDecimal> sortedShares(Map<String, BigDecimal> shares) {
    return new TreeMap<>(shares);
  }

  /**
   * Splits an amount by weights over their total, each part half-up to the penny; the pennies of
   * rounding go to the largest weight (the first of equals), so the parts add up to the whole.
   */
  static Map<String, Money> split(Money amount, Map<String, BigDecimal> weights, BigDecimal total) {
    Map<String, Money> parts = new LinkedHashMap<>();
    Money sum = Money.ZERO;
    String largest = null;
    for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
      Money part = MonitoringRounding.share(amount, w.getValue(), total);
      parts.put(w.getKey(), part);
      sum = sum.plus(part);
      if (largest == null || w.getValue().compareTo(weights.get(largest)) > 0) {
        largest = w.getKey();
      }
    }
    if (largest != null && !sum.equals(amount)) {
      parts.merge(largest, amount.minus(sum), Money::plus);
    }
    return parts;
  }

  // ---- retention, carry forward, payment for performance ---------------------------------------

  private static List<RetentionResult> retentions(
      Plan plan,
      FinancialSummary summary,
      FinancialYear year,
      MonitoringTerms terms,
      List<Line> schemes) {
    List<RetentionResult> results = new ArrayList<>();
    for (FinancialSummary.RiskShareResult share : summary.riskShares()) {
      if (!share.year().equals(year) || share.retainedComputed() == null) {
        continue;
      }
      Optional<MonitoringTerms.Retention> judged =
          terms.retentions().stream().filter(r -> r.riskShare().equals(share.id())).findFirst();
      Optional<Boolean> met = judged.flatMap(r -> met(r, schemes));
      results.add(
          new RetentionResult(
              share.id(),
              share.description(),
              plan.pooledBudget().riskShares().stream()
                  .filter(r -> r.id().equals(share.id()))
                  .map(r -> r.condition())
                  .findFirst()
                  .orElse(null),
              share.atRisk(),
              share.retainedShare(),
              met,
              met.isPresent() && !met.get() ? share.retainedComputed() : Money.ZERO));
    }
    return List.copyOf(results);
  }

  private static Optional<Boolean> met(MonitoringTerms.Retention r, List<Line> schemes) {
    if (r.conditionMet() != null) {
      return Optional.of(r.conditionMet());
    }
    if (r.scheme() == null || r.ceiling() == null) {
      return Optional.empty();
    }
    return schemes.stream()
        .filter(l -> l.key().equals(r.scheme()))
        .findFirst()
        .map(l -> !l.forecastOutturn().isGreaterThan(r.ceiling()));
  }

  private static List<CarriedForward> carriedForward(
      Plan plan, FinancialYear year, MonitoringTerms terms, List<Line> schemes) {
    List<CarriedForward> result = new ArrayList<>();
    plan.dfg()
        .carriedForward()
        .get(year)
        .ifPresent(
            amount ->
                result.add(
                    new CarriedForward(
                        "Disabled Facilities Grant", year.previous(), year, amount, true)));
    for (Line l : schemes) {
      if (terms.carryForward().contains(l.key()) && l.variance().isNegative()) {
        result.add(new CarriedForward(l.key(), year, year.next(), l.variance().negate(), false));
      }
    }
    return List.copyOf(result);
  }

  /**
   * In-year payment for performance (2015/16): each HWB's achieved reduction in emergency
   * admissions, capped at its planned reduction and never below zero, paid at the value per avoided
   * admission; released at each payment point pro rata to its share; what is not released stays
   * with the acute sector for the extra activity.
   */
  private static Optional<InYearPayment> payment(
      Plan plan,
      FinancialSummary summary,
      Optional<PaymentForPerformanceTerms> roundTerms,
      MonitoringTerms terms) {
    PaymentForPerformance p4p = plan.paymentForPerformance();
    if (p4p == null
        || p4p.valuePerAvoidedAdmission() == null
        || summary.paymentForPerformance().isEmpty()) {
      return Optional.empty();
    }
    Money value = p4p.valuePerAvoidedAdmission();
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    if (!p4p.schedule().isEmpty()) {
      p4p.schedule().stream()
          .filter(p -> p.share() != null)
          .forEach(
              p -> points.merge(p.payment() + " (" + p.basis() + ")", p.share(), BigDecimal::add));
    } else {
      roundTerms.ifPresent(
          t -> t.schedule().forEach(p -> points.put(p.payment() + ": " + p.basis(), p.share())));
    }
    if (points.isEmpty()) {
      points.put("The year", BigDecimal.ONE);
    }
    List<HwbPayment> byHwb = new ArrayList<>();
    Map<String, Money[]> byPoint = new LinkedHashMap<>();
    points.keySet().forEach(k -> byPoint.put(k, new Money[] {Money.ZERO, Money.ZERO}));
    Money maximum = Money.ZERO;
    Money released = Money.ZERO;
    for (FinancialSummary.PaymentForPerformanceResult.HwbMaximum hwb :
        summary.paymentForPerformance().get().byHwb()) {
      Optional<BigDecimal> achieved =
          terms.achieved().stream()
              .filter(a -> a.hwb().equals(hwb.hwb()))
              .map(MonitoringTerms.Achieved::reduction)
              .findFirst();
      BigDecimal paidFor =
          achieved.orElse(BigDecimal.ZERO).max(BigDecimal.ZERO).min(hwb.plannedReduction());
      Money hwbReleased = Money.ZERO;
      Money hwbMaximum = Money.ZERO;
      for (Map.Entry<String, BigDecimal> point : points.entrySet()) {
        Money pointMax = hwb.maximum().times(point.getValue());
        Money pointReleased = value.times(paidFor).times(point.getValue());
        Money[] pair = byPoint.get(point.getKey());
        pair[0] = pair[0].plus(pointMax);
        pair[1] = pair[1].plus(pointReleased);
        hwbMaximum = hwbMaximum.plus(pointMax);
        hwbReleased = hwbReleased.plus(pointReleased);
      }
      byHwb.add(
          new HwbPayment(
              hwb.hwb(),
              hwb.plannedReduction(),
              achieved,
              paidFor,
              hwbMaximum,
              hwbReleased,
              hwbMaximum.minus(hwbReleased)));
      maximum = maximum.plus(hwbMaximum);
      released = released.plus(hwbReleased);
    }
    List<PointPayment> pointPayments = new ArrayList<>();
    points.forEach(
        (name, share) -> {
          Money[] pair = byPoint.get(name);
          pointPayments.add(
              new PointPayment(name, share, pair[0], pair[1], pair[0].minus(pair[1])));
        });
    return Optional.of(
        new InYearPayment(
            value,
            List.copyOf(byHwb),
            List.copyOf(pointPayments),
            maximum,
            released,
            maximum.minus(released)));
  }
}
