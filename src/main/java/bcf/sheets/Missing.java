package bcf.sheets;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The markers published statistics write where there is no value, each read as missing with what it
 * means: {@code [x]} and {@code :} not available, {@code [c]} suppressed to protect
 * confidentiality, {@code [z]} not applicable, {@code -}, {@code NA}, {@code ..}, {@code *} and an
 * empty cell.
 */
public final class Missing {

  private static final Map<String, String> MARKERS =
      Map.ofEntries(
          Map.entry("", "empty"),
          Map.entry("[x]", "not available ([x])"),
          Map.entry("[c]", "suppressed to protect confidentiality ([c])"),
          Map.entry("[z]", "not applicable ([z])"),
          Map.entry("[u]", "unreliable ([u])"),
          Map.entry("-", "not available (-)"),
          Map.entry("\u2013", "not available (-)"),
          Map.entry("na", "not available (NA)"),
          Map.entry("n/a", "not available (NA)"),
          Map.entry(":", "not available (:)"),
          Map.entry("..", "not available (..)"),
          Map.entry("*", "suppressed (*)"));

  private Missing() {}

  /** What the cell's marker means, or empty when the cell holds something else. */
  public static Optional<String> reason(String cell) {
    String text = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(MARKERS.get(text));
  }
}
