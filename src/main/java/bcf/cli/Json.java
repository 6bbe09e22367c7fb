package bcf.cli;

import bcf.plan.json.JsonStyle;
import tools.jackson.databind.JsonNode;

/** JSON output of the command line, in bcf's JSON style. */
final class Json {

  private Json() {}

  static String write(JsonNode node) {
    return JsonStyle.write(node).stripTrailing();
  }
}
