package bcf.workbook;

import bcf.json.Json;
import bcf.plan.Plan;
import bcf.returns.json.ReturnDocumentException;
import bcf.returns.json.ReturnDocumentReader;
import bcf.returns.store.ReturnService;
import bcf.round.ReturnsDefinition;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.workbook.layout.Problem;
import bcf.workbook.layout.ReturnLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      String format,
      PrintWriter out,
      PrintWriter err) {
    ReturnWorkbooks.Imported imported;
    try (InputStream in = Files.newInputStream(path)) {
      imported =
          new ReturnWorkbooks(RoundCatalogue.load()).importWorkbook(in, round, Optional.empty());
    } catch (NoSuchFileException e) {
      err.println("bcf: " + book + ": no such file");
      return WorkbookCommand.UNUSABLE;
    } catch (IOException e) {
      err.println("bcf: " + book + ": cannot be read (" + e.getMessage() + ")");
      return WorkbookCommand.UNUSABLE;
    } catch (UnusableWorkbookException e) {
      err.println("bcf: " + book + ": " + e.getMessage());
      return WorkbookCommand.UNUSABLE;
    }
    boolean written = imported.complete();
    if (written) {
      try {
        Files.writeString(Path.of(output), imported.json() + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("bcf: " + output + ": cannot be written (" + e.getMessage() + ")");
        return WorkbookCommand.UNUSABLE;
      }
    }
    List<Problem> problems = imported.problems();
    if (format.equals("json")) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("written", written ? output : null);
      List<Map<String, Object>> list = new ArrayList<>();
      for (Problem p : problems) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("rule", p.rule());
        one.put("severity", p.error() ? "error" : "warning");
        one.put("cell", p.cell().isEmpty() ? null : p.cell());
        one.put("where", p.where().isEmpty() ? null : p.where());
        one.put("message", p.message());
        list.add(one);
      }
      document.put("problems", list);
      out.println(Json.write(document));
    } else {
      long errors = problems.stream().filter(Problem::error).count();
      long warnings = problems.size() - errors;
      out.println(
          book
              + " (a quarterly return): "
              + errors
              + (errors == 1 ? " error, " : " errors, ")
              + warnings
              + (warnings == 1 ? " warning" : " warnings"));
      for (Problem p : problems) {
        out.println();
        out.println(p.describe());
      }
      out.println();
      out.println(
          written
              ? "Wrote " + output
              : "Not written: " + output + " (fix the cells above and import again)");
    }
    return imported.hasErrors() ? WorkbookCommand.FINDINGS : WorkbookCommand.OK;
  }
}
