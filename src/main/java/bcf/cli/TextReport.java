package bcf.cli;

import static bcf.finance.FigureKey.Kind.*;

import bcf.analysis.PlanAnalysis;
import bcf.analysis.PlanReport;
import bcf.analysis.PlanReport.Section;
import bcf.finance.FinancialSummary;
import bcf.finance.Tally;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

/** The plain-text reports of the command line, laid out as tables with years across. */
final class TextReport {

  private static final int LABEL = 48;
  private static final int COLUMN = 16;

  private TextReport() {}

  static void summary(PlanAnalysis analysis, PrintStream out) {
    summary(PlanReport.of(analysis), out);
  }

  static void summary(PlanReport report, PrintStream out) {
    Plan plan = report.plan();
    FinancialSummary summary = report.summary();
    List<FinancialYear> years = report.years();
    out.println(report.title() + "  [" + plan.id() + ", round " + plan.round() + "]");
    out.println("HWB: " + String.join("; ", report.hwbNames()));
    out.println(
        "Amounts in pounds"
            + report
                .statedIn()
                .map(unit -> " (the source states figures in " + unit + ")")
                .orElse("")
            + ".");

    Section income = report.section(PlanReport.INCOME);
    heading(out, income.title(), years);
    row(out, income.row(INCOME_TOTAL.key()), years);
    row(out, income.row(INCOME_MINIMUM.key()), years);
    breakdown(out, income.table("income-by-source"), years);
    breakdown(out, income.table("income-by-organisation"), years);
    if (plan.isJoint()) {
      breakdown(out, income.table("income-by-hwb"), years);
    }

    Section expenditure = report.section(PlanReport.EXPENDITURE);
    heading(out, expenditure.title(), years);
    row(out, expenditure.row(EXPENDITURE_TOTAL.key()), years);
    breakdown(out, expenditure.table("spend-by-theme"), years);
    breakdown(out, expenditure.table("spend-by-area"), years);
    breakdown(out, expenditure.table("spend-by-source"), years);
    breakdown(out, expenditure.table("spend-by-scheme"), years);

    Section sourcesAndUses = report.section(PlanReport.SOURCES_AND_USES);
    heading(out, sourcesAndUses.title(), years);
    sourcesAndUses.rows().forEach(r -> row(out, r, years));

    if (!report.minimumContributions().isEmpty()) {
      out.println();
      out.println("Minimum contributions");
      for (var check : report.minimumContributions()) {
        out.println(
            "  "
                + pad(check.name() + " " + check.year(), LABEL - 2)
                + "minimum "
                + check.minimum().format()
                + ", actual "
                + check.actual().format()
                + ", "
                + (check.surplus().isNegative()
                    ? "short by " + check.surplus().abs().format()
                    : "surplus " + check.surplus().format()));
      }
    }
    Section dfg = report.section(PlanReport.DFG);
    if (!dfg.row(DFG_PASS_THROUGH.key()).isEmpty() || !dfg.row(DFG_ALLOCATION.key()).isEmpty()) {
      heading(out, dfg.title(), years);
      row(out, dfg.row(DFG_PASS_THROUGH.key()), years);
      breakdown(out, dfg.table("dfg-pass-through-by-district"), years);
      row(out, dfg.row(DFG_ALLOCATION.key()), years);
      row(out, dfg.row(DFG_CARRIED_FORWARD.key()), years);
    }
    Section ibcf = report.section(PlanReport.IBCF);
    if (ibcf.rows().stream().anyMatch(r -> !r.isEmpty())) {
      heading(out, ibcf.title(), years);
      ibcf.rows().forEach(r -> row(out, r, years));
      breakdown(out, ibcf.table("ibcf-by-purpose"), years);
    }
    Section ooh = report.section(PlanReport.OUT_OF_HOSPITAL);
    if (ooh.rows().stream().anyMatch(r -> !r.isEmpty())) {
      heading(out, ooh.title(), years);
      ooh.rows().forEach(r -> row(out, r, years));
    }
    if (!summary.socialCareMaintenance().isEmpty()) {
      out.println();
      out.println("Social care maintenance (NHS minimum contribution to adult social care)");
      for (var result : summary.socialCareMaintenance()) {
        out.println(
            "  "
                + result.year()
                + ": uplift required "
                + percent(result.upliftRequired())
                + ", stated "
                + percent(result.upliftStated())
                + ", baseline "
                + orBlank(result.baseline())
                + ", required "
                + orBlank(result.required())
                + ", planned "
                + orBlank(result.planned()));
      }
    }
    if (!plan.contingency().isEmpty()) {
      out.println();
      out.println("Contingency plan");
      plan.contingency()
          .forEach(
              c ->
                  out.println(
                      "  "
                          + pad(c.period(), LABEL - 2)
                          + "planned savings "
                          + orBlank(c.plannedSavings())
                          + ", maximum support "
                          + orBlank(c.maximumSupport())));
    }
    if (!summary.riskShares().isEmpty()) {
      out.println();
      out.println("Risk shares");
      summary
          .riskShares()
          .forEach(
              r ->
                  out.println(
                      "  "
                          + r.description()
                          + " "
                          + r.year()
                          + ": "
                          + orBlank(r.atRisk())
                          + " at risk; "
                          + (r.retainedShare() == null ? "unstated" : r.retainedShare().toString())
                          + " retained = "
                          + orBlank(r.retainedComputed())
                          + " (declared "
                          + orBlank(r.retainedDeclared())
                          + ")"));
    }
    summary
        .paymentForPerformance()
        .ifPresent(
            p4p -> {
              out.println();
              out.println(
                  "Payment for performance: "
                      + p4p.valuePerAvoidedAdmission().format()
                      + " per avoided emergency admission");
              p4p.byHwb()
                  .forEach(
                      h ->
                          out.println(
                              "  "
                                  + pad(
                                      plan.hwb(h.hwb()).map(x -> x.name()).orElse(h.hwb()),
                                      LABEL - 2)
                                  + h.plannedReduction().stripTrailingZeros().toPlainString()
                                  + " admissions -> maximum "
                                  + h.maximum().format()));
              out.println("  " + pad("Total maximum", LABEL - 2) + p4p.maximum().format());
              p4p.schedule()
                  .forEach(
                      p ->
                          out.println(
                              "  "
                                  + pad(p.payment() + " " + percent(p.share()), LABEL - 2)
                                  + p.amount().format()
                                  + "  "
                                  + p.basis()));
            });
    if (!plan.nationalConditions().isEmpty()) {
      out.println();
      out.println("National conditions");
      for (var answer : plan.nationalConditions()) {
        out.println(
            "  "
                + pad(
                    (answer.hwb() != null ? answer.hwb() + ": " : "")
                        + answer.condition()
                        + (answer.subItem() != null ? " / " + answer.subItem() : ""),
                    LABEL - 2)
                + (answer.status() == null
                    ? "not answered"
                    : answer.status().name().toLowerCase().replace('_', ' '))
                + (answer.expectedDate() != null ? ", expected by " + answer.expectedDate() : "")
                + (answer.regionalPercentMet() != null
                    ? "  (region: " + percent(answer.regionalPercentMet()) + " met)"
                    : ""));
      }
    }
    if (!plan.metrics().isEmpty()) {
      out.println();
      out.println("Metrics");
      for (var metric : plan.metrics()) {
        var baseline = metric.baseline();
        out.println(
            "  "
                + pad(
                    (metric.hwb() != null ? metric.hwb() + ": " : "") + metric.metric(), LABEL - 2)
                + (baseline == null || baseline.value() == null
                    ? "no baseline"
                    : "baseline "
                        + baseline.value().toPlainString()
                        + (baseline.numerator() != null
                            ? " ("
                                + baseline.numerator().toPlainString()
                                + (baseline.denominator() != null
                                    ? " / " + baseline.denominator().toPlainString()
                                    : "")
                                + ")"
                            : "")
                        + (baseline.period() != null ? " in " + baseline.period() : "")));
        if (metric.trajectory() != null) {
          var monthly = bcf.metric.Trajectories.monthly(metric.trajectory());
          StringBuilder path =
              new StringBuilder("    trajectory (" + metric.trajectory().method() + "):");
          monthly.entrySet().stream()
              .limit(8)
              .forEach(
                  e ->
                      path.append(" ")
                          .append(e.getKey())
                          .append(" ")
                          .append(e.getValue().toPlainString()));
          if (monthly.size() > 8) {
            path.append(" ... then ")
                .append(monthly.get(monthly.lastKey()).toPlainString())
                .append(" to ")
                .append(monthly.lastKey());
          }
          out.println(path);
        }
      }
    }
    if (!plan.risks().isEmpty()) {
      out.println();
      out.println("Risks");
      for (var risk : plan.risks()) {
        String rating =
            risk.score() != null
                ? String.valueOf(risk.score())
                : risk.rating() != null ? risk.rating() : "unrated";
        String text = risk.description().replaceAll("\\s+", " ");
        out.println(
            "  " + pad(rating, 8) + (text.length() > 100 ? text.substring(0, 97) + "..." : text));
      }
    }
    if (!report.declared().isEmpty()) {
      out.println();
      out.println("Declared by the plan vs computed from its detail");
      for (var line : report.declared()) {
        var check = line.check();
        var computed = check.detail().map(Tally::amount);
        out.println(
            "  "
                + pad(line.label(), 60)
                + " declared "
                + pad(orBlank(check.declared().amount()), 14)
                + " computed "
                + pad(computed.map(Money::format).orElse("-"), 14)
                + (computed.isPresent() && check.comparison().isPresent()
                    ? " difference " + check.comparison().get().difference().format()
                    : ""));
      }
    }
  }

  static void findings(PlanAnalysis analysis, PrintStream out) {
    List<Finding> findings = analysis.findings();
    long errors = analysis.count(Severity.ERROR);
    long warnings = analysis.count(Severity.WARNING);
    long info = analysis.count(Severity.INFO);
    out.println(
        analysis.plan().id()
            + ": "
            + errors
            + (errors == 1 ? " error, " : " errors, ")
            + warnings
            + (warnings == 1 ? " warning, " : " warnings, ")
            + info
            + " info");
    for (Finding finding : findings) {
      out.println();
      out.println(
          pad(finding.severity().code().toUpperCase(), 8)
              + finding.rule()
              + "  "
              + finding.where()
              + (finding.year() != null ? "  " + finding.year() : ""));
      out.println("        " + finding.message());
      if (finding.explanation() != null) {
        out.println("        Explained by the plan: " + finding.explanation());
      }
    }
  }

  private static void heading(PrintStream out, String title, List<FinancialYear> years) {
    out.println();
    StringBuilder line = new StringBuilder(pad(title, LABEL));
    years.forEach(y -> line.append(cell(y.display())));
    out.println(line);
  }

  private static void row(PrintStream out, PlanReport.Row row, List<FinancialYear> years) {
    row(out, row.label(), row, years);
  }

  private static void row(
      PrintStream out, String label, PlanReport.Row row, List<FinancialYear> years) {
    StringBuilder line = new StringBuilder(pad(label, LABEL));
    for (FinancialYear year : years) {
      line.append(cell(row.amount(year).map(Money::format).orElse("-")));
    }
    out.println(line);
  }

  private static void breakdown(
      PrintStream out, PlanReport.Table table, List<FinancialYear> years) {
    if (table.rows().isEmpty()) {
      return;
    }
    out.println("  " + table.title());
    table.rows().forEach(r -> row(out, "    " + abbreviate(r.label(), LABEL - 5), r, years));
  }

  private static String abbreviate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }

  private static String cell(String text) {
    return text.length() >= COLUMN ? " " + text : " ".repeat(COLUMN - text.length()) + text;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  private static String orBlank(Money amount) {
    return amount == null ? "blank" : amount.format();
  }

  private static String percent(BigDecimal fraction) {
    return fraction == null
        ? "unstated"
        : fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
