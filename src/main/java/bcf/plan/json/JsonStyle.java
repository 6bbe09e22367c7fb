package bcf.plan.json;

import bcf.json.Json;
import tools.jackson.databind.JsonNode;

/** A plan document's text: bcf's one JSON style ({@link Json#write}). */
public final class JsonStyle {

  private JsonStyle() {}

  public static String write(JsonNode node) {
    return Json.write(node);
  }
}
