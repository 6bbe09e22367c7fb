package bcf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database is the product's alone: nobody connects without a password, the
 * application's role reads and writes rows and can do nothing else, the passwords and port are
 * readable by the server's account only, and commits are synchronous.
 */
class EmbeddedDatabaseIT {

  @TempDir static Path data;
  private static EmbeddedDatabase database;
  private static List<String> notes = new ArrayList<>();

  @BeforeAll
  static void start() {
    database = EmbeddedDatabase.start(data, notes::add);
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  private static int port() throws Exception {
    return Integer.parseInt(Files.readString(data.resolve(EmbeddedDatabase.PORT_FILE)).strip());
  }

  @Test
  void no_connection_without_the_password_not_even_the_superusers() throws Exception {
    String url = EmbeddedDatabase.url(port(), "postgres");
    for (String user : List.of("postgres", "bcf_owner", "bcf_app")) {
      assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=" + user).close())
          .as(user)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password");
      assertThatThrownBy(
              () -> DriverManager.getConnection(url + "?user=" + user + "&password=guess").close())
          .as(user)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
    }
    assertThat(notes).isEmpty();
  }

  @Test
  void the_application_role_reads_and_writes_rows_and_nothing_more() throws Exception {
    DatabaseLogin login = database.login();
    try (Connection owner = DriverManager.getConnection(login.migrationsUrlWithCredentials());
        Statement statement = owner.createStatement()) {
      statement.execute("create table if not exists probe (id serial primary key, note text)");
      assertThat(
              single(statement, "select rolsuper::text from pg_roles where rolname = current_user"))
          .isEqualTo("false");
    }
    try (Connection app = DriverManager.getConnection(login.urlWithCredentials());
        Statement statement = app.createStatement()) {
      assertThat(single(statement, "select current_user")).isEqualTo("bcf_app");
      assertThat(
              single(statement, "select rolsuper::text from pg_roles where rolname = current_user"))
          .isEqualTo("false");
      statement.execute("insert into probe (note) values ('a row')");
      assertThat(single(statement, "select note from probe limit 1")).isEqualTo("a row");
      statement.execute("delete from probe");
      for (String forbidden :
          List.of(
              "create table mine (x int)",
              "drop table probe",
              "alter table probe add column y int",
              "copy (select 1) to program 'id'",
              "select pg_read_file('postgresql.conf')",
              "create role intruder superuser")) {
        assertThatThrownBy(() -> statement.execute(forbidden))
            .as(forbidden)
            .isInstanceOf(SQLException.class)
            .hasMessageMatching("(?s).*(permission denied|must be owner).*");
      }
      assertThat(single(statement, "show synchronous_commit")).isEqualTo("on");
      assertThat(single(statement, "show fsync")).isEqualTo("on");
    }
  }

  @Test
  void the_passwords_port_and_data_are_readable_by_the_servers_account_only() throws Exception {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve(DatabaseSecrets.DIRECTORY))))
        .isEqualTo("rwx------");
    try (var files = Files.list(data.resolve(DatabaseSecrets.DIRECTORY))) {
      List<Path> secrets = files.toList();
      assertThat(secrets).hasSize(3);
      for (Path secret : secrets) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
            .as(secret.toString())
            .isEqualTo("rw-------");
        assertThat(Files.readString(secret).strip()).hasSizeGreaterThanOrEqualTo(43);
      }
    }
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve(EmbeddedDatabase.PORT_FILE))))
        .isEqualTo("rw-------");
  }

  @Test
  void a_second_server_on_the_same_data_directory_is_refused_and_the_first_keeps_running() {
    assertThatThrownBy(() -> EmbeddedDatabase.start(data))
        .hasMessageContaining("another bcf is already using the data directory");
    assertThat(EmbeddedDatabase.running(data)).isPresent();
  }

  @Test
  void a_running_servers_database_is_found_with_its_passwords() {
    DatabaseLogin login = EmbeddedDatabase.running(data).orElseThrow();
    assertThat(login.user()).isEqualTo("bcf_app");
    assertThat(login.migrations().user()).isEqualTo("bcf_owner");
    assertThat(login.toString()).doesNotContain(login.password());
  }

  /**
   * A data directory of an earlier bcf, whose cluster trusted every local connection and whose
   * tables the superuser owned, is secured on its next start with its data kept.
   */
  @Test
  void an_earlier_installation_is_secured_on_start(@TempDir Path earlier) throws Exception {
    try (EmbeddedPostgres trusting =
            EmbeddedPostgres.builder()
                .setDataDirectory(earlier.resolve("postgres"))
                .setCleanDataDirectory(false)
                .start();
        Connection connection =
            DriverManager.getConnection(
                EmbeddedDatabase.url(trusting.getPort(), "postgres") + "?user=postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("create database bcf");
      try (Connection bcf =
              DriverManager.getConnection(
                  EmbeddedDatabase.url(trusting.getPort(), "bcf") + "?user=postgres");
          Statement inBcf = bcf.createStatement()) {
        inBcf.execute("create table documents (id text primary key)");
        inBcf.execute("insert into documents values ('kept')");
      }
    }
    List<String> said = new ArrayList<>();
    try (EmbeddedDatabase secured = EmbeddedDatabase.start(earlier, said::add)) {
      assertThat(said).anyMatch(note -> note.contains("secured the database"));
      int port =
          Integer.parseInt(Files.readString(earlier.resolve(EmbeddedDatabase.PORT_FILE)).strip());
      assertThatThrownBy(
              () ->
                  DriverManager.getConnection(EmbeddedDatabase.url(port, "bcf") + "?user=postgres")
                      .close())
          .isInstanceOf(SQLException.class);
      try (Connection app = DriverManager.getConnection(secured.login().urlWithCredentials());
          Statement statement = app.createStatement()) {
        assertThat(single(statement, "select id from documents")).isEqualTo("kept");
        assertThat(
                single(
                    statement,
                    "select pg_get_userbyid(relowner) from pg_class where relname = 'documents'"))
            .isEqualTo("bcf_owner");
      }
    }
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (var rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as(sql).isTrue();
      return rows.getString(1);
    }
  }
}
