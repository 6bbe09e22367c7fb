package bcf.metric;

import bcf.csv.CsvCells;
import bcf.csv.CsvException;
import bcf.csv.CsvProblem;
import bcf.csv.CsvTable;
import bcf.kernel.Period;
import bcf.statistics.Esp2013;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads actuals in the long format, one row per HWB, metric, period (and age band, for a directly
 * standardised rate):
 *
 * <pre>
 * hwb,metric,period,numerator,denominator,age_band,standard_population
 * warwickshire,permanent-admissions-65,2017-18,490,104380,,
 * </pre>
 *
 * and checks every row against the plan: a known HWB (or {@value #BENCHMARK}, the national
 * benchmark series), a metric the HWB measures, a period of the metric's type within the plan's
 * span, numbers where numbers belong, a positive denominator (none for a count), a numerator no
 * larger than its denominator for a proportion, ESP 2013 age bands for a standardised rate (all 19
 * for each period, unless the file gives its own standard populations), and no row twice. Every
 * problem is reported with its row and column; one problem means nothing is taken.
 */
public final class ActualsCsv {

  /** The HWB code of the benchmark (England) series that areas are compared with. */
  public static final String BENCHMARK = "england";

  static final String HWB = "hwb";
  static final String METRIC = "metric";
  static final String PERIOD = "period";
  static final String NUMERATOR = "numerator";
  static final String DENOMINATOR = "denominator";
  static final String AGE_BAND = "age_band";
  static final String STANDARD_POPULATION = "standard_population";

  public static final List<String> COLUMNS =
      List.of(HWB, METRIC, PERIOD, NUMERATOR, DENOMINATOR, AGE_BAND, STANDARD_POPULATION);

  private ActualsCsv() {}

  /**
   * The actuals of the file, all checked.
   *
   * @throws CsvException listing every problem, when there is any
   */
  public static List<Actual> read(String text, PlanMetrics plan) {
    CsvTable table = CsvTable.parse(text);
    table.require(HWB, METRIC, PERIOD, NUMERATOR, DENOMINATOR);
    table.allowOnly(new LinkedHashSet<>(COLUMNS));
    List<CsvProblem> problems = new ArrayList<>();
    List<Actual> actuals = new ArrayList<>();
    Map<Actual.Key, Integer> seen = new LinkedHashMap<>();
    Map<Actual.Key, DsrGroup> dsrGroups = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows()) {
      int before = problems.size();
      Actual actual = row(row, plan, problems);
      if (actual == null || problems.size() > before) {
        continue;
      }
      Integer first = seen.putIfAbsent(actual.key(), row.number());
      if (first != null) {
        problems.add(
            new CsvProblem(
                row.number(),
                actual.ageBand().isEmpty() ? PERIOD : AGE_BAND,
                "the same HWB, metric, period"
                    + (actual.ageBand().isEmpty() ? "" : " and age band")
                    + " is already on row "
                    + first));
        continue;
      }
      if (!actual.ageBand().isEmpty() && actual.standardPopulation() == null) {
        dsrGroups
            .computeIfAbsent(
                new Actual.Key(actual.hwb(), actual.metric(), actual.period(), ""),
                k -> new DsrGroup())
            .add(actual.ageBand(), row.number());
      }
      actuals.add(actual);
    }
    dsrGroups.forEach(
        (key, group) -> {
          Set<String> missing = new TreeSet<>(Esp2013.bands());
          missing.removeAll(group.bands);
          if (!missing.isEmpty()) {
            problems.add(
                new CsvProblem(
                    group.lastRow,
                    AGE_BAND,
                    key.hwb()
                        + " "
                        + key.metric()
                        + " "
                        + key.period()
                        + " has "
                        + group.bands.size()
                        + " of the "
                        + Esp2013.bands().size()
                        + " ESP 2013 age bands; missing "
                        + String.join(", ", missing)
                        + " (or give each band's standard_population)"));
          }
        });
    if (!problems.isEmpty()) {
      problems.sort(
          java.util.Comparator.comparingInt(CsvProblem::row)
              .thenComparing(p -> p.column() == null ? "" : p.column()));
      throw new CsvException(problems);
    }
    return actuals;
  }

  private static final class DsrGroup {
    private final Set<String> bands = new LinkedHashSet<>();
    private int lastRow;

    void add(String band, int row) {
      bands.add(band);
      lastRow = Math.max(lastRow, row);
    }
  }

  private static Actual row(CsvTable.Row row, PlanMetrics plan, List<CsvProblem> problems) {
    int number = row.number();
    // Codes, periods, numbers and age bands never begin with a formula's first character: such
    // text would be stored and come back in the download, where a spreadsheet would run it.
    boolean formula = false;
    for (String column : COLUMNS) {
      String text = row.text(column);
      if (CsvCells.formulaLike(text)) {
        problems.add(CsvCells.formulaProblem(number, column, text));
        formula = true;
      }
    }
    if (formula) {
      return null;
    }
    String hwb = row.text(HWB);
    String metric = row.text(METRIC);
    MetricSpec spec = null;
    if (hwb.isEmpty()) {
      problems.add(new CsvProblem(number, HWB, "the HWB is empty"));
    } else if (!hwb.equals(BENCHMARK) && !plan.hwbs().contains(hwb)) {
      problems.add(
          new CsvProblem(
              number,
              HWB,
              "unknown HWB '"
                  + hwb
                  + "': this plan covers "
                  + String.join(", ", plan.hwbs())
                  + " (or "
                  + BENCHMARK
                  + " for the benchmark)"));
    } else if (metric.isEmpty()) {
      problems.add(new CsvProblem(number, METRIC, "the metric is empty"));
    } else {
      spec = spec(plan, hwb, metric).orElse(null);
      if (spec == null) {
        problems.add(
            new CsvProblem(
                number,
                METRIC,
                "unknown metric '"
                    + metric
                    + "' for "
                    + hwb
                    + " (this plan measures "
                    + String.join(", ", plan.metricCodes())
                    + ")"));
      }
    }
    Period period = period(row, plan, spec, problems);
    BigDecimal numerator = CsvTable.number(row, NUMERATOR, problems);
    BigDecimal denominator = CsvTable.optionalNumber(row, DENOMINATOR, problems);
    BigDecimal standard = CsvTable.optionalNumber(row, STANDARD_POPULATION, problems);
    String band = row.text(AGE_BAND);
    if (numerator != null && numerator.signum() < 0) {
      problems.add(new CsvProblem(number, NUMERATOR, "the numerator cannot be negative"));
    }
    if (spec == null) {
      return null;
    }
    MetricKind kind = spec.kind();
    if (kind == MetricKind.COUNT) {
      if (denominator != null) {
        problems.add(
            new CsvProblem(
                number, DENOMINATOR, spec.name() + " is a count: leave the denominator empty"));
      }
    } else if (denominator == null) {
      if (row.blank(DENOMINATOR)) {
        problems.add(
            new CsvProblem(number, DENOMINATOR, "a denominator is needed, the field is empty"));
      }
    } else if (denominator.signum() <= 0) {
      problems.add(
          new CsvProblem(
              number,
              DENOMINATOR,
              "the denominator must be above zero, not " + denominator.toPlainString()));
    } else if (kind == MetricKind.PROPORTION
        && numerator != null
        && numerator.compareTo(denominator) > 0) {
      problems.add(
          new CsvProblem(
              number,
              NUMERATOR,
              "the numerator "
                  + numerator.toPlainString()
                  + " is above its denominator "
                  + denominator.toPlainString()
                  + ": a proportion cannot exceed 1"));
    }
    if (kind == MetricKind.DSR) {
      if (band.isEmpty()) {
        problems.add(
            new CsvProblem(number, AGE_BAND, "a standardised rate needs an age band per row"));
      } else if (standard == null && !Esp2013.bands().contains(band)) {
        problems.add(
            new CsvProblem(
                number,
                AGE_BAND,
                "'"
                    + band
                    + "' is not an ESP 2013 age band ("
                    + String.join(", ", Esp2013.bands())
                    + ")"));
      }
      if (standard != null && standard.signum() <= 0) {
        problems.add(
            new CsvProblem(
                number, STANDARD_POPULATION, "the standard population must be above zero"));
      }
    } else {
      if (!band.isEmpty()) {
        problems.add(
            new CsvProblem(
                number,
                AGE_BAND,
                spec.name() + " is not age-standardised: leave the age band empty"));
      }
      if (standard != null) {
        problems.add(
            new CsvProblem(
                number,
                STANDARD_POPULATION,
                spec.name() + " is not age-standardised: leave the standard population empty"));
      }
    }
    if (period == null || numerator == null) {
      return null;
    }
    return new Actual(hwb, metric, period, band, numerator, denominator, standard);
  }

  private static Optional<MetricSpec> spec(PlanMetrics plan, String hwb, String metric) {
    if (hwb.equals(BENCHMARK)) {
      return plan.hwbs().stream()
          .map(h -> plan.entry(h, metric))
          .flatMap(Optional::stream)
          .map(PlanMetrics.Entry::spec)
          .findFirst();
    }
    return plan.entry(hwb, metric).map(PlanMetrics.Entry::spec);
  }

  private static Period period(
      CsvTable.Row row, PlanMetrics plan, MetricSpec spec, List<CsvProblem> problems) {
    String text = row.text(PERIOD);
    if (text.isEmpty()) {
      problems.add(new CsvProblem(row.number(), PERIOD, "the period is empty"));
      return null;
    }
    Period period;
    try {
      period = Period.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(new CsvProblem(row.number(), PERIOD, e.getMessage()));
      return null;
    }
    if (spec != null) {
      Optional<String> problem = spec.periodProblem(period);
      if (problem.isPresent()) {
        problems.add(new CsvProblem(row.number(), PERIOD, problem.get()));
        return null;
      }
    }
    if (!plan.inSpan(period)) {
      problems.add(
          new CsvProblem(
              row.number(),
              PERIOD,
              period
                  + " is outside the plan: it takes periods from "
                  + (plan.span() == null
                      ? "(no years stated)"
                      : plan.span().first() + " to " + plan.span().last())));
      return null;
    }
    return period;
  }

  /**
   * Writes actuals in the same long format, so an export can be edited and imported again. Every
   * cell goes through {@link CsvCells}, so text a spreadsheet would run as a formula (stored before
   * imports refused it) is written as text.
   */
  public static String write(List<Actual> actuals) {
    StringBuilder csv = new StringBuilder(CsvCells.line(COLUMNS));
    for (Actual a : actuals) {
      csv.append(
          CsvCells.line(
              java.util.Arrays.asList(
                  a.hwb(),
                  a.metric(),
                  a.period().toString(),
                  a.numerator().toPlainString(),
                  a.denominator() == null ? "" : a.denominator().toPlainString(),
                  a.ageBand(),
                  a.standardPopulation() == null ? "" : a.standardPopulation().toPlainString())));
    }
    return csv.toString();
  }
}
