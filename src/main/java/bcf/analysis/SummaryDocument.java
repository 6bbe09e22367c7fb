package bcf.analysis;

import static bcf.finance.FigureKey.Kind.*;

import bcf.analysis.PlanReport.Row;
import bcf.analysis.PlanReport.Section;
import bcf.analysis.SummaryRecords.ContingencyItem;
import bcf.analysis.SummaryRecords.DeclaredItem;
import bcf.analysis.SummaryRecords.DfgFigures;
import bcf.analysis.SummaryRecords.ExpenditureFigures;
import bcf.analysis.SummaryRecords.FindingItem;
import bcf.analysis.SummaryRecords.Findings;
import bcf.analysis.SummaryRecords.HwbFigures;
import bcf.analysis.SummaryRecords.HwbPaymentForPerformance;
import bcf.analysis.SummaryRecords.IbcfFigures;
import bcf.analysis.SummaryRecords.IncomeFigures;
import bcf.analysis.SummaryRecords.MinimumContribution;
import bcf.analysis.SummaryRecords.OutOfHospitalFigures;
import bcf.analysis.SummaryRecords.PaymentForPerformanceFigures;
import bcf.analysis.SummaryRecords.PerformancePayment;
import bcf.analysis.SummaryRecords.PlanSummary;
import bcf.analysis.SummaryRecords.PoolSummary;
import bcf.analysis.SummaryRecords.PooledBudgetSummary;
import bcf.analysis.SummaryRecords.RiskShareLine;
import bcf.analysis.SummaryRecords.SocialCareMaintenanceLine;
import bcf.analysis.SummaryRecords.SourcesAndUsesYear;
import bcf.analysis.SummaryRecords.SummaryPlan;
import bcf.finance.DeclaredCheck;
import bcf.finance.FinancialSummary;
import bcf.finance.Tally;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.DeclaredFigure;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.validation.Finding;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary of a plan as JSON: the output contract of {@code ./bcf summary --format json} and of
 * the API's summary endpoint, as the records of {@link SummaryRecords}. Amounts are pounds as JSON
 * numbers, years as {@code 2017-18}. Extend it; never break it.
 */
public final class SummaryDocument {

  private SummaryDocument() {}

  public static PlanSummary of(
      Plan plan, Round round, FinancialSummary summary, List<Finding> findings) {
    return of(PlanReport.of(new PlanAnalysis(plan, round, summary, findings)));
  }

  /** The summary document of a plan's report. */
  public static PlanSummary of(PlanReport report) {
    Plan plan = report.plan();
    Round round = report.analysis().round();
    FinancialSummary summary = report.summary();
    SummaryPlan planPart =
        new SummaryPlan(plan.id(), plan.round(), plan.title(), List.copyOf(report.hwbNames()));
    List<String> years = report.years().stream().map(FinancialYear::toString).toList();

    Map<String, HwbFigures> byHwb = null;
    if (plan.isJoint()) {
      byHwb = new LinkedHashMap<>();
      for (Map.Entry<String, List<Section>> hwb : report.byHwb().entrySet()) {
        IncomeFigures income = null;
        ExpenditureFigures expenditure = null;
        for (Section section : hwb.getValue()) {
          if (section.id().equals(PlanReport.INCOME)) {
            income = income(section);
          } else {
            expenditure = expenditure(section);
          }
        }
        byHwb.put(hwb.getKey(), new HwbFigures(income, expenditure));
      }
    }
    DfgFigures dfg = null;
    if (!plan.dfg().isEmpty()) {
      Section section = report.section(PlanReport.DFG);
      dfg =
          new DfgFigures(
              years(section.row(DFG_PASS_THROUGH.key())),
              breakdown(section.table("dfg-pass-through-by-district")),
              years(section.row(DFG_ALLOCATION.key())),
              breakdown(section.table("dfg-allocation-by-district")),
              years(section.row(DFG_CARRIED_FORWARD.key())));
    }
    IbcfFigures ibcf = null;
    Section ibcfSection = report.section(PlanReport.IBCF);
    if (!plan.ibcf().purposes().isEmpty()
        || !ibcfSection.row(INCOME_BY_SOURCE.key("ibcf")).isEmpty()) {
      ibcf =
          new IbcfFigures(
              years(ibcfSection.row(INCOME_BY_SOURCE.key("ibcf"))),
              years(ibcfSection.row(IBCF_TOTAL.key())),
              breakdown(ibcfSection.table("ibcf-by-purpose")));
    }
    OutOfHospitalFigures outOfHospital = null;
    if (!plan.outOfHospital().isEmpty()) {
      Section section = report.section(PlanReport.OUT_OF_HOSPITAL);
      outOfHospital =
          new OutOfHospitalFigures(
              years(section.row(OUT_OF_HOSPITAL_SPEND.key())),
              breakdown(section.table("out-of-hospital-by-area")),
              years(section.row(OUT_OF_HOSPITAL_RING_FENCE.key())));
    }
    List<SocialCareMaintenanceLine> socialCareMaintenance =
        summary.socialCareMaintenance().isEmpty()
            ? null
            : summary.socialCareMaintenance().stream()
                .map(
                    r ->
                        new SocialCareMaintenanceLine(
                            r.year().toString(),
                            r.upliftRequired(),
                            r.upliftStated(),
                            pounds(r.baseline()),
                            pounds(r.required()),
                            pounds(r.planned())))
                .toList();
    List<ContingencyItem> contingency =
        plan.contingency().isEmpty()
            ? null
            : plan.contingency().stream()
                .map(
                    line ->
                        new ContingencyItem(
                            line.hwb(),
                            line.period(),
                            pounds(line.plannedSavings()),
                            pounds(line.maximumSupport())))
                .toList();
    List<RiskShareLine> riskShares =
        summary.riskShares().isEmpty()
            ? null
            : summary.riskShares().stream()
                .map(
                    share ->
                        new RiskShareLine(
                            share.id(),
                            share.description(),
                            share.year().toString(),
                            pounds(share.atRisk()),
                            share.retainedShare() == null ? null : share.retainedShare().value(),
                            pounds(share.retainedComputed()),
                            pounds(share.retainedDeclared())))
                .toList();
    PaymentForPerformanceFigures paymentForPerformance = null;
    if (round.paymentForPerformanceTerms().isPresent() || plan.paymentForPerformance() != null) {
      paymentForPerformance =
          summary.paymentForPerformance().map(SummaryDocument::paymentForPerformance).orElse(null);
    }
    return new PlanSummary(
        planPart,
        years,
        income(report.section(PlanReport.INCOME)),
        expenditure(report.section(PlanReport.EXPENDITURE)),
        sourcesVsUses(report.section(PlanReport.SOURCES_AND_USES), report.years()),
        minimumContributions(report.minimumContributions()),
        byHwb,
        dfg,
        ibcf,
        outOfHospital,
        socialCareMaintenance,
        contingency,
        riskShares,
        paymentForPerformance,
        pooledBudget(plan),
        PlanSections.conditions(plan),
        PlanSections.metrics(plan, round),
        PlanSections.risks(plan),
        PlanSections.signOffs(plan),
        declared(report.declared()),
        findings(report.findings()));
  }

  /** The {@code {"findings": [...]}} document of {@code validate --format json}. */
  public static Findings findingsDocument(List<Finding> findings) {
    return new Findings(findings(findings));
  }

  public static List<FindingItem> findings(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                new FindingItem(
                    f.rule(),
                    f.severity().code(),
                    f.where(),
                    f.message(),
                    f.year() == null ? null : f.year().toString(),
                    f.expected(),
                    f.actual(),
                    f.difference(),
                    f.explanation()))
        .toList();
  }

  private static PaymentForPerformanceFigures paymentForPerformance(
      FinancialSummary.PaymentForPerformanceResult p4p) {
    Map<String, HwbPaymentForPerformance> byHwb = new LinkedHashMap<>();
    for (var hwb : p4p.byHwb()) {
      byHwb.put(
          hwb.hwb(), new HwbPaymentForPerformance(hwb.plannedReduction(), pounds(hwb.maximum())));
    }
    List<PerformancePayment> schedule =
        p4p.schedule().stream()
            .map(
                payment ->
                    new PerformancePayment(
                        payment.payment(),
                        payment.share(),
                        pounds(payment.amount()),
                        payment.basis()))
            .toList();
    return new PaymentForPerformanceFigures(
        pounds(p4p.valuePerAvoidedAdmission()), pounds(p4p.maximum()), byHwb, schedule);
  }

  private static IncomeFigures income(Section section) {
    return new IncomeFigures(
        years(section.row(INCOME_TOTAL.key())),
        years(section.row(INCOME_MINIMUM.key())),
        breakdown(section.table("income-by-source")),
        breakdown(section.table("income-by-organisation")),
        breakdown(section.table("income-by-hwb")));
  }

  private static ExpenditureFigures expenditure(Section section) {
    return new ExpenditureFigures(
        years(section.row(EXPENDITURE_TOTAL.key())),
        years(section.row(EXPENDITURE_RECURRENT.key())),
        years(section.row(EXPENDITURE_NON_RECURRENT.key())),
        breakdown(section.table("spend-by-scheme")),
        breakdown(section.table("spend-by-theme")),
        breakdown(section.table("spend-by-area")),
        breakdown(section.table("spend-by-source")),
        breakdown(section.table("spend-by-hwb")),
        years(section.row(BENEFITS_TOTAL.key())));
  }

  /** Each year of the plan with income or spend: both, and spend less income where both are. */
  private static Map<String, SourcesAndUsesYear> sourcesVsUses(
      Section section, List<FinancialYear> years) {
    Row income = section.row(INCOME_TOTAL.key());
    Row spend = section.row(EXPENDITURE_TOTAL.key());
    Row difference = section.row(PlanReport.DIFFERENCE);
    Map<String, SourcesAndUsesYear> byYear = new LinkedHashMap<>();
    for (FinancialYear year : years) {
      if (income.amount(year).isEmpty() && spend.amount(year).isEmpty()) {
        continue;
      }
      byYear.put(
          year.toString(),
          new SourcesAndUsesYear(
              income.amount(year).map(Money::pounds).orElse(null),
              spend.amount(year).map(Money::pounds).orElse(null),
              difference.amount(year).map(Money::pounds).orElse(null)));
    }
    return byYear;
  }

  private static List<MinimumContribution> minimumContributions(
      List<PlanReport.MinimumLine> lines) {
    return lines.stream()
        .map(
            line ->
                new MinimumContribution(
                    line.organisation(),
                    line.name(),
                    line.year().toString(),
                    pounds(line.minimum()),
                    pounds(line.actual()),
                    pounds(line.surplus())))
        .toList();
  }

  private static PooledBudgetSummary pooledBudget(Plan plan) {
    var budget = plan.pooledBudget();
    List<PoolSummary> pools =
        budget.pools().stream()
            .map(
                pool -> {
                  Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                  pool.amounts()
                      .values()
                      .forEach((year, amount) -> amounts.put(year.toString(), pounds(amount)));
                  return new PoolSummary(
                      pool.name(),
                      pool.host(),
                      pool.host() == null ? null : plan.organisationName(pool.host()),
                      amounts,
                      pool.riskShare());
                })
            .toList();
    return new PooledBudgetSummary(
        budget.host(),
        budget.host() == null ? null : plan.organisationName(budget.host()),
        budget.arrangement(),
        pools);
  }

  private static List<DeclaredItem> declared(List<PlanReport.DeclaredLine> lines) {
    return lines.stream()
        .map(
            line -> {
              DeclaredCheck check = line.check();
              DeclaredFigure d = check.declared();
              return new DeclaredItem(
                  d.figure(),
                  d.year() == null ? null : d.year().toString(),
                  d.hwb(),
                  d.label(),
                  d.asPrinted(),
                  pounds(d.amount()),
                  check.computed().map(Tally::amount).map(Money::pounds).orElse(null),
                  check.comparison().map(c -> pounds(c.difference())).orElse(null));
            })
        .toList();
  }

  /** A breakdown's rows by item, each with its amounts by year. */
  private static Map<String, Map<String, BigDecimal>> breakdown(PlanReport.Table table) {
    Map<String, Map<String, BigDecimal>> byItem = new LinkedHashMap<>();
    table.rows().forEach(row -> byItem.put(row.item().orElseThrow(), years(row)));
    return byItem;
  }

  /** Every year the row has an amount for. */
  private static Map<String, BigDecimal> years(Row row) {
    Map<String, BigDecimal> byYear = new LinkedHashMap<>();
    row.amounts().forEach((year, amount) -> byYear.put(year.toString(), pounds(amount)));
    return byYear;
  }

  /** Pounds as an exact decimal, or null for no amount. */
  static BigDecimal pounds(Money amount) {
    return amount == null ? null : amount.pounds();
  }
}
