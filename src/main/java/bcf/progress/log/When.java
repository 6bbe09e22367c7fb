package bcf.progress.log;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * When something is due or was done: an exact day ({@code 2017-06-01}) or, when the source gives
 * only the month, that month ({@code 2017-09}, "September 2017"). Comparisons take the earliest or
 * latest day the value may mean, so an approximate date never makes a rule fire by accident.
 */
public record When(LocalDate date, YearMonth month) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  public When {
    if ((date == null) == (month == null)) {
      throw new IllegalArgumentException("either a day or a month");
    }
  }

  public static When on(LocalDate date) {
    return new When(date, null);
  }

  public static When in(YearMonth month) {
    return new When(null, month);
  }

  /**
   * Parses {@code 2017-06-01} or {@code 2017-09}.
   *
   * @throws IllegalArgumentException with the reason, when the text is neither
   */
  public static When parse(String text) {
    String value = text == null ? "" : text;
    try {
      if (value.matches("\\d{4}-\\d{2}")) {
        return in(YearMonth.parse(value));
      }
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return on(LocalDate.parse(value));
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "'" + value + "' is not a date written like 2017-06-01, or a month written like 2017-09");
  }

  public boolean exact() {
    return date != null;
  }

  public LocalDate earliest() {
    return exact() ? date : month.atDay(1);
  }

  public LocalDate latest() {
    return exact() ? date : month.atEndOfMonth();
  }

  public String code() {
    return exact() ? date.toString() : month.toString();
  }

  /** "1 June 2017", or "September 2017" when only the month is known. */
  public String words() {
    return exact() ? DAY.format(date) : MONTH.format(month);
  }

  /** A day in words, "30 September 2015". */
  public static String words(LocalDate date) {
    return DAY.format(date);
  }
}
