package bcf.metric;

import bcf.kernel.Period;
import java.math.BigDecimal;

/**
 * A reported outcome for one HWB, metric and period: its numerator and (except for counts) its
 * denominator. A directly standardised rate has one actual per age band (ESP 2013 band labels such
 * as {@code 65-69} or {@code 90+}), with the band's standard population when it is not the ESP 2013
 * one; every other metric has a blank age band.
 */
public record Actual(
    String hwb,
    String metric,
    Period period,
    String ageBand,
    BigDecimal numerator,
    BigDecimal denominator,
    BigDecimal standardPopulation) {

  public Actual {
    ageBand = ageBand == null ? "" : ageBand;
  }

  /** What makes two actuals the same fact: importing one replaces the other. */
  public record Key(String hwb, String metric, Period period, String ageBand) {}

  public Key key() {
    return new Key(hwb, metric, period, ageBand);
  }
}
