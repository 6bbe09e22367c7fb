package bcf.cli;

import bcf.actuals.MetricsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf metrics import PLAN FILE.csv --as USER}: imports actuals into a stored plan, through
 * the same service, checks and single transaction as the web upload and the API, on the database
 * {@code serve} uses. The import is recorded as made by {@code --as}, who must be an editor of the
 * rows' HWBs.
 */
@Command(
    name = "import",
    description = {
      "Imports actuals (hwb,metric,period,numerator,denominator[,age_band,standard_population])"
          + " into a stored plan, as the web upload and the API do: all rows or none, recorded"
          + " as made by USER, an editor of the rows' HWBs.",
      "Every problem of the file is reported with its row and column (exit 2)."
    },
    customSynopsis = {
      "bcf metrics import PLAN FILE.csv --as USER [--data-dir DIR]",
      "       [--database-url URL]"
    })
final class MetricsImportCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "PLAN", description = "The stored plan's id.")
  String planId;

  @Parameters(index = "1", paramLabel = "FILE.csv", description = "The actuals (UTF-8 CSV).")
  String file;

  @Option(
      names = "--as",
      required = true,
      paramLabel = "USER",
      converter = Options.As.class,
      description = "The editor the import is recorded for.")
  String username;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() {
    return CsvImports.run(
        this,
        "metrics import",
        file,
        username,
        database,
        (context, actor, fileName, text) -> {
          MetricsService.Imported imported =
              context.getBean(MetricsService.class).importCsv(actor, planId, fileName, text);
          return "bcf: imported "
              + imported.rows()
              + (imported.rows() == 1 ? " row" : " rows")
              + " into "
              + planId
              + (imported.replaced() > 0
                  ? " (" + imported.replaced() + " replaced earlier values)"
                  : "");
        });
  }
}
