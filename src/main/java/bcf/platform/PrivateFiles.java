package bcf.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files and directories that only the account running bcf can read: secrets, ports. */
public final class PrivateFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private PrivateFiles() {}

  /** Creates the directory if need be and makes it the account's alone. */
  public static void directory(Path directory) throws IOException {
    Files.createDirectories(directory);
    if (posix()) {
      Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
    }
  }

  /** Writes a file only the account can read, created so (never readable by others between). */
  public static void write(Path file, String content) throws IOException {
    if (posix()) {
      if (!Files.exists(file)) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
      }
      Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
    }
    Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
