package bcf.plan;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Amounts per financial year, in year order. A year present with a null amount is a blank the
 * source printed; a year absent was not given at all.
 */
public record YearAmounts(SortedMap<FinancialYear, Money> values) {

  public static final YearAmounts EMPTY = new YearAmounts(new TreeMap<>());

  public YearAmounts {
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  public static YearAmounts of(Map<FinancialYear, Money> values) {
    return new YearAmounts(new TreeMap<>(values));
  }

  public Optional<Money> get(FinancialYear year) {
    return Optional.ofNullable(values.get(year));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }
}
