package bcf.actuals.web;

import bcf.actuals.ActualsRepository;
import bcf.actuals.MetricsService;
import bcf.metric.MetricAssessment;
import bcf.metric.Observed;
import bcf.statistics.Interval;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.tools.SpcCsv;
import bcf.statistics.tools.StatisticsDocument;
import java.math.BigDecimal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of metric assessments, shared by the API and the command line: values and limits as
 * full-precision numbers (null where not published), periods in their written form, RAG,
 * comparison, trend and the control chart.
 */
public final class MetricsDocument {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MetricsDocument() {}

  /** The whole view: each HWB with its metrics, and the imports. */
  public static ObjectNode of(MetricsService.MetricsView view) {
    ObjectNode root = NODES.objectNode();
    root.put("plan", view.plan().record().id());
    root.put("version", view.plan().version());
    root.put("actualsShown", view.actualsShown());
    ArrayNode hwbs = root.putArray("hwbs");
    for (String hwb : view.metrics().hwbs()) {
      ObjectNode node = hwbs.addObject();
      node.put("hwb", hwb);
      view.plan().plan().hwb(hwb).ifPresent(h -> node.put("name", h.name()));
      ArrayNode metrics = node.putArray("metrics");
      view.of(hwb).forEach(a -> metrics.add(assessment(a, false)));
    }
    ArrayNode imports = root.putArray("imports");
    for (ActualsRepository.Import i : view.imports()) {
      ObjectNode node = imports.addObject();
      node.put("id", i.id());
      node.put("fileName", i.fileName());
      node.put("rows", i.rows());
      node.put("importedBy", i.importedBy());
      node.put("importedAt", i.importedAt().toString());
    }
    return root;
  }

  /** One assessment; with {@code full}, every actual and the control chart's points. */
  public static ObjectNode assessment(MetricAssessment a, boolean full) {
    ObjectNode node = NODES.objectNode();
    node.put("hwb", a.hwb());
    node.put("metric", a.spec().code());
    node.put("name", a.spec().name());
    node.put("type", a.spec().kind().code());
    node.put("multiplier", a.spec().multiplier());
    node.put("unit", a.spec().unit());
    node.put("polarity", a.spec().polarity().code());
    node.put("periodType", a.spec().periodType());
    if (a.baseline() != null) {
      node.set("baseline", observed(a.baseline()));
    } else {
      node.putNull("baseline");
    }
    ArrayNode plan = node.putArray("plan");
    for (MetricAssessment.PlanValue value : a.plan()) {
      ObjectNode p = plan.addObject();
      p.put("period", value.period().toString());
      p.put("label", value.label());
      p.put("value", value.value());
      p.put("source", value.source());
      text(p, "payment", value.payment());
    }
    a.latest().ifPresentOrElse(l -> node.set("latest", observed(l)), () -> node.putNull("latest"));
    node.put(
        "trend", a.trend().trend().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    node.put("trendDescription", a.trend().trend().describe(a.spec().polarity()));
    ArrayNode trendYears = node.putArray("trendYears");
    a.trend().years().forEach(y -> trendYears.add(y.toString()));
    if (full) {
      ArrayNode actuals = node.putArray("actuals");
      a.actuals().forEach(o -> actuals.add(observed(o)));
    } else {
      node.put("actualCount", a.actuals().size());
    }
    if (a.spc() != null) {
      node.set("spc", spc(a.spc(), full));
    } else {
      node.putNull("spc");
      node.put("spcNote", a.spcNote());
    }
    return node;
  }

  static ObjectNode observed(Observed o) {
    ObjectNode node = NODES.objectNode();
    node.put("period", o.period().toString());
    node.put("label", o.label());
    node.put("source", o.source());
    decimal(node, "numerator", o.numerator());
    decimal(node, "denominator", o.denominator());
    number(node, "value", o.ci95().value());
    interval(node, "ci95", o.ci95());
    interval(node, "ci998", o.ci998());
    number(node, "plan", o.plan());
    number(node, "variance", o.variance());
    number(node, "variancePercent", o.variancePercent());
    text(node, "rag", o.rag() == null ? null : o.rag().code());
    text(node, "ragNote", o.ragNote());
    number(node, "benchmark", o.benchmark());
    text(node, "comparison", o.comparison() == null ? null : o.comparison().description());
    if (o.growth() != null) {
      ObjectNode growth = node.putObject("growth");
      growth.put("previousPeriod", o.growth().previous().toString());
      number(growth, "previousValue", o.growth().previousValue());
      number(growth, "change", o.growth().change());
      number(growth, "percent", o.growth().percent());
      number(growth, "weeklyVolume", o.growth().weeklyVolume());
      number(growth, "weeklyChange", o.growth().weeklyChange());
    } else {
      node.putNull("growth");
    }
    return node;
  }

  /**
   * A control chart: in full, the shape {@code bcf metrics spc --format json} prints (options,
   * segments, every point); in summary, its limits and icons.
   */
  public static ObjectNode spc(SpcResult spc, boolean withPoints) {
    if (withPoints) {
      return StatisticsDocument.spc(spc, SpcCsv.Series.of(spc));
    }
    ObjectNode node = NODES.objectNode();
    number(node, "mean", spc.mean());
    number(node, "lowerProcessLimit", spc.lowerProcessLimit());
    number(node, "upperProcessLimit", spc.upperProcessLimit());
    text(node, "variation", spc.variation());
    text(node, "assurance", spc.assurance());
    return node;
  }

  private static void interval(ObjectNode node, String name, Interval interval) {
    ObjectNode i = node.putObject(name);
    number(i, "lower", interval.lower());
    number(i, "upper", interval.upper());
    i.put("method", interval.method());
    i.put("confidence", interval.confidence());
    text(i, "note", interval.note());
  }

  static void number(ObjectNode node, String name, Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      node.putNull(name);
    } else {
      node.put(name, value.doubleValue());
    }
  }

  private static void decimal(ObjectNode node, String name, BigDecimal value) {
    if (value == null) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }

  private static void text(ObjectNode node, String name, String value) {
    if (value == null) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }
}
