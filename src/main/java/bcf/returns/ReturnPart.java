package bcf.returns;

import bcf.document.DocumentPart;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A section of a return, edited and checked for conflicting edits as a whole. */
public enum ReturnPart implements DocumentPart {
  BUDGET_ARRANGEMENTS("budget-arrangements", "Budget arrangements", "budgetArrangements"),
  NATIONAL_CONDITIONS("national-conditions", "National conditions", "nationalConditions"),
  METRIC_PROGRESS("metric-progress", "Metric progress", "metrics"),
  INCOME_AND_EXPENDITURE(
      "income-and-expenditure", "Income and expenditure", "incomeAndExpenditure"),
  PAYMENT_FOR_PERFORMANCE(
      "payment-for-performance", "Payment for performance", "paymentForPerformance"),
  HIGH_IMPACT_CHANGE_MODEL(
      "high-impact-change-model", "High Impact Change Model", "highImpactChangeModel"),
  NARRATIVE("narrative", "Narrative", "narrative"),
  ASSURANCE("assurance", "Assurer's view", "assurance");

  private final String code;
  private final String label;
  private final String field;

  ReturnPart(String code, String label, String field) {
    this.code = code;
    this.label = label;
    this.field = field;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public List<String> fields() {
    return List.of(field);
  }

  /** The document's top-level field this section holds. */
  public String field() {
    return field;
  }

  public static Optional<ReturnPart> of(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }
}
