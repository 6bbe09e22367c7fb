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
}
