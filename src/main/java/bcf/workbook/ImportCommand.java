package bcf.workbook;

import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentWriter;
import bcf.platform.HelpOption;
import bcf.round.json.RoundCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bcf import BOOK.xlsx -o PLAN.json}: a filled plan workbook to a plan document, with every
 * problem at its {@code 'Sheet'!Cell}. The plan is written when every cell could be read and the
 * document made; the plan's findings are printed with it. Exit 0 with no error, 1 with an error (a
 * cell, or a finding of the plan), 2 when the workbook cannot be used.
 */
@Command(
    name = "import",
    description =
        "Reads a filled plan or quarterly return workbook (.xlsx) into its document, with each"
            + " problem at its cell.",
    customSynopsis =
        "bcf import BOOK.xlsx -o PLAN.json [--round ROUND] [--plan PLAN.json] [--format"
            + " text|json]",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:imported; no error",
      "1:a cell could not be read or the plan has error findings",
      "2:the workbook cannot be used"
    })
public final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(paramLabel = "BOOK", description = "The filled workbook (.xlsx).")
  String book;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "Where to write the plan document (JSON).")
  String output;

  @Option(
      names = "--round",
      paramLabel = "ROUND",
      description = "Refuse a workbook of any other round.")
  String round;

  @Option(
      names = "--plan",
      paramLabel = "PLAN.json",
      description =
          "A return workbook's plan: the return is checked against it too (its schemes, funding"
              + " streams, organisations, HWBs), each finding at its cell.")
  String plan;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Print the problems as text (the default) or JSON.")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.println("bcf import: --format is text or json, not '" + format + "'");
      return WorkbookCommand.UNUSABLE;
    }
    Path path = Path.of(book);
    try {
      if (ReturnWorkbookFiles.isReturnWorkbook(path)) {
        Optional<Plan> of =
            plan == null ? Optional.empty() : Optional.of(WorkbookCommand.readPlan(Path.of(plan)));
        return ReturnWorkbookFiles.importWorkbook(path, book, output, round, of, format, out, err);
      }
    } catch (UnusableWorkbookException e) {
      err.println("bcf: " + book + ": " + e.getMessage());
      return WorkbookCommand.UNUSABLE;
    } catch (WorkbookCommand.UnusableFileException e) {
      err.println("bcf: " + e.getMessage());
      return WorkbookCommand.UNUSABLE;
    }
    if (plan != null) {
      err.println(
          "bcf: --plan is for a quarterly return workbook; "
              + book
              + " is not one (a plan workbook is checked by its own rules)");
      return WorkbookCommand.UNUSABLE;
    }
    PlanWorkbooks.Imported imported =
        ImportReport.read(
            path,
            book,
            in -> new PlanWorkbooks(RoundCatalogue.load()).importWorkbook(in, round),
            err);
    if (imported == null) {
      return WorkbookCommand.UNUSABLE;
    }
    boolean written = imported.complete();
    if (written
        && !ImportReport.write(
            output, new PlanDocumentWriter().write(imported.plan().get()), err)) {
      return WorkbookCommand.UNUSABLE;
    }
    ImportReport.print(format, book, output, written, imported.problems(), out);
    return imported.hasErrors() ? WorkbookCommand.FINDINGS : WorkbookCommand.OK;
  }
}
