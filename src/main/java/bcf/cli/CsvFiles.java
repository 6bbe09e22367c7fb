package bcf.cli;

import bcf.csv.CsvException;
import bcf.kernel.Limits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the CSV files of the {@code metrics} commands and reports their problems, one way. */
final class CsvFiles {

  private CsvFiles() {}

  /**
   * The file's text.
   *
   * @throws UnreadableFileException for a missing file, a directory, a file over {@link
   *     Limits#BODY_BYTES} or text that is not UTF-8
   */
  static String read(String file) {
    Path path = Path.of(file);
    try {
      if (Files.isDirectory(path)) {
        throw new UnreadableFileException(file + " is a directory, not a CSV file");
      }
      if (Files.size(path) > Limits.BODY_BYTES) {
        // The same limit as the API's and the web upload's, so a file works everywhere or nowhere.
        throw new UnreadableFileException(
            file
                + ": the file is larger than "
                + Limits.mebibytes(Limits.BODY_BYTES)
                + "; split it and give the parts one by one");
      }
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UnreadableFileException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException(file + ": not UTF-8 text (save the CSV as UTF-8)");
    } catch (IOException e) {
      throw new UnreadableFileException(file + ": cannot be read: " + e.getMessage());
    }
  }

  /** Every problem on its own line, {@code bcf: FILE: row R, column C: reason}. */
  static void report(String file, CsvException e, PrintStream err) {
    e.getMessage().lines().forEach(line -> err.println("bcf: " + file + ": " + line));
  }
}
