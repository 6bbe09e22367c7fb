package bcf.cli;

import bcf.analysis.PlanAnalysis;
import bcf.analysis.SummaryDocument;
import java.io.PrintStream;
import tools.jackson.databind.JsonNode;

/** {@code bcf summary FILE}: the computed figures and the findings. */
final class SummaryCommand extends PlanCommand {

  @Override
  public String usage() {
    return "summary FILE [--format text|json]    the plan's computed figures and findings";
  }

  @Override
  JsonNode json(PlanAnalysis analysis) {
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
