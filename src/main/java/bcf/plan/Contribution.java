package bcf.plan;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;

/**
 * Income to the pooled budget: an organisation's contribution from a funding stream in a year, with
 * the minimum it must contribute where one is stated. Either amount may be null (blank).
 */
public record Contribution(
    String hwb,
    String organisation,
    String stream,
    String description,
    FinancialYear year,
    Money minimum,
    Money actual,
    String notes) {}
