package bcf.cli;

import bcf.BcfApplication;
import bcf.platform.Database;
import bcf.platform.DatabaseLogin;
import bcf.platform.EmbeddedDatabase;
import bcf.platform.Quiet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bcf serve}: the web UI and API on localhost, on an external PostgreSQL or, by default, on
 * an embedded one whose data persists in the data directory. Runs until stopped.
 */
@Command(
    name = "serve",
    description = {
      "Runs the web application and API on 127.0.0.1 until stopped: with no database URL, on the"
          + " embedded PostgreSQL kept in the data directory; on first start it creates the admin"
          + " account (its password printed once) and loads the seed plans as demo data."
    },
    customSynopsis = {"bcf serve [--port N] [--data-dir DIR] [--database-url URL] [--no-demo]"})
final class ServeCommand extends CliCommand {

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "${env:BCF_PORT:-8080}",
      converter = Options.Port.class,
      description = "The port (default BCF_PORT, or 8080).")
  int port;

  @Option(names = "--no-demo", description = "Do not load the seed plans on first start.")
  boolean noDemo;

  @Mixin DatabaseOptions databaseOptions;

  @Override
  public Integer call() {
    Database database = databaseOptions.choose();
    requireFreePort(port);
    long started = System.nanoTime();
    EmbeddedDatabase embedded = null;
    DatabaseLogin login = null;
    if (database.embedded()) {
      Quiet.embeddedDatabaseLogs();
      out.println("bcf: starting the embedded PostgreSQL in " + database.dataDirectory());
      out.flush();
      embedded =
          EmbeddedDatabase.start(database.dataDirectory(), note -> out.println("bcf: " + note));
      login = embedded.login();
    } else {
      login = DatabaseLogin.external(database.url());
    }
    // As command-line properties, so they win over application.properties.
    List<String> properties = new ArrayList<>(List.of(login.springArguments()));
    properties.add("--server.port=" + port);
    properties.add("--bcf.demo=" + !noDemo);
    properties.add("--bcf.data-dir=" + database.dataDirectory());
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

  /** Refuses, before anything starts, a port another program already listens on. */
  private static void requireFreePort(int port) {
    try (java.net.ServerSocket probe =
        new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "port " + port + " is in use by another program; choose another with --port or BCF_PORT");
    }
  }
}
