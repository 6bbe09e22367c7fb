package bcf.round.json;

import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.round.ConditionDefinition;
import bcf.round.Deadline;
import bcf.round.FundingStream;
import bcf.round.MetricDefinition;
import bcf.round.NarrativeSectionDefinition;
import bcf.round.PaymentForPerformanceTerms;
import bcf.round.RegisterDefinition;
import bcf.round.ReturnsDefinition;
import bcf.round.Round;
import bcf.round.RuleSetting;
import bcf.round.SignatoryRequirement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The planning rounds bcf knows: one JSON file each under {@code rounds/} on the classpath, listed
 * in {@code rounds/index.txt}. A new round is a new file and a line in the index, not code.
 */
public final class RoundCatalogue {

  private static final JsonMapper MAPPER = Json.MAPPER;

  private final Map<String, Round> rounds;

  private RoundCatalogue(Map<String, Round> rounds) {
    this.rounds = rounds;
  }

  /** Loads the rounds shipped with bcf. */
  public static RoundCatalogue load() {
    Map<String, Round> rounds = new LinkedHashMap<>();
    for (String file : index()) {
      Round round = parse(resource("rounds/" + file), file);
      rounds.put(round.id(), round);
    }
    return new RoundCatalogue(rounds);
  }

  public List<Round> all() {
    return List.copyOf(rounds.values());
  }

  public Optional<Round> find(String id) {
    return Optional.ofNullable(rounds.get(id));
  }

  private static List<String> index() {
    String text = resource("rounds/index.txt");
    List<String> files = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        files.add(trimmed);
      }
    }
    return files;
  }

  private static String resource(String path) {
    try (InputStream in = RoundCatalogue.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("round resource missing: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one round file; a malformed file is a build error, so the message names the file. */
  public static Round parse(String json, String file) {
    try {
      JsonNode root = MAPPER.readTree(json);
      return new Round(
          text(root, "id"),
          text(root, "name"),
          list(root, "years", n -> FinancialYear.parse(n.stringValue())),
          optionalText(root, "notes"),
          list(
              root,
              "fundingStreams",
              n ->
                  new FundingStream(
                      text(n, "code"),
                      text(n, "name"),
                      n.path("nhs").asBoolean(false),
                      n.path("minimum").asBoolean(false))),
          list(
              root,
              "nationalConditions",
              n ->
                  new ConditionDefinition(
                      text(n, "code"),
                      text(n, "name"),
                      list(
                          n,
                          "subItems",
                          s -> new ConditionDefinition.SubItem(text(s, "code"), text(s, "name"))))),
          list(
              root,
              "metrics",
              n ->
                  new MetricDefinition(
                      text(n, "code"),
                      text(n, "name"),
                      text(n, "type"),
                      n.path("multiplier").decimalValue(),
                      text(n, "polarity"),
                      text(n, "periodType"),
                      optionalText(n, "numerator"),
                      optionalText(n, "denominator"),
                      optionalText(n, "source"),
                      n.path("paymentForPerformance").asBoolean(false),
                      window(n.path("window")))),
          picklists(root.path("picklists")),
          list(
              root,
              "narrativeSections",
              n -> new NarrativeSectionDefinition(text(n, "key"), text(n, "title"))),
          list(
              root,
              "signatories",
              n -> new SignatoryRequirement(text(n, "role"), text(n, "name"), text(n, "forEach"))),
          list(root, "requiredDates", JsonNode::stringValue),
          list(
              root,
              "deadlines",
              n ->
                  new Deadline(
                      text(n, "event"), LocalDate.parse(text(n, "date")), text(n, "name"))),
          paymentForPerformance(root.get("paymentForPerformance")),
          uplift(root.path("parameters").path("socialCareUplift")),
          list(root, "rules", RoundCatalogue::rule),
          returns(root.get("returns")),
          register(root.get("register")));
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException("round file " + file + " is not valid: " + e.getMessage(), e);
    }
  }

  private static RuleSetting rule(JsonNode node) {
    Map<String, String> parameters = new LinkedHashMap<>();
    node.path("parameters")
        .properties()
        .forEach(e -> parameters.put(e.getKey(), e.getValue().asString()));
    return new RuleSetting(text(node, "rule"), text(node, "severity"), Map.copyOf(parameters));
  }

  private static ReturnsDefinition returns(JsonNode node) {
    if (node == null || node.isNull()) {
      return ReturnsDefinition.NONE;
    }
    JsonNode hicm = node.get("highImpactChangeModel");
    return new ReturnsDefinition(
        list(
            node,
            "periods",
            p ->
                new ReturnsDefinition.ReturnPeriod(
                    FinancialYear.parse(text(p, "year")),
                    text(p, "quarter"),
                    text(p, "name"),
                    LocalDate.parse(text(p, "periodEnd")),
                    Optional.ofNullable(optionalText(p, "due"))
                        .map(LocalDate::parse)
                        .orElse(null))),
        list(node, "sections", JsonNode::stringValue),
        hicm == null || hicm.isNull()
            ? null
            : new ReturnsDefinition.Hicm(
                list(
                    hicm,
                    "changes",
                    c -> new ReturnsDefinition.Hicm.Change(text(c, "code"), text(c, "name"))),
                list(hicm, "levels", JsonNode::stringValue),
                text(hicm, "establishedLevel"),
                optionalText(hicm, "source")),
        optionalText(node, "notes"),
        list(node, "rules", RoundCatalogue::rule));
  }

  private static RegisterDefinition register(JsonNode node) {
    if (node == null || node.isNull()) {
      return RegisterDefinition.NONE;
    }
    JsonNode scale = node.path("scale");
    return new RegisterDefinition(
        list(scale, "likelihood", JsonNode::stringValue),
        list(scale, "impact", JsonNode::stringValue),
        list(
            scale,
            "bands",
            b -> new RegisterDefinition.Band(text(b, "label"), whole(b, "from"), whole(b, "to"))),
        optionalText(scale, "threshold"),
        list(scale, "categories", JsonNode::stringValue),
        optionalText(scale, "categoryThreshold"),
        optionalText(node, "notes"));
  }

  private static int whole(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("'" + name + "' is required as a whole number");
    }
    return value.intValue();
  }

  private static PaymentForPerformanceTerms paymentForPerformance(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return new PaymentForPerformanceTerms(
        new Money(node.path("element").decimalValue()),
        node.path("minimumReduction").decimalValue(),
        text(node, "metric"),
        list(
            node,
            "schedule",
            p ->
                new PaymentForPerformanceTerms.PaymentPoint(
                    text(p, "payment"), p.path("share").decimalValue(), text(p, "basis"))));
  }

  private static Map<FinancialYear, BigDecimal> uplift(JsonNode node) {
    Map<FinancialYear, BigDecimal> uplift = new TreeMap<>();
    node.properties()
        .forEach(e -> uplift.put(FinancialYear.parse(e.getKey()), e.getValue().decimalValue()));
    return uplift;
  }

  private static Map<String, List<String>> picklists(JsonNode node) {
    Map<String, List<String>> picklists = new LinkedHashMap<>();
    node.properties()
        .forEach(e -> picklists.put(e.getKey(), list(node, e.getKey(), JsonNode::stringValue)));
    return picklists;
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isString()) {
      throw new IllegalArgumentException("'" + name + "' is required text");
    }
    return value.stringValue();
  }

  private static String optionalText(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.stringValue();
  }

  private static <T> List<T> list(
      JsonNode node, String name, java.util.function.Function<JsonNode, T> item) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<T> items = new ArrayList<>();
    value.forEach(element -> items.add(item.apply(element)));
    return List.copyOf(items);
  }

  private static MetricDefinition.Window window(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    return MetricDefinition.Window.parse(text(node, "months"), text(node, "label"));
  }
}
