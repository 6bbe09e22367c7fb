package bcf.progress.json;

import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.progress.log.Commitment;
import bcf.progress.log.Milestone;
import bcf.progress.log.PerformanceRow;
import bcf.progress.log.PerformanceTable;
import bcf.progress.log.ProgressIds;
import bcf.progress.log.ProgressLog;
import bcf.progress.log.Quarter;
import bcf.progress.log.QuarterStatus;
import bcf.progress.log.Rag;
import bcf.progress.log.Theme;
import bcf.progress.log.Trend;
import bcf.progress.log.When;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the progress document ({@code schema/progress.schema.json}). Reading refuses an
 * unknown field, a missing required one or a value of the wrong kind, naming the place; the rules
 * of a log that reads are {@code ProgressRules}'.
 */
public final class ProgressJson {

  public static final int DOCUMENT_VERSION = 1;

  private ProgressJson() {}

  public static ProgressLog read(byte[] bytes) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(bytes);
    } catch (JacksonException e) {
      throw new ProgressDocumentException("", "not a JSON document: " + e.getOriginalMessage());
    }
    return read(tree);
  }

  public static ProgressLog read(JsonNode root) {
    object(
        root,
        "",
        "documentVersion",
        "id",
        "plan",
        "title",
        "source",
        "partial",
        "themes",
        "performance");
    int version = root.path("documentVersion").asInt(-1);
    if (!root.path("documentVersion").isIntegralNumber() || version != DOCUMENT_VERSION) {
      throw new ProgressDocumentException(
          "/documentVersion", "must be " + DOCUMENT_VERSION + " (this version of the format)");
    }
    ProgressLog log =
        new ProgressLog(
            text(root, "", "id", true),
            text(root, "", "plan", true),
            text(root, "", "title", true),
            text(root, "", "source", false),
            text(root, "", "partial", false),
            list(root, "", "themes", ProgressJson::theme),
            list(root, "", "performance", ProgressJson::table));
    refuseRepeatedIds(log);
    // A document saved before commitments and milestones had ids gets them here; they are written
    // on its next save.
    return ProgressIds.assign(log);
  }

  /** Two rows under one id could not be told apart; the document is refused, saying where. */
  private static void refuseRepeatedIds(ProgressLog log) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int t = 0; t < log.themes().size(); t++) {
      List<Commitment> commitments = log.themes().get(t).commitments();
      for (int c = 0; c < commitments.size(); c++) {
        String at = "/themes/" + t + "/commitments/" + c;
        Commitment commitment = commitments.get(c);
        if (commitment.id() != null && !seen.add(commitment.id())) {
          throw new ProgressDocumentException(
              at + "/id", "is the id of another commitment or milestone; ids must differ");
        }
        for (int m = 0; m < commitment.milestones().size(); m++) {
          String id = commitment.milestones().get(m).id();
          if (id != null && !seen.add(id)) {
            throw new ProgressDocumentException(
                at + "/milestones/" + m + "/id",
                "is the id of another commitment or milestone; ids must differ");
          }
        }
      }
    }
  }

  private static Theme theme(JsonNode node, String path) {
    object(node, path, "name", "commitments");
    return new Theme(
        text(node, path, "name", true), list(node, path, "commitments", ProgressJson::commitment));
  }

  private static Commitment commitment(JsonNode node, String path) {
    object(
        node,
        path,
        "id",
        "name",
        "scheme",
        "year",
        "since",
        "aim",
        "achieved",
        "milestones",
        "statuses");
    return new Commitment(
        id(node, path),
        text(node, path, "name", true),
        text(node, path, "scheme", false),
        parsed(node, path, "year", false, FinancialYear::parse),
        parsed(node, path, "since", false, When::parse),
        text(node, path, "aim", false),
        text(node, path, "achieved", false),
        list(node, path, "milestones", ProgressJson::milestone),
        list(node, path, "statuses", ProgressJson::status));
  }

  private static Milestone milestone(JsonNode node, String path) {
    object(node, path, "id", "what", "due", "done");
    return new Milestone(
        id(node, path),
        text(node, path, "what", true),
        parsed(node, path, "due", false, When::parse),
        parsed(node, path, "done", false, When::parse));
  }

  private static QuarterStatus status(JsonNode node, String path) {
    object(node, path, "quarter", "rag", "reason", "achieved");
    return new QuarterStatus(
        parsed(node, path, "quarter", true, Quarter::parse),
        rag(node, path, true),
        text(node, path, "reason", false),
        text(node, path, "achieved", false));
  }

  private static PerformanceTable table(JsonNode node, String path) {
    object(node, path, "year", "comparedWith", "rows");
    return new PerformanceTable(
        parsed(node, path, "year", true, FinancialYear::parse),
        parsed(node, path, "comparedWith", false, FinancialYear::parse),
        list(node, path, "rows", ProgressJson::row));
  }

  private static PerformanceRow row(JsonNode node, String path) {
    object(
        node,
        path,
        "metric",
        "rag",
        "weeklyVolume",
        "growthPercent",
        "weeklyGrowth",
        "growthPercentagePoints",
        "trend");
    return new PerformanceRow(
        text(node, path, "metric", true),
        rag(node, path, false),
        number(node, path, "weeklyVolume"),
        number(node, path, "growthPercent"),
        number(node, path, "weeklyGrowth"),
        number(node, path, "growthPercentagePoints"),
        parsed(
            node,
            path,
            "trend",
            false,
            t ->
                Trend.of(t)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "'" + t + "' is not one of up, down, level"))));
  }

  private static Rag rag(JsonNode node, String path, boolean required) {
    return parsed(
        node,
        path,
        "rag",
        required,
        r ->
            Rag.of(r)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "'" + r + "' is not one of red, amber, green")));
  }

  private static void object(JsonNode node, String path, String... fields) {
    if (!node.isObject()) {
      throw new ProgressDocumentException(path, "must be an object");
    }
    Set<String> known = Set.of(fields);
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        throw new ProgressDocumentException(
            path + "/" + name,
            "is not a field here (known: " + String.join(", ", Arrays.asList(fields)) + ")");
      }
    }
  }

  /** A row's id: bcf's own, letters, digits and dashes; absent on rows that have none yet. */
  private static String id(JsonNode node, String path) {
    String id = text(node, path, "id", false);
    if (id != null && !id.matches("[A-Za-z0-9-]{1,40}")) {
      throw new ProgressDocumentException(
          path + "/id", "must be letters, digits and dashes, at most 40 (an id bcf gave)");
    }
    return id;
  }

  private static String text(JsonNode node, String path, String field, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new ProgressDocumentException(path + "/" + field, "is required");
      }
      return null;
    }
    if (!value.isString()) {
      throw new ProgressDocumentException(path + "/" + field, "must be text");
    }
    String text = value.asString().strip();
    if (required && text.isEmpty()) {
      throw new ProgressDocumentException(path + "/" + field, "must not be empty");
    }
    return text.isEmpty() ? null : text;
  }

  private static <T> T parsed(
      JsonNode node,
      String path,
      String field,
      boolean required,
      java.util.function.Function<String, T> parse) {
    String text = text(node, path, field, required);
    if (text == null) {
      return null;
    }
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw new ProgressDocumentException(path + "/" + field, e.getMessage());
    }
  }

  private static BigDecimal number(JsonNode node, String path, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new ProgressDocumentException(path + "/" + field, "must be a number");
    }
    return value.decimalValue();
  }

  private static <T> List<T> list(
      JsonNode node, String path, String field, BiFunction<JsonNode, String, T> read) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new ProgressDocumentException(path + "/" + field, "must be a list");
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      items.add(read.apply(value.get(i), path + "/" + field + "/" + i));
    }
    return items;
  }

  // Writing.

  public static ObjectNode tree(ProgressLog log) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("documentVersion", DOCUMENT_VERSION);
    root.put("id", log.id());
    root.put("plan", log.plan());
    root.put("title", log.title());
    put(root, "source", log.source());
    put(root, "partial", log.partial());
    ArrayNode themes = root.putArray("themes");
    for (Theme theme : log.themes()) {
      ObjectNode t = themes.addObject();
      t.put("name", theme.name());
      ArrayNode commitments = t.putArray("commitments");
      for (Commitment c : theme.commitments()) {
        ObjectNode n = commitments.addObject();
        put(n, "id", c.id());
        n.put("name", c.name());
        put(n, "scheme", c.scheme());
        put(n, "year", c.year() == null ? null : c.year().toString());
        put(n, "since", c.since() == null ? null : c.since().code());
        put(n, "aim", c.aim());
        put(n, "achieved", c.achieved());
        ArrayNode milestones = n.putArray("milestones");
        for (Milestone m : c.milestones()) {
          ObjectNode mn = milestones.addObject();
          put(mn, "id", m.id());
          mn.put("what", m.what());
          put(mn, "due", m.due() == null ? null : m.due().code());
          put(mn, "done", m.done() == null ? null : m.done().code());
        }
        ArrayNode statuses = n.putArray("statuses");
        for (QuarterStatus s : c.statuses()) {
          ObjectNode sn = statuses.addObject();
          sn.put("quarter", s.quarter().code());
          sn.put("rag", s.rag().code());
          put(sn, "reason", s.reason());
          put(sn, "achieved", s.achieved());
        }
      }
    }
    ArrayNode performance = root.putArray("performance");
    for (PerformanceTable table : log.performance()) {
      ObjectNode p = performance.addObject();
      p.put("year", table.year().toString());
      put(p, "comparedWith", table.comparedWith() == null ? null : table.comparedWith().toString());
      ArrayNode rows = p.putArray("rows");
      for (PerformanceRow r : table.rows()) {
        ObjectNode rn = rows.addObject();
        rn.put("metric", r.metric());
        put(rn, "rag", r.rag() == null ? null : r.rag().code());
        put(rn, "weeklyVolume", r.weeklyVolume());
        put(rn, "growthPercent", r.growthPercent());
        put(rn, "weeklyGrowth", r.weeklyGrowth());
        put(rn, "growthPercentagePoints", r.growthPercentagePoints());
        put(rn, "trend", r.trend() == null ? null : r.trend().code());
      }
    }
    return root;
  }

  public static String write(ProgressLog log) {
    return Json.write(tree(log));
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void put(ObjectNode node, String field, BigDecimal value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
