package bcf.cli;

import bcf.platform.Database;
import bcf.platform.EmbeddedDatabase;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database {@code serve} uses, for commands that work on it ({@code user}, {@code metrics
 * import}): the running server's embedded PostgreSQL (found through its port file), or a brief
 * start of it, or the one {@code --database-url} names. Migrations are applied first.
 */
final class CliDatabase {

  private CliDatabase() {}

  /** The database that {@code --database-url} or {@code --data-dir} (or their defaults) name. */
  static Database choose(Arguments arguments) {
    try {
      return Database.choose(
          arguments.options().get("database-url"), arguments.options().get("data-dir"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static int with(Arguments arguments, Function<DataSource, Integer> work) {
    Database database = choose(arguments);
    bcf.platform.Quiet.embeddedDatabaseLogs();
    EmbeddedDatabase started = null;
    String url = database.url();
    if (database.embedded()) {
      Optional<String> running = EmbeddedDatabase.running(database.dataDirectory());
      if (running.isPresent()) {
        url = running.get();
      } else {
        started = EmbeddedDatabase.start(database.dataDirectory());
        url = started.jdbcUrl();
      }
    }
    try {
      PGSimpleDataSource source = new PGSimpleDataSource();
      source.setURL(url);
      Flyway.configure().dataSource(source).load().migrate();
      return work.apply(source);
    } finally {
      if (started != null) {
        started.close();
      }
    }
  }
}
