package bcf.summary;

import bcf.metric.Trajectories;
import bcf.plan.ConditionAnswer;
import bcf.plan.MetricAmbition;
import bcf.plan.Plan;
import bcf.plan.Risk;
import bcf.plan.SignOff;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import java.math.BigDecimal;
import java.math.MathContext;
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
      Optional<MetricDefinition> definition = round.metric(metric.metric());
      ObjectNode node = array.addObject();
      text(node, "hwb", metric.hwb());
      node.put("metric", metric.metric());
      node.put(
          "name",
          metric.name() != null
              ? metric.name()
              : definition.map(MetricDefinition::name).orElse(metric.metric()));
      String type =
          metric.definition() != null && metric.definition().type() != null
              ? metric.definition().type()
              : definition.map(MetricDefinition::type).orElse(null);
      BigDecimal multiplier =
          metric.definition() != null && metric.definition().multiplier() != null
              ? metric.definition().multiplier()
              : definition.map(MetricDefinition::multiplier).orElse(null);
      if (metric.baseline() != null) {
        node.set("baseline", observation(metric.baseline(), type, multiplier));
      }
      ArrayNode targets = node.putArray("targets");
      metric.targets().forEach(t -> targets.add(observation(t, type, multiplier)));
      ArrayNode actuals = node.putArray("actuals");
      metric.actuals().forEach(a -> actuals.add(observation(a, type, multiplier)));
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
      MetricAmbition.Observation observation, String type, BigDecimal multiplier) {
    ObjectNode node = NODES.objectNode();
    text(node, "period", observation.period() == null ? null : observation.period().toString());
    text(node, "periodLabel", observation.periodLabel());
    text(node, "payment", observation.payment());
    decimal(node, "numerator", observation.numerator());
    decimal(node, "denominator", observation.denominator());
    decimal(node, "value", observation.value());
    if (type != null && multiplier != null && observation.numerator() != null) {
      BigDecimal computed = null;
      if (type.equals("count")) {
        computed = observation.numerator();
      } else if (observation.denominator() != null && observation.denominator().signum() != 0) {
        computed =
            observation
                .numerator()
                .multiply(multiplier)
                .divide(observation.denominator(), MathContext.DECIMAL64);
      }
      if (computed != null) {
        int places = observation.value() != null ? Math.max(observation.value().scale(), 0) : 1;
        node.put("computed", computed.setScale(places, RoundingMode.HALF_UP));
      }
    }
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
