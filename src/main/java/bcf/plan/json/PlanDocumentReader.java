package bcf.plan.json;

import bcf.json.Json;
import bcf.plan.Plan;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a plan document (JSON) into a {@link Plan}. Refuses what it cannot represent with a {@link
 * PlanDocumentException} that says where and why; content that can be represented but breaks a rule
 * (a year outside the round, an unknown picklist value) is left to validation.
 *
 * <p>The text is read as a tree first (so that malformed JSON is refused with its line and column
 * before anything else), then bound to the plan's records by {@link PlanModule}.
 */
public final class PlanDocumentReader {

  /** Plan documents are a few hundred kilobytes; anything near this is not a plan. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public static final int DOCUMENT_VERSION = 1;

  public Plan read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new PlanDocumentException("", "the file is empty; a plan document is a JSON object");
    }
    if (bytes.length > MAX_BYTES) {
      throw new PlanDocumentException(
          "",
          String.format(
              Locale.UK,
              "the file is %.1f MB; plan documents are limited to %d MB",
              bytes.length / 1048576.0,
              MAX_BYTES / 1048576));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new PlanDocumentException(
          "",
          "the file is not UTF-8 text (is it a spreadsheet or a PDF?); a plan document is JSON");
    }
    return read(text);
  }

  public Plan read(String text) {
    if (text.isBlank()) {
      throw new PlanDocumentException("", "the file is empty; a plan document is a JSON object");
    }
    JsonNode root;
    try {
      root = Json.read(text);
    } catch (JacksonException e) {
      TokenStreamLocation location = e.getLocation();
      int line = location == null ? -1 : location.getLineNr();
      int column = location == null ? -1 : location.getColumnNr();
      throw new PlanDocumentException("", "not valid JSON: " + Json.reason(e), line, column);
    }
    return read(root);
  }

  public Plan read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new PlanDocumentException(
          "",
          "a plan document is a JSON object {...}, but this file holds " + Refused.describe(root));
    }
    for (String name : root.propertyNames()) {
      if (!FIELDS.contains(name)) {
        throw BindingErrors.unknownField(BindingErrors.child("", name), name, Plan.class);
      }
    }
    JsonNode version = root.get("documentVersion");
    if (version != null && !version.isNull()) {
      int number = bind(version, Integer.class, "documentVersion");
      if (number != DOCUMENT_VERSION) {
        throw new PlanDocumentException(
            "documentVersion",
            "version " + number + " is not supported; this bcf reads version " + DOCUMENT_VERSION);
      }
    }
    return bind(root, Plan.class, "");
  }

  /** The fields a plan document may have at the top. */
  private static final Set<String> FIELDS = Set.copyOf(BindingErrors.fields(Plan.class));

  private static <T> T bind(JsonNode node, Class<T> type, String where) {
    try {
      return PlanModule.MAPPER.readerFor(type).readValue(node);
    } catch (DatabindException e) {
      PlanDocumentException refusal = BindingErrors.translate(e);
      if (!where.isEmpty() && refusal.where().isEmpty()) {
        throw new PlanDocumentException(where, refusal.getMessage());
      }
      throw refusal;
    }
  }
}
