package bcf.progress.log;

import bcf.kernel.FinancialYear;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a financial year, written {@code 2017-18 Q1} in data and "2017/18 quarter 1" on
 * screen; quarter 1 is April to June.
 */
public record Quarter(FinancialYear year, int number) implements Comparable<Quarter> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4}-\\d{2}) Q([1-4])");

  public Quarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + number);
    }
  }

  /**
   * Parses {@code 2017-18 Q1}.
   *
   * @throws IllegalArgumentException with the reason, when the text is not a quarter
   */
  public static Quarter parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a quarter written like 2017-18 Q1");
    }
    return new Quarter(FinancialYear.parse(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  public String code() {
    return year + " Q" + number;
  }

  /** "2017/18 quarter 1". */
  public String words() {
    return year.display() + " quarter " + number;
  }

  @Override
  public int compareTo(Quarter other) {
    int byYear = year.compareTo(other.year);
    return byYear != 0 ? byYear : Integer.compare(number, other.number);
  }
}
