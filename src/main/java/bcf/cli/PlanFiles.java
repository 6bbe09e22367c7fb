package bcf.cli;

import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentException;
import bcf.plan.json.PlanDocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads plan documents from files, refusing what is not a plan with the reason. */
final class PlanFiles {

  private PlanFiles() {}

  static Plan read(String file) {
    Path path = Path.of(file);
    try {
      if (Files.isDirectory(path)) {
        throw new UnreadableFileException(file + " is a directory, not a plan document");
      }
      long size = Files.size(path);
      if (size > PlanDocumentReader.MAX_BYTES) {
        throw new UnreadableFileException(
            String.format(
                Locale.UK,
                "%s: the file is %.1f MB; plan documents are limited to %d MB",
                file,
                size / 1048576.0,
                PlanDocumentReader.MAX_BYTES / 1048576));
      }
      return new PlanDocumentReader().read(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(file + ": no such file");
    } catch (IOException e) {
      throw new UnreadableFileException(file + ": cannot be read: " + e.getMessage());
    } catch (PlanDocumentException e) {
      throw new UnreadableFileException(file + ": " + e.describe());
    }
  }
}
