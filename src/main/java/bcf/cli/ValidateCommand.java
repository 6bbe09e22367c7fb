package bcf.cli;

import bcf.analysis.PlanAnalysis;
import bcf.analysis.SummaryDocument;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** {@code bcf validate FILE}: the plan's findings; exit 1 when any is an error. */
@Command(
    name = "validate",
    description =
        "Checks a plan or return document against its round's rules (a return also against its plan) and prints the findings.",
    customSynopsis = "bcf validate FILE [--plan PLAN] [--format text|json]",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no error finding",
      "1:at least one error finding",
      "2:the file cannot be used"
    })
final class ValidateCommand extends PlanCommand {

  @Override
  Object json(PlanAnalysis analysis) {
    return SummaryDocument.findingsDocument(analysis.findings());
  }

  @Override
  Object returnJson(ReturnReport report) {
    return SummaryDocument.findingsDocument(report.findings().findings());
  }

  @Override
  void returnText(ReturnReport report, PrintStream out) {
    report.findingsText(out);
  }

  @Override
  void text(PlanAnalysis analysis, PrintStream out) {
    TextReport.findings(analysis, out);
  }
}
