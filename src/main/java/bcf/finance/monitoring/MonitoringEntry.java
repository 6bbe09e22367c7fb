package bcf.finance.monitoring;

import bcf.kernel.Money;
import bcf.kernel.Period;
import java.util.Objects;

/**
 * One figure of the year's monitoring: what was spent (an actual) or is expected to be spent (a
 * forecast) in a month or quarter, on a scheme, from a funding source, by a partner. Source and
 * partner may be blank when the plan does not split the scheme that way.
 */
public record MonitoringEntry(
    Period period, Kind kind, String scheme, String source, String partner, Money amount) {

  public enum Kind {
    ACTUAL,
    FORECAST;

    /** The word used in files and the API: {@code actual} or {@code forecast}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public MonitoringEntry {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(amount, "amount");
    source = source == null ? "" : source;
    partner = partner == null ? "" : partner;
  }

  /** What one figure is for, apart from whether it is an actual or a forecast. */
  public record Key(String scheme, String source, String partner, Period period) {}

  public Key key() {
    return new Key(scheme, source, partner, period);
  }
}
