package bcf.cli;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.analysis.UnknownRoundException;
import bcf.plan.Plan;
import bcf.returns.QuarterlyReturn;
import bcf.returns.ReturnRules;
import bcf.returns.ReturnSummary;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import java.io.PrintStream;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** A command that reads one plan document and analyses it. */
abstract class PlanCommand extends CliCommand {

  @Parameters(paramLabel = "FILE", description = "The plan or return document (JSON).")
  String file;

  @Mixin FormatOption output;

  @Option(
      names = "--plan",
      paramLabel = "PLAN",
      description =
          "For a return: the plan it reports against (default ../plans/<plan>.json beside it).")
  String planFile;

  @Override
  public final Integer call() {
    Optional<JsonNode> returnDocument = ReturnFiles.returnDocument(file);
    if (returnDocument.isPresent()) {
      return returnCall(returnDocument.get());
    }
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

  /** A return (a document with {@code "kind": "return"}): checked and printed like a plan. */
  private Integer returnCall(JsonNode root) {
    ReturnReport report;
    try {
      QuarterlyReturn ret = ReturnFiles.read(file, root);
      Round round =
          RoundCatalogue.load()
              .find(ret.round())
              .orElseThrow(
                  () ->
                      new UnreadableFileException(
                          file + ": round: '" + ret.round() + "' is not a round bcf knows"));
      Optional<Plan> plan = ReturnFiles.plan(file, planFile, ret);
      report =
          new ReturnReport(
              ret, plan, ReturnRules.check(ret, round, plan), ReturnSummary.of(ret, round));
    } catch (UnreadableFileException e) {
      err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    }
    if (output.json()) {
      out.println(Json.write(returnJson(report)));
    } else {
      returnText(report, out);
    }
    return report.findings().hasErrors() ? Main.FINDINGS : Main.OK;
  }

  abstract Object returnJson(ReturnReport report);

  abstract void returnText(ReturnReport report, PrintStream out);

  /** The JSON document: records, written as the API writes them. */
  abstract Object json(PlanAnalysis analysis);

  abstract void text(PlanAnalysis analysis, PrintStream out);
}
