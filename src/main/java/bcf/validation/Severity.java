package bcf.validation;

import java.util.Locale;

/** How serious a finding is. An error blocks submission; a warning needs a look; info explains. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public static Severity parse(String text) {
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a severity; use error, warning or info");
    }
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
