package bcf.cli;

import bcf.analysis.PlanAnalyser;
import bcf.analysis.PlanAnalysis;
import bcf.csv.CsvException;
import bcf.finance.monitoring.MonitoringCsv;
import bcf.finance.monitoring.MonitoringEngine;
import bcf.finance.monitoring.MonitoringEntry;
import bcf.finance.monitoring.MonitoringPosition;
import bcf.finance.monitoring.MonitoringTerms;
import bcf.kernel.FinancialYear;
import bcf.kernel.Refusal;
import bcf.monitoring.MonitoringService;
import bcf.plan.Plan;
import bcf.round.json.RoundCatalogue;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bcf monitoring summary|import}: pooled-budget monitoring from files or into the store. */
@Command(
    name = "monitoring",
    description =
        "Pooled-budget monitoring: a plan's position from files, or an import of actuals"
            + " and forecasts into a stored plan.",
    customSynopsis = "bcf monitoring summary|import ...",
    commandListHeading = "%nCommands:%n",
    subcommands = {MonitoringCommand.Summary.class, MonitoringCommand.Import.class})
final class MonitoringCommand extends CliCommand {

  @Override
  public Integer call() {
    throw usage("give summary or import");
  }

  /** Offline: exit 0 on or under budget, 1 for a forecast overspend, 2 for an unusable file. */
  @Command(
      name = "summary",
      description = {
        "The monitoring position of PLAN.json with the actuals and forecasts of FILE.csv"
            + " (period,kind,scheme,source,partner,amount): budget, actual to date, forecast outturn"
            + " and variance per scheme.",
        "Exit 0 when the forecast outturn is within the budget, 1 for a forecast overspend, 2 when"
            + " a file cannot be used (every problem with its row and column)."
      },
      customSynopsis = "bcf monitoring summary PLAN.json FILE.csv [--year 2017-18]")
  static final class Summary extends CliCommand {

    @Parameters(index = "0", paramLabel = "PLAN.json")
    String planFile;

    @Parameters(index = "1", paramLabel = "FILE.csv")
    String file;

    @Option(
        names = "--year",
        paramLabel = "YEAR",
        description = "The financial year, like 2017-18.")
    String year;

    @Override
    public Integer call() {
      Plan plan;
      String text;
      try {
        plan = PlanFiles.read(planFile);
        text = CsvFiles.read(file);
      } catch (UnreadableFileException e) {
        err.println("bcf: " + e.getMessage());
        return Main.UNUSABLE;
      }
      PlanAnalysis analysis = new PlanAnalyser(RoundCatalogue.load()).analyse(plan);
      List<FinancialYear> years = analysis.summary().years();
      List<MonitoringEntry> entries;
      try {
        entries = MonitoringCsv.read(text, plan, years);
      } catch (CsvException e) {
        err.println(
            "bcf: " + file + ": " + e.total() + (e.total() == 1 ? " problem" : " problems"));
        CsvFiles.report(file, e, err);
        return Main.UNUSABLE;
      }
      if (year != null && !FinancialYear.isValid(year)) {
        throw usage("--year: '" + year + "' is not a financial year like 2017-18");
      }
      FinancialYear shown =
          year != null
              ? FinancialYear.parse(year)
              : entries.stream()
                  .map(e -> FinancialYear.containing(e.period().first()))
                  .max(Comparator.naturalOrder())
                  .orElse(years.get(0));
      MonitoringPosition position;
      try {
        position =
            new MonitoringEngine()
                .position(
                    plan,
                    analysis.summary(),
                    analysis.round().paymentForPerformanceTerms(),
                    shown,
                    entries,
                    MonitoringTerms.NONE);
      } catch (Refusal e) {
        err.println("bcf: " + e.getMessage());
        return Main.UNUSABLE;
      }
      out.println("Monitoring " + plan.title() + ", " + shown.display());
      for (MonitoringPosition.Line l : position.schemes()) {
        out.println(line(l));
      }
      out.println(line(position.total()));
      return position.total().variance().isGreaterThan(bcf.kernel.Money.ZERO)
          ? Main.FINDINGS
          : Main.OK;
    }

    private static String line(MonitoringPosition.Line l) {
      return l.key()
          + ": budget "
          + l.budget()
          + ", actual to date "
          + l.actualToDate()
          + ", forecast outturn "
          + l.forecastOutturn()
          + ", variance "
          + l.variance()
          + l.variancePercent().map(p -> " (" + p.toPlainString() + "%)").orElse("");
    }
  }

  /** Into the store, as the web upload and the API do: all rows or none. */
  @Command(
      name = "import",
      description = {
        "Imports actuals and forecasts (period,kind,scheme,source,partner,amount) into a stored"
            + " plan, all rows or none, recorded as made by USER, an editor of the plan's HWB.",
        "Every problem of the file is reported with its row and column (exit 2)."
      },
      customSynopsis = {
        "bcf monitoring import PLAN FILE.csv --as USER [--data-dir DIR]",
        "       [--database-url URL]"
      })
  static final class Import extends CliCommand {

    @Parameters(index = "0", paramLabel = "PLAN")
    String planId;

    @Parameters(index = "1", paramLabel = "FILE.csv")
    String file;

    @Option(names = "--as", required = true, paramLabel = "USER", converter = Options.As.class)
    String username;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      return CsvImports.run(
          this,
          "monitoring import",
          file,
          username,
          database,
          (context, actor, fileName, text) -> {
            MonitoringService.Imported imported =
                context.getBean(MonitoringService.class).importCsv(actor, planId, fileName, text);
            return "bcf: imported "
                + imported.rows()
                + (imported.rows() == 1 ? " row" : " rows")
                + " into "
                + planId;
          });
    }
  }
}
