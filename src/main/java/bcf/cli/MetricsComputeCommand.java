package bcf.cli;

import bcf.csv.CsvException;
import bcf.statistics.Interval;
import bcf.statistics.tools.IntervalsCsv;
import bcf.statistics.tools.IntervalsCsv.MetricType;
import bcf.statistics.tools.IntervalsCsv.Result;
import bcf.statistics.tools.ParameterException;
import bcf.statistics.tools.Parameters;
import bcf.statistics.tools.StatisticsDocument;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code bcf metrics compute FILE.csv --metric-type TYPE}: each value of a CSV file with its
 * confidence interval ({@link IntervalsCsv} has the columns and the calculation), as a table or as
 * JSON ({@link StatisticsDocument}). Every problem of the file is reported with its row and column,
 * and the exit code is then 2.
 */
final class MetricsComputeCommand implements Command {

  @Override
  public String usage() {
    return "metrics compute FILE.csv --metric-type rate|proportion|mean|dsr [--multiplier N]"
        + " [--confidence 0.95] [--format text|json]   each value with its confidence interval";
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) {
    arguments.allowOnly(Set.of("metric-type", "multiplier", "confidence", "format"));
    boolean json = arguments.json();
    String file = arguments.single("FILE.csv");
    MetricType type;
    double multiplier;
    double confidence;
    try {
      type = MetricType.parse("--metric-type", arguments.options().get("metric-type"));
      multiplier =
          arguments.options().containsKey("multiplier")
              ? Parameters.multiplier("--multiplier", arguments.options().get("multiplier"))
              : type.defaultMultiplier();
      confidence =
          Parameters.level("--confidence", arguments.options().getOrDefault("confidence", "0.95"));
    } catch (ParameterException e) {
      throw new UsageException(e.getMessage());
    }
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
