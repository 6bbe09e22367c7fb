package bcf.statistics.tools;

import bcf.csv.CsvException;
import bcf.csv.CsvProblem;
import bcf.csv.CsvTable;
import bcf.csv.CsvTable.Row;
import bcf.kernel.Limits;
import bcf.statistics.AgeBand;
import bcf.statistics.Esp2013;
import bcf.statistics.Interval;
import bcf.statistics.Intervals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Each value of a CSV table with its confidence interval, by the methods of English public-health
 * reporting ({@link Intervals}): the calculation behind {@code bcf metrics compute} and {@code POST
 * /api/v1/metrics/compute}.
 *
 * <ul>
 *   <li>{@code rate} and {@code proportion}: columns {@code numerator,denominator}. Each row is a
 *       result; with a {@code group} column, the rows of a group are summed into one result.
 *   <li>{@code mean}: column {@code value}; each group (or the whole table) is one result and needs
 *       at least 2 values.
 *   <li>{@code dsr}: columns {@code numerator,denominator,age_band} and optionally {@code
 *       standard_population} (the band's standard weight); without it the European Standard
 *       Population 2013 weights the bands, and every group must then have all 19 bands. Each group
 *       (or the whole table) is one result.
 * </ul>
 *
 * Groups are taken in order of first appearance. Other columns are refused, so that a misspelt
 * {@code group} or {@code standard_population} is not silently ignored.
 */
public final class IntervalsCsv {

  public static final String NUMERATOR = "numerator";
  public static final String DENOMINATOR = "denominator";
  public static final String VALUE = "value";
  public static final String AGE_BAND = "age_band";
  public static final String STANDARD = "standard_population";
  public static final String GROUP = "group";

  private IntervalsCsv() {}

  /** What the table holds, with its columns and default multiplier. */
  public enum MetricType {
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

    public String code() {
      return code;
    }

    /** 100,000 for rates; 1 for proportions (fractions) and means. */
    public double defaultMultiplier() {
      return multiplier;
    }

    /**
     * The type written as {@code rate}, {@code proportion}, {@code mean} or {@code dsr}.
     *
     * @param name the parameter's name as the caller knows it, for the message
     */
    public static MetricType parse(String name, String text) {
      for (MetricType type : values()) {
        if (type.code.equals(text == null ? null : text.trim().toLowerCase(Locale.ROOT))) {
          return type;
        }
      }
      throw new ParameterException(
          text == null
              ? "give " + name + " rate, proportion, mean or dsr"
              : name + " takes rate, proportion, mean or dsr, not '" + Limits.excerpt(text) + "'");
    }

    /** What a value is: "crude rate per 100,000", "percentage", "mean". */
    public String describe(double multiplier) {
      String per = String.format(Locale.UK, "%,.0f", multiplier);
      return switch (this) {
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
    public int decimals(double multiplier, double value) {
      return switch (this) {
        case RATE, DSR -> 1;
        case PROPORTION -> Math.max(1, 4 - (int) Math.round(Math.log10(multiplier)));
        case MEAN ->
            value == 0 || Double.isNaN(value)
                ? 2
                : Math.min(6, Math.max(0, 3 - (int) Math.floor(Math.log10(Math.abs(value)))));
      };
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
  public record Result(
      String group,
      int row,
      Interval interval,
      BigDecimal numerator,
      BigDecimal denominator,
      Integer n) {}

  /** A count or denominator as given, with thousands separated: 1,045 and 12.5. */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return String.format(Locale.UK, "%,." + Math.max(0, stripped.scale()) + "f", stripped);
  }

  /** A value or limit to the places given, thousands separated; "-" where it is not published. */
  public static String figure(double value, int decimals) {
    return Double.isNaN(value) ? "-" : String.format(Locale.UK, "%,." + decimals + "f", value);
  }

  /**
   * The results of a CSV text.
   *
   * @throws CsvException with every problem found, each with its row and column
   */
  public static List<Result> compute(
      String text, MetricType type, double multiplier, double confidence) {
    return compute(CsvTable.parse(text, Limits.TOOL_ROWS), type, multiplier, confidence);
  }

  /**
   * The results of a table.
   *
   * @throws CsvException with every problem found
   */
  public static List<Result> compute(
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
              (group == null ? "the file has" : "the group '" + Limits.excerpt(group) + "' has")
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
                    + Limits.excerpt(band)
                    + "' appears twice"
                    + (group == null ? "" : " in the group '" + Limits.excerpt(group) + "'")));
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
              (group == null ? "the file" : "the group '" + Limits.excerpt(group) + "'")
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
              "the "
                  + column
                  + " cannot be negative (it is "
                  + Limits.excerpt(row.text(column))
                  + ")"));
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
              "the "
                  + column
                  + " must be above zero (it is "
                  + Limits.excerpt(row.text(column))
                  + ")"));
      return null;
    }
    return value;
  }

  private static BigDecimal finite(Row row, String column, List<CsvProblem> problems) {
    BigDecimal value = CsvTable.number(row, column, problems);
    if (value != null && Double.isInfinite(value.doubleValue())) {
      problems.add(
          new CsvProblem(
              row.number(), column, "'" + Limits.excerpt(row.text(column)) + "' is too large"));
      return null;
    }
    return value;
  }
}
