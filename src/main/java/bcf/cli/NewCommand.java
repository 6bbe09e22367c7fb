package bcf.cli;

import bcf.plan.Plan;
import bcf.planning.PlanService;
import bcf.planning.StartRefused;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bcf new --round R --hwb CODE [--hwb CODE] [--icb CODE] [-o FILE]}: writes a blank plan
 * document for the round, built as {@code POST /api/v1/plans} builds it (the HWBs, their councils
 * and the ICBs from England's reference data, which is in the database {@code serve} uses).
 */
@Command(
    name = "new",
    description = {
      "Writes a blank plan document for a round and one or more HWBs (a joint plan), with their",
      "councils and the ICBs from England's reference data, as the web application starts one."
    },
    customSynopsis = {
      "bcf new --round ROUND --hwb CODE [--hwb CODE ...] [--icb CODE ...] [-o FILE]",
      "        [--data-dir DIR] [--database-url URL]"
    })
final class NewCommand extends CliCommand {

  @Option(names = "--round", required = true, paramLabel = "ROUND", description = "The round.")
  String round;

  @Option(
      names = "--hwb",
      required = true,
      paramLabel = "CODE",
      description = "An HWB by the ONS code of its council (E06000001); repeat for a joint plan.")
  List<String> hwbs;

  @Option(
      names = "--icb",
      paramLabel = "CODE",
      description = "An integrated care board by its ODS code (QHM); may be repeated.")
  List<String> icbs = List.of();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the document to FILE (it must not exist) instead of printing it.")
  String output;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() {
    Plan plan;
    try {
      plan =
          CliDatabase.with(
              database.choose(),
              context ->
                  context
                      .getBean(PlanService.class)
                      .blankDocument(new PlanService.Start(round, hwbs, icbs, null)));
    } catch (StartRefused e) {
      err.println("bcf new: " + option(e));
      return Main.UNUSABLE;
    }
    String text = new bcf.plan.json.PlanDocumentWriter().write(plan);
    if (output == null) {
      out.print(text);
      return Main.OK;
    }
    Path target = Path.of(output);
    if (Files.exists(target)) {
      err.println("bcf new: " + output + " exists already; choose another file.");
      return Main.UNUSABLE;
    }
    try {
      // Written beside the target and moved there, so a failure never leaves half a document.
      Path parent = target.toAbsolutePath().getParent();
      Path temporary = Files.createTempFile(parent, ".bcf-", ".json");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      err.println("bcf new: " + output + ": cannot be written: " + e.getMessage());
      return Main.UNUSABLE;
    }
    out.println("bcf: wrote " + output + " (plan " + plan.id() + ", " + plan.title() + ")");
    return Main.OK;
  }

  /** The refusal, naming the option rather than the API's field. */
  private static String option(StartRefused e) {
    String option =
        switch (e.field()) {
          case "round" -> "--round";
          case "icbs" -> "--icb";
          default -> "--hwb";
        };
    return option
        + e.getMessage().substring(e.getMessage().indexOf(':'))
        + (e.field().equals("hwbs")
            ? " England's HWBs are also in src/main/resources/reference/hwbs.csv."
            : "");
  }
}
