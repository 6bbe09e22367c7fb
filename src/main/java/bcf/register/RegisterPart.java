package bcf.register;

import bcf.document.DocumentPart;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a register edited (and checked for conflicting edits) as a whole. The reviews are a
 * part of their own so that reviewing, the register's routine, is never a change to what was
 * signed.
 */
public enum RegisterPart implements DocumentPart {
  DETAILS("details", "Register details", List.of("title", "source", "arrangements")),
  SCALE("scale", "Rating scale", List.of("scale")),
  ENTRIES("entries", "Entries", List.of("entries")),
  REVIEWS("reviews", "Reviews", List.of("reviews"));

  private final String code;
  private final String label;
  private final List<String> fields;

  RegisterPart(String code, String label, List<String> fields) {
    this.code = code;
    this.label = label;
    this.fields = fields;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public List<String> fields() {
    return fields;
  }

  public static Optional<RegisterPart> find(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
