package bcf.validation.rules;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;

/** Wording shared by the rules' messages. */
final class Text {

  private Text() {}

  static String year(FinancialYear year) {
    return year == null ? "" : year.display();
  }

  /** A contingency line's period: a year as "2015/16", "ongoing" as "later years". */
  static String period(String period) {
    return bcf.plan.ContingencyLine.periodName(period);
  }

  static String money(Money amount) {
    return amount == null ? "blank" : amount.format();
  }

  static String unit(Plan plan) {
    return switch (plan.statedIn()) {
      case THOUSANDS -> "£000";
      case MILLIONS -> "£m";
      case POUNDS -> "£";
    };
  }

  static String roundingNote(Plan plan, Money tolerance) {
    return "within the rounding of figures stated in "
        + unit(plan)
        + " (tolerance "
        + tolerance.format()
        + ")";
  }

  /**
   * Where the plan's source gives only part of its detail: the words a finding uses to say so,
   * instead of reporting a difference as a mismatch. Empty when the detail is complete.
   */
  static java.util.Optional<String> incompleteDetail(Plan plan) {
    return plan.partialDetail()
        .map(missing -> "the detail is incomplete: the source leaves out " + missing.strip());
  }

  /** Parameter of the rules that compare totals: the severity when the detail is incomplete. */
  static final String INCOMPLETE_SEVERITY = "incompleteSeverity";
}
