package bcf.register.model;

import java.util.Arrays;
import java.util.Optional;

/** What a register entry is: the four kinds of a RAID log. */
public enum EntryType {
  RISK("risk", "Risk"),
  ASSUMPTION("assumption", "Assumption"),
  ISSUE("issue", "Issue"),
  DEPENDENCY("dependency", "Dependency");

  private final String code;
  private final String label;

  EntryType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The code, as the document writes it. */
  @Override
  public String toString() {
    return code;
  }

  public static Optional<EntryType> of(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
