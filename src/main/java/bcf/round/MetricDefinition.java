package bcf.round;

import bcf.kernel.Period;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A metric of the round: how it is computed ({@code type}, {@code multiplier}), which direction is
 * good ({@code polarity}) and over which periods it is reported ({@code periodType}: month,
 * quarter, financial-year or custom, with an optional {@code window} of months within the year).
 */
public record MetricDefinition(
    String code,
    String name,
    String type,
    BigDecimal multiplier,
    String polarity,
    String periodType,
    String numerator,
    String denominator,
    String source,
    boolean paymentForPerformance,
    Window window) {

  /**
   * The months of a financial year a custom metric covers, such as October-December discharges for
   * the 91-days-at-home reablement measure: {@code firstMonth} and {@code lastMonth} are calendar
   * months (10 and 12), in the same financial year.
   */
  public record Window(int firstMonth, int lastMonth, String label) {

    public Window {
      if (firstMonth < 1 || firstMonth > 12 || lastMonth < 1 || lastMonth > 12) {
        throw new IllegalArgumentException("a window's months are 1 to 12");
      }
    }

    /**
     * Parses {@code 10..12} (October to December).
     *
     * @throws IllegalArgumentException when it is not two month numbers joined by {@code ..}
     */
    public static Window parse(String months, String label) {
      String[] parts = months.split("\\.\\.");
      try {
        if (parts.length == 2) {
          return new Window(
              Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), label);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(
          "'" + months + "' is not a window: write two month numbers, 10..12 for October-December");
    }

    /** A financial year, or exactly the window's months in one financial year. */
    public boolean fits(Period period) {
      if (period.kind() == Period.Kind.FINANCIAL_YEAR) {
        return true;
      }
      return period.first().getMonthValue() == firstMonth
          && period.last().getMonthValue() == lastMonth
          && period.months() == span()
          && period.startYear().equals(bcf.kernel.FinancialYear.containing(period.last()));
    }

    /** The window in the financial year starting in April of {@code year}, as a range. */
    public Period in(int year) {
      YearMonth first = YearMonth.of(firstMonth < 4 ? year + 1 : year, firstMonth);
      return new Period(Period.Kind.RANGE, first, first.plusMonths(span() - 1));
    }

    public String example() {
      return in(2014).toString();
    }

    private long span() {
      return Math.floorMod(lastMonth - firstMonth, 12) + 1;
    }
  }
}
