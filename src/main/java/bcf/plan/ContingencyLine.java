package bcf.plan;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;

/**
 * The contingency plan: savings planned if the targets are fully achieved, against the maximum
 * support other services need if they are not. {@code period} is a year or "ongoing".
 */
public record ContingencyLine(
    String hwb, String period, Money plannedSavings, Money maximumSupport) {

  /**
   * A period in words: a year as "2015/16", "ongoing" as "later years": the one place a contingency
   * period is said, for findings and history.
   */
  public static String periodName(String period) {
    if (period == null || period.isBlank()) {
      return "a period it does not name";
    }
    String given = period.strip();
    if (FinancialYear.isValid(given)) {
      return FinancialYear.parse(given).display();
    }
    return given.equalsIgnoreCase("ongoing") ? "later years" : given;
  }
}
