package bcf.cli;

import bcf.csv.CsvException;
import bcf.statistics.Interval;
import bcf.statistics.tools.IntervalsCsv;
import bcf.statistics.tools.IntervalsCsv.MetricType;
import bcf.statistics.tools.IntervalsCsv.Result;
import bcf.statistics.tools.StatisticsDocument;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf metrics compute FILE.csv --metric-type TYPE}: each value of a CSV file with its
 * confidence interval ({@link IntervalsCsv} has the columns and the calculation), as a table or as
 * JSON ({@link StatisticsDocument}). Every problem of the file is reported with its row and column,
 * and the exit code is then 2.
 */
@Command(
    name = "compute",
    description = {
      "Each value of a CSV file with its confidence interval.",
      "Columns: numerator,denominator (rate: exact Poisson below 10 events, Byar from 10;"
          + " proportion: Wilson, a fraction unless --multiplier 100); value (mean: t);"
          + " numerator,denominator,age_band[,standard_population] (dsr: Dobson, ESP 2013 by"
          + " default); an optional group column.",
      "Every problem of the file is reported with its row and column (exit 2)."
    },
    customSynopsis = {
      "bcf metrics compute FILE.csv --metric-type rate|proportion|mean|dsr",
      "       [--multiplier N] [--confidence 0.95] [--format text|json]"
    })
final class MetricsComputeCommand extends CliCommand {

  @Parameters(paramLabel = "FILE.csv", description = "The CSV file (UTF-8, a header row).")
  String file;

  @Option(
      names = "--metric-type",
      required = true,
      paramLabel = "rate|proportion|mean|dsr",
      converter = Options.Type.class,
      description = "What the values are.")
  MetricType type;

  @Option(
      names = "--multiplier",
      paramLabel = "N",
      converter = Options.Multiplier.class,
      description = "Per how many (default 100000 for rates, 1 otherwise).")
  Double multiplier;

  @Option(
      names = "--confidence",
      paramLabel = "LEVEL",
      defaultValue = "0.95",
      converter = Options.Confidence.class,
      description = "From 0.5 to below 1, or as a percentage (default 0.95).")
  double confidence;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    boolean json = output.json();
    double multiplier = this.multiplier != null ? this.multiplier : type.defaultMultiplier();
    String text;
    try {
      text = CsvFiles.read(file);
    } catch (UnreadableFileException e) {
      err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    }
    List<Result> results;
    try {
      results = IntervalsCsv.compute(text, type, multiplier, confidence);
    } catch (CsvException e) {
      CsvFiles.report(file, e, err);
      return Main.UNUSABLE;
    }
    if (json) {
      out.println(Json.write(StatisticsDocument.intervals(results)));
    } else {
      text(file, type, multiplier, confidence, results, out);
    }
    return Main.OK;
  }

  private static void text(
      String file,
      MetricType type,
      double multiplier,
      double confidence,
      List<Result> results,
      PrintStream out) {
    out.println(
        file
            + ": "
            + type.describe(multiplier)
            + ", "
            + BigDecimal.valueOf(confidence).movePointRight(2).stripTrailingZeros().toPlainString()
            + "% confidence");
    boolean grouped = !results.isEmpty() && results.get(0).group() != null;
    List<String[]> lines = new ArrayList<>();
    lines.add(
        type == MetricType.MEAN
            ? new String[] {grouped ? "group" : "row", "n", "value", "lower", "upper", "method"}
            : new String[] {
              grouped ? "group" : "row",
              IntervalsCsv.NUMERATOR,
              IntervalsCsv.DENOMINATOR,
              "value",
              "lower",
              "upper",
              "method"
            });
    for (Result result : results) {
      List<String> cells = new ArrayList<>();
      cells.add(grouped ? result.group() : String.valueOf(result.row()));
      if (type == MetricType.MEAN) {
        cells.add(String.valueOf(result.n()));
      } else {
        cells.add(IntervalsCsv.plain(result.numerator()));
        cells.add(IntervalsCsv.plain(result.denominator()));
      }
      Interval interval = result.interval();
      int decimals = type.decimals(multiplier, interval.value());
      cells.add(IntervalsCsv.figure(interval.value(), decimals));
      cells.add(IntervalsCsv.figure(interval.lower(), decimals));
      cells.add(IntervalsCsv.figure(interval.upper(), decimals));
      cells.add(interval.method() + (interval.note() == null ? "" : " (" + interval.note() + ")"));
      lines.add(cells.toArray(new String[0]));
    }
    int columns = lines.get(0).length;
    int[] widths = new int[columns];
    for (String[] line : lines) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], line[c].length());
      }
    }
    for (String[] line : lines) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        boolean left = c == 0 || c == columns - 1;
        String cell = line[c];
        String pad = " ".repeat(widths[c] - cell.length());
        text.append(c == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
      }
      out.println(text.toString().stripTrailing());
    }
  }
}
