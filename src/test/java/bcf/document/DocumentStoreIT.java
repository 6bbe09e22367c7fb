package bcf.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.plan.Hwb;
import bcf.platform.EmbeddedDatabase;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store keeps any kind of document the same way, and each kind decides which edits end earlier
 * sign-offs: here a register whose monthly review does not, but whose risks do.
 */
class DocumentStoreIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** A register-like kind: its sign-off covers the risks, not the review notes. */
  enum Part implements DocumentPart {
    RISKS("risks", "Risks", List.of("risks")),
    REVIEW("review", "Monthly review", List.of("review"));

    private final String code;
    private final String label;
    private final List<String> fields;

    Part(String code, String label, List<String> fields) {
      this.code = code;
      this.label = label;
      this.fields = fields;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public List<String> fields() {
      return fields;
    }
  }

  static final DocumentKind REGISTER =
      new DocumentKind() {
        @Override
        public String code() {
          return "test-register";
        }

        @Override
        public String label() {
          return "risk register";
        }

        @Override
        public List<Part> parts() {
          return List.of(Part.values());
        }

        @Override
        public boolean editInvalidatesSignOffs(DocumentPart part) {
          return part != Part.REVIEW;
        }
      };

  private static EmbeddedDatabase database;
  private static DocumentRepository documents;
  private static DocumentStore store;
  private static org.springframework.jdbc.datasource.DataSourceTransactionManager transactions;

  @BeforeAll
  static void start() throws Exception {
    database = EmbeddedDatabase.start(Files.createTempDirectory("bcf-store"));
    DriverManagerDataSource source =
        new DriverManagerDataSource(database.login().migrationsUrlWithCredentials());
    Flyway.configure().dataSource(source).load().migrate();
    documents = new DocumentRepository(JdbcClient.create(source));
    store = new DocumentStore(documents);
    transactions = new org.springframework.jdbc.datasource.DataSourceTransactionManager(source);
  }

  @AfterAll
  static void stop() {
    database.close();
  }

  private static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  private static String create(String id) {
    store.create(
        REGISTER,
        id,
        "2025-26",
        "Register",
        "open",
        List.of(
            new Hwb(
                "warwickshire",
                "Warwickshire Health and Wellbeing Board",
                "Warwickshire County Council",
                "Midlands",
                null)),
        "{\"risks\":[\"flu\"],\"review\":\"none\"}",
        "lead",
        "Created",
        T0,
        false);
    store.signOff(
        id,
        new DocumentHistory.SignOffEntry(
            0,
            1,
            "board",
            "The board",
            "chair",
            "A. Chair",
            "Deputy chair",
            "chair",
            T0,
            null,
            null,
            "A. Chair, Chair of the board"));
    return id;
  }

  private static DocumentStore.Saved save(String id, DocumentPart part, String from, String to) {
    DocumentRecord record = store.find(REGISTER, id).orElseThrow();
    return store.savePart(
        REGISTER,
        id,
        record.currentVersion(),
        part,
        json(from),
        json(to),
        to,
        "Register",
        "lead",
        T0.plusSeconds(60));
  }

  @Test
  void a_review_keeps_the_sign_off_and_a_change_of_risks_ends_it() {
    String id = create("register-one");
    DocumentStore.Saved review =
        save(
            id,
            Part.REVIEW,
            "{\"risks\":[\"flu\"],\"review\":\"none\"}",
            "{\"risks\":[\"flu\"],\"review\":\"January: no change\"}");
    assertThat(review.version()).isEqualTo(2);
    assertThat(review.signOffsInvalidated()).isZero();
    assertThat(store.signOffs(id)).allMatch(DocumentHistory.SignOffEntry::valid);
    assertThat(store.signOffs(id).get(0).onBehalfOf()).isEqualTo("A. Chair, Chair of the board");

    DocumentStore.Saved risks =
        save(
            id,
            Part.RISKS,
            "{\"risks\":[\"flu\"],\"review\":\"January: no change\"}",
            "{\"risks\":[\"flu\",\"staffing\"],\"review\":\"January: no change\"}");
    assertThat(risks.version()).isEqualTo(3);
    assertThat(risks.signOffsInvalidated()).isEqualTo(1);
    assertThat(store.signOffs(id)).noneMatch(DocumentHistory.SignOffEntry::valid);
    assertThat(store.signOffs(id).get(0).invalidatedByVersion()).isEqualTo(3);
  }

  @Test
  void every_changed_value_is_recorded_and_an_unchanged_save_makes_no_version() {
    String id = create("register-two");
    save(id, Part.RISKS, "{\"risks\":[\"flu\"]}", "{\"risks\":[\"flu\",\"heat\"]}");
    assertThat(store.changesAfter(id, 0))
        .extracting(DocumentHistory.ChangeEntry::path, c -> c.newValue().asString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/risks/1", "heat"));
    DocumentStore.Saved same =
        save(id, Part.RISKS, "{\"risks\":[\"flu\"]}", "{\"risks\":[\"flu\"]}");
    assertThat(same.version()).isEqualTo(2);
    assertThat(same.changes()).isEmpty();
    assertThat(store.find(REGISTER, id).orElseThrow().currentVersion()).isEqualTo(2);
  }

  @Test
  void an_edit_of_a_part_someone_changed_since_is_refused_but_other_parts_are_not() {
    String id = create("register-three");
    JsonNode v1 = json("{\"risks\":[\"flu\"],\"review\":\"none\"}");
    JsonNode v2 = json("{\"risks\":[\"flu\"],\"review\":\"February\"}");
    save(id, Part.REVIEW, v1.toString(), v2.toString());
    // Someone who opened version 1 edits the risks: the review changed, the risks did not.
    store.checkConflict(id, 2, Part.RISKS, 1, v -> v == 1 ? v1 : v2);
    assertThatThrownBy(() -> store.checkConflict(id, 2, Part.REVIEW, 1, v -> v == 1 ? v1 : v2))
        .isInstanceOf(EditConflict.class)
        .hasMessageContaining("Monthly review changed after you opened version 1");
  }

  @Test
  void kinds_are_kept_apart_and_ids_are_unique_across_kinds() {
    create("register-four");
    assertThat(documents.find(bcf.planning.PlanKind.PLAN, "register-four")).isEmpty();
    assertThat(store.exists("register-four")).isTrue();
    assertThat(store.findAll(REGISTER))
        .extracting(DocumentRecord::kind)
        .containsOnly("test-register");
  }

  @Test
  void a_document_belongs_to_a_plan_and_goes_with_it() {
    create("plan-of-five");
    create("register-five");
    create("register-six");
    store.linkToPlan("register-five", "plan-of-five");
    assertThat(store.findForPlan(REGISTER, "plan-of-five"))
        .extracting(DocumentRecord::id)
        .containsExactly("register-five");
    assertThat(store.planOf("register-five")).contains("plan-of-five");
    assertThat(store.planOf("register-six")).isEmpty();
    assertThatThrownBy(() -> store.linkToPlan("register-six", "no-such-plan"))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }

  /**
   * A version read where only committed rows can be seen is kept; one read inside a write that is
   * then rolled back is not, so the number, given later to another text, reads as that text.
   */
  @Test
  void kept_readings_are_of_committed_versions_only() {
    ParsedVersions parsed = new ParsedVersions(store);
    java.util.concurrent.atomic.AtomicInteger reads =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<String, String> reader =
        text -> {
          reads.incrementAndGet();
          return new String(text);
        };
    org.springframework.transaction.support.TransactionTemplate write =
        new org.springframework.transaction.support.TransactionTemplate(transactions);
    write.executeWithoutResult(
        status -> {
          create("register-rolled-back");
          assertThat(parsed.read("register-rolled-back", 1, reader)).contains("flu");
          status.setRollbackOnly();
        });
    assertThat(store.exists("register-rolled-back")).isFalse();

    store.create(
        REGISTER,
        "register-rolled-back",
        "2025-26",
        "Register",
        "open",
        List.of(),
        "{\"risks\":[\"heat\"]}",
        "lead",
        "Created again",
        T0,
        false);
    String first = parsed.read("register-rolled-back", 1, reader);
    assertThat(first).contains("heat").doesNotContain("flu");
    assertThat(parsed.read("register-rolled-back", 1, reader)).isSameAs(first);

    org.springframework.transaction.support.TransactionTemplate readOnly =
        new org.springframework.transaction.support.TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    String inReadOnly = readOnly.execute(status -> parsed.read("register-rolled-back", 1, reader));
    assertThat(inReadOnly).isSameAs(first);
    assertThat(reads).hasValue(2);
  }
}
