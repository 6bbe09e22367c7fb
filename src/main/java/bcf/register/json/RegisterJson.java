package bcf.register.json;

import bcf.json.Json;
import bcf.register.model.Register;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register document as JSON ({@code schema/register.schema.json}): read strictly with located
 * errors, written canonically (bcf's JSON style, empty and absent values left out) with its {@code
 * documentVersion}.
 */
public final class RegisterJson {

  public static final int DOCUMENT_VERSION = 1;

  private static final JsonMapper MAPPER =
      Json.configure(JsonMapper.builder())
          .enable(EnumFeature.READ_ENUMS_USING_TO_STRING)
          .enable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          .build();

  private RegisterJson() {}

  public static Register read(String text) {
    JsonNode tree;
    try {
      tree = Json.read(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new RegisterDocumentException(
          "",
          "this is not JSON (" + Json.reason(e) + ")",
          at == null ? -1 : at.getLineNr(),
          at == null ? -1 : at.getColumnNr());
    }
    return read(tree);
  }

  public static Register read(JsonNode tree) {
    if (tree == null || !tree.isObject()) {
      throw new RegisterDocumentException("", "a register document is a JSON object", -1, -1);
    }
    ObjectNode copy = ((ObjectNode) tree).deepCopy();
    JsonNode version = copy.remove("documentVersion");
    if (version != null && (!version.isIntegralNumber() || version.asInt() != DOCUMENT_VERSION)) {
      throw new RegisterDocumentException(
          "documentVersion",
          "this bcf reads register documents of version " + DOCUMENT_VERSION,
          -1,
          -1);
    }
    try {
      return MAPPER.treeToValue(copy, Register.class);
    } catch (DatabindException e) {
      throw translate(e);
    }
  }

  public static ObjectNode tree(Register register) {
    ObjectNode body = MAPPER.valueToTree(register);
    ObjectNode tree = MAPPER.createObjectNode();
    tree.put("documentVersion", DOCUMENT_VERSION);
    tree.setAll(body);
    return tree;
  }

  public static String write(Register register) {
    return Json.write(tree(register));
  }

  private static RegisterDocumentException translate(DatabindException e) {
    String where = path(e.getPath());
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known = new ArrayList<>();
      unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      known.sort(null);
      return new RegisterDocumentException(
          where,
          "unknown field '"
              + unknown.getPropertyName()
              + "'; allowed here: "
              + String.join(", ", known),
          -1,
          -1);
    }
    if (e instanceof InvalidFormatException invalid) {
      Class<?> type = invalid.getTargetType();
      String expected = describe(type);
      return new RegisterDocumentException(
          where, "'" + invalid.getValue() + "' is not " + expected, -1, -1);
    }
    String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
    int newline = message.indexOf('\n');
    return new RegisterDocumentException(
        where, newline < 0 ? message : message.substring(0, newline), -1, -1);
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of the right kind";
    }
    if (type.isEnum()) {
      List<String> codes = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        codes.add(constant.toString());
      }
      return "one of " + String.join(", ", codes);
    }
    if (type == java.time.LocalDate.class) {
      return "a date written as 2017-09-30";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return "a value of the right kind";
  }

  private static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : references) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
