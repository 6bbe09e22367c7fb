package bcf.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's passwords, one file per role in {@code DATA_DIR/secrets}: generated on
 * first start (256 random bits each), the directory and files readable by the server's account
 * only. Whoever can read them can use the database; nobody else on the machine can.
 */
public final class DatabaseSecrets {

  static final String DIRECTORY = "secrets";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path directory;

  private DatabaseSecrets(Path directory) {
    this.directory = directory;
  }

  /**
   * The secrets of a data directory, generating those missing. The superuser's is generated only
   * with the cluster (it is set by initdb from its file): a cluster whose password file is gone
   * cannot be opened, and saying so is better than generating a password that does not match.
   */
  static DatabaseSecrets in(Path dataDirectory) throws IOException {
    Path directory = dataDirectory.resolve(DIRECTORY);
    PrivateFiles.directory(directory);
    DatabaseSecrets secrets = new DatabaseSecrets(directory);
    boolean cluster = Files.exists(dataDirectory.resolve("postgres/postgresql.conf"));
    for (String role :
        new String[] {
          EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.OWNER, EmbeddedDatabase.APPLICATION
        }) {
      Path file = secrets.file(role);
      if (!Files.exists(file)) {
        if (cluster && role.equals(EmbeddedDatabase.SUPERUSER) && !trusting(dataDirectory)) {
          throw new IllegalStateException(
              "the database in "
                  + dataDirectory.resolve("postgres")
                  + " needs its password, kept in "
                  + file
                  + ", and that file is missing; restore it from the backup of this data directory");
        }
        PrivateFiles.write(file, generate());
      }
    }
    return secrets;
  }

  /** The secrets of a running server's data directory, which must exist and be readable. */
  static DatabaseSecrets existing(Path dataDirectory) {
    Path directory = dataDirectory.resolve(DIRECTORY);
    DatabaseSecrets secrets = new DatabaseSecrets(directory);
    secrets.read(EmbeddedDatabase.APPLICATION);
    return secrets;
  }

  private static boolean trusting(Path dataDirectory) throws IOException {
    Path hba = dataDirectory.resolve("postgres/pg_hba.conf");
    return Files.exists(hba) && Files.readString(hba).matches("(?s).*\\strust\\s.*");
  }

  Path superuserFile() {
    return file(EmbeddedDatabase.SUPERUSER);
  }

  String superuser() {
    return read(EmbeddedDatabase.SUPERUSER);
  }

  String owner() {
    return read(EmbeddedDatabase.OWNER);
  }

  String application() {
    return read(EmbeddedDatabase.APPLICATION);
  }

  private Path file(String role) {
    return directory.resolve(role + ".password");
  }

  private String read(String role) {
    Path file = file(role);
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (AccessDeniedException e) {
      throw new IllegalStateException(
          "cannot read the database password in "
              + file
              + ": only the account that runs the bcf server can use its database");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the database password in " + file, e);
    }
  }

  private static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
