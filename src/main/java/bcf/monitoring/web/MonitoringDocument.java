package bcf.monitoring.web;

import bcf.finance.monitoring.MonitoringPosition;
import bcf.kernel.Money;
import bcf.monitoring.MonitoringService;
import bcf.plan.Plan;
import java.math.BigDecimal;
import java.util.List;

/**
 * The API's monitoring position: amounts in pounds as exact decimals, codes with names beside them,
 * per cents rounded half-up to one place (null when the budget is zero).
 */
record MonitoringDocument(
    String plan,
    String year,
    List<String> years,
    String reportedTo,
    List<LineDoc> schemes,
    List<LineDoc> sources,
    List<LineDoc> partners,
    LineDoc total,
    List<AgreementDoc> riskShares,
    List<RetentionDoc> retentions,
    List<CarriedDoc> carriedForward,
    PaymentDoc paymentForPerformance) {

  record LineDoc(
      String code,
      String name,
      BigDecimal budget,
      BigDecimal actualToDate,
      BigDecimal forecastOutturn,
      BigDecimal variance,
      BigDecimal variancePercent,
      boolean reported) {}

  record AgreementDoc(String name, String basis, BigDecimal variance, List<ShareDoc> shares) {}

  record ShareDoc(
      String partner, String name, BigDecimal beforeCaps, BigDecimal bears, boolean capped) {}

  record RetentionDoc(
      String riskShare,
      String description,
      BigDecimal atRisk,
      String share,
      Boolean conditionMet,
      BigDecimal retained) {}

  record CarriedDoc(String item, String from, String to, BigDecimal amount, boolean fromPlan) {}

  record PaymentDoc(
      BigDecimal valuePerAvoidedAdmission,
      List<HwbDoc> byHwb,
      List<PointDoc> points,
      BigDecimal maximum,
      BigDecimal released,
      BigDecimal toAcuteSector) {}

  record HwbDoc(
      String hwb,
      BigDecimal plannedReduction,
      BigDecimal achieved,
      BigDecimal maximum,
      BigDecimal released,
      BigDecimal toAcuteSector) {}

  record PointDoc(
      String payment,
      BigDecimal share,
      BigDecimal maximum,
      BigDecimal released,
      BigDecimal toAcuteSector) {}

  /** The result of an import. */
  record Imported(long importId, int rows) {}

  static MonitoringDocument of(MonitoringService.MonitoringView view) {
    Plan plan = view.plan().plan();
    MonitoringPosition p = view.position();
    var round = view.plan().analysis().round();
    return new MonitoringDocument(
        view.plan().record().id(),
        p.year().toString(),
        view.years().stream().map(Object::toString).toList(),
        p.reportedTo().map(Object::toString).orElse(null),
        p.schemes().stream().map(l -> line(l, MonitoringPage.schemeName(plan, l.key()))).toList(),
        p.sources().stream().map(l -> line(l, MonitoringPage.sourceName(round, l.key()))).toList(),
        p.partners().stream().map(l -> line(l, MonitoringPage.partnerName(plan, l.key()))).toList(),
        line(p.total(), "All schemes"),
        p.riskShares().stream()
            .map(
                a ->
                    new AgreementDoc(
                        a.name(),
                        a.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        a.variance().pounds(),
                        a.shares().stream()
                            .map(
                                s ->
                                    new ShareDoc(
                                        s.partner(),
                                        plan.organisationName(s.partner()),
                                        s.beforeCaps().pounds(),
                                        s.bears().pounds(),
                                        s.capped()))
                            .toList()))
            .toList(),
        p.retentions().stream()
            .map(
                r ->
                    new RetentionDoc(
                        r.riskShare(),
                        r.description(),
                        r.atRisk().pounds(),
                        r.share().toString(),
                        r.conditionMet().orElse(null),
                        r.retained().pounds()))
            .toList(),
        p.carriedForward().stream()
            .map(
                c ->
                    new CarriedDoc(
                        c.item(),
                        c.from().toString(),
                        c.to().toString(),
                        c.amount().pounds(),
                        c.fromPlan()))
            .toList(),
        p.payment()
            .map(
                pay ->
                    new PaymentDoc(
                        pay.valuePerAvoidedAdmission().pounds(),
                        pay.byHwb().stream()
                            .map(
                                h ->
                                    new HwbDoc(
                                        h.hwb(),
                                        h.plannedReduction(),
                                        h.achieved().orElse(null),
                                        h.maximum().pounds(),
                                        h.released().pounds(),
                                        h.toAcuteSector().pounds()))
                            .toList(),
                        pay.points().stream()
                            .map(
                                pt ->
                                    new PointDoc(
                                        pt.payment(),
                                        pt.share(),
                                        pt.maximum().pounds(),
                                        pt.released().pounds(),
                                        pt.toAcuteSector().pounds()))
                            .toList(),
                        pay.maximum().pounds(),
                        pay.released().pounds(),
                        pay.toAcuteSector().pounds()))
            .orElse(null));
  }

  private static LineDoc line(MonitoringPosition.Line l, String name) {
    return new LineDoc(
        l.key(),
        name,
        l.budget().pounds(),
        l.actualToDate().pounds(),
        l.forecastOutturn().pounds(),
        l.variance().pounds(),
        l.variancePercent().orElse(null),
        l.reported());
  }

  static BigDecimal pounds(Money m) {
    return m.pounds();
  }
}
