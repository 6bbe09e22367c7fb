package bcf.published;

/**
 * An area and metric of the release that gave no actual: where (its first row), the area's code and
 * name as published, and why in words.
 */
public record Skip(int row, String code, String area, String metric, Reason reason, String why) {

  /** Why a value was not taken; {@code warns} when a reader should look at it. */
  public enum Reason {
    SUPPRESSED("suppressed or missing", true),
    NO_HWB("code of no HWB", true),
    NOT_A_NUMBER("not a number", true),
    INCONSISTENT("figures that do not agree", true),
    NOT_HWB_LEVEL("not an HWB-level row", false);

    private final String words;
    private final boolean warns;

    Reason(String words, boolean warns) {
      this.words = words;
      this.warns = warns;
    }

    public String words() {
      return words;
    }

    public boolean warns() {
      return warns;
    }
  }
}
