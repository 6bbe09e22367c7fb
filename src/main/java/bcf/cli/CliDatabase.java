package bcf.cli;

import bcf.platform.Database;
import bcf.platform.DatabaseLogin;
import bcf.platform.EmbeddedDatabase;
import bcf.platform.Quiet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a command that works on the database {@code serve} uses ({@code user}, {@code metrics
 * import}) in a Spring context without a web server ({@link DatabaseCommandsContext}): the running
 * server's embedded PostgreSQL (found through its port file), or a brief start of it, or the one
 * {@code --database-url} names. Flyway applies the migrations as the context starts.
 */
final class CliDatabase {

  private CliDatabase() {}

  static <T> T with(Database database, Function<ApplicationContext, T> work) {
    Quiet.embeddedDatabaseLogs();
    EmbeddedDatabase started = null;
    DatabaseLogin login;
    if (database.embedded()) {
      Optional<DatabaseLogin> running = EmbeddedDatabase.running(database.dataDirectory());
      if (running.isPresent()) {
        login = running.get();
      } else if (!EmbeddedDatabase.exists(database.dataDirectory())) {
        throw new IllegalStateException(
            "there is no bcf database in "
                + database.dataDirectory()
                + " (the data directory this command uses, from --data-dir, BCF_DATA_DIR or the"
                + " default ~/.bcf); give the --data-dir the server was started with, or start"
                + " it first with ./bcf serve --data-dir "
                + database.dataDirectory());
      } else {
        started = EmbeddedDatabase.start(database.dataDirectory());
        login = started.login();
      }
    } else {
      login = DatabaseLogin.external(database.url());
    }
    try (ConfigurableApplicationContext context = start(login)) {
      return work.apply(context);
    } finally {
      if (started != null) {
        started.close();
      }
    }
  }

  private static ConfigurableApplicationContext start(DatabaseLogin login) {
    List<String> arguments = new ArrayList<>(List.of(login.springArguments()));
    // Quiet as a command should be; a failure is reported once, by the command line.
    arguments.add("--logging.level.bcf=WARN");
    arguments.add("--logging.level.org.springframework.boot.SpringApplication=OFF");
    arguments.add("--logging.level.org.springframework.boot.diagnostics=OFF");
    try {
      return new SpringApplicationBuilder(DatabaseCommandsContext.class)
          .web(WebApplicationType.NONE)
          .bannerMode(Banner.Mode.OFF)
          .logStartupInfo(false)
          .registerShutdownHook(false)
          // As command-line properties, so they win over application.properties.
          .run(arguments.toArray(String[]::new));
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw new IllegalStateException("the database cannot be used: " + cause.getMessage(), e);
    }
  }
}
