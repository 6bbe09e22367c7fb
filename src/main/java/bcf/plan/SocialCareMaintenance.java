package bcf.plan;

import bcf.kernel.FinancialYear;
import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * The NHS minimum contribution to adult social care, maintained in real terms: the previous year's
 * spend, the planned spend, and the inflation uplift the plan states.
 */
public record SocialCareMaintenance(
    YearAmounts baseline, YearAmounts planned, SortedMap<FinancialYear, BigDecimal> uplift) {

  public boolean isEmpty() {
    return baseline.isEmpty() && planned.isEmpty() && uplift.isEmpty();
  }
}
