package bcf.kernel;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a financial year ({@code 2017-18}), a month ({@code 2017-07}), a quarter of a
 * financial year ({@code 2017-18 Q2}) or an inclusive range of months ({@code 2013-04..2013-12}).
 * Every kind is an inclusive span of months.
 */
public record Period(Kind kind, YearMonth first, YearMonth last) implements Comparable<Period> {

  public enum Kind {
    FINANCIAL_YEAR,
    QUARTER,
    MONTH,
    RANGE
  }

  private static final Pattern QUARTER = Pattern.compile("(\\d{4}-\\d{2}) Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

  public Period {
    if (first.isAfter(last)) {
      throw new IllegalArgumentException("a period cannot end before it starts");
    }
  }

  public static Period of(FinancialYear year) {
    return new Period(Kind.FINANCIAL_YEAR, year.firstMonth(), year.lastMonth());
  }

  public static Period of(YearMonth month) {
    return new Period(Kind.MONTH, month, month);
  }

  /**
   * Parses any of the four written forms.
   *
   * @throws IllegalArgumentException saying which forms are accepted
   */
  public static Period parse(String text) {
    String value = text == null ? "" : text.trim();
    try {
      int range = value.indexOf("..");
      if (range > 0) {
        YearMonth from = parseMonth(value.substring(0, range));
        YearMonth to = parseMonth(value.substring(range + 2));
        if (from.isAfter(to)) {
          throw new IllegalArgumentException("'" + text + "' ends before it starts");
        }
        return new Period(Kind.RANGE, from, to);
      }
      Matcher quarter = QUARTER.matcher(value);
      if (quarter.matches()) {
        FinancialYear year = FinancialYear.parse(quarter.group(1));
        YearMonth start =
            year.firstMonth().plusMonths(3L * (Integer.parseInt(quarter.group(2)) - 1));
        return new Period(Kind.QUARTER, start, start.plusMonths(2));
      }
      if (MONTH.matcher(value).matches()) {
        return of(parseMonth(value));
      }
      return of(FinancialYear.parse(value));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a period: write a financial year (2017-18), a month (2017-07), a quarter"
              + " (2017-18 Q2) or a range of months (2013-04..2013-12)");
    }
  }

  private static YearMonth parseMonth(String text) {
    if (!MONTH.matcher(text).matches()) {
      throw new IllegalArgumentException(text);
    }
    return YearMonth.parse(text);
  }

  public long months() {
    return first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
  }

  /** The financial year the period starts in. */
  public FinancialYear startYear() {
    return FinancialYear.containing(first);
  }

  public boolean within(FinancialYear year) {
    return !first.isBefore(year.firstMonth()) && !last.isAfter(year.lastMonth());
  }

  @Override
  public int compareTo(Period other) {
    int byFirst = first.compareTo(other.first);
    return byFirst != 0 ? byFirst : last.compareTo(other.last);
  }

  /**
   * Months counted from year 0, so that periods spread over hash buckets (the record's own hash
   * multiplies {@code YearMonth} hashes so that every month of a year collides).
   */
  @Override
  public int hashCode() {
    int first = this.first.getYear() * 12 + this.first.getMonthValue();
    int last = this.last.getYear() * 12 + this.last.getMonthValue();
    return first * 131 + (last - first) * 17 + kind.ordinal();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period that
        && kind == that.kind
        && first.equals(that.first)
        && last.equals(that.last);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case FINANCIAL_YEAR -> startYear().toString();
      case MONTH -> first.toString();
      case QUARTER -> startYear() + " Q" + ((first.getMonthValue() + 8) % 12 / 3 + 1);
      case RANGE -> first + ".." + last;
    };
  }
}
