package bcf.cli;

import bcf.analysis.PlanAnalysis;
import bcf.analysis.SummaryDocument;
import java.io.PrintStream;
import tools.jackson.databind.JsonNode;

/** {@code bcf validate FILE}: the plan's findings; exit 1 when any is an error. */
final class ValidateCommand extends PlanCommand {

  @Override
  public String usage() {
    return "validate FILE [--format text|json]   check a plan document against its round's rules";
  }

  @Override
  JsonNode json(PlanAnalysis analysis) {
    return SummaryDocument.findingsDocument(analysis.findings());
  }

  @Override
  void text(PlanAnalysis analysis, PrintStream out) {
    TextReport.findings(analysis, out);
  }
}
