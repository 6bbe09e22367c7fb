package bcf.cli;

import bcf.access.Actor;
import bcf.actuals.ActualsRepository;
import bcf.actuals.MetricsService;
import bcf.analysis.PlanAnalyser;
import bcf.csv.CsvException;
import bcf.document.DocumentRepository;
import bcf.document.DocumentStore;
import bcf.planning.PlanCache;
import bcf.planning.PlanService;
import bcf.planning.PlanningException;
import bcf.round.json.RoundCatalogue;
import bcf.users.UserAccount;
import bcf.users.UserRepository;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bcf metrics import PLAN FILE.csv --as USER}: imports actuals into a stored plan, through
 * the same service, checks and single transaction as the web upload and the API, on the database
 * {@code serve} uses. The import is recorded as made by {@code --as}, who must be an editor of the
 * rows' HWBs.
 */
final class MetricsImportCommand implements Command {

  @Override
  public String usage() {
    return "metrics import PLAN FILE.csv --as USER [--data-dir DIR] [--database-url URL]\n"
        + "                                        import actuals (hwb,metric,period,numerator,\n"
        + "                                        denominator[,age_band,standard_population])\n"
        + "                                        into a stored plan; all rows or none";
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) {
    arguments.allowOnly(Set.of("as", "data-dir", "database-url"));
    if (arguments.positional().size() != 2) {
      throw new UsageException("give the plan id and the CSV file");
    }
    String planId = arguments.positional().get(0);
    String file = arguments.positional().get(1);
    String username = arguments.options().get("as");
    if (username == null || username.isBlank()) {
      throw new UsageException("give --as USER: the editor the import is recorded for");
    }
    String text;
    try {
      text = CsvFiles.read(file);
    } catch (UnreadableFileException e) {
      err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    }
    return CliDatabase.with(
        arguments,
        source -> {
          JdbcClient jdbc = JdbcClient.create(source);
          UserAccount user =
              new UserRepository(jdbc)
                  .find(username)
                  .orElseThrow(
                      () -> new UsageException("--as: there is no user '" + username + "'"));
          Actor actor = user.actor();
          MetricsService service =
              new MetricsService(
                  new PlanService(
                      new DocumentStore(new DocumentRepository(jdbc)),
                      new PlanAnalyser(RoundCatalogue.load()),
                      new PlanCache(),
                      Clock.systemUTC()),
                  new ActualsRepository(jdbc, new JdbcTemplate(source)),
                  Clock.systemUTC());
          TransactionTemplate transaction =
              new TransactionTemplate(new DataSourceTransactionManager(source));
          try {
            MetricsService.Imported imported =
                transaction.execute(
                    status ->
                        service.importCsv(
                            actor, planId, Path.of(file).getFileName().toString(), text));
            out.println(
                "bcf: imported "
                    + imported.rows()
                    + (imported.rows() == 1 ? " row" : " rows")
                    + " into "
                    + planId
                    + (imported.replaced() > 0
                        ? " (" + imported.replaced() + " replaced earlier values)"
                        : ""));
            return Main.OK;
          } catch (CsvException e) {
            err.println(
                "bcf: "
                    + file
                    + ": "
                    + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems")
                    + "; nothing was imported");
            CsvFiles.report(file, e, err);
            return Main.UNUSABLE;
          } catch (PlanningException e) {
            err.println("bcf metrics import: " + e.getMessage());
            return Main.UNUSABLE;
          }
        });
  }
}
