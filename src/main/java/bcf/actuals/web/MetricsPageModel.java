package bcf.actuals.web;

import bcf.actuals.MetricsService;
import bcf.metric.ChartChoices;
import bcf.metric.MetricAssessment;
import bcf.metric.MetricAssessor;
import bcf.metric.MetricCharts;
import bcf.metric.Observed;
import bcf.metric.Rag;
import bcf.plan.Hwb;
import bcf.statistics.chart.ChartNumbers;
import bcf.statistics.chart.ChartTable;
import bcf.statistics.chart.PlanActualChart;
import bcf.statistics.chart.SpcChart;
import bcf.statistics.chart.SpcIcons;
import bcf.statistics.spc.SpcWords;
import bcf.statistics.tools.ParameterException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the metrics page shows for one HWB: a summary row per metric (baseline, plan, latest actual
 * with its interval, RAG, trend, benchmark) and a section per metric with its charts and their data
 * as tables.
 */
record MetricsPageModel(
    String hwb, String hwbName, List<Hwb> hwbs, List<Row> rows, List<Section> sections) {

  record Row(
      String code,
      String name,
      String baseline,
      String plan,
      String latestPeriod,
      String latest,
      String interval,
      String ragCode,
      String ragLabel,
      String ragTag,
      String trend,
      String comparison) {}

  record Section(
      String code,
      String name,
      String definition,
      String planSvg,
      ChartTable planTable,
      String spcSvg,
      ChartTable spcTable,
      String spcNote,
      String variation,
      String assurance,
      String variationIcon,
      String assuranceIcon,
      List<String> notes,
      Redraw redraw,
      String rebaseExample) {}

  /**
   * An analyst's choices for one metric's control chart, as given (so the form shows them back),
   * the problems with them by field ({@link ChartChoices#SCREENING} and the others), and the
   * redrawn chart described in words; {@link #NONE} for the charts as bcf draws them.
   */
  record Redraw(
      String metric,
      String screening,
      String fixAfter,
      String rebaseAt,
      Map<String, String> errors,
      String note) {

    static final Redraw NONE = new Redraw(null, null, null, null);

    /** The fields as the form labels them, so that each message names what to change. */
    static final ChartChoices.Names NAMES =
        new ChartChoices.Names("Outlying moving ranges", "Fix the limits after", "Re-base at");

    Redraw(String metric, String screening, String fixAfter, String rebaseAt) {
      this(metric, screening, fixAfter, rebaseAt, Map.of(), null);
    }

    /** For a metric's form: the choices given for it, or none. */
    Redraw forMetric(String code) {
      return code.equals(metric) ? this : new Redraw(code, null, null, null);
    }

    private ChartChoices.Read read() {
      return ChartChoices.read(screening, fixAfter, rebaseAt, NAMES);
    }

    /** Whether the form ticks "screen them out": unless screening was turned off. */
    public boolean screened() {
      return read().choices().screening();
    }

    /** Whether the chart differs from bcf's own drawing, or the choices failed: the form opens. */
    public boolean changed() {
      return !errors.isEmpty() || !read().choices().asBcfDraws();
    }

    public String error(String field) {
      return errors.get(field);
    }

    /** The assessment with its chart drawn as chosen, or as bcf draws it with the problems. */
    Result apply(MetricAssessment a) {
      if (a.spc() == null) {
        return new Result(a, this); // no chart, so no form to redraw it
      }
      ChartChoices.Read read = read();
      // Fields that cannot be read keep bcf's choice, so the re-base periods are still checked
      // and every problem is shown at once.
      Map<String, String> problems = new LinkedHashMap<>(read.errors());
      ChartChoices choices = read.choices();
      MetricAssessment redrawn = a;
      try {
        redrawn = MetricAssessor.rechart(a, choices, NAMES.rebaseAt());
      } catch (ParameterException e) {
        problems.put(ChartChoices.REBASE_AT, e.getMessage());
      }
      if (!problems.isEmpty()) {
        return new Result(a, withErrors(problems));
      }
      return new Result(
          redrawn, new Redraw(metric, screening, fixAfter, rebaseAt, Map.of(), choices.describe()));
    }

    private Redraw withErrors(Map<String, String> problems) {
      return new Redraw(
          metric,
          screening,
          fixAfter,
          rebaseAt,
          java.util.Collections.unmodifiableMap(problems),
          null);
    }

    record Result(MetricAssessment assessment, Redraw redraw) {}
  }

  /** A problem for the error summary, linking to its field. */
  record ErrorLink(String href, String message) {}

  /** Every redraw problem on the page, in the order of the sections and their fields. */
  public List<ErrorLink> errors() {
    List<ErrorLink> links = new ArrayList<>();
    for (Section section : sections) {
      for (String field :
          List.of(ChartChoices.REBASE_AT, ChartChoices.FIX_AFTER, ChartChoices.SCREENING)) {
        String message = section.redraw().error(field);
        if (message != null) {
          String id = field.equals(ChartChoices.SCREENING) ? "screening-on" : field;
          links.add(new ErrorLink("#" + id + "-" + section.code(), message));
        }
      }
    }
    return links;
  }

  static MetricsPageModel of(MetricsService.MetricsView view, String hwb, Redraw choices) {
    List<Row> rows = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    for (MetricAssessment assessed : view.of(hwb)) {
      Redraw.Result drawn = choices.forMetric(assessed.spec().code()).apply(assessed);
      MetricAssessment a = drawn.assessment();
      Observed latest = a.latest().orElse(null);
      String unit = a.spec().unit().isEmpty() ? "" : " " + a.spec().unit();
      Observed baseline = a.baseline();
      rows.add(
          new Row(
              a.spec().code(),
              a.spec().name(),
              baseline == null
                  ? ""
                  : ChartNumbers.value(baseline.value())
                      + unit
                      + " ("
                      + bcf.kernel.PeriodWords.of(baseline.period())
                      + ")",
              latest == null || latest.plan() == null
                  ? latestPlan(a)
                  : ChartNumbers.value(latest.plan()),
              latest == null ? "" : bcf.kernel.PeriodWords.of(latest.period()),
              latest == null ? "No actuals" : ChartNumbers.value(latest.value()),
              latest == null ? "" : interval(latest),
              latest == null || latest.rag() == null ? null : latest.rag().code(),
              latest == null || latest.rag() == null ? "No judgement" : latest.rag().label(),
              latest == null || latest.rag() == null ? "govuk-tag--grey" : tag(latest.rag()),
              a.trend().span() == null
                  ? a.trend().trend().describe(a.spec().polarity())
                  : a.trend().trend().describe(a.spec().polarity()) + " (" + a.trend().span() + ")",
              latest == null || latest.comparison() == null
                  ? "not compared"
                  : latest.comparison().description()));
      PlanActualChart planChart = MetricCharts.planActual(a);
      SpcChart spcChart = a.spc() == null ? null : MetricCharts.spc(a);
      List<String> notes = new ArrayList<>();
      if (latest != null && latest.ragNote() != null) {
        notes.add(latest.ragNote());
      }
      if (latest != null && latest.ci95().note() != null) {
        notes.add(latest.ci95().note());
      }
      sections.add(
          new Section(
              a.spec().code(),
              a.spec().name(),
              definition(a),
              planChart.svg(),
              planChart.table(),
              spcChart == null ? null : spcChart.svg(),
              spcChart == null ? null : spcChart.table(),
              a.spcNote(),
              a.spc() == null ? null : SpcWords.variation(a.spc().variation()),
              a.spc() == null ? null : SpcWords.assurance(a.spc()),
              a.spc() == null ? null : SpcIcons.variation(a.spc().variation()),
              a.spc() == null ? null : SpcIcons.assurance(a.spc()),
              notes,
              drawn.redraw(),
              a.spc() == null ? null : a.spc().points().get(a.spc().points().size() / 2).label()));
    }
    Hwb current = view.plan().plan().hwb(hwb).orElse(null);
    return new MetricsPageModel(
        hwb, current == null ? hwb : current.name(), view.plan().plan().hwbs(), rows, sections);
  }

  private static String latestPlan(MetricAssessment a) {
    return a.plan().isEmpty()
        ? "No plan value"
        : ChartNumbers.value(a.plan().get(a.plan().size() - 1).value())
            + " ("
            + bcf.kernel.PeriodWords.of(a.plan().get(a.plan().size() - 1).period())
            + ")";
  }

  private static String interval(Observed o) {
    if (Double.isNaN(o.ci95().lower())) {
      return "no interval";
    }
    return ChartNumbers.value(o.ci95().lower())
        + " to "
        + ChartNumbers.value(o.ci95().upper())
        + " ("
        + o.ci95().method()
        + ")";
  }

  private static String tag(Rag rag) {
    return switch (rag) {
      case GREEN -> "govuk-tag--green";
      case AMBER -> "govuk-tag--yellow";
      case RED -> "govuk-tag--red";
    };
  }

  private static String definition(MetricAssessment a) {
    return a.spec().kind().code().replace('-', ' ')
        + (a.spec().unit().isEmpty() ? "" : ", " + a.spec().unit())
        + "; "
        + a.spec().polarity().code().replace('-', ' ')
        + "; reported by "
        + a.spec().periodType().replace('-', ' ')
        + (a.spec().window() == null ? "" : " (" + a.spec().window().label() + ")");
  }
}
