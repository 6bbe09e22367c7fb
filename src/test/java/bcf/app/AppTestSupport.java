package bcf.app;

import bcf.BcfApplication;
import bcf.access.Role;
import bcf.access.Scope;
import bcf.platform.EmbeddedDatabase;
import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a random loopback port over a real embedded PostgreSQL (one per test JVM),
 * with the demo plans loaded and one user per role and scope. Tests that change a plan work on
 * their own copy of a seed plan ({@link #copyOfSeed}), so they do not disturb each other.
 */
@SpringBootTest(
    classes = BcfApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"bcf.demo=true"})
public abstract class AppTestSupport {

  public static final String PASSWORD = "correct-horse-battery";

  /** Users, by name: role and scope. */
  public static final String EDITOR = "ed.warwickshire";

  public static final String SIGNATORY = "sig.warwickshire";
  public static final String OTHER_EDITOR = "ed.dorset";
  public static final String OTHER_SIGNATORY = "sig.dorset";
  public static final String ASSURER = "assurer.midlands";
  public static final String OTHER_ASSURER = "assurer.southwest";
  public static final String NATIONAL_ASSURER = "assurer.national";
  public static final String ADMIN = "admin.test";

  private static final Path DATA_DIRECTORY = temporaryDirectory();
  private static final EmbeddedDatabase DATABASE = start();

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("bcf-test-db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data directory of the test server (its database, secrets and first admin password). */
  protected static Path dataDirectory() {
    return DATA_DIRECTORY;
  }

  private static final AtomicInteger COPIES = new AtomicInteger();

  @LocalServerPort protected int port;

  /**
   * Test users' passwords are hashed at bcrypt's lowest cost: sign-in checks them the same way (the
   * cost is read from the hash), without 80 ms of hashing on every API request of every test.
   */
  private static final PasswordEncoder TEST_HASHES = new BCryptPasswordEncoder(4);

  @Autowired private UserRepository users;

  private static EmbeddedDatabase start() {
    EmbeddedDatabase database = EmbeddedDatabase.start(DATA_DIRECTORY);
    Runtime.getRuntime().addShutdownHook(new Thread(database::close));
    return database;
  }

  /** The JDBC URL of the test database, for command-line runs against it. */
  protected static String databaseUrl() {
    return DATABASE.login().migrationsUrlWithCredentials();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DATABASE.login().springProperties().forEach((name, value) -> registry.add(name, () -> value));
    registry.add("bcf.data-dir", () -> DATA_DIRECTORY.toString());
  }

  @org.junit.jupiter.api.BeforeEach
  void users() {
    synchronized (AppTestSupport.class) {
      // Westminster too, where no plan exists but the one the access test starts (every other HWB
      // the editor edits has 2025-26 plans made by other tests, and a second is refused).
      add(EDITOR, Set.of(Role.EDITOR), Set.of(Scope.hwb("warwickshire"), Scope.hwb("E09000033")));
      // The shared signatory signs for any one partner of Warwickshire's plans (once per plan:
      // each partner signs with its own account); tests of who signs for what use their own.
      if (!users.exists(SIGNATORY)) {
        new UserAccounts(users, TEST_HASHES)
            .add(
                SIGNATORY,
                SIGNATORY,
                PASSWORD,
                Set.of(Role.SIGNATORY),
                Set.of(Scope.hwb("warwickshire")),
                WARWICKSHIRE_PARTIES);
      }
      add(OTHER_EDITOR, Set.of(Role.EDITOR), Set.of(Scope.hwb("dorset")));
      add(OTHER_SIGNATORY, Set.of(Role.SIGNATORY), Set.of(Scope.hwb("dorset")));
      add(ASSURER, Set.of(Role.ASSURER), Set.of(Scope.region("Midlands")));
      add(OTHER_ASSURER, Set.of(Role.ASSURER), Set.of(Scope.region("South West")));
      add(NATIONAL_ASSURER, Set.of(Role.ASSURER), Set.of(Scope.NATIONAL));
      add(ADMIN, Set.of(Role.ADMIN), Set.of());
    }
  }

  /** Every organisation and board of Warwickshire's seed plans, any position. */
  private static final java.util.List<bcf.access.SigningAuthority> WARWICKSHIRE_PARTIES =
      java.util.stream.Stream.of("warwickshire-2014-16", "warwickshire-2017-19")
          .map(bcf.golden.Examples::plan)
          .flatMap(
              p ->
                  java.util.stream.Stream.concat(
                      p.organisations().stream().map(o -> o.id()),
                      p.hwbs().stream().map(h -> h.id())))
          .distinct()
          .map(party -> new bcf.access.SigningAuthority(party, null))
          .toList();

  private void add(String name, Set<Role> roles, Set<Scope> scopes) {
    if (!users.exists(name)) {
      new UserAccounts(users, TEST_HASHES).add(name, name, PASSWORD, roles, scopes);
    }
  }

  /**
   * A signatory of the HWB linked to one party (an option value of the sign-off form, {@code party}
   * or {@code party|role}, or a party id): each partner signs with its own account.
   */
  protected String signatoryFor(String hwb, String party) {
    String partyId = party.contains("|") ? party.substring(0, party.indexOf('|')) : party;
    String name = ("sig." + hwb + "." + partyId).replaceAll("[^A-Za-z0-9._@-]", "-");
    if (name.length() > 64) {
      name = name.substring(0, 64);
    }
    synchronized (AppTestSupport.class) {
      if (!users.exists(name)) {
        new UserAccounts(users, TEST_HASHES)
            .add(name, name, PASSWORD, Set.of(Role.SIGNATORY), Set.of(Scope.hwb(hwb)), partyId);
      }
    }
    return name;
  }

  protected String base() {
    return "http://127.0.0.1:" + port;
  }

  protected ApiClient api(String user) {
    return new ApiClient(base(), user, user == null ? null : PASSWORD);
  }

  protected ApiClient anonymous() {
    return new ApiClient(base(), null, null);
  }

  protected WebClient web() {
    return new WebClient(base());
  }

  /** A client signed in as one of the users above; the sign-in must have succeeded. */
  protected WebClient signedIn(String user) {
    WebClient client = web();
    WebClient.Page page = client.signIn(user, PASSWORD);
    org.assertj.core.api.Assertions.assertThat(page.status())
        .as("sign in as %s", user)
        .isIn(302, 303);
    org.assertj.core.api.Assertions.assertThat(page.location())
        .as("sign in as %s", user)
        .doesNotContain("error");
    return client;
  }

  /** A seed plan under a new id, created by the admin as an unpublished draft. */
  protected String copyOfSeed(String seed) {
    return copy(seed, false);
  }

  /** A seed plan under a new id, created by the admin as a published draft (as the demo is). */
  protected String copyOfPublishedSeed(String seed) {
    return copy(seed, true);
  }

  /** The seed document under another id, as the API would return it. */
  protected static String seedAs(String seed, String id, boolean published) {
    String document =
        Examples.text(seed).replace("\"id\": \"" + seed + "\"", "\"id\": \"" + id + "\"");
    return published ? document : document.replace("  \"published\": true,\n", "");
  }

  private String copy(String seed, boolean published) {
    String id = seed + "-copy-" + COPIES.incrementAndGet() + "-" + System.nanoTime() % 100000;
    ApiClient.Response created = api(ADMIN).post("/api/v1/plans", seedAs(seed, id, published));
    if (created.status() != 201) {
      throw new AssertionError("could not copy " + seed + ": " + created.body());
    }
    return id;
  }
}
