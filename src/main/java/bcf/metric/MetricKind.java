package bcf.metric;

import java.util.Locale;

/**
 * How a metric's value is formed from its data, which decides its confidence interval: a crude rate
 * (events per population, exact Poisson or Byar), a proportion (Wilson), a mean (t), a count (exact
 * Poisson or Byar on the count) or a directly standardised rate (Dobson). Round files write the
 * type as {@code crude-rate}, {@code proportion}, {@code mean} (or {@code mean-score}), {@code
 * count} and {@code dsr}; {@code local} means the plan gives its own definition.
 */
public enum MetricKind {
  CRUDE_RATE("crude-rate"),
  PROPORTION("proportion"),
  MEAN("mean"),
  COUNT("count"),
  DSR("dsr");

  private final String code;

  MetricKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The kind for a round or plan type, or null for {@code local} and unknown types. */
  public static MetricKind ofType(String type) {
    if (type == null) {
      return null;
    }
    String value = type.trim().toLowerCase(Locale.ROOT);
    if (value.equals("mean-score") || value.equals("mean")) {
      return MEAN;
    }
    if (value.equals("rate")) {
      return CRUDE_RATE;
    }
    for (MetricKind kind : values()) {
      if (kind.code.equals(value)) {
        return kind;
      }
    }
    return null;
  }

  /**
   * Whether the value adds up over time (a count), so a target for a year cannot be compared with
   * an actual for a month; rates, proportions and means are compared across nested periods.
   */
  public boolean additive() {
    return this == COUNT;
  }

  /** Whether the data has a denominator (everything but a count). */
  public boolean hasDenominator() {
    return this != COUNT;
  }
}
