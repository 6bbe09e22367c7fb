package bcf.document;

/**
 * A part of a document that is edited, and checked for conflicting edits, as a whole: a set of
 * top-level fields of the document's JSON. Each kind of document names its own parts.
 */
public interface DocumentPart {

  /** The part's code in addresses and the API, such as {@code contributions}. */
  String code();

  /** The part's name for people, such as {@code Contributions}. */
  String label();

  /** The top-level fields of the document this part holds. */
  java.util.List<String> fields();

  /** Whether the value at a JSON pointer ({@code /contributions/3/actual}) is in this part. */
  default boolean contains(String pointer) {
    String trimmed = pointer.startsWith("/") ? pointer.substring(1) : pointer;
    int slash = trimmed.indexOf('/');
    return fields().contains(slash < 0 ? trimmed : trimmed.substring(0, slash));
  }
}
