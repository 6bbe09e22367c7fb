package bcf.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A real PostgreSQL run from the embedded binaries, its data kept in {@code DATA_DIR/postgres} so
 * it survives restarts. The port it listens on (loopback only) is written to {@code
 * DATA_DIR/postgres.port}, so that {@code bcf user add} can reach the database of a running server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "bcf";

  private final EmbeddedPostgres postgres;
  private final Path portFile;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path portFile) {
    this.postgres = postgres;
    this.portFile = portFile;
  }

  /** Starts PostgreSQL on the data directory, creating the cluster and database on first use. */
  public static EmbeddedDatabase start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory.resolve("postgres"))
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "100")
              .setServerConfig("fsync", "on")
              .start();
      Path portFile = dataDirectory.resolve("postgres.port");
      Files.writeString(portFile, Integer.toString(postgres.getPort()), StandardCharsets.UTF_8);
      EmbeddedDatabase database = new EmbeddedDatabase(postgres, portFile);
      database.createDatabase();
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  /** The JDBC URL of the database of a server already running on this data directory, if any. */
  public static Optional<String> running(Path dataDirectory) {
    Path portFile = dataDirectory.resolve("postgres.port");
    if (!Files.exists(portFile)
        || !Files.exists(dataDirectory.resolve("postgres/postmaster.pid"))) {
      return Optional.empty();
    }
    try {
      String url = url(Integer.parseInt(Files.readString(portFile).strip()));
      try (Connection ignored = DriverManager.getConnection(url)) {
        return Optional.of(url);
      }
    } catch (IOException | NumberFormatException | SQLException e) {
      return Optional.empty();
    }
  }

  public String jdbcUrl() {
    return url(postgres.getPort());
  }

  static String url(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=postgres";
  }

  private void createDatabase() {
    String admin = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres?user=postgres";
    try (Connection connection = DriverManager.getConnection(admin);
        Statement statement = connection.createStatement()) {
      var exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
      if (!exists.next()) {
        statement.execute("create database " + DATABASE);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the bcf database: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
      Files.deleteIfExists(portFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
