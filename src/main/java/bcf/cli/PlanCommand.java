package bcf.cli;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.analysis.UnknownRoundException;
import bcf.plan.Plan;
import bcf.round.json.RoundCatalogue;
import java.io.PrintStream;
import java.util.Set;

/** A command that reads one plan document and analyses it. */
abstract class PlanCommand implements Command {

  @Override
  public final int run(Arguments arguments, PrintStream out, PrintStream err) {
    arguments.allowOnly(Set.of("format"));
    boolean json = arguments.json();
    String file = arguments.single("FILE");
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
    if (json) {
      out.println(Json.write(json(analysis)));
    } else {
      text(analysis, out);
    }
    return analysis.hasErrors() ? Main.FINDINGS : Main.OK;
  }

  abstract tools.jackson.databind.JsonNode json(PlanAnalysis analysis);

  abstract void text(PlanAnalysis analysis, PrintStream out);
}
