package bcf.progress.log;

import java.util.Arrays;
import java.util.Optional;

/**
 * A red, amber or green status of a commitment in a quarter or of a performance measure, as the HWB
 * judges it. Red and amber need a reason; green does not.
 */
public enum Rag {
  RED("red", "Red"),
  AMBER("amber", "Amber"),
  GREEN("green", "Green");

  private final String code;
  private final String label;

  Rag(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Red and amber say something is off track, so the status must say why. */
  public boolean needsReason() {
    return this != GREEN;
  }

  public static Optional<Rag> of(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
