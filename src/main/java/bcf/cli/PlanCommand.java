package bcf.cli;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.analysis.UnknownRoundException;
import bcf.plan.Plan;
import bcf.round.json.RoundCatalogue;
import java.io.PrintStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** A command that reads one plan document and analyses it. */
abstract class PlanCommand extends CliCommand {

  @Parameters(paramLabel = "FILE", description = "The plan document (JSON).")
  String file;

  @Mixin FormatOption output;

  @Override
  public final Integer call() {
    PlanAnalysis analysis;
    try {
      Plan plan = PlanFiles.read(file);
      analysis = new PlanAnalyser(RoundCatalogue.load()).analyse(plan);
    } catch (UnreadableFileException e) {
      err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    } catch (UnknownRoundException e) {
      err.println("bcf: " + file + ": round: " + e.getMessage());
      return Main.UNUSABLE;
    }
    if (output.json()) {
      out.println(Json.write(json(analysis)));
    } else {
      text(analysis, out);
    }
    return analysis.hasErrors() ? Main.FINDINGS : Main.OK;
  }

  /** The JSON document: records, written as the API writes them. */
  abstract Object json(PlanAnalysis analysis);

  abstract void text(PlanAnalysis analysis, PrintStream out);
}
