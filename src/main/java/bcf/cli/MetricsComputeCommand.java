package bcf.cli;

import bcf.metric.csv.CsvException;
import bcf.metric.csv.IntervalsCsv;
import bcf.metric.csv.IntervalsCsv.MetricType;
import bcf.metric.csv.IntervalsCsv.Result;
import bcf.metric.csv.ParameterException;
import bcf.metric.csv.Parameters;
import bcf.metric.stats.Interval;
import bcf.performance.StatisticsDocument;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            + title(type, multiplier)
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
        cells.add(plain(result.numerator()));
        cells.add(plain(result.denominator()));
      }
      Interval interval = result.interval();
      int decimals = decimals(type, multiplier, interval.value());
      cells.add(figure(interval.value(), decimals));
      cells.add(figure(interval.lower(), decimals));
      cells.add(figure(interval.upper(), decimals));
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

  private static String title(MetricType type, double multiplier) {
    String per = String.format(Locale.UK, "%,.0f", multiplier);
    return switch (type) {
      case RATE -> "crude rate per " + per;
      case PROPORTION ->
          multiplier == 1
              ? "proportion"
              : multiplier == 100 ? "percentage" : "proportion per " + per;
      case MEAN -> multiplier == 1 ? "mean" : "mean times " + per;
      case DSR -> "directly standardised rate per " + per;
    };
  }

  /**
   * Places shown: 1 for rates; for proportions 4 for fractions, 2 for percentages, at least 1;
   * about 4 significant figures for a mean.
   */
  private static int decimals(MetricType type, double multiplier, double value) {
    return switch (type) {
      case RATE, DSR -> 1;
      case PROPORTION -> Math.max(1, 4 - (int) Math.round(Math.log10(multiplier)));
      case MEAN ->
          value == 0 || Double.isNaN(value)
              ? 2
              : Math.min(6, Math.max(0, 3 - (int) Math.floor(Math.log10(Math.abs(value)))));
    };
  }

  /** As given, with thousands separated: 1,045 and 12.5. */
  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return String.format(Locale.UK, "%,." + Math.max(0, stripped.scale()) + "f", stripped);
  }

  private static String figure(double value, int decimals) {
    return Double.isNaN(value) ? "-" : String.format(Locale.UK, "%,." + decimals + "f", value);
  }
}
