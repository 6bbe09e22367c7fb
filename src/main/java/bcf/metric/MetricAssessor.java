package bcf.metric;

import bcf.kernel.Period;
import bcf.kernel.Polarity;
import bcf.plan.MetricAmbition;
import bcf.statistics.AgeBand;
import bcf.statistics.BenchmarkResult;
import bcf.statistics.Esp2013;
import bcf.statistics.Interval;
import bcf.statistics.Intervals;
import bcf.statistics.spc.SpcObservation;
import bcf.statistics.spc.SpcOptions;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.spc.XmrChart;
import bcf.statistics.tools.ParameterException;
import bcf.statistics.tools.SpcCsv;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges a plan's metrics against their actuals, by the methods of English public-health and NHS
 * reporting (see docs/metrics.md): intervals by the metric's kind, RAG against plan, comparison
 * with the England benchmark, growth on a year earlier, the recent trend over the last five
 * financial years and an XmR control chart of monthly or quarterly series.
 */
public final class MetricAssessor {

  public static final double CONFIDENCE = 0.95;
  public static final double WIDE_CONFIDENCE = 0.998;

  /** Control charts are drawn from this many points; fewer say too little about variation. */
  public static final int SPC_MINIMUM_POINTS = 12;

  private MetricAssessor() {}

  /** Every HWB's every measurable metric, in the plan's order. */
  public static List<MetricAssessment> assess(PlanMetrics plan, Collection<Actual> actuals) {
    Map<String, Map<String, List<Actual>>> byHwbMetric = new HashMap<>();
    for (Actual actual : actuals) {
      byHwbMetric
          .computeIfAbsent(actual.hwb(), h -> new HashMap<>())
          .computeIfAbsent(actual.metric(), m -> new ArrayList<>())
          .add(actual);
    }
    Map<String, List<Actual>> benchmark = byHwbMetric.getOrDefault(ActualsCsv.BENCHMARK, Map.of());
    // The England series is measured once per metric, not once per HWB.
    Map<String, Map<Period, Measured>> measuredBenchmark = new HashMap<>();
    List<MetricAssessment> assessments = new ArrayList<>();
    for (String hwb : plan.hwbs()) {
      Map<String, List<Actual>> own = byHwbMetric.getOrDefault(hwb, Map.of());
      for (PlanMetrics.Entry entry : plan.entries(hwb)) {
        String code = entry.spec().code();
        Map<Period, Measured> england =
            measuredBenchmark.computeIfAbsent(
                code, c -> measureAll(entry.spec(), benchmark.getOrDefault(c, List.of())));
        assessments.add(assess(entry, own.getOrDefault(code, List.of()), england));
      }
    }
    return assessments;
  }

  /** One HWB's metric: its actuals and the benchmark's actuals for the same metric. */
  public static MetricAssessment assess(
      PlanMetrics.Entry entry, List<Actual> actuals, List<Actual> benchmarkActuals) {
    return assess(entry, actuals, measureAll(entry.spec(), benchmarkActuals));
  }

  /** The published values of a series, by period. */
  private static Map<Period, Measured> measureAll(MetricSpec spec, List<Actual> actuals) {
    Map<Period, Measured> measured = new HashMap<>();
    byPeriod(actuals)
        .forEach(
            (period, rows) -> {
              Measured m = measure(spec, rows);
              if (m.ci95.published()) {
                measured.put(period, m);
              }
            });
    return measured;
  }

  private static MetricAssessment assess(
      PlanMetrics.Entry entry, List<Actual> actuals, Map<Period, Measured> benchmarkMeasured) {
    MetricSpec spec = entry.spec();
    MetricAmbition ambition = entry.ambition();
    List<MetricAssessment.PlanValue> plan = planValues(ambition);
    PlanIndex planIndex = new PlanIndex(spec, plan);
    // The series: imported actuals, and the plan's own stated actuals where nothing was imported.
    TreeMap<Period, Measured> series = new TreeMap<>();
    byPeriod(actuals)
        .forEach(
            (period, rows) -> {
              // Imports are checked, so the statistics refuse nothing here; if they did, the
              // period would have no value rather than a wrong one.
              Measured measured = measure(spec, rows);
              if (measured != null) {
                series.put(period, measured);
              }
            });
    for (MetricAmbition.Observation stated : ambition.actuals()) {
      if (stated.period() != null && !series.containsKey(stated.period())) {
        Measured measured = measure(spec, stated);
        if (measured != null) {
          series.put(stated.period(), measured);
        }
      }
    }
    List<Observed> observed = new ArrayList<>();
    Map<Period, Double> values = new HashMap<>();
    for (Map.Entry<Period, Measured> point : series.entrySet()) {
      if (point.getValue().ci95.published()) {
        values.put(point.getKey(), point.getValue().ci95.value());
      }
    }
    for (Map.Entry<Period, Measured> point : series.entrySet()) {
      Period period = point.getKey();
      Measured measured = point.getValue();
      Double planned = planIndex.planFor(period);
      observed.add(
          new Observed(
              period,
              measured.label != null ? measured.label : period.toString(),
              measured.source,
              measured.numerator,
              measured.denominator,
              measured.ci95,
              measured.ci998,
              planned,
              rag(spec.polarity(), measured.ci95, planned),
              ragNote(spec.polarity(), measured.ci95, planned),
              benchmarkMeasured.containsKey(period)
                  ? benchmarkMeasured.get(period).ci95.value()
                  : null,
              compare(spec, measured, benchmarkMeasured.get(period)),
              growth(spec, period, measured.ci95, values)));
    }
    Observed baseline = baseline(spec, ambition);
    SpcRun spc = spc(spec, observed, plan);
    return new MetricAssessment(
        entry.hwb(),
        spec,
        baseline,
        plan,
        observed,
        RecentTrend.of(spec, observed),
        spc.result,
        spc.note);
  }

  /** A value with its intervals, before it is judged. */
  private record Measured(
      String label,
      String source,
      BigDecimal numerator,
      BigDecimal denominator,
      Interval ci95,
      Interval ci998) {}

  private static Map<Period, List<Actual>> byPeriod(List<Actual> actuals) {
    Map<Period, List<Actual>> byPeriod = new LinkedHashMap<>();
    for (Actual actual : actuals) {
      byPeriod.computeIfAbsent(actual.period(), p -> new ArrayList<>()).add(actual);
    }
    return byPeriod;
  }

  private static Measured measure(MetricSpec spec, List<Actual> rows) {
    double multiplier = spec.multiplier().doubleValue();
    if (spec.kind() == MetricKind.DSR) {
      List<AgeBand> bands = new ArrayList<>(rows.size());
      BigDecimal numerator = BigDecimal.ZERO;
      BigDecimal denominator = BigDecimal.ZERO;
      for (Actual row : rows) {
        double weight =
            row.standardPopulation() != null
                ? row.standardPopulation().doubleValue()
                : Esp2013.weight(row.ageBand());
        bands.add(
            new AgeBand(
                row.ageBand(),
                row.numerator().doubleValue(),
                row.denominator().doubleValue(),
                weight));
        numerator = numerator.add(row.numerator());
        denominator = denominator.add(row.denominator());
      }
      return new Measured(
          null,
          "imported",
          numerator,
          denominator,
          Intervals.dsr(bands, multiplier, CONFIDENCE),
          Intervals.dsr(bands, multiplier, WIDE_CONFIDENCE));
    }
    Actual row = rows.get(0);
    return fromCounts(spec, row.numerator(), row.denominator(), null, "imported", null);
  }

  /** A value the plan document states: from its numerator and denominator, or as stated. */
  private static Measured measure(MetricSpec spec, MetricAmbition.Observation stated) {
    if (stated.numerator() != null && (spec.isCount() || stated.denominator() != null)) {
      Measured measured =
          fromCounts(
              spec,
              stated.numerator(),
              stated.denominator(),
              stated.value(),
              "plan",
              stated.periodLabel());
      if (measured != null) {
        return measured;
      }
    }
    if (stated.value() == null) {
      return null;
    }
    double value = stated.value().doubleValue();
    return new Measured(
        stated.periodLabel(),
        "plan",
        stated.numerator(),
        stated.denominator(),
        valueOnly(value, CONFIDENCE, "no interval: the plan states the value without its data"),
        valueOnly(
            value, WIDE_CONFIDENCE, "no interval: the plan states the value without its data"));
  }

  private static Measured fromCounts(
      MetricSpec spec,
      BigDecimal numerator,
      BigDecimal denominator,
      BigDecimal stated,
      String source,
      String label) {
    double x = numerator.doubleValue();
    double multiplier = spec.multiplier().doubleValue();
    try {
      switch (spec.kind()) {
        case COUNT:
          return new Measured(
              label,
              source,
              numerator,
              null,
              countInterval(x, CONFIDENCE),
              countInterval(x, WIDE_CONFIDENCE));
        case PROPORTION:
          return new Measured(
              label,
              source,
              numerator,
              denominator,
              Intervals.proportion(x, denominator.doubleValue(), multiplier, CONFIDENCE),
              Intervals.proportion(x, denominator.doubleValue(), multiplier, WIDE_CONFIDENCE));
        case CRUDE_RATE:
          return new Measured(
              label,
              source,
              numerator,
              denominator,
              Intervals.crudeRate(x, denominator.doubleValue(), multiplier, CONFIDENCE),
              Intervals.crudeRate(x, denominator.doubleValue(), multiplier, WIDE_CONFIDENCE));
        default:
          // A mean from a total and a count (or a standardised rate stated without its bands):
          // the value is known, its spread is not.
          if (denominator == null || denominator.signum() <= 0) {
            return null;
          }
          double value = x / denominator.doubleValue() * multiplier;
          String note = "no interval: a mean needs the individual values, not only their total";
          return new Measured(
              label,
              source,
              numerator,
              denominator,
              valueOnly(value, CONFIDENCE, note),
              valueOnly(value, WIDE_CONFIDENCE, note));
      }
    } catch (IllegalArgumentException e) {
      // Data the statistics refuse (a plan stating a numerator above its denominator): the
      // validation findings report it; here it has no value.
      return stated == null
          ? null
          : new Measured(
              label,
              source,
              numerator,
              denominator,
              valueOnly(stated.doubleValue(), CONFIDENCE, e.getMessage()),
              valueOnly(stated.doubleValue(), WIDE_CONFIDENCE, e.getMessage()));
    }
  }

  /** A count's interval: exact Poisson below 10 events, Byar's approximation from 10. */
  static Interval countInterval(double x, double confidence) {
    return x < 10 ? Intervals.poissonExact(x, confidence) : Intervals.byar(x, confidence);
  }

  private static Interval valueOnly(double value, double confidence, String note) {
    return new Interval(value, Double.NaN, Double.NaN, "none", confidence, note);
  }

  private static boolean hasLimits(Interval interval) {
    return interval.published()
        && !Double.isNaN(interval.lower())
        && !Double.isNaN(interval.upper());
  }

  private static Observed baseline(MetricSpec spec, MetricAmbition ambition) {
    MetricAmbition.Observation stated = ambition.baseline();
    if (stated == null || stated.period() == null) {
      return null;
    }
    Measured measured = measure(spec, stated);
    if (measured == null) {
      return null;
    }
    return new Observed(
        stated.period(),
        stated.periodLabel() != null ? stated.periodLabel() : stated.period().toString(),
        "plan",
        measured.numerator,
        measured.denominator,
        measured.ci95,
        measured.ci998,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The targets that have values, then the trajectory's months, in period order. */
  static List<MetricAssessment.PlanValue> planValues(MetricAmbition ambition) {
    List<MetricAssessment.PlanValue> values = new ArrayList<>();
    for (MetricAmbition.Observation target : ambition.targets()) {
      if (target.period() != null && target.value() != null) {
        values.add(
            new MetricAssessment.PlanValue(
                target.period(),
                target.periodLabel() != null ? target.periodLabel() : target.period().toString(),
                target.value().doubleValue(),
                target.payment(),
                "target"));
      }
    }
    if (ambition.trajectory() != null) {
      Trajectories.monthly(ambition.trajectory())
          .forEach(
              (month, value) ->
                  values.add(
                      new MetricAssessment.PlanValue(
                          Period.of(month),
                          month.toString(),
                          value.doubleValue(),
                          null,
                          "trajectory")));
    }
    values.sort((a, b) -> a.period().compareTo(b.period()));
    return values;
  }

  /**
   * The plan for a period: a target for exactly that period (the last one listed, where a plan
   * adjusted its target), else the trajectory's month, else, for rates, proportions and means, the
   * narrowest target whose period contains it (a year's rate applies to its months); a count's
   * target for a year says nothing about a month.
   */
  static Double planFor(MetricSpec spec, List<MetricAssessment.PlanValue> plan, Period period) {
    return new PlanIndex(spec, plan).planFor(period);
  }

  /** The plan values by period, so each actual finds its plan without a scan of every month. */
  private static final class PlanIndex {
    private final boolean additive;
    private final Map<Period, Double> targets = new HashMap<>();
    private final Map<Period, Double> trajectory = new HashMap<>();
    private final List<MetricAssessment.PlanValue> targetList = new ArrayList<>();

    PlanIndex(MetricSpec spec, List<MetricAssessment.PlanValue> plan) {
      this.additive = spec.kind().additive();
      for (MetricAssessment.PlanValue value : plan) {
        if (value.source().equals("target")) {
          targets.put(value.period(), value.value());
          targetList.add(value);
        } else {
          trajectory.put(value.period(), value.value());
        }
      }
    }

    Double planFor(Period period) {
      Double exact = targets.get(period);
      if (exact != null) {
        return exact;
      }
      Double month = trajectory.get(period);
      if (month != null || additive) {
        return month;
      }
      Double containing = null;
      long narrowest = Long.MAX_VALUE;
      for (MetricAssessment.PlanValue value : targetList) {
        if (!period.first().isBefore(value.period().first())
            && !period.last().isAfter(value.period().last())
            && value.period().months() <= narrowest) {
          narrowest = value.period().months();
          containing = value.value();
        }
      }
      return containing;
    }
  }

  static Rag rag(Polarity polarity, Interval actual, Double plan) {
    if (plan == null || polarity == Polarity.NO_JUDGEMENT || !actual.published()) {
      return null;
    }
    if (!polarity.worse(actual.value(), plan)) {
      return Rag.GREEN;
    }
    if (hasLimits(actual) && actual.contains(plan)) {
      return Rag.AMBER;
    }
    return Rag.RED;
  }

  private static String ragNote(Polarity polarity, Interval actual, Double plan) {
    Rag rag = rag(polarity, actual, plan);
    if (rag == Rag.RED && !hasLimits(actual)) {
      return "missed; with no interval its significance cannot be tested";
    }
    return null;
  }

  private static BenchmarkResult compare(MetricSpec spec, Measured area, Measured benchmark) {
    if (benchmark == null || !hasLimits(area.ci95)) {
      return null;
    }
    if (spec.kind() == MetricKind.PROPORTION
        && area.denominator != null
        && benchmark.denominator != null
        && benchmark.denominator.signum() > 0) {
      double p0 = benchmark.numerator.doubleValue() / benchmark.denominator.doubleValue();
      return bcf.statistics.Benchmarks.compareProportion(
          area.numerator.doubleValue(), area.denominator.doubleValue(), p0, spec.polarity());
    }
    return bcf.statistics.Benchmarks.compare(
        area.ci95, area.ci998, benchmark.ci95.value(), spec.polarity());
  }

  private static Observed.Growth growth(
      MetricSpec spec, Period period, Interval current, Map<Period, Double> values) {
    if (!current.published()) {
      return null;
    }
    Period previous =
        new Period(period.kind(), period.first().minusMonths(12), period.last().minusMonths(12));
    Double before = values.get(previous);
    if (before == null) {
      return null;
    }
    double change = current.value() - before;
    Double percent = before == 0 ? null : change / Math.abs(before) * 100;
    Double weekly = null;
    Double weeklyChange = null;
    if (spec.isCount()) {
      weekly = current.value() * 7 / days(period);
      weeklyChange = weekly - before * 7 / days(previous);
    }
    return new Observed.Growth(previous, before, change, percent, weekly, weeklyChange);
  }

  private static long days(Period period) {
    return period.first().atDay(1).until(period.last().atEndOfMonth(), ChronoUnit.DAYS) + 1;
  }

  /**
   * The assessment with its control chart drawn again with an analyst's choices. The points,
   * polarity and target stay the assessment's own.
   *
   * @param rebaseName the re-base parameter as the caller knows it, for messages
   * @throws ParameterException for a re-base period that is not on the chart or leaves a segment of
   *     one point, or for choices when the metric has no chart to redraw
   */
  public static MetricAssessment rechart(
      MetricAssessment a, ChartChoices choices, String rebaseName) {
    if (choices.asBcfDraws()) {
      return a;
    }
    if (a.spc() == null) {
      throw new ParameterException(
          a.spec().code() + " has no control chart to redraw: " + a.spcNote());
    }
    SpcOptions options =
        a.spc().options().withScreening(choices.screening()).withFixAfter(choices.fixAfter());
    SpcResult chart =
        SpcCsv.chart(SpcCsv.Series.of(a.spc()), options, rebaseName, choices.rebaseAt());
    return new MetricAssessment(
        a.hwb(), a.spec(), a.baseline(), a.plan(), a.actuals(), a.trend(), chart, a.spcNote());
  }

  private record SpcRun(SpcResult result, String note) {}

  /**
   * An XmR chart of a monthly or quarterly series of at least {@value #SPC_MINIMUM_POINTS} points,
   * with the plan for the latest period as the target for the assurance icon.
   */
  private static SpcRun spc(
      MetricSpec spec, List<Observed> observed, List<MetricAssessment.PlanValue> plan) {
    // One kind of period: the latest point's, or the other when only it has enough points (a
    // plan may state quarters, then import months).
    Map<Period.Kind, List<Observed>> byKind = new HashMap<>();
    Period.Kind latest = null;
    for (Observed o : observed) {
      Period.Kind k = o.period().kind();
      if (o.hasValue() && (k == Period.Kind.MONTH || k == Period.Kind.QUARTER)) {
        byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
        latest = k;
      }
    }
    List<Observed> periodic = latest == null ? List.of() : byKind.get(latest);
    if (periodic.size() < SPC_MINIMUM_POINTS) {
      Period.Kind other = latest == Period.Kind.MONTH ? Period.Kind.QUARTER : Period.Kind.MONTH;
      periodic = byKind.getOrDefault(other, periodic);
    }
    if (periodic.size() < SPC_MINIMUM_POINTS) {
      int months = byKind.getOrDefault(Period.Kind.MONTH, List.of()).size();
      int quarters = byKind.getOrDefault(Period.Kind.QUARTER, List.of()).size();
      String there =
          months > 0 && quarters > 0
              ? "are " + months + " monthly and " + quarters + " quarterly"
              : months + quarters == 1 ? "is 1" : "are " + (months + quarters);
      return new SpcRun(
          null,
          "a control chart needs at least "
              + SPC_MINIMUM_POINTS
              + " monthly or quarterly points of one kind; there "
              + there);
    }
    List<SpcObservation> points = new ArrayList<>(periodic.size());
    for (Observed o : periodic) {
      points.add(new SpcObservation(o.period().toString(), o.value()));
    }
    Period last = periodic.get(periodic.size() - 1).period();
    Double target = planFor(spec, plan, last);
    SpcOptions options = SpcOptions.defaults().withPolarity(spec.polarity()).withTarget(target);
    return new SpcRun(XmrChart.calculate(points, options), null);
  }
}
