package bcf.planning.web;

import bcf.kernel.FinancialYear;
import bcf.kernel.Period;
import bcf.kernel.PeriodWords;
import bcf.plan.Hwb;
import bcf.plan.Plan;
import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Option;
import bcf.planning.web.EditForm.Section;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form of the metrics part: which of the round's metrics the plan sets (per HWB of a joint
 * plan), each chosen by name, added and removed; each metric's baseline and trajectory; and each
 * metric's targets, their periods chosen from the periods of the metric's period type. Periods are
 * shown in words ("April 2025", "Quarter 1 (April to June 2025)").
 */
final class MetricForms {

  private MetricForms() {}

  /** The trajectory methods, in words ({@code bcf.metric.Trajectories.METHODS}). */
  private static final List<Option> METHODS =
      List.of(
          new Option("straight-line", "A straight line from the start to the target"),
          new Option("flat", "Held at the starting value"),
          new Option("per-period", "A value for each period"));

  static List<Section> of(Plan plan, Round round, List<FinancialYear> years, ObjectNode document) {
    List<FinancialYear> span = span(years);
    List<Section> sections = new ArrayList<>();
    String rows = "/metrics";
    List<Option> anyPeriod = new ArrayList<>();
    Set<String> types = new LinkedHashSet<>();
    for (MetricDefinition metric : round.metrics()) {
      if (types.add(metric.periodType() + "|" + metric.window())) {
        for (Option option : periods(metric, span)) {
          if (anyPeriod.stream().noneMatch(o -> o.value().equals(option.value()))) {
            anyPeriod.add(option);
          }
        }
      }
    }
    for (FinancialYear year : span) {
      Option option = option(Period.of(year));
      if (anyPeriod.stream().noneMatch(o -> o.value().equals(option.value()))) {
        anyPeriod.add(option); // a baseline is often a whole year
      }
    }
    anyPeriod.sort((a, b) -> Period.parse(a.value()).compareTo(Period.parse(b.value())));
    List<Column> columns = new ArrayList<>();
    if (plan.isJoint()) {
      columns.add(
          field(rows, "hwb")
              .choosing(plan.hwbs().stream().map(h -> new Option(h.id(), name(h))).toList()));
    }
    columns.add(
        field(rows, "metric")
            .choosing(
                round.metrics().stream()
                    .map(m -> new Option(m.code(), m.name() == null ? m.code() : m.name()))
                    .toList()));
    columns.add(field(rows, "baseline/period").choosing(anyPeriod).titled("Baseline period"));
    columns.add(field(rows, "baseline/numerator").titled("Baseline numerator"));
    columns.add(field(rows, "baseline/denominator").titled("Baseline denominator"));
    columns.add(field(rows, "baseline/value").titled("Baseline value"));
    columns.add(optional(field(rows, "trajectory/method").choosing(METHODS).titled("Trajectory")));
    columns.add(
        field(rows, "trajectory/from/period").choosing(anyPeriod).titled("Trajectory starts at"));
    columns.add(field(rows, "trajectory/from/value").titled("Starting value"));
    columns.add(
        field(rows, "trajectory/to/period").choosing(anyPeriod).titled("Trajectory ends at"));
    columns.add(field(rows, "trajectory/to/value").titled("Value it ends at"));
    columns.add(
        field(rows, "trajectory/startPeriod").choosing(anyPeriod).titled("Starts moving in"));
    columns.add(field(rows, "trajectory/heldUntil").choosing(anyPeriod).titled("Held until"));
    columns.add(field(rows, "notes").multiline());
    sections.add(new Section(rows, "Metrics", "Metric", columns, true, true));

    JsonNode metrics = document.path("metrics");
    for (int i = 0; i < metrics.size(); i++) {
      String code = metrics.get(i).path("metric").asString("");
      MetricDefinition definition = round.metric(code).orElse(null);
      String name = definition == null ? code : definition.name();
      List<Option> periods = definition == null ? anyPeriod : periods(definition, span);
      String targets = rows + "/" + i + "/targets";
      sections.add(
          new Section(
              targets,
              "Targets: " + name,
              "Target",
              List.of(
                  field(targets, "period").choosing(periods),
                  field(targets, "periodLabel"),
                  field(targets, "payment"),
                  field(targets, "numerator"),
                  field(targets, "denominator"),
                  field(targets, "value")),
              false,
              true));
    }
    return sections;
  }

  /**
   * The form of one metric's page ({@code MetricPages}): the metric and its HWB chosen by name, its
   * baseline, its trajectory's method and ends, a value for each period of the metric's period type
   * over the plan's years, and notes. Every period is offered in words; the periods the stored
   * ambition already names are offered too, so none shows as a code.
   */
  static Section ambition(
      Plan plan, Round round, List<FinancialYear> years, MetricDefinition metric, JsonNode stored) {
    String rows = "/metrics";
    List<Option> choices = choices(metric, years, stored);
    List<Column> columns = new ArrayList<>();
    if (plan.isJoint()) {
      columns.add(
          field(rows, "hwb")
              .choosing(plan.hwbs().stream().map(h -> new Option(h.id(), name(h))).toList()));
    }
    columns.add(field(rows, "metric").choosing(metricOptions(round)));
    if (local(metric, stored)) {
      // A local metric is the plan's own: its name and what it measures are the plan's words.
      columns.add(field(rows, "name").titled("Name of the local metric"));
      columns.add(field(rows, "description").multiline().titled("What the local metric measures"));
    }
    columns.add(field(rows, "baseline/period").choosing(choices).titled("Baseline period"));
    columns.add(field(rows, "baseline/numerator").titled("Baseline numerator"));
    columns.add(field(rows, "baseline/denominator").titled("Baseline denominator"));
    columns.add(field(rows, "baseline/value").titled("Baseline value"));
    columns.add(
        optional(
            field(rows, "trajectory/method")
                .choosing(METHODS)
                .titled("How the trajectory is drawn")));
    columns.add(
        field(rows, "trajectory/from/period").choosing(choices).titled("Trajectory starts at"));
    columns.add(field(rows, "trajectory/from/value").titled("Starting value"));
    columns.add(field(rows, "trajectory/to/period").choosing(choices).titled("Trajectory ends at"));
    columns.add(field(rows, "trajectory/to/value").titled("Value it ends at"));
    columns.add(field(rows, "trajectory/startPeriod").choosing(choices).titled("Starts moving in"));
    columns.add(field(rows, "trajectory/heldUntil").choosing(choices).titled("Held until"));
    for (Period period : trajectoryPeriods(metric, years)) {
      columns.add(field(rows, "trajectory/values/" + period).titled("Value for " + words(period)));
    }
    columns.add(field(rows, "notes").multiline());
    return new Section(rows, "Metrics", "Metric", columns, true, true);
  }

  /** Whether the metric is the plan's own: the round says it is local, or the plan defines it. */
  static boolean local(MetricDefinition metric, JsonNode stored) {
    return (metric != null && "local".equals(metric.type()))
        || (stored != null && stored.hasNonNull("definition"));
  }

  /** The targets of the metric at {@code index}, their periods chosen in words. */
  static Section targets(
      int index, MetricDefinition metric, List<FinancialYear> years, JsonNode stored) {
    String targets = "/metrics/" + index + "/targets";
    return new Section(
        targets,
        "Targets",
        "Target",
        List.of(
            field(targets, "period").choosing(choices(metric, years, stored)),
            field(targets, "periodLabel"),
            field(targets, "payment"),
            field(targets, "numerator"),
            field(targets, "denominator"),
            field(targets, "value")),
        false,
        true);
  }

  /** The round's metrics by name, their codes as values. */
  static List<Option> metricOptions(Round round) {
    return round.metrics().stream()
        .map(m -> new Option(m.code(), m.name() == null ? m.code() : m.name()))
        .toList();
  }

  /**
   * The periods a trajectory gives a value for: those of the metric's period type over the plan's
   * years (months, quarters, the metric's window in each year, or the years themselves).
   */
  static List<Period> trajectoryPeriods(MetricDefinition metric, List<FinancialYear> years) {
    List<Period> periods = new ArrayList<>();
    String type = metric == null || metric.periodType() == null ? "" : metric.periodType();
    for (FinancialYear year : years) {
      switch (type) {
        case "month" -> {
          for (int m = 0; m < 12; m++) {
            periods.add(Period.of(year.firstMonth().plusMonths(m)));
          }
        }
        case "quarter" -> {
          for (int q = 1; q <= 4; q++) {
            periods.add(Period.parse(year + " Q" + q));
          }
        }
        case "custom" ->
            periods.add(
                metric.window() != null ? metric.window().in(year.startYear()) : Period.of(year));
        default -> periods.add(Period.of(year));
      }
    }
    return periods;
  }

  /**
   * The periods a baseline, target or trajectory end may be chosen from: the metric's periods over
   * the plan's years and the year before, the years themselves, and any period the stored ambition
   * already names (a baseline averaged over January to May 2017), in order.
   */
  private static List<Option> choices(
      MetricDefinition metric, List<FinancialYear> years, JsonNode stored) {
    java.util.TreeSet<Period> periods = new java.util.TreeSet<>();
    List<FinancialYear> span = span(years);
    if (metric != null) {
      periods.addAll(periods(metric, span).stream().map(o -> Period.parse(o.value())).toList());
    }
    span.forEach(y -> periods.add(Period.of(y)));
    if (stored != null) {
      for (String at :
          List.of(
              "/baseline/period",
              "/trajectory/from/period",
              "/trajectory/to/period",
              "/trajectory/startPeriod",
              "/trajectory/heldUntil")) {
        addPeriod(periods, stored.at(at));
      }
      stored.path("targets").forEach(t -> addPeriod(periods, t.path("period")));
    }
    return periods.stream().map(MetricForms::option).toList();
  }

  private static void addPeriod(java.util.Set<Period> periods, JsonNode value) {
    if (value.isString()) {
      try {
        periods.add(Period.parse(value.asString()));
      } catch (IllegalArgumentException e) {
        // not a period: the document reader refuses it; nothing to offer
      }
    }
  }

  /** The plan's years and the year before them, where baselines usually are. */
  private static List<FinancialYear> span(List<FinancialYear> years) {
    List<FinancialYear> span = new ArrayList<>();
    if (!years.isEmpty()) {
      span.add(years.get(0).previous());
    }
    span.addAll(years);
    return span;
  }

  /** The periods of a metric's period type in these years, each in words. */
  static List<Option> periods(MetricDefinition metric, List<FinancialYear> years) {
    List<Option> options = new ArrayList<>();
    for (FinancialYear year : years) {
      String type = metric.periodType() == null ? "" : metric.periodType();
      switch (type) {
        case "month" -> {
          for (int m = 0; m < 12; m++) {
            YearMonth month = year.firstMonth().plusMonths(m);
            options.add(option(Period.of(month)));
          }
        }
        case "quarter" -> {
          for (int q = 1; q <= 4; q++) {
            options.add(option(Period.parse(year + " Q" + q)));
          }
        }
        case "custom" -> {
          if (metric.window() != null) {
            options.add(option(metric.window().in(year.startYear())));
          }
          options.add(option(Period.of(year)));
        }
        default -> options.add(option(Period.of(year)));
      }
    }
    return options;
  }

  private static Option option(Period period) {
    return new Option(period.toString(), words(period));
  }

  /** A period in words ({@link PeriodWords}, the one place periods are worded). */
  static String words(Period period) {
    return PeriodWords.of(period);
  }

  private static Column field(String rows, String suffix) {
    return Column.described(rows, suffix);
  }

  /** The trajectory's method is required only once there is a trajectory. */
  private static Column optional(Column column) {
    return new Column(column.suffix(), column.label(), column.kind(), column.options(), false);
  }

  private static String name(Hwb h) {
    return h.name() == null ? h.id() : h.name();
  }
}
