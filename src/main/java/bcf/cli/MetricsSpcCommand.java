package bcf.cli;

import bcf.metric.Polarity;
import bcf.metric.csv.CsvException;
import bcf.metric.csv.CsvProblem;
import bcf.metric.csv.CsvTable;
import bcf.metric.spc.SpcObservation;
import bcf.metric.spc.SpcOptions;
import bcf.metric.spc.SpcPoint;
import bcf.metric.spc.SpcResult;
import bcf.metric.spc.SpcSegment;
import bcf.metric.spc.XmrChart;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bcf metrics spc FILE.csv}: an XmR chart of a series, with its special causes and the
 * Making Data Count variation and assurance icons. The file has a {@code value} column and an
 * optional {@code period} column, one row per period in time order; re-base points name periods, or
 * point numbers counted from 1 when there is no period column.
 */
final class MetricsSpcCommand implements Command {

  private static final Set<String> OPTIONS =
      Set.of("polarity", "target", "no-screening", "fix-after", "rebase-at", "format");

  @Override
  public String usage() {
    return "metrics spc FILE.csv [--polarity up|down|neutral] [--target X] [--no-screening]\n"
        + "       [--fix-after N] [--rebase-at PERIOD[,PERIOD]] [--format text|json]\n"
        + "                                        an XmR (SPC) chart of the value column:\n"
        + "                                        limits, special causes, icons";
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) {
    arguments.allowOnly(OPTIONS);
    boolean json = arguments.json();
    String file = arguments.single("FILE.csv");
    SpcOptions options = options(arguments.options());
    Series series;
    try {
      series = Series.read(file);
    } catch (UnreadableFileException e) {
      err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    } catch (CsvException e) {
      CsvFiles.report(file, e, err);
      return Main.UNUSABLE;
    }
    SpcResult result;
    try {
      List<Integer> rebaseAt = series.rebaseIndices(arguments.options().get("rebase-at"));
      result = XmrChart.calculate(series.observations(), options.withRebaseAt(rebaseAt));
    } catch (UnusableInputException | IllegalArgumentException e) {
      err.println("bcf: " + file + ": " + e.getMessage());
      return Main.UNUSABLE;
    }
    if (json) {
      out.println(Json.write(json(result, series)));
    } else {
      text(file, result, series, out);
    }
    return Main.OK;
  }

  /** The options as given; a value that cannot be used is a usage error. */
  static SpcOptions options(Map<String, String> given) {
    SpcOptions options = SpcOptions.defaults();
    if (given.containsKey("polarity")) {
      String text = given.get("polarity");
      if (text == null) {
        throw new UsageException("--polarity takes up, down or neutral");
      }
      try {
        options = options.withPolarity(Polarity.parse(text));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--polarity: " + e.getMessage());
      }
    }
    if (given.containsKey("target")) {
      options = options.withTarget(number("--target", given.get("target")));
    }
    if (given.containsKey("no-screening")) {
      if (given.get("no-screening") != null) {
        throw new UsageException("--no-screening takes no value");
      }
      options = options.withScreening(false);
    }
    if (given.containsKey("fix-after")) {
      String text = given.get("fix-after");
      if (text == null) {
        throw new UsageException("--fix-after takes a number of points");
      }
      int points;
      try {
        points = Integer.parseInt(text.trim());
      } catch (NumberFormatException e) {
        throw new UsageException("--fix-after takes a number of points, not '" + text + "'");
      }
      try {
        options = options.withFixAfter(points);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--fix-after: " + e.getMessage());
      }
    }
    if (given.containsKey("rebase-at") && given.get("rebase-at") == null) {
      throw new UsageException("--rebase-at takes periods (or point numbers), comma-separated");
    }
    return options;
  }

  private static double number(String option, String text) {
    if (text == null) {
      throw new UsageException(option + " takes a number");
    }
    double value;
    try {
      value = new BigDecimal(text.trim()).doubleValue();
    } catch (NumberFormatException e) {
      throw new UsageException(option + " takes a number, not '" + text + "'");
    }
    if (!Double.isFinite(value)) {
      throw new UsageException(option + ": " + text + " is too large a number");
    }
    return value;
  }

  /** The series read from the file: values in file order, with their periods and rows. */
  record Series(List<SpcObservation> observations, List<Integer> rows, boolean periods) {

    static final String VALUE = "value";
    static final String PERIOD = "period";

    static Series read(String file) {
      CsvTable table = CsvTable.parse(CsvFiles.read(file));
      table.require(VALUE);
      boolean periods = table.has(PERIOD);
      List<CsvProblem> problems = new ArrayList<>();
      List<SpcObservation> observations = new ArrayList<>();
      List<Integer> rows = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (CsvTable.Row row : table.rows()) {
        BigDecimal value = CsvTable.number(row, VALUE, problems);
        String period = null;
        if (periods) {
          period = row.text(PERIOD);
          if (period.isEmpty()) {
            problems.add(
                new CsvProblem(row.number(), PERIOD, "a period is needed, the field is empty"));
          } else if (seen.containsKey(period)) {
            problems.add(
                new CsvProblem(
                    row.number(),
                    PERIOD,
                    "the period '"
                        + period
                        + "' appears twice (first at row "
                        + seen.get(period)
                        + ")"));
          } else {
            seen.put(period, row.number());
          }
        }
        if (value != null && !Double.isFinite(value.doubleValue())) {
          problems.add(
              new CsvProblem(
                  row.number(), VALUE, "'" + row.text(VALUE) + "' is too large a number"));
        } else if (value != null) {
          observations.add(new SpcObservation(period, value.doubleValue()));
          rows.add(row.number());
        }
      }
      if (problems.isEmpty() && observations.size() < 2) {
        int row = table.rows().isEmpty() ? 2 : table.rows().get(table.rows().size() - 1).number();
        problems.add(
            new CsvProblem(
                row,
                VALUE,
                "an XmR chart needs at least 2 values, the file has " + observations.size()));
      }
      if (!problems.isEmpty()) {
        throw new CsvException(problems);
      }
      return new Series(List.copyOf(observations), List.copyOf(rows), periods);
    }

    /** Where the point is: its period, or its number counted from 1. */
    String name(int index) {
      return periods ? observations.get(index).label() : "point " + (index + 1);
    }

    /** The 0-based indices of the re-base points, from periods or 1-based point numbers. */
    List<Integer> rebaseIndices(String text) {
      if (text == null) {
        return List.of();
      }
      int n = observations.size();
      Map<String, Integer> byPeriod = new HashMap<>();
      for (int i = 0; i < n; i++) {
        byPeriod.put(observations.get(i).label(), i);
      }
      TreeSet<Integer> indices = new TreeSet<>();
      for (String raw : text.split(",", -1)) {
        String given = raw.trim();
        int index = periods ? byPeriod.getOrDefault(given, -1) : pointNumber(given, n) - 1;
        if (index < 0) {
          throw new UnusableInputException(
              "--rebase-at: no period '"
                  + given
                  + "' in the file (its periods run from "
                  + name(0)
                  + " to "
                  + name(n - 1)
                  + ")");
        }
        if (index == 0) {
          throw new UnusableInputException(
              "--rebase-at: "
                  + name(0)
                  + " is the first point; a chart is re-based at a later point");
        }
        if (!indices.add(index)) {
          throw new UnusableInputException("--rebase-at: " + given + " is given twice");
        }
      }
      int start = 0;
      for (int index : indices) {
        if (index - start < 2) {
          throw new UnusableInputException(
              "--rebase-at: re-basing at "
                  + name(index)
                  + " leaves 1 point in the segment from "
                  + name(start)
                  + "; each segment needs at least 2");
        }
        start = index;
      }
      if (n - start < 2) {
        throw new UnusableInputException(
            "--rebase-at: re-basing at "
                + name(start)
                + " leaves it alone in the last segment; each segment needs at least 2 points");
      }
      return List.copyOf(indices);
    }

    private static int pointNumber(String given, int n) {
      try {
        int number = Integer.parseInt(given);
        if (number >= 1 && number <= n) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UnusableInputException(
          "--rebase-at: '"
              + given
              + "' is not a point number from 2 to "
              + n
              + " (the file has no period column, so points are counted from 1)");
    }
  }

  /** Input that cannot be charted; the message says where and why. */
  static final class UnusableInputException extends RuntimeException {
    UnusableInputException(String message) {
      super(message);
    }
  }

  static ObjectNode json(SpcResult result, Series series) {
    SpcOptions options = result.options();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("mean", result.mean());
    node.put("lowerProcessLimit", result.lowerProcessLimit());
    node.put("upperProcessLimit", result.upperProcessLimit());
    node.put("variation", result.variation());
    node.put("assurance", result.assurance());
    node.put("polarity", options.polarity().code());
    if (options.target() == null) {
      node.putNull("target");
    } else {
      node.put("target", options.target().doubleValue());
    }
    node.put("screening", options.screening());
    if (options.fixAfter() == null) {
      node.putNull("fixAfter");
    } else {
      node.put("fixAfter", options.fixAfter().intValue());
    }
    ArrayNode segments = node.putArray("segments");
    for (SpcSegment segment : result.segments()) {
      ObjectNode s = segments.addObject();
      s.put("from", series.name(segment.start()));
      s.put("points", segment.size());
      s.put("basedOn", segment.basedOn());
      s.put("mean", segment.mean());
      s.put("averageMovingRange", segment.amr());
      s.put("screenedOut", segment.screenedOut());
      s.put("lowerProcessLimit", segment.lowerProcessLimit());
      s.put("upperProcessLimit", segment.upperProcessLimit());
      s.put("lowerTwoSigma", segment.lowerTwoSigma());
      s.put("upperTwoSigma", segment.upperTwoSigma());
      s.put("lowerOneSigma", segment.lowerOneSigma());
      s.put("upperOneSigma", segment.upperOneSigma());
    }
    ArrayNode points = node.putArray("points");
    for (SpcPoint point : result.points()) {
      ObjectNode p = points.addObject();
      p.put("point", point.index() + 1);
      if (point.label() != null) {
        p.put("period", point.label());
      }
      p.put("value", point.value());
      p.put("mean", point.mean());
      p.put("lowerProcessLimit", point.lowerProcessLimit());
      p.put("upperProcessLimit", point.upperProcessLimit());
      p.put("specialCause", point.specialCause());
      p.put("rule", point.rule());
      p.put("type", point.type());
    }
    return node;
  }

  static void text(String file, SpcResult result, Series series, PrintStream out) {
    SpcOptions options = result.options();
    out.println(
        "XmR chart of "
            + file
            + ": "
            + result.points().size()
            + " points, "
            + options.polarity().code()
            + (options.target() == null ? "" : ", target " + format(options.target()))
            + ", moving ranges "
            + (options.screening() ? "screened" : "not screened")
            + (options.fixAfter() == null
                ? ""
                : ", limits fixed after " + options.fixAfter() + " points"));
    boolean several = result.segments().size() > 1;
    for (SpcSegment segment : result.segments()) {
      out.println(
          (several
                  ? "From " + series.name(segment.start()) + " (" + segment.size() + " points): "
                  : "")
              + "mean "
              + format(segment.mean())
              + ", process limits "
              + format(segment.lowerProcessLimit())
              + " to "
              + format(segment.upperProcessLimit())
              + ", 2-sigma "
              + format(segment.lowerTwoSigma())
              + " to "
              + format(segment.upperTwoSigma())
              + " (average moving range "
              + format(segment.amr())
              + (segment.screenedOut() > 0 ? ", " + segment.screenedOut() + " screened out" : "")
              + (segment.basedOn() < segment.size()
                  ? ", from the first " + segment.basedOn() + " points"
                  : "")
              + ")");
    }
    out.println();
    int periodWidth = "period".length();
    for (SpcPoint point : result.points()) {
      if (point.label() != null) {
        periodWidth = Math.max(periodWidth, point.label().length());
      }
    }
    String header =
        String.format(
            Locale.UK,
            "%5s  %s%12s  %s",
            "point",
            series.periods() ? pad("period", periodWidth) + "  " : "",
            "value",
            "special cause");
    out.println(header.stripTrailing());
    for (SpcPoint point : result.points()) {
      String line =
          String.format(
              Locale.UK,
              "%5d  %s%12s  %s",
              point.index() + 1,
              series.periods() ? pad(point.label(), periodWidth) + "  " : "",
              format(point.value()),
              point.specialCause() ? "* " + point.rule() + " (" + point.type() + ")" : "");
      out.println(line.stripTrailing());
    }
    out.println();
    out.println("Variation: " + variation(result.variation()));
    out.println("Assurance: " + assurance(result));
  }

  static String variation(String icon) {
    if (SpcResult.COMMON_CAUSE.equals(icon)) {
      return "common cause, no significant change (" + icon + ")";
    }
    String nature =
        icon.contains("improvement")
            ? "improving"
            : icon.contains("concern") ? "concerning" : "neither improving nor concerning";
    String side = icon.endsWith("-high") ? "high (or rising)" : "low (or falling)";
    return "special cause, " + nature + ", " + side + " values (" + icon + ")";
  }

  static String assurance(SpcResult result) {
    Double target = result.options().target();
    String icon = result.assurance();
    if (icon == null) {
      return target == null
          ? "none: no target given"
          : "none: the target needs a polarity (--polarity up or down)";
    }
    String t = format(target);
    switch (icon) {
      case SpcResult.CONSISTENTLY_PASSES:
        return "the process consistently passes the target " + t + " (" + icon + ")";
      case SpcResult.CONSISTENTLY_FAILS:
        return "the process consistently fails the target " + t + " (" + icon + ")";
      default:
        return "hit and miss: the target " + t + " lies within the process limits (" + icon + ")";
    }
  }

  /** Up to 4 decimal places, no trailing zeros. */
  static String format(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  private static String pad(String text, int width) {
    return String.format(Locale.UK, "%-" + width + "s", text);
  }
}
