package bcf.finance;

import bcf.kernel.FinancialYear;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sources against uses: contributions (income) against scheme spend (expenditure) in each year of
 * the plan, for the whole plan or one HWB's part, and for each funding source. Computed once, by
 * the finance engine; the rule, the summary document and the report read it.
 *
 * @param byYear each year of the plan in which the plan gives income or spend
 * @param bySource each funding source of income or spend (in code order), with the years in which
 *     the plan gives income or spend from it; a source with no income (or spend) in a year counts
 *     as nothing, so every one of these is compared
 */
public record SourcesVsUses(List<Balance> byYear, Map<String, List<Balance>> bySource) {

  public static final SourcesVsUses NONE = new SourcesVsUses(List.of(), Map.of());

  /** One year's income and spend, compared when the plan gives both (expected: the income). */
  public record Balance(
      FinancialYear year,
      Optional<Tally> income,
      Optional<Tally> expenditure,
      Optional<Comparison> comparison) {}

  public Optional<Balance> forYear(FinancialYear year) {
    return byYear.stream().filter(b -> b.year().equals(year)).findFirst();
  }
}
