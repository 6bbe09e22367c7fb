package bcf.app;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.SigningAuthority;
import bcf.cli.CliRun;
import bcf.platform.EmbeddedDatabase;
import bcf.users.UserRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bcf user add|list} on the server's database, in a Spring context without a web server:
 * through {@code --database-url}, and through {@code --data-dir} while a server's embedded
 * PostgreSQL runs there (found by its port file).
 */
class UserCommandIT extends AppTestSupport {

  @Autowired private UserRepository users;

  @Test
  void a_user_added_on_the_command_line_signs_in_to_the_api() {
    String name = "cli.editor" + System.nanoTime() % 100000;
    CliRun added =
        CliRun.of(
            "user",
            "add",
            name,
            "--role",
            "editor,signatory",
            "--scope",
            "hwb:warwickshire",
            "--name",
            "Cli Editor",
            "--signs-for",
            "Warwickshire County Council=chief-executive",
            "--database-url",
            databaseUrl());
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.err()).isEmpty();
    assertThat(added.out())
        .contains("bcf: added user '" + name + "' (editor, signatory; [hwb:warwickshire])");
    String password = added.out().replaceAll("(?s).*password \\(shown only now\\): (\\S+).*", "$1");
    ApiClient.Response me = new ApiClient(base(), name, password).get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);

    CliRun listed = CliRun.of("user", "list", "--database-url", databaseUrl());
    assertThat(listed.exitCode()).isZero();
    assertThat(listed.out()).containsPattern(name + " +editor,signatory +hwb:warwickshire");
  }

  /**
   * A signatory added on the command line signs for the organisations and positions given, each
   * checked as the admin pages check it; anything else is refused, naming it, and nobody is added.
   */
  @Test
  void a_signatory_signs_for_the_organisations_and_positions_given_on_the_command_line() {
    String name = "cli.signatory" + System.nanoTime() % 100000;
    CliRun added =
        CliRun.of(
            "user",
            "add",
            name,
            "--role",
            "signatory",
            "--scope",
            "hwb:warwickshire",
            "--signs-for",
            "warwickshire county council=council",
            "--signs-for",
            "Warwickshire County Council=s151-officer",
            "--database-url",
            databaseUrl());
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(users.find(name).orElseThrow().authorities())
        .containsExactly(
            new SigningAuthority("Warwickshire County Council", "council"),
            new SigningAuthority("Warwickshire County Council", "s151-officer"));
    assertThat(CliRun.of("user", "list", "--database-url", databaseUrl()).out())
        .containsPattern(
            name
                + " +signatory +hwb:warwickshire +signs for Warwickshire County Council=council;"
                + " Warwickshire County Council=s151-officer");

    String refused = "cli.refused" + System.nanoTime() % 100000;
    java.util.Map<String, java.util.List<String>> cases = new java.util.LinkedHashMap<>();
    cases.put(
        "is not an organisation of the HWBs chosen",
        java.util.List.of("--role", "signatory", "--signs-for", "Narnia Council=council"));
    cases.put(
        "Choose the position they sign in from the list",
        java.util.List.of(
            "--role", "signatory", "--signs-for", "Warwickshire County Council=boss"));
    cases.put(
        "give an organisation and a position",
        java.util.List.of("--role", "signatory", "--signs-for", "Warwickshire County Council"));
    cases.put(
        "a signatory signs only for an organisation in a position: give --signs-for",
        java.util.List.of("--role", "signatory"));
    cases.put(
        "--signs-for is for a signatory",
        java.util.List.of(
            "--role", "editor", "--signs-for", "Warwickshire County Council=council"));
    cases.forEach(
        (message, options) -> {
          java.util.List<String> args =
              new java.util.ArrayList<>(java.util.List.of("user", "add", refused));
          args.addAll(options);
          args.addAll(
              java.util.List.of("--scope", "hwb:warwickshire", "--database-url", databaseUrl()));
          CliRun run = CliRun.of(args.toArray(String[]::new));
          assertThat(run.exitCode()).as(message).isEqualTo(2);
          assertThat(run.err()).as(message).contains(message);
        });
    assertThat(users.exists(refused)).as("nobody added").isFalse();
  }

  /** A forgotten password is reset on the server's machine; the old one stops working. */
  @Test
  void a_password_is_reset_from_the_command_line() {
    String name = "reset." + System.nanoTime() % 100000;
    CliRun added =
        CliRun.of("user", "add", name, "--role", "admin", "--database-url", databaseUrl());
    assertThat(added.exitCode()).as(added.err()).isZero();
    String old = added.out().replaceAll("(?s).*password \\(shown only now\\): (\\S+).*", "$1");
    assertThat(new ApiClient(base(), name, old).get("/api/v1/me").status()).isEqualTo(200);

    CliRun reset = CliRun.of("user", "password", name, "--database-url", databaseUrl());
    assertThat(reset.exitCode()).as(reset.err()).isZero();
    assertThat(reset.out()).contains("gave '" + name + "' a new password");
    String fresh = reset.out().replaceAll("(?s).*password \\(shown only now\\): (\\S+).*", "$1");
    assertThat(fresh).isNotEqualTo(old);
    assertThat(new ApiClient(base(), name, fresh).get("/api/v1/me").status()).isEqualTo(200);
    assertThat(new ApiClient(base(), name, old).get("/api/v1/me").status()).isEqualTo(401);

    CliRun nobody = CliRun.of("user", "password", "nobody.here", "--database-url", databaseUrl());
    assertThat(nobody.exitCode()).isEqualTo(2);
    assertThat(nobody.err()).contains("there is no user 'nobody.here'").doesNotContain("\tat ");
  }

  /** Scopes name HWBs England knows (by ONS code or a seed's id) and NHS England regions. */
  @Test
  void scopes_are_checked_against_englands_hwbs_and_regions() {
    String name = "scoped." + System.nanoTime() % 100000;
    CliRun byCode =
        CliRun.of(
            "user",
            "add",
            name,
            "--role",
            "editor,assurer",
            "--scope",
            "hwb:E10000031,hwb:e06000001,region:midlands",
            "--database-url",
            databaseUrl());
    assertThat(byCode.exitCode()).as(byCode.err()).isZero();
    assertThat(byCode.out()).contains("[hwb:warwickshire, hwb:E06000001, region:Midlands]");

    CliRun narnia =
        CliRun.of(
            "user",
            "add",
            "someone.narnian",
            "--role",
            "assurer",
            "--scope",
            "region:Narnia",
            "--database-url",
            databaseUrl());
    assertThat(narnia.exitCode()).isEqualTo(2);
    assertThat(narnia.err())
        .contains("unknown region 'Narnia'", "North East and Yorkshire")
        .doesNotContain("\tat ");
  }

  /** A data directory without a database is named, not silently filled with a new one. */
  @Test
  void a_data_directory_without_a_database_is_refused_saying_which(@TempDir Path empty) {
    CliRun listed = CliRun.of("user", "list", "--data-dir", empty.toString());
    assertThat(listed.exitCode()).isEqualTo(2);
    assertThat(listed.err())
        .contains("there is no bcf database in " + empty, "give the --data-dir the server")
        .doesNotContain("\tat ");
    assertThat(empty.resolve("postgres")).doesNotExist();
  }

  @Test
  void mistakes_are_exit_2_without_a_stack_trace() {
    CliRun unknownHwb =
        CliRun.of(
            "user",
            "add",
            "someone.new",
            "--role",
            "editor",
            "--scope",
            "hwb:atlantis",
            "--database-url",
            databaseUrl());
    assertThat(unknownHwb.exitCode()).isEqualTo(2);
    assertThat(unknownHwb.err()).contains("unknown HWB 'atlantis': give its ONS code");

    CliRun twice =
        CliRun.of("user", "add", EDITOR, "--role", "editor", "--database-url", databaseUrl());
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("bcf user add: ").doesNotContain("\tat ");

    CliRun noDatabase =
        CliRun.of("user", "list", "--database-url", "jdbc:postgresql://127.0.0.1:1/none?user=x");
    assertThat(noDatabase.exitCode()).isEqualTo(2);
    assertThat(noDatabase.err())
        .startsWith("bcf user list: failed: ")
        .contains("the database cannot be used")
        .doesNotContain("\tat ");
  }

  @Test
  void works_on_the_embedded_database_of_a_running_server(@TempDir Path dir) {
    try (EmbeddedDatabase running = EmbeddedDatabase.start(dir)) {
      CliRun added =
          CliRun.of(
              "user", "add", "while.running", "--role", "admin", "--data-dir", dir.toString());
      assertThat(added.exitCode()).as(added.err()).isZero();
      PGSimpleDataSource source = new PGSimpleDataSource();
      source.setURL(running.login().urlWithCredentials());
      assertThat(
              JdbcClient.create(source)
                  .sql("select count(*) from users where username = 'while.running'")
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
      assertThat(
              JdbcClient.create(source)
                  .sql("select count(*) from documents")
                  .query(Integer.class)
                  .single())
          .as("no demo plans loaded by a command")
          .isZero();
    }
  }
}
