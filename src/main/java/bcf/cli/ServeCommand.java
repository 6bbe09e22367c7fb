package bcf.cli;

import bcf.BcfApplication;
import bcf.platform.Database;
import bcf.platform.EmbeddedDatabase;
import bcf.platform.Quiet;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * {@code bcf serve}: the web UI and API on localhost, on an external PostgreSQL or, by default, on
 * an embedded one whose data persists in the data directory. Runs until stopped.
 */
final class ServeCommand implements Command {

  @Override
  public String usage() {
    return "serve [--port N] [--data-dir DIR] [--database-url URL] [--no-demo]\n"
        + "                                        run the web application and API on localhost";
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) {
    arguments.allowOnly(Set.of("port", "data-dir", "database-url", "no-demo"));
    if (!arguments.positional().isEmpty()) {
      throw new UsageException("serve takes no file");
    }
    int port = port(arguments.options().getOrDefault("port", System.getenv("BCF_PORT")));
    Database database = CliDatabase.choose(arguments);
    long started = System.nanoTime();
    EmbeddedDatabase embedded = null;
    String url = database.url();
    if (database.embedded()) {
      Quiet.embeddedDatabaseLogs();
      out.println("bcf: starting the embedded PostgreSQL in " + database.dataDirectory());
      embedded = EmbeddedDatabase.start(database.dataDirectory());
      url = embedded.jdbcUrl();
    }
    // As command-line properties, so they win over application.properties.
    List<String> properties = new ArrayList<>();
    properties.add("--spring.datasource.url=" + url);
    properties.add("--server.port=" + port);
    properties.add("--bcf.demo=" + !arguments.options().containsKey("no-demo"));
    CountDownLatch closed = new CountDownLatch(1);
    SpringApplication application = new SpringApplication(BcfApplication.class);
    application.setLogStartupInfo(false);
    application.addListeners((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
    try {
      ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new));
      out.printf(
          "bcf: serving on http://127.0.0.1:%d/ (started in %.1f s; stop with Ctrl-C)%n",
          port, (System.nanoTime() - started) / 1e9);
      out.flush();
      closed.await();
      context.close();
      return Main.OK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Main.OK;
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static int port(String text) {
    if (text == null) {
      return 8080;
    }
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new UsageException("--port takes a number from 1 to 65535, not '" + text + "'");
    }
  }
}
