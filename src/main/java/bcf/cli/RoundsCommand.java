package bcf.cli;

import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code bcf rounds}: the planning rounds with their years, conditions, metrics and picklists. */
@Command(
    name = "rounds",
    description =
        "The planning rounds, with their years, funding streams, national conditions, metrics,"
            + " picklists, payment-for-performance terms and rules.",
    customSynopsis = "bcf rounds [--format text|json]")
final class RoundsCommand extends CliCommand {

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    boolean json = output.json();
    List<Round> rounds = RoundCatalogue.load().all();
    if (json) {
      out.println(Json.write(json(rounds)));
      return Main.OK;
    }
    for (Round round : rounds) {
      out.println(round.id() + "  " + round.name());
      out.println(
          "  years: "
              + round.years().stream().map(y -> y.toString()).collect(Collectors.joining(", ")));
      out.println("  funding streams:");
      for (FundingStream stream : round.fundingStreams()) {
        out.println(
            "    "
                + pad(stream.code(), 22)
                + stream.name()
                + (stream.nhs() ? " [NHS]" : "")
                + (stream.minimum() ? " [minimum]" : ""));
      }
      out.println("  national conditions:");
      for (ConditionDefinition condition : round.nationalConditions()) {
        out.println("    " + pad(condition.code(), 28) + condition.name());
        condition.subItems().forEach(s -> out.println("      " + pad(s.code(), 26) + s.name()));
      }
      out.println("  metrics:");
      for (MetricDefinition metric : round.metrics()) {
        out.println(
            "    "
                + pad(metric.code(), 32)
                + metric.name()
                + " ["
                + metric.type()
                + (metric.multiplier().compareTo(BigDecimal.ONE) > 0
                    ? " per " + metric.multiplier().toPlainString()
                    : "")
                + ", "
                + metric.polarity()
                + "]");
      }
      round
          .paymentForPerformanceTerms()
          .ifPresent(
              p4p -> {
                out.println(
                    "  payment for performance: "
                        + p4p.element().format()
                        + " nationally, minimum reduction "
                        + p4p.minimumReduction()
                            .movePointRight(2)
                            .stripTrailingZeros()
                            .toPlainString()
                        + "% in "
                        + p4p.metric());
                p4p.schedule()
                    .forEach(
                        p ->
                            out.println(
                                "    "
                                    + p.payment()
                                    + " "
                                    + p.share()
                                        .movePointRight(2)
                                        .stripTrailingZeros()
                                        .toPlainString()
                                    + "%: "
                                    + p.basis()));
              });
      if (!round.socialCareUplift().isEmpty()) {
        out.println(
            "  social care maintenance uplift: "
                + round.socialCareUplift().entrySet().stream()
                    .map(
                        e ->
                            e.getKey()
                                + " "
                                + e.getValue()
                                    .movePointRight(2)
                                    .stripTrailingZeros()
                                    .toPlainString()
                                + "%")
                    .collect(Collectors.joining(", ")));
      }
      out.println("  picklists:");
      for (Map.Entry<String, List<String>> list : round.picklists().entrySet()) {
        out.println("    " + list.getKey() + ": " + String.join("; ", list.getValue()));
      }
      out.println(
          "  rules: "
              + round.rules().stream()
                  .map(r -> r.rule() + " (" + r.severity() + ")")
                  .collect(Collectors.joining(", ")));
      out.println();
    }
    return Main.OK;
  }

  private static ArrayNode json(List<Round> rounds) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ArrayNode array = nodes.arrayNode();
    for (Round round : rounds) {
      ObjectNode node = array.addObject();
      node.put("id", round.id());
      node.put("name", round.name());
      ArrayNode years = node.putArray("years");
      round.years().forEach(y -> years.add(y.toString()));
      ArrayNode streams = node.putArray("fundingStreams");
      round
          .fundingStreams()
          .forEach(
              s ->
                  streams
                      .addObject()
                      .put("code", s.code())
                      .put("name", s.name())
                      .put("nhs", s.nhs())
                      .put("minimum", s.minimum()));
      ArrayNode conditions = node.putArray("nationalConditions");
      for (ConditionDefinition c : round.nationalConditions()) {
        ObjectNode condition = conditions.addObject().put("code", c.code()).put("name", c.name());
        ArrayNode items = condition.putArray("subItems");
        c.subItems().forEach(s -> items.addObject().put("code", s.code()).put("name", s.name()));
      }
      ArrayNode metrics = node.putArray("metrics");
      for (MetricDefinition m : round.metrics()) {
        metrics
            .addObject()
            .put("code", m.code())
            .put("name", m.name())
            .put("type", m.type())
            .put("multiplier", m.multiplier())
            .put("polarity", m.polarity())
            .put("periodType", m.periodType());
      }
      ObjectNode picklists = node.putObject("picklists");
      round
          .picklists()
          .forEach(
              (name, values) -> {
                ArrayNode list = picklists.putArray(name);
                values.forEach(list::add);
              });
      if (!round.socialCareUplift().isEmpty()) {
        ObjectNode uplift = node.putObject("socialCareUplift");
        round.socialCareUplift().forEach((y, v) -> uplift.put(y.toString(), v));
      }
      round
          .paymentForPerformanceTerms()
          .ifPresent(
              p4p -> {
                ObjectNode p = node.putObject("paymentForPerformance");
                p.put("element", p4p.element().pounds());
                p.put("minimumReduction", p4p.minimumReduction());
                p.put("metric", p4p.metric());
                ArrayNode schedule = p.putArray("schedule");
                p4p.schedule()
                    .forEach(
                        s ->
                            schedule
                                .addObject()
                                .put("payment", s.payment())
                                .put("share", s.share())
                                .put("basis", s.basis()));
              });
      ArrayNode rules = node.putArray("rules");
      round
          .rules()
          .forEach(r -> rules.addObject().put("rule", r.rule()).put("severity", r.severity()));
    }
    return array;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
