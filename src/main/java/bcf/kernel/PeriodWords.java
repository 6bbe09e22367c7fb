package bcf.kernel;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A period in words, as a person reads it: "April 2025", "Quarter 1 (April to June 2025)",
 * "2025/26", "January to May 2017". The one place periods are worded for pages; the written codes
 * ({@code 2025-26 Q1}) stay in data, the API and CSV files.
 */
public final class PeriodWords {

  private PeriodWords() {}

  /** The period in words. */
  public static String of(Period period) {
    return switch (period.kind()) {
      case MONTH -> month(period.first()) + " " + period.first().getYear();
      case QUARTER -> "Quarter " + quarter(period) + " (" + span(period) + ")";
      case FINANCIAL_YEAR -> period.startYear().display();
      case RANGE -> span(period);
    };
  }

  /**
   * The period written as a code ({@code 2025-26 Q1}) in words, or the text as it is where it is
   * not a period (a plan's own label, say), so a page never fails on it.
   */
  public static String of(String written) {
    if (written == null || written.isBlank()) {
      return "";
    }
    try {
      return of(Period.parse(written));
    } catch (IllegalArgumentException e) {
      return written;
    }
  }

  /** The quarter of the financial year, 1 (April to June) to 4 (January to March). */
  static int quarter(Period period) {
    return (period.first().getMonthValue() + 8) % 12 / 3 + 1;
  }

  /** "April to June 2025", "November 2025 to February 2026". */
  private static String span(Period period) {
    YearMonth first = period.first();
    YearMonth last = period.last();
    return month(first)
        + (first.getYear() == last.getYear() ? "" : " " + first.getYear())
        + " to "
        + month(last)
        + " "
        + last.getYear();
  }

  private static String month(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
  }
}
