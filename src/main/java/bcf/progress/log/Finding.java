package bcf.progress.log;

/**
 * A broken rule of a progress log: the rule's stable id, where in words ("Integrated Care,
 * HomeFirst, 2017/18 quarter 1"), the message in words, and the JSON pointer of the value for
 * programs (never shown on a page).
 */
public record Finding(String rule, String where, String message, String path) {

  /** "Where: message", for people. */
  public String describe() {
    return where + ": " + message;
  }
}
