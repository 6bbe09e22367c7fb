package bcf.finance;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Computed figures keyed as in the summary document: {@code income.total}, {@code
 * income.bySource.ibcf}, {@code expenditure.byTheme.Care at Home}, each with a tally per year. The
 * same keys name declared figures, so a declared figure finds its computed counterpart here.
 */
public final class Figures {

  private final Map<String, SortedMap<FinancialYear, Tally>> byKey = new LinkedHashMap<>();

  void add(String key, FinancialYear year, Money amount) {
    if (amount == null) {
      return;
    }
    byKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(year, Tally.of(amount), Tally::plus);
  }

  /** Records that a figure exists for a year even before anything is added to it. */
  void touch(String key, FinancialYear year) {
    byKey.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(year, Tally.EMPTY);
  }

  public Optional<Tally> get(String key, FinancialYear year) {
    SortedMap<FinancialYear, Tally> years = byKey.get(key);
    return years == null ? Optional.empty() : Optional.ofNullable(years.get(year));
  }

  public Optional<Money> amount(String key, FinancialYear year) {
    return get(key, year).map(Tally::amount);
  }

  public SortedMap<FinancialYear, Tally> years(String key) {
    return Collections.unmodifiableSortedMap(byKey.getOrDefault(key, new TreeMap<>()));
  }

  public boolean has(String key) {
    return byKey.containsKey(key);
  }

  /** The keys under a prefix such as {@code income.bySource.}, without the prefix, in order. */
  public Map<String, SortedMap<FinancialYear, Tally>> under(String prefix) {
    Map<String, SortedMap<FinancialYear, Tally>> result = new LinkedHashMap<>();
    byKey.forEach(
        (key, years) -> {
          if (key.startsWith(prefix)) {
            result.put(key.substring(prefix.length()), Collections.unmodifiableSortedMap(years));
          }
        });
    return result;
  }

  public Map<String, SortedMap<FinancialYear, Tally>> all() {
    return Collections.unmodifiableMap(byKey);
  }
}
