package bcf.plan;

import bcf.kernel.FinancialYear;
import java.util.Map;
import java.util.SortedMap;

/**
 * A use of the pooled budget: a scheme, its classification, and its spend and benefits per year.
 */
public record Scheme(
    String id,
    String name,
    String hwb,
    String theme,
    String type,
    String subType,
    String description,
    String leadProvider,
    String providerType,
    String commissioner,
    String areaOfSpend,
    String source,
    String newOrExisting,
    String pooling,
    SortedMap<FinancialYear, Split> spend,
    SortedMap<FinancialYear, Split> benefits,
    String outputs) {

  public Map<FinancialYear, Split> spendByYear() {
    return spend;
  }
}
