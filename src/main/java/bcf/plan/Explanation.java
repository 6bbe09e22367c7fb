package bcf.plan;

import bcf.kernel.FinancialYear;

/** An explanation the plan gives for something a validation rule flags. */
public record Explanation(String rule, FinancialYear year, String where, String text) {}
