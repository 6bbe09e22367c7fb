package bcf.cli;

import bcf.platform.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --data-dir} and {@code --database-url}: which database, as {@code serve} chooses it. */
final class DatabaseOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "The embedded PostgreSQL's directory (default BCF_DATA_DIR, or ~/.bcf).")
  String dataDir;

  @Option(
      names = "--database-url",
      paramLabel = "URL",
      description =
          "An external PostgreSQL, a jdbc:postgresql: URL (default BCF_DATABASE_URL, if set).")
  String databaseUrl;

  /** The database that the options or their environment variables name. */
  Database choose() {
    try {
      return Database.choose(databaseUrl, dataDir);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage());
    }
  }
}
