package bcf.register.model;

/**
 * What a register rule found: its stable id, whether it is an error (the register cannot be saved
 * so) or a warning, where in the document (a path such as {@code reviews[3].rating.likelihood}),
 * the place in words and the message in words with the figures involved.
 */
public record Finding(String rule, Severity severity, String where, String place, String message) {

  public enum Severity {
    ERROR,
    WARNING;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean error() {
    return severity == Severity.ERROR;
  }

  /** The place and the message, as one sentence for people. */
  public String describe() {
    return place + ": " + message;
  }
}
