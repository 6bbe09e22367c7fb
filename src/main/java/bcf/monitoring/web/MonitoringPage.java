package bcf.monitoring.web;

import bcf.finance.FinanceEngine;
import bcf.finance.monitoring.MonitoringPosition;
import bcf.finance.monitoring.MonitoringPosition.Line;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.PeriodWords;
import bcf.monitoring.MonitoringService;
import bcf.plan.Plan;
import bcf.round.FundingStream;
import bcf.round.Round;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The monitoring page's words and figures, ready to show: names, pounds, per cents, dates. */
record MonitoringPage(
    String year,
    List<YearLink> years,
    String reportedTo,
    List<Row> schemes,
    List<Row> sources,
    List<Row> partners,
    Row total,
    String chart,
    List<Agreement> riskShares,
    List<Retention> retentions,
    List<Carried> carriedForward,
    Payment payment,
    List<ImportRow> imports) {

  record YearLink(String code, String name, boolean shown) {}

  record Row(
      String name,
      String budget,
      String actual,
      String outturn,
      String variance,
      String percent,
      String direction,
      boolean reported) {}

  record Agreement(String name, String basis, String variance, List<Share> shares) {}

  record Share(String partner, String beforeCaps, String bears, boolean capped) {}

  record Retention(
      String description, String condition, String atRisk, String judged, String retained) {}

  record Carried(String item, String from, String to, String amount, String why) {}

  record Payment(
      String value,
      List<HwbRow> byHwb,
      List<PointRow> points,
      String maximum,
      String released,
      String toAcute) {}

  record HwbRow(
      String hwb,
      String planned,
      String achieved,
      String maximum,
      String released,
      String toAcute) {}

  record PointRow(String payment, String share, String maximum, String released) {}

  record ImportRow(String when, String by, String file, int rows) {}

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  static MonitoringPage of(MonitoringService.MonitoringView view) {
    Plan plan = view.plan().plan();
    Round round = view.plan().analysis().round();
    MonitoringPosition p = view.position();
    List<Row> schemes = p.schemes().stream().map(l -> row(l, schemeName(plan, l.key()))).toList();
    return new MonitoringPage(
        p.year().display(),
        view.years().stream()
            .map(y -> new YearLink(y.toString(), y.display(), y.equals(p.year())))
            .toList(),
        p.reportedTo().map(PeriodWords::of).orElse(null),
        schemes,
        p.sources().stream().map(l -> row(l, sourceName(round, l.key()))).toList(),
        p.partners().stream().map(l -> row(l, partnerName(plan, l.key()))).toList(),
        row(p.total(), "All schemes"),
        MonitoringChart.svg(p, schemes),
        p.riskShares().stream()
            .map(
                a ->
                    new Agreement(
                        a.name(),
                        basis(a.basis()),
                        signed(a.variance()),
                        a.shares().stream()
                            .map(
                                s ->
                                    new Share(
                                        plan.organisationName(s.partner()),
                                        signed(s.beforeCaps()),
                                        signed(s.bears()),
                                        s.capped()))
                            .toList()))
            .toList(),
        p.retentions().stream()
            .map(
                r ->
                    new Retention(
                        r.description(),
                        r.condition(),
                        r.atRisk().format(),
                        r.conditionMet()
                            .map(m -> m ? "Condition met" : "Condition not met")
                            .orElse("Not yet judged"),
                        r.retained().format()))
            .toList(),
        p.carriedForward().stream()
            .map(
                c ->
                    new Carried(
                        c.fromPlan() ? c.item() : schemeName(plan, c.item()),
                        c.from().display(),
                        c.to().display(),
                        c.amount().format(),
                        c.fromPlan()
                            ? "As the plan states"
                            : "Forecast underspend, carried forward by agreement"))
            .toList(),
        p.payment().map(pay -> payment(plan, pay)).orElse(null),
        view.imports().stream()
            .map(
                i ->
                    new ImportRow(
                        WHEN.format(i.importedAt()), i.importedBy(), i.fileName(), i.rows()))
            .toList());
  }

  private static Payment payment(Plan plan, MonitoringPosition.InYearPayment pay) {
    return new Payment(
        pay.valuePerAvoidedAdmission().format(),
        pay.byHwb().stream()
            .map(
                h ->
                    new HwbRow(
                        plan.hwbName(h.hwb()),
                        h.plannedReduction().toPlainString(),
                        h.achieved().map(BigDecimal::toPlainString).orElse("Not yet known"),
                        h.maximum().format(),
                        h.released().format(),
                        h.toAcuteSector().format()))
            .toList(),
        pay.points().stream()
            .map(
                pt ->
                    new PointRow(
                        pt.payment(),
                        pt.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                        pt.maximum().format(),
                        pt.released().format()))
            .toList(),
        pay.maximum().format(),
        pay.released().format(),
        pay.toAcuteSector().format());
  }

  static Row row(Line l, String name) {
    Money v = l.variance();
    Optional<BigDecimal> pc = l.variancePercent();
    return new Row(
        name,
        l.budget().format(),
        l.actualToDate().format(),
        l.forecastOutturn().format(),
        signed(v),
        pc.map(x -> (x.signum() > 0 ? "+" : "") + x.toPlainString() + "%").orElse("No budget"),
        v.isZero() ? "On budget" : v.isNegative() ? "Underspend" : "Overspend",
        l.reported());
  }

  static String signed(Money m) {
    return m.isZero() ? "£0" : m.isNegative() ? m.format() : "+" + m.format();
  }

  static String schemeName(Plan plan, String id) {
    return plan.schemes().stream()
        .filter(s -> s.id().equals(id))
        .map(s -> s.name() == null || s.name().isBlank() ? id : s.name())
        .findFirst()
        .orElse(id);
  }

  static String sourceName(Round round, String code) {
    if (code.equals(FinanceEngine.UNSPECIFIED)) {
      return "Source not given";
    }
    return round.fundingStreams().stream()
        .filter(f -> f.code().equals(code))
        .map(FundingStream::name)
        .findFirst()
        .orElse(code);
  }

  static String partnerName(Plan plan, String id) {
    return id.equals(FinanceEngine.UNSPECIFIED) ? "Partner not given" : plan.organisationName(id);
  }

  static String basis(bcf.finance.monitoring.RiskShareAgreement.Basis basis) {
    return switch (basis) {
      case FIXED -> "Fixed shares";
      case PRO_RATA -> "Pro rata to contributions";
      case HOST -> "The host bears it";
      case CONTRACTING_PARTNER -> "The contracting partner bears it";
    };
  }

  static String year(FinancialYear y) {
    return y.display();
  }
}
