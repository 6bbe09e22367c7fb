package bcf.metric;

/**
 * An actual against its plan: green when the plan is met (or beaten), amber when it is missed but
 * not significantly (the plan lies inside the actual's 95% interval), red when the actual is
 * significantly worse than plan, or missed with no interval to test it by.
 */
public enum Rag {
  GREEN("green", "On track"),
  AMBER("amber", "Missed, not significantly"),
  RED("red", "Off track");

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
}
