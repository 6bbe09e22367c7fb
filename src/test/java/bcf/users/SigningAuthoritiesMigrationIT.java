package bcf.users;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.access.SigningAuthority;
import bcf.platform.EmbeddedDatabase;
import java.nio.file.Files;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V16 on a database of the earlier schema: a signatory's free-text organisation (V6)
 * becomes a signing authority with no position (any position for that organisation, as before, and
 * nothing more); a user without one gets none.
 */
class SigningAuthoritiesMigrationIT {

  private static EmbeddedDatabase database;
  private static JdbcClient jdbc;

  @BeforeAll
  static void migrateADatabaseOfTheEarlierSchema() throws Exception {
    database = EmbeddedDatabase.start(Files.createTempDirectory("bcf-migration-v16"));
    DriverManagerDataSource source =
        new DriverManagerDataSource(database.login().migrationsUrlWithCredentials());
    jdbc = JdbcClient.create(source);
    Flyway.configure().dataSource(source).target("15").load().migrate();
    jdbc.sql(
            """
            insert into users (username, display_name, password_hash, organisation) values
              ('sig.council', 'Council', 'x', ' Warwickshire County Council '),
              ('sig.party', 'Party', 'x', 'wcc'),
              ('sig.blank', 'Blank', 'x', '  '),
              ('editor', 'Editor', 'x', null);
            """)
        .update();
    Flyway.configure().dataSource(source).load().migrate();
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  @Test
  void aTextOrganisationBecomesAnAuthorityForAnyPositionOfIt() {
    UserRepository users = new UserRepository(jdbc);
    assertThat(users.find("sig.council").orElseThrow().authorities())
        .containsExactly(new SigningAuthority("Warwickshire County Council", null));
    assertThat(users.find("sig.party").orElseThrow().authorities())
        .containsExactly(new SigningAuthority("wcc", null));
    assertThat(users.find("sig.blank").orElseThrow().authorities()).isEmpty();
    assertThat(users.find("editor").orElseThrow().authorities()).isEmpty();
    assertThat(
            jdbc.sql(
                    "select count(*) from information_schema.columns"
                        + " where table_name = 'users' and column_name = 'organisation'")
                .query(Long.class)
                .single())
        .as("one place for what a signatory signs for")
        .isZero();
  }
}
