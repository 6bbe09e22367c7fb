package bcf.cli;

import bcf.kernel.Money;
import bcf.plan.Plan;
import bcf.returns.QuarterlyReturn;
import bcf.returns.ReturnFindings;
import bcf.returns.ReturnSummary;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** A return checked against its round and plan, and how the command line prints it. */
record ReturnReport(
    QuarterlyReturn ret, Optional<Plan> plan, ReturnFindings findings, ReturnSummary summary) {

  void findingsText(PrintStream out) {
    List<Finding> all = findings.findings();
    out.println(
        ret.id()
            + ": "
            + count(Severity.ERROR, "error")
            + ", "
            + count(Severity.WARNING, "warning")
            + ", "
            + all.stream().filter(f -> f.severity() == Severity.INFO).count()
            + " info");
    for (Finding finding : all) {
      out.println();
      out.println(
          String.format("%-8s", finding.severity().code().toUpperCase())
              + finding.rule()
              + "  "
              + finding.where());
      out.println("        " + finding.message());
    }
  }

  private String count(Severity severity, String word) {
    long n = findings.findings().stream().filter(f -> f.severity() == severity).count();
    return n + " " + word + (n == 1 ? "" : "s");
  }

  void summaryText(PrintStream out) {
    out.println(
        (ret.title() == null ? ret.id() : ret.title())
            + " ("
            + summary.period()
            + ", plan "
            + ret.plan()
            + ")");
    out.println();
    out.println("By HWB:");
    for (var hwb : summary.byHwb()) {
      String name = plan.flatMap(p -> p.hwb(hwb.hwb())).map(h -> h.name()).orElse(hwb.hwb());
      out.println("  " + name);
      out.println(
          "    national conditions met: "
              + hwb.conditionsMet()
              + " of "
              + hwb.conditionsReported());
      out.println("    metrics on track: " + hwb.metricsOnTrack() + " of " + hwb.metricsReported());
      if (hwb.changesReported() > 0) {
        out.println(
            "    high impact changes established or better: "
                + hwb.changesEstablished()
                + " of "
                + hwb.changesReported());
      }
    }
    out.println();
    out.println("Income and expenditure:");
    out.println("  income (plan):                   " + money(summary.incomePlan()));
    out.println("  expenditure (plan):              " + money(summary.expenditurePlan()));
    out.println("  expenditure to date:             " + money(summary.expenditureActualToDate()));
    out.println("  forecast outturn:                " + money(summary.expenditureForecast()));
    out.println("  variance (forecast less plan):   " + money(summary.forecastVariance()));
    if (summary.paymentForPerformanceMaximum() != null) {
      out.println();
      out.println(
          "Payment for performance: at most "
              + money(summary.paymentForPerformanceMaximum())
              + (Boolean.FALSE.equals(summary.paymentLikely()) ? "; no payment is likely" : ""));
    }
  }

  private static String money(Money amount) {
    return amount == null ? "-" : amount.format();
  }
}
