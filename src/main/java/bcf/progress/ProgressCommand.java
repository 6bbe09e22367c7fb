package bcf.progress;

import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.kernel.Refusal;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import bcf.plan.json.PlanDocumentReader;
import bcf.platform.HelpOption;
import bcf.progress.json.ProgressJson;
import bcf.progress.log.Finding;
import bcf.progress.log.PerformanceRow;
import bcf.progress.log.PerformanceTable;
import bcf.progress.log.PlanFacts;
import bcf.progress.log.ProgressLog;
import bcf.progress.log.ProgressRules;
import bcf.progress.log.ProgressViews;
import bcf.progress.log.Rag;
import bcf.progress.log.Theme;
import bcf.round.json.RoundCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bcf progress validate|summary FILE}: a progress log's broken rules, or its summary (counts
 * by RAG per quarter, changes of status, performance). With {@code --plan PLAN.json} the quarters
 * and schemes are checked against that plan; without it, against nothing (said on the output). Exit
 * 0 when no rule is broken, 1 when one is, 2 when a file cannot be used (with the file and the
 * place in it).
 */
@Command(
    name = "progress",
    description = "Checks or summarises a plan's progress log (a progress document, JSON).",
    customSynopsis = "bcf progress validate|summary FILE [--plan PLAN] [--format text|json]",
    commandListHeading = "%nCommands:%n",
    subcommands = {ProgressCommand.Validate.class, ProgressCommand.Summary.class})
public final class ProgressCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int UNUSABLE = 2;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "give validate or summary");
  }

  /** What both subcommands take and do first. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Parameters(paramLabel = "FILE", description = "The progress document (JSON).")
    String file;

    @Option(
        names = "--plan",
        paramLabel = "PLAN",
        description = "The plan document the log belongs to: its quarters and schemes are checked.")
    String plan;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text (the default) or json.",
        defaultValue = "text")
    String format;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!format.equals("text") && !format.equals("json")) {
        throw new ParameterException(
            spec.commandLine(), "--format is text or json, not '" + format + "'");
      }
      ProgressLog log;
      PlanFacts facts;
      try {
        log = ProgressJson.read(bytes(file));
      } catch (Refusal e) {
        err.println("bcf: " + file + ": " + e.getMessage());
        return UNUSABLE;
      } catch (IOException e) {
        err.println("bcf: " + file + ": cannot be read (" + e.getMessage() + ")");
        return UNUSABLE;
      }
      try {
        facts = plan == null ? null : facts(new PlanDocumentReader().read(bytes(plan)));
      } catch (Refusal e) {
        err.println("bcf: " + plan + ": " + e.describe());
        return UNUSABLE;
      } catch (IOException e) {
        err.println("bcf: " + plan + ": cannot be read (" + e.getMessage() + ")");
        return UNUSABLE;
      }
      if (facts != null && !log.plan().equals(planId)) {
        err.println(
            "bcf: "
                + file
                + ": /plan: the log belongs to '"
                + log.plan()
                + "', not to the plan in "
                + plan
                + " ('"
                + planId
                + "')");
        return UNUSABLE;
      }
      List<Finding> findings = check(log, facts);
      if (format.equals("json")) {
        out.print(Json.write(json(log, findings, facts != null)));
      } else {
        text(log, findings, facts != null, out);
      }
      out.flush();
      return findings.isEmpty() ? OK : FINDINGS;
    }

    private String planId;

    private PlanFacts facts(Plan plan) {
      planId = plan.id();
      List<FinancialYear> years =
          !plan.years().isEmpty()
              ? plan.years()
              : RoundCatalogue.load().find(plan.round()).map(r -> r.years()).orElse(List.of());
      return new PlanFacts(years, plan.schemes().stream().map(Scheme::name).toList());
    }

    /** Without a plan, the rules that need one are not run. */
    private static List<Finding> check(ProgressLog log, PlanFacts facts) {
      LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
      if (facts != null) {
        return ProgressRules.check(log, facts, today);
      }
      return ProgressRules.check(log, new PlanFacts(List.of(), List.of()), today).stream()
          .filter(
              f ->
                  !f.rule().equals(ProgressRules.QUARTER_OUTSIDE_PLAN)
                      && !f.rule().equals(ProgressRules.UNKNOWN_SCHEME))
          .toList();
    }

    abstract Object json(ProgressLog log, List<Finding> findings, boolean againstPlan);

    abstract void text(
        ProgressLog log, List<Finding> findings, boolean againstPlan, PrintWriter out);

    static void findings(List<Finding> findings, boolean againstPlan, PrintWriter out) {
      if (!againstPlan) {
        out.println("(no --plan given: quarters and schemes not checked against the plan)");
      }
      if (findings.isEmpty()) {
        out.println("No problems found.");
        return;
      }
      out.println(findings.size() + (findings.size() == 1 ? " problem:" : " problems:"));
      for (Finding f : findings) {
        out.println("  " + f.describe() + " [" + f.rule() + " at " + f.path() + "]");
      }
    }
  }

  private static byte[] bytes(String file) throws IOException {
    return Files.readAllBytes(Path.of(file));
  }

  @Command(
      name = "validate",
      description = "Checks a progress log against its rules and prints what is wrong, and where.",
      customSynopsis = "bcf progress validate FILE [--plan PLAN] [--format text|json]",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:no problem", "1:at least one rule broken", "2:a file cannot be used"})
  static final class Validate extends Base {
    @Override
    Object json(ProgressLog log, List<Finding> findings, boolean againstPlan) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("plan", log.plan());
      doc.put("checkedAgainstPlan", againstPlan);
      doc.put("findings", findings);
      return doc;
    }

    @Override
    void text(ProgressLog log, List<Finding> findings, boolean againstPlan, PrintWriter out) {
      out.println(log.title());
      findings(findings, againstPlan, out);
    }
  }

  @Command(
      name = "summary",
      description =
          "Prints a progress log's summary: commitments by theme, RAG counts per quarter, changes"
              + " of status and performance tables.",
      customSynopsis = "bcf progress summary FILE [--plan PLAN] [--format text|json]",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:no problem", "1:at least one rule broken", "2:a file cannot be used"})
  static final class Summary extends Base {
    @Override
    Object json(ProgressLog log, List<Finding> findings, boolean againstPlan) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("plan", log.plan());
      doc.put("title", log.title());
      List<Map<String, Object>> themes = new ArrayList<>();
      for (Theme t : log.themes()) {
        themes.add(Map.of("name", t.name(), "commitments", t.commitments().size()));
      }
      doc.put("themes", themes);
      doc.put(
          "byQuarter",
          ProgressViews.countsByQuarter(log).stream()
              .map(
                  c ->
                      Map.of(
                          "quarter", c.quarter().code(),
                          "red", c.of(Rag.RED),
                          "amber", c.of(Rag.AMBER),
                          "green", c.of(Rag.GREEN)))
              .toList());
      doc.put(
          "changes",
          ProgressViews.history(log).stream()
              .map(
                  c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("theme", c.theme());
                    m.put("commitment", c.commitment());
                    m.put("quarter", c.quarter().code());
                    m.put("from", c.from() == null ? null : c.from().code());
                    m.put("to", c.to().code());
                    m.put("reason", c.reason());
                    return m;
                  })
              .toList());
      doc.put(
          "performance",
          log.performance().stream()
              .map(
                  t ->
                      Map.of(
                          "year", t.year().toString(),
                          "red", count(t, Rag.RED),
                          "amber", count(t, Rag.AMBER),
                          "green", count(t, Rag.GREEN)))
              .toList());
      doc.put("checkedAgainstPlan", againstPlan);
      doc.put("findings", findings);
      return doc;
    }

    @Override
    void text(ProgressLog log, List<Finding> findings, boolean againstPlan, PrintWriter out) {
      out.println(log.title());
      for (Theme t : log.themes()) {
        out.println(
            "  Theme "
                + t.name()
                + ": "
                + t.commitments().size()
                + (t.commitments().size() == 1 ? " commitment" : " commitments"));
      }
      for (var c : ProgressViews.countsByQuarter(log)) {
        out.println(
            "  "
                + c.quarter().words()
                + ": "
                + c.of(Rag.RED)
                + " red, "
                + c.of(Rag.AMBER)
                + " amber, "
                + c.of(Rag.GREEN)
                + " green");
      }
      for (var c : ProgressViews.history(log)) {
        out.println(
            "  "
                + c.theme()
                + ", "
                + c.commitment()
                + ", "
                + c.quarter().words()
                + ": "
                + c.words()
                + (c.reason() == null ? "" : " (" + c.reason() + ")"));
      }
      for (PerformanceTable t : log.performance()) {
        out.println("  Performance in " + t.year().display() + ":");
        for (PerformanceRow r : t.rows()) {
          out.println(
              "    " + r.metric() + ": " + (r.rag() == null ? "no status" : r.rag().label()));
        }
      }
      findings(findings, againstPlan, out);
    }

    private static long count(PerformanceTable t, Rag rag) {
      return t.rows().stream().filter(r -> r.rag() == rag).count();
    }
  }
}
