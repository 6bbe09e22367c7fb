package bcf.cli;

import bcf.analysis.PlanAnalysis;
import bcf.analysis.SummaryDocument;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** {@code bcf summary FILE}: the computed figures and the findings. */
@Command(
    name = "summary",
    description =
        "The plan's computed figures (income, spend, sources vs uses, minimums, DFG, iBCF, ring-fences, payment for performance, declared vs computed) and its findings.",
    customSynopsis = "bcf summary FILE [--format text|json]",
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

  @Override
  void text(PlanAnalysis analysis, PrintStream out) {
    TextReport.summary(analysis, out);
    out.println();
    TextReport.findings(analysis, out);
  }
}
