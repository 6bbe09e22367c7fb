package bcf.workbook;

import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentException;
import bcf.plan.json.PlanDocumentReader;
import bcf.platform.HelpOption;
import bcf.round.json.RoundCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bcf workbook PLAN.json -o PLAN.xlsx} (a filled workbook) and {@code bcf workbook --round
 * 2025-26 -o blank.xlsx} (a blank one). Exit 0 when written, 2 when the plan or round cannot be
 * used (with the file and the place in it).
 */
@Command(
    name = "workbook",
    description =
        "Writes a plan's or a quarterly return's Excel workbook, filled from its document (a return"
            + " is recognised by its kind) or blank for a round.",
    customSynopsis =
        "bcf workbook PLAN.json|RETURN.json -o BOOK.xlsx | bcf workbook --round ROUND [--return] -o"
            + " BLANK.xlsx",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the workbook was written", "2:the plan or round cannot be used"})
public final class WorkbookCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int UNUSABLE = 2;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(
      arity = "0..1",
      paramLabel = "PLAN",
      description = "The plan document or quarterly return document (JSON).")
  String plan;

  @Option(
      names = "--return",
      description = "With --round: a blank quarterly return workbook instead of a plan workbook.")
  boolean blankReturn;

  @Option(
      names = "--quarter",
      paramLabel = "QUARTER",
      description =
          "With a PLAN and --return: the return of this quarter (Q1..Q4 or year-end), pre-filled"
              + " from the plan.")
  String quarter;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description =
          "With --quarter: the financial year (2015-16); the round's only year with that quarter"
              + " when not given.")
  String year;

  @Option(names = "--round", paramLabel = "ROUND", description = "A blank workbook of this round.")
  String round;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "Where to write the workbook (.xlsx).")
  String output;

  @Override
  public Integer call() {
    if ((plan == null) == (round == null)) {
      throw new ParameterException(spec.commandLine(), "give either PLAN or --round ROUND");
    }
    PrintWriter err = spec.commandLine().getErr();
    PlanWorkbooks workbooks = new PlanWorkbooks(RoundCatalogue.load());
    byte[] book;
    try {
      if (plan != null && blankReturn) {
        if (quarter == null) {
          throw new ParameterException(
              spec.commandLine(), "give --quarter for a return workbook made from a plan");
        }
        book = ReturnWorkbookFiles.fromPlan(readPlan(Path.of(plan)), year, quarter);
      } else if (round != null && blankReturn) {
        book = new ReturnWorkbooks(RoundCatalogue.load()).blank(round);
      } else if (plan != null && ReturnWorkbookFiles.isReturn(Path.of(plan))) {
        book = ReturnWorkbookFiles.filled(Path.of(plan));
      } else if (round != null) {
        book = workbooks.blank(round);
      } else {
        Plan read = readPlan(Path.of(plan));
        book = workbooks.filled(read);
      }
    } catch (UnusableFileException e) {
      err.println("bcf: " + e.getMessage());
      return UNUSABLE;
    } catch (IllegalArgumentException e) {
      err.println("bcf: " + (plan != null ? plan + ": " : "") + e.getMessage());
      return UNUSABLE;
    }
    try {
      Files.write(Path.of(output), book);
    } catch (IOException e) {
      err.println("bcf: " + output + ": cannot be written (" + e.getMessage() + ")");
      return UNUSABLE;
    }
    spec.commandLine().getOut().println("Wrote " + output);
    return OK;
  }

  static Plan readPlan(Path path) {
    try {
      if (Files.isDirectory(path)) {
        throw new UnusableFileException(path + " is a directory, not a plan document");
      }
      if (Files.size(path) > PlanDocumentReader.MAX_BYTES) {
        throw new UnusableFileException(path + ": the file is too large for a plan document");
      }
      return new PlanDocumentReader().read(Files.readAllBytes(path));
    } catch (NoSuchFileException e) {
      throw new UnusableFileException(path + ": no such file");
    } catch (IOException e) {
      throw new UnusableFileException(path + ": cannot be read (" + e.getMessage() + ")");
    } catch (PlanDocumentException e) {
      throw new UnusableFileException(path + ": " + e.describe());
    }
  }

  /** A file that cannot be used, with the reason (and the file) in the message. */
  static final class UnusableFileException extends RuntimeException {
    UnusableFileException(String message) {
      super(message);
    }
  }
}
