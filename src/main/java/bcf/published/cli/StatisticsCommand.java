package bcf.published.cli;

import bcf.metric.ActualsCsv;
import bcf.platform.HelpOption;
import bcf.published.Conversion;
import bcf.published.HwbCodes;
import bcf.published.PeriodHint;
import bcf.published.Releases;
import bcf.reference.ReferenceFiles;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import bcf.sheets.UnusableSpreadsheetException;
import bcf.sheets.xlsx.XlsxSheets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bcf statistics convert FILE --round ROUND -o actuals.csv}: a published release (ASCOF open
 * data, a delayed transfers of care file) to bcf's actuals CSV, ready for {@code bcf metrics
 * import}, and the report of what was read and skipped. Exit 0 when everything about the round's
 * metrics was read, 1 when values were skipped that a reader should look at (suppressed, codes of
 * no HWB, figures that do not agree; the report lists them), 2 when the file cannot be used (why).
 */
@Command(
    name = "statistics",
    description = "Reads published statistics as they are published.",
    customSynopsis = "bcf statistics convert FILE --round ROUND -o ACTUALS.csv [--period PERIOD]",
    commandListHeading = "%nCommands:%n",
    subcommands = {StatisticsCommand.Convert.class})
public final class StatisticsCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int WARNINGS = 1;
  static final int UNUSABLE = 2;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "give convert");
  }

  @Command(
      name = "convert",
      description = {
        "Converts a published release (.xlsx: ASCOF open data, or a monthly delayed transfers of"
            + " care file) to bcf's actuals CSV for the round's metrics, and prints what was read"
            + " per HWB, metric and period and what was skipped and why.",
        "Exit 0: all read; 1: values skipped that need a look (listed); 2: the file cannot be used."
      },
      customSynopsis =
          "bcf statistics convert FILE --round ROUND -o ACTUALS.csv [--period PERIOD] [--sheet"
              + " NAME]")
  static final class Convert implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOption help;

    @Parameters(paramLabel = "FILE", description = "The release, as published (.xlsx).")
    String file;

    @Option(
        names = "--round",
        required = true,
        paramLabel = "ROUND",
        description = "The round whose metrics the release's figures are (2017-19).")
    String round;

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "ACTUALS.csv",
        description = "Where to write the actuals.")
    String output;

    @Option(
        names = "--period",
        paramLabel = "PERIOD",
        description =
            "The year (2020-21) or month (2018-04) of the release, when neither its title rows nor"
                + " a column say it (the file name is tried first).")
    String period;

    @Option(
        names = "--sheet",
        paramLabel = "NAME",
        description = "The sheet (the first if not given).")
    String sheet;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Round chosen =
          RoundCatalogue.load()
              .find(round)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "--round: there is no round '"
                              + round
                              + "' (the rounds: "
                              + String.join(
                                  ", ",
                                  RoundCatalogue.load().all().stream().map(Round::id).toList())
                              + ")"));
      Path path = Path.of(file);
      PeriodHint hint =
          period != null
              ? new PeriodHint(period, "--period")
              : new PeriodHint(
                  path.getFileName() == null ? null : path.getFileName().toString(),
                  "the file name");
      Conversion conversion;
      try (XlsxSheets book = XlsxSheets.open(path);
          XlsxSheets.Rows rows = book.rows(sheet)) {
        conversion = Releases.convert(rows, chosen, codes(), hint);
      } catch (UnusableSpreadsheetException e) {
        err.println("bcf: " + file + ": " + e.getMessage() + "; nothing was written");
        err.flush();
        return UNUSABLE;
      }
      if (conversion.actuals().isEmpty()) {
        out.print(conversion.report());
        out.flush();
        err.println(
            "bcf: "
                + file
                + ": no value of the round "
                + chosen.id()
                + "'s metrics could be read; nothing was written");
        err.flush();
        return UNUSABLE;
      }
      try {
        Path target = Path.of(output).toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), ".actuals", ".csv");
        try {
          Files.writeString(
              temporary, ActualsCsv.write(conversion.actuals()), StandardCharsets.UTF_8);
          Files.move(
              temporary,
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(temporary);
        }
      } catch (IOException | RuntimeException e) {
        err.println("bcf: " + output + ": cannot be written (" + e.getMessage() + ")");
        err.flush();
        return UNUSABLE;
      }
      out.print(conversion.report());
      out.println(
          "Wrote "
              + conversion.actuals().size()
              + " actuals to "
              + output
              + " (bcf metrics import PLAN "
              + output
              + " --as USER imports them into a plan)");
      out.flush();
      if (conversion.warnings()) {
        err.println(
            "bcf: "
                + file
                + ": "
                + conversion.warned().size()
                + " values were skipped that need a look (listed above under \"Skipped, to look"
                + " at\")");
        err.flush();
        return WARNINGS;
      }
      return OK;
    }

    private static HwbCodes codes() {
      List<HwbCodes.Hwb> hwbs =
          ReferenceFiles.load().hwbs().stream()
              .map(h -> new HwbCodes.Hwb(h.id(), h.code(), h.name()))
              .toList();
      return new HwbCodes(hwbs, HwbCodes.SHARED);
    }
  }
}
