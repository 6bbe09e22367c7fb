package bcf.plan;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;

/**
 * A summary figure as the plan declares it ({@code income.total}, {@code expenditure.byTheme.Care
 * at Home}, ...), to be checked against the figure computed from the detail.
 */
public record DeclaredFigure(
    String figure, FinancialYear year, String hwb, Money amount, String label, String asPrinted) {}
