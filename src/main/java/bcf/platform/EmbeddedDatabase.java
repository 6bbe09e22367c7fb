package bcf.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A real PostgreSQL run from the embedded binaries, its data kept in {@code DATA_DIR/postgres} so
 * it survives restarts, and the product's alone:
 *
 * <ul>
 *   <li>every connection needs a password (scram-sha-256), including the superuser's; the passwords
 *       are generated on first start and kept in {@code DATA_DIR/secrets}, readable only by the
 *       account that runs the server ({@link DatabaseSecrets});
 *   <li>the application connects as {@value #APPLICATION}, which reads and writes rows and nothing
 *       more; migrations run as {@value #OWNER}, which owns the schema; neither is a superuser;
 *   <li>it listens on loopback only; its port is written to {@code DATA_DIR/postgres.port}
 *       (readable by the server's account only) so that {@code bcf user add} on the same machine,
 *       run by the same account, reaches the database of a running server;
 *   <li>a commit is on disk before it is acknowledged ({@code synchronous_commit}, {@code fsync}
 *       and {@code full_page_writes} on);
 *   <li>a PostgreSQL left running by a server that was killed is found and stopped before the new
 *       start, and a cluster created by an earlier bcf (which trusted every local connection) is
 *       given its passwords and roles.
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

  static final String DATABASE = "bcf";
  static final String SUPERUSER = "postgres";
  static final String OWNER = "bcf_owner";
  static final String APPLICATION = "bcf_app";
  static final String PORT_FILE = "postgres.port";

  private static final Duration LEFT_OVER_STOP = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;
  private final Path portFile;
  private final DatabaseSecrets secrets;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path portFile, DatabaseSecrets secrets) {
    this.postgres = postgres;
    this.portFile = portFile;
    this.secrets = secrets;
  }

  /** Starts PostgreSQL on the data directory, creating the cluster and database on first use. */
  public static EmbeddedDatabase start(Path dataDirectory) {
    return start(dataDirectory, note -> {});
  }

  /**
   * As {@link #start(Path)}, telling {@code notes} what it found and did that an operator should
   * know (a database left running by a killed server, an earlier installation secured).
   */
  public static EmbeddedDatabase start(Path dataDirectory, Consumer<String> notes) {
    try {
      PrivateFiles.directory(dataDirectory);
      DatabaseSecrets secrets = DatabaseSecrets.in(dataDirectory);
      Path cluster = dataDirectory.resolve("postgres");
      stopLeftOver(cluster, notes);
      boolean fresh = !Files.exists(cluster.resolve("postgresql.conf"));
      boolean trusting = !fresh && trusts(cluster);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(cluster)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "100")
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .setServerConfig("password_encryption", "scram-sha-256")
              // initdb: every connection by password, the superuser's set from its file.
              .setLocaleConfig("auth-host", "scram-sha-256")
              .setLocaleConfig("auth-local", "scram-sha-256")
              .setLocaleConfig("pwfile", secrets.superuserFile().toString());
      if (!trusting) {
        builder.setConnectConfig("password", secrets.superuser());
      }
      EmbeddedPostgres postgres = builder.start();
      if (trusting) {
        secure(postgres.getPort(), cluster, secrets);
        notes.accept(
            "secured the database of an earlier installation: it now needs the passwords kept in "
                + dataDirectory.resolve(DatabaseSecrets.DIRECTORY));
      }
      prepare(postgres.getPort(), secrets);
      Path portFile = dataDirectory.resolve(PORT_FILE);
      PrivateFiles.write(portFile, Integer.toString(postgres.getPort()));
      return new EmbeddedDatabase(postgres, portFile, secrets);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  /**
   * How to connect to the database of a server already running on this data directory, if one is:
   * its port from the port file, its passwords from the secrets (so only the server's own account
   * can).
   */
  public static Optional<DatabaseLogin> running(Path dataDirectory) {
    Path portFile = dataDirectory.resolve(PORT_FILE);
    if (!Files.exists(portFile)
        || !Files.exists(dataDirectory.resolve("postgres/postmaster.pid"))) {
      return Optional.empty();
    }
    int port;
    try {
      port = Integer.parseInt(Files.readString(portFile).strip());
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
    DatabaseLogin login = login(port, DatabaseSecrets.existing(dataDirectory));
    try (Connection ignored = DriverManager.getConnection(login.urlWithCredentials())) {
      return Optional.of(login);
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  /** Whether the data directory holds a database (a server has run on it). */
  public static boolean exists(Path dataDirectory) {
    return Files.exists(dataDirectory.resolve("postgres/postgresql.conf"));
  }

  /** How the application and its migrations connect. */
  public DatabaseLogin login() {
    return login(postgres.getPort(), secrets);
  }

  private static DatabaseLogin login(int port, DatabaseSecrets secrets) {
    String url = url(port, DATABASE);
    return new DatabaseLogin(
        url,
        APPLICATION,
        secrets.application(),
        new DatabaseLogin.Migrations(url, OWNER, secrets.owner()));
  }

  static String url(int port, String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  /**
   * Stops a PostgreSQL that a killed server left running on this cluster, or clears the lock file
   * of one that is gone, so that the start succeeds the first time. Refuses when another bcf server
   * is running on this data directory (it holds the cluster's lock).
   */
  private static void stopLeftOver(Path cluster, Consumer<String> notes) throws IOException {
    Path pidFile = cluster.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Path lockFile = cluster.resolve("epg-lock");
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IllegalStateException(
            "another bcf is already using the data directory "
                + cluster.getParent()
                + " (its database is running); stop it first, or give this one its own --data-dir");
      }
      try {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean postgres =
            process
                .flatMap(p -> p.info().command())
                .map(command -> command.endsWith("postgres"))
                .orElse(false);
        if (postgres) {
          notes.accept(
              "found the database still running (process "
                  + pid
                  + ") from a bcf that was stopped abruptly; stopping it first");
          ProcessHandle handle = process.get();
          handle.destroy();
          handle.onExit().get(LEFT_OVER_STOP.toSeconds(), TimeUnit.SECONDS);
        } else {
          notes.accept(
              "found the lock file of a database that was stopped abruptly; PostgreSQL will"
                  + " recover from its log as it starts");
          Files.deleteIfExists(pidFile);
        }
      } catch (NumberFormatException e) {
        Files.deleteIfExists(pidFile);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while stopping the left-over database", e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException(
            "the database left running by a stopped bcf did not stop within "
                + LEFT_OVER_STOP.toSeconds()
                + " s; stop it (pg_ctl stop -D "
                + cluster
                + ") and start again",
            e);
      } finally {
        lock.release();
      }
    }
  }

  /** Whether the cluster's access file trusts connections without a password (earlier bcf). */
  private static boolean trusts(Path cluster) throws IOException {
    Path hba = cluster.resolve("pg_hba.conf");
    return Files.exists(hba)
        && Files.readAllLines(hba).stream()
            .map(String::strip)
            .filter(line -> !line.startsWith("#") && !line.isEmpty())
            .anyMatch(line -> line.endsWith(" trust") || line.endsWith("\ttrust"));
  }

  /** Gives an earlier bcf's trusting cluster its superuser password and password-only access. */
  private static void secure(int port, Path cluster, DatabaseSecrets secrets) throws IOException {
    try (Connection connection =
            DriverManager.getConnection(url(port, SUPERUSER) + "?user=" + SUPERUSER);
        Statement statement = connection.createStatement()) {
      statement.execute("alter role " + SUPERUSER + " password " + literal(secrets.superuser()));
      Files.writeString(
          cluster.resolve("pg_hba.conf"),
          """
          # bcf: every connection needs a password.
          local   all             all                                     scram-sha-256
          host    all             all             127.0.0.1/32            scram-sha-256
          host    all             all             ::1/128                 scram-sha-256
          local   replication     all                                     scram-sha-256
          host    replication     all             127.0.0.1/32            scram-sha-256
          host    replication     all             ::1/128                 scram-sha-256
          """,
          StandardCharsets.UTF_8);
      statement.execute("select pg_reload_conf()");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not secure the database of the earlier installation: " + e.getMessage(), e);
    }
  }

  /**
   * The roles, their passwords (from the secrets, every start), the database owned by the owner,
   * and the application's rights: rows of every table the owner has made or will make.
   */
  private static void prepare(int port, DatabaseSecrets secrets) {
    Properties superuser = new Properties();
    superuser.setProperty("user", SUPERUSER);
    superuser.setProperty("password", secrets.superuser());
    try (Connection connection = DriverManager.getConnection(url(port, SUPERUSER), superuser);
        Statement statement = connection.createStatement()) {
      role(statement, OWNER, secrets.owner());
      role(statement, APPLICATION, secrets.application());
      var exists =
          statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
      if (!exists.next()) {
        statement.execute("create database " + DATABASE + " owner " + OWNER);
      } else {
        statement.execute("alter database " + DATABASE + " owner to " + OWNER);
      }
      statement.execute("revoke all on database " + DATABASE + " from public");
      statement.execute("grant connect on database " + DATABASE + " to " + APPLICATION);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare the bcf database: " + e.getMessage(), e);
    }
    try (Connection connection = DriverManager.getConnection(url(port, DATABASE), superuser);
        Statement statement = connection.createStatement()) {
      // Tables an earlier bcf made as the superuser pass to the owner.
      var tables =
          statement.executeQuery(
              "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                  + " where n.nspname = 'public' and c.relkind in ('r', 'S', 'v')"
                  + " and pg_get_userbyid(c.relowner) = '"
                  + SUPERUSER
                  + "'");
      List<String> names = new java.util.ArrayList<>();
      while (tables.next()) {
        names.add(tables.getString(1));
      }
      for (String name : names) {
        statement.execute("alter table public.\"" + name + "\" owner to " + OWNER);
      }
      statement.execute("alter schema public owner to " + OWNER);
      statement.execute("revoke create on schema public from public");
      statement.execute("grant usage on schema public to " + APPLICATION);
      statement.execute(
          "grant select, insert, update, delete on all tables in schema public to " + APPLICATION);
      statement.execute(
          "grant usage, select, update on all sequences in schema public to " + APPLICATION);
      statement.execute(
          "alter default privileges for role "
              + OWNER
              + " in schema public grant select, insert, update, delete on tables to "
              + APPLICATION);
      statement.execute(
          "alter default privileges for role "
              + OWNER
              + " in schema public grant usage, select, update on sequences to "
              + APPLICATION);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare the bcf database: " + e.getMessage(), e);
    }
  }

  private static void role(Statement statement, String name, String password) throws SQLException {
    var exists = statement.executeQuery("select 1 from pg_roles where rolname = '" + name + "'");
    String verb = exists.next() ? "alter" : "create";
    statement.execute(
        verb
            + " role "
            + name
            + " login nosuperuser nocreatedb nocreaterole noreplication password "
            + literal(password));
  }

  /** A generated password as an SQL literal (they are URL-safe base64, no quotes). */
  private static String literal(String password) {
    if (!password.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalStateException("a database password holds unexpected characters");
    }
    return "'" + password + "'";
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
