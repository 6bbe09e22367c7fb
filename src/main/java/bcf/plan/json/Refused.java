package bcf.plan.json;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;

/**
 * A value the plan document cannot hold, refused while binding, in bcf's words. Jackson adds the
 * path to it as it unwinds (each object adds its property, each list its index), and {@link
 * BindingErrors} turns it into a {@link PlanDocumentException} at that path.
 */
final class Refused extends DatabindException {

  Refused(String reason) {
    super(reason);
  }

  /**
   * At most {@value #DIGITS} digits either side of the point: 1e999999999 is a few bytes of JSON
   * but a billion digits written out, which no message or figure should ever do.
   */
  private static final int DIGITS = 100;

  static boolean sensible(BigDecimal number) {
    return number.precision() - number.scale() <= DIGITS && number.scale() <= DIGITS;
  }

  /** The number as written in full, unless that would be absurdly long. */
  static String show(BigDecimal number) {
    return sensible(number) ? number.toPlainString() : number.toString();
  }

  /** What the parser stands on, in words: {@code the text "lots"}, {@code a list}. */
  static String describe(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_NULL -> "null";
      case START_OBJECT, PROPERTY_NAME, END_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> text(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + show(p.getDecimalValue());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      default -> token.toString().toLowerCase();
    };
  }

  /** A whole tree value in words, the same way. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isString()) {
      return text(node.stringValue());
    }
    if (node.isNumber()) {
      return "the number " + show(node.decimalValue());
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "true" : "false";
    }
    return node.getNodeType().toString().toLowerCase();
  }

  private static String text(String text) {
    return "the text \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
  }
}
