package bcf.access;

import java.io.Serializable;

/**
 * Where a user's role applies: one HWB ({@code hwb:warwickshire}), an NHS England region ({@code
 * region:Midlands}) or the whole country ({@code national}).
 */
public record Scope(Kind kind, String value) implements Serializable {

  public enum Kind {
    HWB,
    REGION,
    NATIONAL
  }

  public static final Scope NATIONAL = new Scope(Kind.NATIONAL, "");

  public Scope {
    value = kind == Kind.NATIONAL ? "" : value;
    if (kind != Kind.NATIONAL && (value == null || value.isBlank())) {
      throw new IllegalArgumentException("a " + kind.name().toLowerCase() + " scope needs a value");
    }
  }

  public static Scope hwb(String id) {
    return new Scope(Kind.HWB, id);
  }

  public static Scope region(String name) {
    return new Scope(Kind.REGION, name);
  }

  /** Parses {@code hwb:ID}, {@code region:NAME} or {@code national}. */
  public static Scope parse(String text) {
    if (text.equals("national")) {
      return NATIONAL;
    }
    int colon = text.indexOf(':');
    if (colon > 0) {
      String kind = text.substring(0, colon);
      String value = text.substring(colon + 1);
      if (kind.equals("hwb")) {
        return hwb(value);
      }
      if (kind.equals("region")) {
        return region(value);
      }
    }
    throw new IllegalArgumentException(
        "unknown scope '" + text + "' (hwb:ID, region:NAME or national)");
  }

  public String kindCode() {
    return kind.name().toLowerCase();
  }

  @Override
  public String toString() {
    return kind == Kind.NATIONAL ? "national" : kindCode() + ":" + value;
  }
}
