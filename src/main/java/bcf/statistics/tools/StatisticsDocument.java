package bcf.statistics.tools;

import bcf.statistics.Interval;
import bcf.statistics.spc.SpcOptions;
import bcf.statistics.spc.SpcPoint;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.spc.SpcSegment;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of the statistics tools, one shape for the command line ({@code bcf metrics compute
 * --format json}, {@code bcf metrics spc --format json}) and the API ({@code POST
 * /api/v1/metrics/compute}, {@code POST /api/v1/metrics/spc}). Values are full-precision numbers; a
 * value that is not published (an interval with no lower limit, say) is null.
 */
public final class StatisticsDocument {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private StatisticsDocument() {}

  /** An array, one object per row or group, with the value, its interval and the method. */
  public static ArrayNode intervals(List<IntervalsCsv.Result> results) {
    ArrayNode array = NODES.arrayNode();
    for (IntervalsCsv.Result result : results) {
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
        node.put(IntervalsCsv.NUMERATOR, result.numerator());
        node.put(IntervalsCsv.DENOMINATOR, result.denominator());
      }
      if (interval.note() != null) {
        node.put("note", interval.note());
      }
    }
    return array;
  }

  /** The chart: limits, icons, options, segments and every point with its special cause. */
  public static ObjectNode spc(SpcResult result, SpcCsv.Series series) {
    SpcOptions options = result.options();
    ObjectNode node = NODES.objectNode();
    number(node, "mean", result.mean());
    number(node, "lowerProcessLimit", result.lowerProcessLimit());
    number(node, "upperProcessLimit", result.upperProcessLimit());
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
      number(p, "mean", point.mean());
      number(p, "lowerProcessLimit", point.lowerProcessLimit());
      number(p, "upperProcessLimit", point.upperProcessLimit());
      p.put("specialCause", point.specialCause());
      p.put("rule", point.rule());
      p.put("type", point.type());
    }
    return node;
  }

  private static void number(ObjectNode node, String name, double value) {
    if (Double.isNaN(value)) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }
}
