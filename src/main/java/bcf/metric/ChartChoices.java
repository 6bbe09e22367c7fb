package bcf.metric;

import bcf.statistics.tools.ParameterException;
import bcf.statistics.tools.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an analyst asks for a plan's control chart to be drawn: outlying moving ranges screened out
 * or kept, limits fixed after a number of points, re-based at periods of the chart. {@link
 * #AS_BCF_DRAWS} is bcf's own drawing. Read one way for the API and the metrics page: blank text is
 * "not given".
 *
 * @param fixAfter at least 12, or null for limits from every point of each segment
 * @param rebaseAt periods of the chart, comma-separated, or null; checked against the chart when it
 *     is drawn
 */
public record ChartChoices(boolean screening, Integer fixAfter, String rebaseAt) {

  public static final ChartChoices AS_BCF_DRAWS = new ChartChoices(true, null, null);

  /** The fields, as keys of {@link Read#errors()}. */
  public static final String SCREENING = "screening";

  public static final String FIX_AFTER = "fixAfter";
  public static final String REBASE_AT = "rebaseAt";

  /** What each field is called where the caller wrote it, for messages. */
  public record Names(String screening, String fixAfter, String rebaseAt) {}

  /** The choices read, or the problems by field. */
  public record Read(ChartChoices choices, Map<String, String> errors) {

    /** The choices, or the first problem as a parameter error. */
    public ChartChoices orThrow() {
      if (!errors.isEmpty()) {
        throw new ParameterException(errors.values().iterator().next());
      }
      return choices;
    }
  }

  public static Read read(String screening, String fixAfter, String rebaseAt, Names names) {
    Map<String, String> errors = new LinkedHashMap<>();
    boolean screen = true;
    if (!blank(screening)) {
      try {
        screen = Parameters.yesOrNo(names.screening(), screening);
      } catch (ParameterException e) {
        errors.put(SCREENING, e.getMessage());
      }
    }
    Integer fixed = null;
    if (!blank(fixAfter)) {
      try {
        fixed = Parameters.fixAfter(names.fixAfter(), fixAfter);
      } catch (ParameterException e) {
        errors.put(FIX_AFTER, e.getMessage());
      }
    }
    String rebase = blank(rebaseAt) ? null : rebaseAt.trim();
    return new Read(new ChartChoices(screen, fixed, rebase), errors);
  }

  public boolean asBcfDraws() {
    return equals(AS_BCF_DRAWS);
  }

  /** In words, for a note beside a redrawn chart; null for bcf's own drawing. */
  public String describe() {
    if (asBcfDraws()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (rebaseAt != null) {
      parts.add("re-based at " + String.join(", ", rebaseAt.split("\\s*,\\s*")));
    }
    if (fixAfter != null) {
      parts.add("limits fixed after " + fixAfter + " points");
    }
    if (!screening) {
      parts.add("outlying moving ranges kept (not screened out)");
    }
    return String.join("; ", parts);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
