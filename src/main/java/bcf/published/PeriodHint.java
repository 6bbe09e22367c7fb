package bcf.published;

/**
 * The period to use when the release does not say it in a title or a column: {@code text} (a
 * financial year or a month) and where it came from ("the file name", "--period").
 */
public record PeriodHint(String text, String source) {

  public static PeriodHint none() {
    return new PeriodHint(null, "");
  }
}
