package bcf.document;

import tools.jackson.databind.JsonNode;

/**
 * One changed value of a document: where (a JSON pointer such as {@code /contributions/3/actual}),
 * the old and the new value ({@code null} when absent).
 */
public record Change(String path, JsonNode oldValue, JsonNode newValue) {}
