package bcf.returns;

import java.util.Locale;

/** Codes of a return in words for people. */
public final class ReturnWords {

  private ReturnWords() {}

  /** {@code Q2} as "Quarter 2", {@code year-end} as "End of year". */
  public static String quarter(String code) {
    if (code == null) {
      return "no quarter";
    }
    if (code.matches("Q[1-4]")) {
      return "Quarter " + code.substring(1);
    }
    if (code.equals("year-end")) {
      return "End of year";
    }
    return "'" + code + "'";
  }

  /** A code such as {@code not-on-track} or {@code plans-in-place} as words. */
  public static String level(String code) {
    return code == null ? "" : code.replace('-', ' ').toLowerCase(Locale.UK);
  }

  public static String status(String code) {
    return level(code);
  }
}
