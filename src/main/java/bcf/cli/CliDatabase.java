package bcf.cli;

import bcf.platform.Database;
import bcf.platform.EmbeddedDatabase;
import bcf.platform.Quiet;
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
    try (ConfigurableApplicationContext context = start(url)) {
      return work.apply(context);
    } finally {
      if (started != null) {
        started.close();
      }
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    try {
      return new SpringApplicationBuilder(DatabaseCommandsContext.class)
          .web(WebApplicationType.NONE)
          .bannerMode(Banner.Mode.OFF)
          .logStartupInfo(false)
          .registerShutdownHook(false)
          .run(
              // As command-line properties, so they win over application.properties.
              "--spring.datasource.url=" + url,
              // Quiet as a command should be; a failure is reported once, by the command line.
              "--logging.level.bcf=WARN",
              "--logging.level.org.springframework.boot.SpringApplication=OFF",
              "--logging.level.org.springframework.boot.diagnostics=OFF");
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw new IllegalStateException("the database cannot be used: " + cause.getMessage(), e);
    }
  }
}
