package bcf.access;

import java.util.Arrays;
import java.util.Locale;

/** What a signed-in user may do. Anonymous visitors have no role and read published plans only. */
public enum Role {
  /** Writes an HWB's plans (scoped to HWBs). */
  EDITOR,
  /** Signs plans off on behalf of a partner (scoped to HWBs). */
  SIGNATORY,
  /** NHS England assurer (scoped to a region, or national). */
  ASSURER,
  /** Manages users; reads everything; does not write plan content. */
  ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role of(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown role '" + code + "' (editor, signatory, assurer or admin)"));
  }
}
