package bcf.cli;

import tools.jackson.databind.JsonNode;

/** JSON output of the command line, in bcf's JSON style, without the final newline. */
final class Json {

  private Json() {}

  static String write(JsonNode node) {
    return bcf.json.Json.write(node).stripTrailing();
  }
}
