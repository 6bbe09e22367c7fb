package bcf.analysis;

import bcf.metric.MetricSpec;
import bcf.metric.Trajectories;
import bcf.plan.ConditionAnswer;
import bcf.plan.MetricAmbition;
import bcf.plan.Plan;
import bcf.plan.Risk;
import bcf.plan.SignOff;
import bcf.round.Round;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The non-financial parts of the summary: conditions, metrics, risks, sign-offs. */
final class PlanSections {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlanSections() {}

  static ArrayNode conditions(Plan plan) {
    ArrayNode array = NODES.arrayNode();
    for (ConditionAnswer answer : plan.nationalConditions()) {
      ObjectNode node = array.addObject();
      text(node, "hwb", answer.hwb());
      node.put("condition", answer.condition());
      text(node, "subItem", answer.subItem());
      node.put("status", answer.status() == null ? "not-answered" : code(answer.status()));
      text(node, "answer", answer.answer() == null ? null : code(answer.answer()));
      text(
          node,
          "expectedDate",
          answer.expectedDate() == null ? null : answer.expectedDate().toString());
      if (answer.regionalPercentMet() != null) {
        node.put("regionalPercentMet", answer.regionalPercentMet());
      }
    }
    return array;
  }

  static ArrayNode metrics(Plan plan, Round round) {
    ArrayNode array = NODES.arrayNode();
    for (MetricAmbition metric : plan.metrics()) {
      Optional<MetricSpec> values = MetricSpec.of(metric, round);
      ObjectNode node = array.addObject();
      text(node, "hwb", metric.hwb());
      node.put("metric", metric.metric());
      node.put("name", values.map(MetricSpec::name).orElse(metric.metric()));
      if (metric.baseline() != null) {
        node.set("baseline", observation(metric.baseline(), values));
      }
      ArrayNode targets = node.putArray("targets");
      metric.targets().forEach(t -> targets.add(observation(t, values)));
      ArrayNode actuals = node.putArray("actuals");
      metric.actuals().forEach(a -> actuals.add(observation(a, values)));
      if (metric.trajectory() != null) {
        ObjectNode trajectory = node.putObject("trajectory");
        trajectory.put("method", metric.trajectory().method());
        ObjectNode monthly = trajectory.putObject("monthly");
        Trajectories.monthly(metric.trajectory())
            .forEach((month, value) -> monthly.put(month.toString(), value));
      }
    }
    return array;
  }

  private static ObjectNode observation(
      MetricAmbition.Observation observation, Optional<MetricSpec> values) {
    ObjectNode node = NODES.objectNode();
    text(node, "period", observation.period() == null ? null : observation.period().toString());
    text(node, "periodLabel", observation.periodLabel());
    text(node, "payment", observation.payment());
    decimal(node, "numerator", observation.numerator());
    decimal(node, "denominator", observation.denominator());
    decimal(node, "value", observation.value());
    values
        .flatMap(v -> v.compute(observation))
        .ifPresent(
            computed -> {
              int places =
                  observation.value() != null ? Math.max(observation.value().scale(), 0) : 1;
              node.put("computed", computed.setScale(places, RoundingMode.HALF_UP));
            });
    return node;
  }

  static ArrayNode risks(Plan plan) {
    ArrayNode array = NODES.arrayNode();
    for (Risk risk : plan.risks()) {
      ObjectNode node = array.addObject();
      text(node, "id", risk.id());
      text(node, "hwb", risk.hwb());
      node.put("description", risk.description());
      integer(node, "likelihood", risk.likelihood());
      integer(node, "impact", risk.impact());
      integer(node, "score", risk.score());
      text(node, "rating", risk.rating());
      text(node, "level", risk.level());
    }
    return array;
  }

  static ArrayNode signOffs(Plan plan) {
    ArrayNode array = NODES.arrayNode();
    for (SignOff signOff : plan.signOffs()) {
      ObjectNode node = array.addObject();
      text(node, "onBehalfOf", signOff.onBehalfOf());
      text(node, "role", signOff.role());
      text(node, "name", signOff.name());
      text(node, "date", signOff.date() == null ? null : signOff.date().toString());
      node.put("signed", signOff.isSigned());
    }
    return array;
  }

  private static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void text(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void integer(ObjectNode node, String name, Integer value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static void decimal(ObjectNode node, String name, BigDecimal value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
