package bcf.cli;

import bcf.analysis.PlanAnalysis;
import bcf.analysis.SummaryDocument;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code bcf summary FILE}: the computed figures and the findings. */
@Command(
    name = "summary",
    description =
        "The plan's computed figures (income, spend, sources vs uses, minimums, DFG, iBCF, ring-fences, payment for performance, declared vs computed) and its findings.",
    customSynopsis = "bcf summary FILE [--plan PLAN] [--format text|json]",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no error finding",
      "1:at least one error finding",
      "2:the file cannot be used"
    })
final class SummaryCommand extends PlanCommand {

  @Override
  Object json(PlanAnalysis analysis) {
    return SummaryDocument.of(
        analysis.plan(), analysis.round(), analysis.summary(), analysis.findings());
  }

  /** A return's summary and findings as one JSON document. */
  record ReturnSummaryDocument(
      bcf.returns.ReturnSummary.Document summary, List<bcf.validation.Finding> findings) {}

  @Override
  Object returnJson(ReturnReport report) {
    return new ReturnSummaryDocument(report.summary().document(), report.findings().findings());
  }

  @Override
  void returnText(ReturnReport report, PrintStream out) {
    report.summaryText(out);
    out.println();
    report.findingsText(out);
  }

  @Override
  void text(PlanAnalysis analysis, PrintStream out) {
    TextReport.summary(analysis, out);
    out.println();
    TextReport.findings(analysis, out);
  }
}
