package bcf.statistics.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A value axis with "nice" ticks: the step is 1, 2, 2.5 or 5 times a power of ten, chosen for about
 * five intervals, and the ends are whole steps that cover every value given.
 *
 * <p>The axis starts at zero only when the data are near it: when all values are zero or more and
 * the smallest is at most half the largest, reaching down to zero at most doubles the span, so it
 * does (likewise up to zero for values all at or below zero). Otherwise the axis spans the data, so
 * that a rate moving between 2,300 and 2,500 per 100,000 is not drawn as a flat line. A flat range
 * (every value equal) is padded by a tenth of the value either side, or spans 0 to 1 for zeros.
 */
record YScale(BigDecimal min, BigDecimal max, BigDecimal step) {

  private static final int TARGET_INTERVALS = 5;
  private static final String[] MANTISSAS = {"1", "2", "2.5", "5", "10"};
  private static final double LIMIT = 1e300;

  static YScale covering(double low, double high) {
    double lo = Math.max(-LIMIT, Math.min(low, high));
    double hi = Math.min(LIMIT, Math.max(low, high));
    if (lo == hi) {
      if (lo == 0) {
        hi = 1;
      } else {
        double pad = Math.abs(lo) / 10;
        lo -= pad;
        hi += pad;
      }
    }
    if (lo > 0 && lo <= hi / 2) {
      lo = 0;
    } else if (hi < 0 && hi >= lo / 2) {
      hi = 0;
    }
    BigDecimal step = niceStep((hi - lo) / TARGET_INTERVALS);
    double stepValue = step.doubleValue();
    long first = (long) Math.floor(lo / stepValue + 1e-9);
    long last = (long) Math.ceil(hi / stepValue - 1e-9);
    if (last <= first) {
      last = first + 1;
    }
    return new YScale(
        step.multiply(BigDecimal.valueOf(first)), step.multiply(BigDecimal.valueOf(last)), step);
  }

  private static BigDecimal niceStep(double raw) {
    int exponent = (int) Math.floor(Math.log10(raw));
    double power = Math.pow(10, exponent);
    for (String mantissa : MANTISSAS) {
      if (Double.parseDouble(mantissa) * power >= raw * (1 - 1e-9)) {
        return new BigDecimal(mantissa).scaleByPowerOfTen(exponent);
      }
    }
    return BigDecimal.TEN.scaleByPowerOfTen(exponent);
  }

  /** The tick values from {@link #min()} to {@link #max()}, exact. */
  List<BigDecimal> ticks() {
    List<BigDecimal> ticks = new ArrayList<>();
    for (BigDecimal tick = min; tick.compareTo(max) <= 0; tick = tick.add(step)) {
      ticks.add(tick);
    }
    return ticks;
  }

  /** The tick labels, all with the decimals the step needs (2.5 steps need one more). */
  List<String> tickLabels() {
    int decimals = Math.max(0, step.stripTrailingZeros().scale());
    List<String> labels = new ArrayList<>();
    for (BigDecimal tick : ticks()) {
      labels.add(ChartNumbers.tick(tick, decimals));
    }
    return labels;
  }

  /** Where {@code value} lies between the ends: 0 at {@link #min()}, 1 at {@link #max()}. */
  double fraction(double value) {
    double low = min.doubleValue();
    return (value - low) / (max.doubleValue() - low);
  }
}
