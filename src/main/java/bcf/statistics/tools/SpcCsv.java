package bcf.statistics.tools;

import bcf.csv.CsvException;
import bcf.csv.CsvProblem;
import bcf.csv.CsvTable;
import bcf.kernel.Limits;
import bcf.statistics.spc.SpcObservation;
import bcf.statistics.spc.SpcOptions;
import bcf.statistics.spc.SpcPoint;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.spc.XmrChart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An XmR chart of a CSV series: the calculation behind {@code bcf metrics spc} and {@code POST
 * /api/v1/metrics/spc}. The table has a {@code value} column and an optional {@code period} column,
 * one row per period in time order; re-base points name periods, or point numbers counted from 1
 * when there is no period column.
 */
public final class SpcCsv {

  public static final String VALUE = "value";
  public static final String PERIOD = "period";

  private SpcCsv() {}

  /**
   * The chart of a series.
   *
   * @param rebaseName the re-base parameter's name as the caller knows it, for messages
   * @param rebaseAt the re-base points, comma-separated, or null for none
   * @throws ParameterException for a re-base point that is not in the series or leaves a segment of
   *     fewer than 2 points
   */
  public static SpcResult chart(
      Series series, SpcOptions options, String rebaseName, String rebaseAt) {
    List<Integer> indices = series.rebaseIndices(rebaseName, rebaseAt);
    return XmrChart.calculate(series.observations(), options.withRebaseAt(indices));
  }

  /** The series of a table: values in order, with their periods and spreadsheet rows. */
  public record Series(List<SpcObservation> observations, List<Integer> rows, boolean periods) {

    /** The series a chart was drawn from (a plan's metric, not a file), numbered from 1. */
    public static Series of(SpcResult chart) {
      List<SpcObservation> observations = new ArrayList<>(chart.points().size());
      List<Integer> rows = new ArrayList<>(chart.points().size());
      for (SpcPoint point : chart.points()) {
        observations.add(new SpcObservation(point.label(), point.value()));
        rows.add(point.index() + 1);
      }
      return new Series(List.copyOf(observations), rows, true);
    }

    /**
     * Reads a CSV text.
     *
     * @throws CsvException with every problem found, each with its row and column
     */
    public static Series read(String text) {
      CsvTable table = CsvTable.parse(text, Limits.CHART_POINTS);
      table.require(VALUE);
      // A stray column (a target, a second series) would otherwise be silently left out.
      table.allowOnly(java.util.Set.of(VALUE, PERIOD));
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
                        + Limits.excerpt(period)
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
                  row.number(),
                  VALUE,
                  "'" + Limits.excerpt(row.text(VALUE)) + "' is too large a number"));
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
    public String name(int index) {
      return periods ? observations.get(index).label() : "point " + (index + 1);
    }

    /**
     * The 0-based indices of the re-base points, from periods or 1-based point numbers.
     *
     * @param parameter the parameter's name as the caller knows it, for messages
     * @param text the points, comma-separated, or null for none
     */
    public List<Integer> rebaseIndices(String parameter, String text) {
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
        int index =
            periods ? byPeriod.getOrDefault(given, -1) : pointNumber(parameter, given, n) - 1;
        if (index < 0) {
          throw new ParameterException(
              parameter
                  + ": no period '"
                  + Limits.excerpt(given)
                  + "' in the series (its periods run from "
                  + name(0)
                  + " to "
                  + name(n - 1)
                  + ")");
        }
        if (index == 0) {
          throw new ParameterException(
              parameter
                  + ": "
                  + name(0)
                  + " is the first point; a chart is re-based at a later point");
        }
        if (!indices.add(index)) {
          throw new ParameterException(
              parameter + ": " + Limits.excerpt(given) + " is given twice");
        }
      }
      int start = 0;
      for (int index : indices) {
        if (index - start < 2) {
          throw new ParameterException(
              parameter
                  + ": re-basing at "
                  + name(index)
                  + " leaves 1 point in the segment from "
                  + name(start)
                  + "; each segment needs at least 2");
        }
        start = index;
      }
      if (n - start < 2) {
        throw new ParameterException(
            parameter
                + ": re-basing at "
                + name(start)
                + " leaves it alone in the last segment; each segment needs at least 2 points");
      }
      return List.copyOf(indices);
    }

    private static int pointNumber(String parameter, String given, int n) {
      try {
        int number = Integer.parseInt(given);
        if (number >= 1 && number <= n) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new ParameterException(
          parameter
              + ": '"
              + Limits.excerpt(given)
              + "' is not a point number from 2 to "
              + n
              + " (the file has no period column, so points are counted from 1)");
    }
  }
}
