package bcf.cli;

import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentWriter;
import bcf.planning.PlanService;
import bcf.planning.PlanStart;
import bcf.planning.StartRefused;
import bcf.reference.ReferenceFiles;
import bcf.round.json.RoundCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bcf new --round R --hwb CODE [--hwb CODE] [--icb CODE] [--from PLAN.json] [-o FILE]}:
 * writes a new plan document for the round, blank or carried forward from an earlier plan's file,
 * built as {@code POST /api/v1/plans} builds it ({@link PlanStart}, {@code PlanStarter}). It needs
 * only the rounds and England's reference data, which it reads from the files the migration loads,
 * so it starts no database and takes about a second.
 */
@Command(
    name = "new",
    description = {
      "Writes a new plan document for a round and one or more HWBs (a joint plan), with their",
      "councils and the ICBs from England's reference data, blank or carried forward from an",
      "earlier plan's document, as the web application starts one."
    },
    customSynopsis = {
      "bcf new --round ROUND --hwb CODE [--hwb CODE ...] [--icb CODE ...] [--from PLAN.json]",
      "        [-o FILE]"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:refused (an unknown round, HWB or ICB, an unusable file)"})
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
      names = "--from",
      paramLabel = "PLAN.json",
      description =
          "Carry forward this earlier plan of (one of) the HWBs: its organisations, schemes, risks,"
              + " narrative and more, amounts only for the new round's years.")
  String from;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the document to FILE (it must not exist) instead of printing it.")
  String output;

  @Override
  public Integer call() {
    Plan plan;
    try {
      ReferenceFiles reference = ReferenceFiles.load();
      PlanStart start =
          PlanStart.of(
              new PlanService.Start(round, hwbs, icbs, null),
              RoundCatalogue.load(),
              reference::hwb,
              reference.icbs());
      if (from == null) {
        plan = start.blank();
      } else {
        Plan previous = PlanFiles.read(from);
        if (!start.sharesAnHwbWith(previous)) {
          err.println(
              "bcf new: --from: "
                  + from
                  + " is a plan of "
                  + String.join(
                      " and ",
                      previous.hwbs().stream().map(h -> h.name() + " (" + h.id() + ")").toList())
                  + ", not of any HWB named with --hwb; carry forward one of their own plans.");
          return Main.UNUSABLE;
        }
        plan = start.carriedForward(previous);
      }
    } catch (StartRefused e) {
      err.println("bcf new: " + option(e));
      return Main.UNUSABLE;
    } catch (UnreadableFileException e) {
      err.println("bcf new: --from: " + e.getMessage());
      return Main.UNUSABLE;
    }
    String text = new PlanDocumentWriter().write(plan);
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
