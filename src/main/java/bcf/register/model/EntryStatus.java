package bcf.register.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether an entry is still managed where it was raised, handed up, or finished with. */
public enum EntryStatus {
  OPEN("open", "Open"),
  ESCALATED("escalated", "Escalated"),
  CLOSED("closed", "Closed");

  private final String code;
  private final String label;

  EntryStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Open and escalated entries are live: they count in the heat map and the exception report. */
  public boolean live() {
    return this != CLOSED;
  }

  @Override
  public String toString() {
    return code;
  }

  public static Optional<EntryStatus> of(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
