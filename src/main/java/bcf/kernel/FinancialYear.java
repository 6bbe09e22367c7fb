package bcf.kernel;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK financial year, April to March, written {@code 2017-18} in data and {@code 2017/18} on
 * screen.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

  public FinancialYear {
    if (startYear < 1900 || startYear > 2999) {
      throw new IllegalArgumentException("financial year out of range: " + startYear);
    }
  }

  /**
   * Parses {@code 2017-18}.
   *
   * @throws IllegalArgumentException with the reason, when the text is not a financial year
   */
  public static FinancialYear parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a financial year written like 2017-18");
    }
    int start = Integer.parseInt(matcher.group(1));
    int end = Integer.parseInt(matcher.group(2));
    if ((start + 1) % 100 != end) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a financial year: the second part must be the year after "
              + start);
    }
    return new FinancialYear(start);
  }

  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static FinancialYear containing(YearMonth month) {
    return new FinancialYear(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1);
  }

  public YearMonth firstMonth() {
    return YearMonth.of(startYear, 4);
  }

  public YearMonth lastMonth() {
    return YearMonth.of(startYear + 1, 3);
  }

  public FinancialYear next() {
    return new FinancialYear(startYear + 1);
  }

  public FinancialYear previous() {
    return new FinancialYear(startYear - 1);
  }

  /** For people: {@code 2017/18}. */
  public String display() {
    return written('/');
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return written('-');
  }

  /** The start year, then the end year's last two digits: by hand, as it is asked for often. */
  private String written(char between) {
    int end = (startYear + 1) % 100;
    return new StringBuilder(7)
        .append(startYear)
        .append(between)
        .append(end < 10 ? "0" : "")
        .append(end)
        .toString();
  }
}
