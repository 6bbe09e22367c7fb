package bcf.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.app.Examples;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentReader;
import bcf.planning.PlanKind;
import bcf.platform.EmbeddedDatabase;
import java.nio.file.Files;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The move of plans into the versioned-document store (migration 4), on a database written by the
 * schema before it: a plan edited after sign-off (two versions, the audit trail of the edit, a
 * sign-off that the edit ended and one that stands, workflow transitions) with imported actuals and
 * the installation's settings. After the migration every row is there, read through the new store,
 * and the actuals still belong to the plan.
 */
class DocumentsMigrationIT {

  private static final String SEED = "warwickshire-2017-19";

  private static EmbeddedDatabase database;
  private static JdbcClient jdbc;

  @BeforeAll
  static void migrateADatabaseOfTheEarlierSchema() throws Exception {
    database = EmbeddedDatabase.start(Files.createTempDirectory("bcf-migration"));
    DriverManagerDataSource source =
        new DriverManagerDataSource(database.login().migrationsUrlWithCredentials());
    jdbc = JdbcClient.create(source);
    Flyway.configure().dataSource(source).target("3").load().migrate();

    String v1 = Examples.text(SEED);
    String v2 = v1.replace("\"title\": \"", "\"title\": \"Edited: ");
    jdbc.sql(
            """
            insert into plans (id, round, title, status, outcome, current_version,
                               published_version, created_at, updated_at)
            values ('p1', '2017-19', 'Edited: Warwickshire', 'agreed', null, 2, 1,
                    '2017-09-01T10:00:00Z', '2017-09-03T10:00:00Z');
            insert into plan_hwbs (plan_id, hwb_id) values ('p1', 'warwickshire');
            """)
        .update();
    jdbc.sql(
            "insert into plan_versions (plan_id, version, document, created_at, created_by, note)"
                + " values ('p1', 1, cast(:v1 as jsonb), '2017-09-01T10:00:00Z', 'ed', 'Created'),"
                + " ('p1', 2, cast(:v2 as jsonb), '2017-09-03T10:00:00Z', 'ed', 'Edited details')")
        .param("v1", v1)
        .param("v2", v2)
        .update();
    jdbc.sql(
            """
            insert into plan_changes (plan_id, version, changed_at, changed_by, path, old_value,
                                      new_value)
            values ('p1', 2, '2017-09-03T10:00:00Z', 'ed', '/title', '"Warwickshire"',
                    '"Edited: Warwickshire"');
            insert into plan_sign_offs (plan_id, version, party, party_name, role, signatory_name,
                                        position, signed_by, signed_at, invalidated_at,
                                        invalidated_by_version)
            values ('p1', 1, 'wcc', 'Warwickshire County Council', 'council', 'A. Director',
                    'Director', 'sig', '2017-09-02T10:00:00Z', '2017-09-03T10:00:00Z', 2),
                   ('p1', 2, 'wcc', 'Warwickshire County Council', 'council', 'A. Director',
                    'Director', 'sig', '2017-09-04T10:00:00Z', null, null);
            insert into plan_transitions (plan_id, version, action, from_status, to_status,
                                          outcome, actor, at, comment, override_reason)
            values ('p1', 2, 'agree', 'draft', 'agreed', null, 'ed', '2017-09-05T10:00:00Z',
                    'All partners signed', null);
            insert into metric_imports (id, plan_id, file_name, row_count, imported_by,
                                        imported_at)
            values (7, 'p1', 'actuals.csv', 1, 'ed', '2017-10-01T10:00:00Z');
            insert into metric_actuals (plan_id, hwb, metric, period, first_month, last_month,
                                        numerator, denominator, import_id)
            values ('p1', 'warwickshire', 'dtoc', '2017-07', '2017-07-01', '2017-07-01', 2411,
                    436100, 7);
            insert into installation (key, value) values ('demo-loaded', 'true');
            """)
        .update();

    Flyway.configure().dataSource(source).load().migrate();
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  private final DocumentRepository documents = new DocumentRepository(jdbc);

  @Test
  void the_plan_is_a_document_of_kind_plan_with_its_state_and_hwbs() {
    DocumentRecord plan = documents.find(PlanKind.PLAN, "p1").orElseThrow();
    assertThat(plan.kind()).isEqualTo("plan");
    assertThat(plan.status()).isEqualTo("agreed");
    assertThat(plan.title()).isEqualTo("Edited: Warwickshire");
    assertThat(plan.currentVersion()).isEqualTo(2);
    assertThat(plan.publishedVersion()).isEqualTo(1);
    assertThat(plan.hwbs()).containsExactly("warwickshire");
    assertThat(plan.regions()).containsExactly("Midlands");
    assertThat(documents.findAll(PlanKind.PLAN)).extracting(DocumentRecord::id).contains("p1");
  }

  @Test
  void every_version_keeps_its_content() {
    Plan first = new PlanDocumentReader().read(documents.document("p1", 1).orElseThrow());
    Plan second = new PlanDocumentReader().read(documents.document("p1", 2).orElseThrow());
    assertThat(first.title()).doesNotStartWith("Edited: ");
    assertThat(second.title()).startsWith("Edited: ");
    assertThat(documents.versions("p1"))
        .extracting(DocumentHistory.VersionEntry::version, DocumentHistory.VersionEntry::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "Edited details"),
            org.assertj.core.groups.Tuple.tuple(1, "Created"));
  }

  @Test
  void the_audit_trail_transitions_and_sign_offs_are_kept() {
    List<DocumentHistory.ChangeEntry> changes = documents.changes("p1", 0);
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).path()).isEqualTo("/title");
    assertThat(changes.get(0).oldValue().asString()).isEqualTo("Warwickshire");
    assertThat(changes.get(0).changedBy()).isEqualTo("ed");

    assertThat(documents.transitions("p1"))
        .extracting(DocumentHistory.TransitionEntry::action, DocumentHistory.TransitionEntry::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("agree", "agreed"));

    List<DocumentHistory.SignOffEntry> signOffs = documents.signOffs("p1");
    assertThat(signOffs).hasSize(2);
    assertThat(signOffs)
        .filteredOn(DocumentHistory.SignOffEntry::valid)
        .extracting(DocumentHistory.SignOffEntry::version)
        .containsExactly(2);
    assertThat(signOffs)
        .filteredOn(s -> !s.valid())
        .extracting(DocumentHistory.SignOffEntry::invalidatedByVersion)
        .containsExactly(2);
  }

  @Test
  void actuals_still_belong_to_the_plan_and_settings_stay() {
    assertThat(
            jdbc.sql(
                    "select count(*) from metric_actuals a join documents d on d.id = a.plan_id"
                        + " where d.kind = 'plan' and d.id = 'p1'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into metric_imports (plan_id, row_count, imported_by, imported_at)"
                            + " values ('no-such-plan', 0, 'ed', now())")
                    .update())
        .hasMessageContaining("foreign key");
    assertThat(
            jdbc.sql("select value from installation where key = 'demo-loaded'")
                .query(String.class)
                .single())
        .isEqualTo("true");
  }

  @Test
  void a_plan_status_outside_the_plan_workflow_is_still_refused() {
    assertThatThrownBy(
            () -> jdbc.sql("update documents set status = 'signed' where id = 'p1'").update())
        .hasMessageContaining("documents_plan_status_check");
  }
}
