package bcf.workbook;

import bcf.json.Json;
import bcf.plan.Plan;
import bcf.returns.json.ReturnDocumentException;
import bcf.returns.json.ReturnDocumentReader;
import bcf.returns.store.ReturnService;
import bcf.round.ReturnsDefinition;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.layout.ReturnLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The return side of {@code bcf workbook} and {@code bcf import}: a file is a return document when
 * its JSON says {@code "kind": "return"}, a workbook is a return workbook when its hidden lists
 * sheet says {@link ReturnLayout#MARKER}. Exit codes as for plans: 0, 1 with error findings, 2 for
 * what cannot be used.
 */
final class ReturnWorkbookFiles {

  private ReturnWorkbookFiles() {}

  /** Whether the file is a JSON document saying it is a return (false for anything else). */
  static boolean isReturn(Path path) {
    try {
      if (!Files.isRegularFile(path) || Files.size(path) > ReturnDocumentReader.MAX_BYTES) {
        return false;
      }
      return ReturnDocumentReader.isReturn(Json.read(Files.readString(path)));
    } catch (IOException | RuntimeException e) {
      return false; // not a readable return: the plan's path says why
    }
  }

  /** A return document's workbook, or an unusable-file refusal naming the file and the place. */
  static byte[] filled(Path path) {
    try {
      JsonNode document = Json.read(Files.readString(path, StandardCharsets.UTF_8));
      return new ReturnWorkbooks(RoundCatalogue.load()).filled(document);
    } catch (IOException e) {
      throw new WorkbookCommand.UnusableFileException(
          path + ": cannot be read (" + e.getMessage() + ")");
    } catch (ReturnDocumentException e) {
      throw new WorkbookCommand.UnusableFileException(path + ": " + e.describe());
    }
  }

  /**
   * The workbook of a plan's return for a quarter, pre-filled from the plan as the return pages
   * start one.
   *
   * @throws IllegalArgumentException for a quarter the plan's round does not ask a return for
   */
  static byte[] fromPlan(Plan plan, String year, String quarter) {
    RoundCatalogue rounds = RoundCatalogue.load();
    Round round =
        rounds
            .find(plan.round())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the round '" + plan.round() + "' is not one this bcf knows"));
    List<ReturnsDefinition.ReturnPeriod> periods =
        round.returns().periods().stream()
            .filter(p -> p.quarter().equals(quarter))
            .filter(p -> year == null || p.year().toString().equals(year))
            .toList();
    if (periods.size() != 1) {
      throw new IllegalArgumentException(
          (year == null ? "" : year + " ")
              + quarter
              + (periods.isEmpty()
                  ? " is not a return the " + round.name() + " round asks for"
                  : " is in more than one year of the round: give --year")
              + " (it asks for "
              + round.returns().periods().stream()
                  .map(ReturnsDefinition.ReturnPeriod::name)
                  .collect(java.util.stream.Collectors.joining(", "))
              + ")");
    }
    return new ReturnWorkbooks(rounds).filled(ReturnService.prefill(plan, periods.get(0)));
  }

  /** Whether the workbook is a return workbook; false for a missing file (the caller says so). */
  static boolean isReturnWorkbook(Path path) {
    return Files.isRegularFile(path)
        && ReturnLayout.MARKER.equals(ReturnWorkbookReader.marker(path));
  }

  static int importWorkbook(
      Path path,
      String book,
      String output,
      String round,
      Optional<Plan> plan,
      String format,
      PrintWriter out,
      PrintWriter err) {
    ReturnWorkbooks.Imported imported =
        ImportReport.read(
            path,
            book,
            in -> new ReturnWorkbooks(RoundCatalogue.load()).importWorkbook(in, round, plan),
            err);
    if (imported == null) {
      return WorkbookCommand.UNUSABLE;
    }
    if (plan.isPresent()
        && imported.quarterlyReturn().isPresent()
        && !plan.get().id().equals(imported.quarterlyReturn().get().plan())) {
      err.println(
          "bcf: "
              + book
              + ": the return is of the plan '"
              + imported.quarterlyReturn().get().plan()
              + "', and the plan given with --plan is '"
              + plan.get().id()
              + "': give the return's own plan");
      return WorkbookCommand.UNUSABLE;
    }
    boolean written = imported.complete();
    if (written && !ImportReport.write(output, imported.json(), err)) {
      return WorkbookCommand.UNUSABLE;
    }
    ImportReport.print(
        format, book + " (a quarterly return)", output, written, imported.problems(), out);
    return imported.hasErrors() ? WorkbookCommand.FINDINGS : WorkbookCommand.OK;
  }
}
