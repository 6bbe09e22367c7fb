package bcf.cli;

import tools.jackson.databind.JsonNode;

/** JSON output of the command line, in bcf's JSON style, without the final newline. */
final class Json {

  private Json() {}

  static String write(JsonNode node) {
    return bcf.json.Json.write(node).stripTrailing();
  }

  /** A record (or list of records) as the API writes it, in bcf's JSON style. */
  static String write(Object value) {
    return bcf.json.Json.write(value).stripTrailing();
  }
}
