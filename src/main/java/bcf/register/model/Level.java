package bcf.register.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an entry is managed: Warwickshire's three levels, a project's board or lead, a portfolio
 * lead, or the programme (its board, with escalation to the HWB executive).
 */
public enum Level {
  PROJECT("project", "Project"),
  PORTFOLIO("portfolio", "Portfolio"),
  PROGRAMME("programme", "Programme");

  private final String code;
  private final String label;

  Level(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return code;
  }

  public static Optional<Level> of(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
