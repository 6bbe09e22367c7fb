package bcf.cli;

import bcf.metric.csv.CsvException;
import bcf.metric.csv.CsvProblem;
import bcf.metric.csv.CsvTable;
import bcf.metric.csv.CsvTable.Row;
import bcf.metric.stats.AgeBand;
import bcf.metric.stats.Esp2013;
import bcf.metric.stats.Interval;
import bcf.metric.stats.Intervals;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bcf metrics compute FILE.csv --metric-type TYPE}: each value of a CSV file with its
 * confidence interval, by the methods of English public-health reporting ({@link Intervals}).
 *
 * <ul>
 *   <li>{@code rate} and {@code proportion}: columns {@code numerator,denominator}. Each row is a
 *       result; with a {@code group} column, the rows of a group are summed into one result.
 *   <li>{@code mean}: column {@code value}; each group (or the whole file) is one result and needs
 *       at least 2 values.
 *   <li>{@code dsr}: columns {@code numerator,denominator,age_band} and optionally {@code
 *       standard_population} (the band's standard weight); without it the European Standard
 *       Population 2013 weights the bands, and every group must then have all 19 bands. Each group
 *       (or the whole file) is one result.
 * </ul>
 *
 * Groups are taken in order of first appearance. Other columns are refused, so that a misspelt
 * {@code group} or {@code standard_population} is not silently ignored. Every problem of the file
 * is reported with its row and column, and the exit code is then 2.
 */
final class MetricsComputeCommand implements Command {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final String NUMERATOR = "numerator";
  private static final String DENOMINATOR = "denominator";
  private static final String VALUE = "value";
  private static final String AGE_BAND = "age_band";
  private static final String STANDARD = "standard_population";
  private static final String GROUP = "group";

  /** What the file holds, with its columns and default multiplier. */
  private enum MetricType {
    RATE("rate", 100_000, NUMERATOR, DENOMINATOR),
    PROPORTION("proportion", 1, NUMERATOR, DENOMINATOR),
    MEAN("mean", 1, VALUE),
    DSR("dsr", 100_000, NUMERATOR, DENOMINATOR, AGE_BAND);

    private final String code;
    private final double multiplier;
    private final String[] required;

    MetricType(String code, double multiplier, String... required) {
      this.code = code;
      this.multiplier = multiplier;
      this.required = required;
    }

    static MetricType parse(String text) {
      for (MetricType type : values()) {
        if (type.code.equals(text == null ? null : text.trim().toLowerCase(Locale.ROOT))) {
          return type;
        }
      }
      throw new UsageException(
          text == null
              ? "give --metric-type rate, proportion, mean or dsr"
              : "--metric-type takes rate, proportion, mean or dsr, not '" + text + "'");
    }

    Set<String> columns() {
      Set<String> columns = new LinkedHashSet<>(List.of(required));
      if (this == DSR) {
        columns.add(STANDARD);
      }
      columns.add(GROUP);
      return columns;
    }
  }

  /**
   * One computed value: of a {@code group}, or else of the spreadsheet {@code row}; the numerator
   * and denominator summed (null for a mean), {@code n} the values of a mean (null otherwise).
   */
  private record Result(
      String group,
      int row,
      Interval interval,
      BigDecimal numerator,
      BigDecimal denominator,
      Integer n) {}

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
    MetricType type = MetricType.parse(arguments.options().get("metric-type"));
    double multiplier = multiplier(arguments.options(), type);
    double confidence = confidence(arguments.options());
    String text;
    try {
      text = CsvFiles.read(file);
    } catch (UnreadableFileException e) {
      err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    }
    List<Result> results;
    try {
      results = compute(CsvTable.parse(text), type, multiplier, confidence);
    } catch (CsvException e) {
      CsvFiles.report(file, e, err);
      return Main.UNUSABLE;
    }
    if (json) {
      out.println(Json.write(json(results)));
    } else {
      text(file, type, multiplier, confidence, results, out);
    }
    return Main.OK;
  }

  /**
   * The results of a table.
   *
   * @throws CsvException with every problem found
   */
  private static List<Result> compute(
      CsvTable table, MetricType type, double multiplier, double confidence) {
    table.require(type.required);
    table.allowOnly(type.columns());
    List<CsvProblem> problems = new ArrayList<>();
    if (table.rows().isEmpty()) {
      throw new CsvException(new CsvProblem(1, null, "the file has no rows after the header"));
    }
    boolean grouped = table.has(GROUP);
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    for (Row row : table.rows()) {
      String key;
      if (grouped) {
        key = row.text(GROUP);
        if (key.isEmpty()) {
          problems.add(new CsvProblem(row.number(), GROUP, "the group is empty"));
          continue;
        }
      } else {
        key = type == MetricType.RATE || type == MetricType.PROPORTION ? "row " + row.number() : "";
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    List<Result> results = new ArrayList<>();
    for (Map.Entry<String, List<Row>> entry : groups.entrySet()) {
      String group = grouped ? entry.getKey() : null;
      List<Row> rows = entry.getValue();
      Result result =
          switch (type) {
            case RATE, PROPORTION -> ratio(type, group, rows, multiplier, confidence, problems);
            case MEAN -> mean(group, rows, confidence, problems);
            case DSR -> dsr(table.has(STANDARD), group, rows, multiplier, confidence, problems);
          };
      if (result != null) {
        results.add(result);
      }
    }
    if (!problems.isEmpty()) {
      throw new CsvException(problems);
    }
    return results;
  }

  private static Result ratio(
      MetricType type,
      String group,
      List<Row> rows,
      double multiplier,
      double confidence,
      List<CsvProblem> problems) {
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    boolean usable = true;
    for (Row row : rows) {
      BigDecimal x = count(row, NUMERATOR, problems);
      BigDecimal n = positive(row, DENOMINATOR, problems);
      if (x == null || n == null) {
        usable = false;
        continue;
      }
      if (type == MetricType.PROPORTION && x.compareTo(n) > 0) {
        problems.add(
            new CsvProblem(
                row.number(),
                NUMERATOR,
                "the numerator "
                    + x.toPlainString()
                    + " is more than the denominator "
                    + n.toPlainString()
                    + ": a proportion cannot exceed 1"));
        usable = false;
        continue;
      }
      numerator = numerator.add(x);
      denominator = denominator.add(n);
    }
    if (!usable) {
      return null;
    }
    double x = numerator.doubleValue();
    double n = denominator.doubleValue();
    Interval interval =
        type == MetricType.RATE
            ? Intervals.crudeRate(x, n, multiplier, confidence)
            : Intervals.proportion(x, n, multiplier, confidence);
    return new Result(group, rows.get(0).number(), interval, numerator, denominator, null);
  }

  private static Result mean(
      String group, List<Row> rows, double confidence, List<CsvProblem> problems) {
    double[] values = new double[rows.size()];
    boolean usable = true;
    for (int i = 0; i < rows.size(); i++) {
      BigDecimal value = finite(rows.get(i), VALUE, problems);
      if (value == null) {
        usable = false;
      } else {
        values[i] = value.doubleValue();
      }
    }
    if (rows.size() < 2) {
      problems.add(
          new CsvProblem(
              rows.get(0).number(),
              group == null ? VALUE : GROUP,
              (group == null ? "the file has" : "the group '" + group + "' has")
                  + " only 1 value: a mean's interval needs at least 2"));
      return null;
    }
    if (!usable) {
      return null;
    }
    return new Result(
        group, rows.get(0).number(), Intervals.mean(values, confidence), null, null, rows.size());
  }

  private static Result dsr(
      boolean standardGiven,
      String group,
      List<Row> rows,
      double multiplier,
      double confidence,
      List<CsvProblem> problems) {
    List<AgeBand> bands = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    boolean usable = true;
    boolean unknownBand = false;
    for (Row row : rows) {
      BigDecimal x = count(row, NUMERATOR, problems);
      BigDecimal n = positive(row, DENOMINATOR, problems);
      String band = row.text(AGE_BAND);
      Double weight = null;
      if (band.isEmpty()) {
        problems.add(new CsvProblem(row.number(), AGE_BAND, "the age band is empty"));
      } else if (!seen.add(band.replaceAll("\\s", "").replace('\u2013', '-'))) {
        problems.add(
            new CsvProblem(
                row.number(),
                AGE_BAND,
                "the age band '"
                    + band
                    + "' appears twice"
                    + (group == null ? "" : " in the group '" + group + "'")));
      } else if (standardGiven) {
        BigDecimal given = count(row, STANDARD, problems);
        weight = given == null ? null : given.doubleValue();
      } else {
        try {
          weight = Esp2013.weight(band);
        } catch (IllegalArgumentException e) {
          problems.add(new CsvProblem(row.number(), AGE_BAND, e.getMessage()));
          unknownBand = true;
        }
      }
      if (x == null || n == null || weight == null) {
        usable = false;
        continue;
      }
      numerator = numerator.add(x);
      denominator = denominator.add(n);
      bands.add(new AgeBand(band, x.doubleValue(), n.doubleValue(), weight));
    }
    if (!standardGiven && !unknownBand && seen.size() < Esp2013.bands().size()) {
      Set<String> missing = new LinkedHashSet<>(Esp2013.bands());
      seen.forEach(missing::remove);
      problems.add(
          new CsvProblem(
              rows.get(0).number(),
              AGE_BAND,
              (group == null ? "the file" : "the group '" + group + "'")
                  + " lacks the age bands "
                  + String.join(", ", missing)
                  + " of the European Standard Population 2013 (give them with numerator 0,"
                  + " or give a standard_population column)"));
      return null;
    }
    if (!usable) {
      return null;
    }
    Interval interval = Intervals.dsr(bands, multiplier, confidence);
    return new Result(group, rows.get(0).number(), interval, numerator, denominator, null);
  }

  /** A number that is not negative, or null after recording the problem. */
  private static BigDecimal count(Row row, String column, List<CsvProblem> problems) {
    BigDecimal value = finite(row, column, problems);
    if (value != null && value.signum() < 0) {
      problems.add(
          new CsvProblem(
              row.number(),
              column,
              "the " + column + " cannot be negative (it is " + row.text(column) + ")"));
      return null;
    }
    return value;
  }

  /** A number above zero, or null after recording the problem. */
  private static BigDecimal positive(Row row, String column, List<CsvProblem> problems) {
    BigDecimal value = finite(row, column, problems);
    if (value != null && value.signum() <= 0) {
      problems.add(
          new CsvProblem(
              row.number(),
              column,
              "the " + column + " must be above zero (it is " + row.text(column) + ")"));
      return null;
    }
    return value;
  }

  private static BigDecimal finite(Row row, String column, List<CsvProblem> problems) {
    BigDecimal value = CsvTable.number(row, column, problems);
    if (value != null && Double.isInfinite(value.doubleValue())) {
      problems.add(new CsvProblem(row.number(), column, "'" + row.text(column) + "' is too large"));
      return null;
    }
    return value;
  }

  private static double multiplier(Map<String, String> options, MetricType type) {
    if (!options.containsKey("multiplier")) {
      return type.multiplier;
    }
    String text = options.get("multiplier");
    BigDecimal value = text == null ? null : decimal(text.replace(",", "").replace("_", ""));
    if (value == null || value.signum() <= 0 || Double.isInfinite(value.doubleValue())) {
      throw new UsageException(
          "--multiplier takes a number above zero (100000 for a rate per 100,000), not "
              + (text == null ? "nothing" : "'" + text + "'"));
    }
    return value.doubleValue();
  }

  /** 0.95 or 0.998; 95, 99.8 and 95% read as percentages. */
  private static double confidence(Map<String, String> options) {
    String text = options.getOrDefault("confidence", "0.95");
    String plain = text == null ? "" : text.trim();
    boolean percent = plain.endsWith("%");
    BigDecimal value = decimal(percent ? plain.substring(0, plain.length() - 1) : plain);
    if (value != null && (percent || value.compareTo(BigDecimal.ONE) >= 0)) {
      value = value.movePointLeft(2);
    }
    if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
      throw new UsageException(
          "--confidence takes a level such as 0.95 or 0.998 (or 95, 99.8), not "
              + (text == null ? "nothing" : "'" + text + "'"));
    }
    return value.doubleValue();
  }

  private static BigDecimal decimal(String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static ArrayNode json(List<Result> results) {
    ArrayNode array = NODES.arrayNode();
    for (Result result : results) {
      ObjectNode node = array.addObject();
      if (result.group() != null) {
        node.put("group", result.group());
      } else {
        node.put("row", result.row());
      }
      Interval interval = result.interval();
      number(node, "value", interval.value());
      number(node, "lower", interval.lower());
      number(node, "upper", interval.upper());
      node.put("method", interval.method());
      node.put("confidence", interval.confidence());
      if (result.n() != null) {
        node.put("n", result.n());
      } else {
        node.put(NUMERATOR, result.numerator());
        node.put(DENOMINATOR, result.denominator());
      }
      if (interval.note() != null) {
        node.put("note", interval.note());
      }
    }
    return array;
  }

  private static void number(ObjectNode node, String name, double value) {
    if (Double.isNaN(value)) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
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
              grouped ? "group" : "row", NUMERATOR, DENOMINATOR, "value", "lower", "upper", "method"
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

  /** A file that cannot be read as text; the message says which and why. */
}
