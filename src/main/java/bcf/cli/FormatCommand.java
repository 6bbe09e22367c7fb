package bcf.cli;

import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * {@code bcf format FILE [--write]}: prints the plan document in canonical form (documented field
 * order, blanks left out), or rewrites the file in place with {@code --write}.
 */
final class FormatCommand implements Command {

  @Override
  public String usage() {
    return "format FILE [--write]                print (or rewrite) a plan document in canonical form";
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) {
    arguments.allowOnly(Set.of("write"));
    String file = arguments.single("FILE");
    Plan plan;
    try {
      plan = PlanFiles.read(file);
    } catch (UnreadableFileException e) {
      err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    }
    String text = new PlanDocumentWriter().write(plan);
    if (!arguments.options().containsKey("write")) {
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
