package bcf.cli;

import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf format FILE [--write]}: prints the plan document in canonical form (documented field
 * order, blanks left out), or rewrites the file in place with {@code --write}.
 */
@Command(
    name = "format",
    description =
        "Prints the plan document in canonical form (documented field order, blanks left out),"
            + " or rewrites the file in place, atomically.",
    customSynopsis = "bcf format FILE [--write]")
final class FormatCommand extends CliCommand {

  @Parameters(paramLabel = "FILE", description = "The plan document (JSON).")
  String file;

  @Option(names = "--write", description = "Rewrite the file instead of printing it.")
  boolean write;

  @Override
  public Integer call() {
    Plan plan;
    try {
      plan = PlanFiles.read(file);
    } catch (UnreadableFileException e) {
      err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    }
    String text = new PlanDocumentWriter().write(plan);
    if (!write) {
      out.print(text);
      return Main.OK;
    }
    Path target = Path.of(file);
    try {
      // Write beside the file and move over it, so a failure never leaves half a document.
      Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".bcf-", ".json");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      err.println("bcf: " + file + ": cannot be written: " + e.getMessage());
      return Main.UNUSABLE;
    }
    return Main.OK;
  }
}
