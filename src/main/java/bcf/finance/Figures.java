package bcf.finance;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Computed figures, each named by a {@link FigureKey} ({@code income.total}, {@code
 * income.bySource.ibcf}, {@code expenditure.byTheme.Care at Home}) with a tally per year, in the
 * order the engine first met them. The same keys name declared figures, so a declared figure finds
 * its computed counterpart here. The methods taking text parse it as a {@link FigureKey}; text that
 * names no figure finds nothing.
 */
public final class Figures {

  private final Map<FigureKey, SortedMap<FinancialYear, Tally>> byKey = new LinkedHashMap<>();

  void add(FigureKey key, FinancialYear year, Money amount) {
    if (amount == null) {
      return;
    }
    byKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(year, Tally.of(amount), Tally::plus);
  }

  /** Records that a figure exists for a year even before anything is added to it. */
  void touch(FigureKey key, FinancialYear year) {
    byKey.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(year, Tally.EMPTY);
  }

  public Optional<Tally> get(FigureKey key, FinancialYear year) {
    SortedMap<FinancialYear, Tally> years = byKey.get(key);
    return years == null ? Optional.empty() : Optional.ofNullable(years.get(year));
  }

  public Optional<Money> amount(FigureKey key, FinancialYear year) {
    return get(key, year).map(Tally::amount);
  }

  public SortedMap<FinancialYear, Tally> years(FigureKey key) {
    return Collections.unmodifiableSortedMap(byKey.getOrDefault(key, new TreeMap<>()));
  }

  public boolean has(FigureKey key) {
    return byKey.containsKey(key);
  }

  /** A breakdown's figures by item ({@code INCOME_BY_SOURCE}: by stream code), in order. */
  public Map<String, SortedMap<FinancialYear, Tally>> under(FigureKey.Kind kind) {
    Map<String, SortedMap<FinancialYear, Tally>> result = new LinkedHashMap<>();
    byKey.forEach(
        (key, years) -> {
          if (key.kind() == kind && key.item() != null) {
            result.put(key.item(), Collections.unmodifiableSortedMap(years));
          }
        });
    return result;
  }

  /** The keys of every figure computed, in order. */
  public Set<FigureKey> keys() {
    return Collections.unmodifiableSet(byKey.keySet());
  }

  public Optional<Tally> get(String key, FinancialYear year) {
    return FigureKey.parse(key).flatMap(k -> get(k, year));
  }

  public Optional<Money> amount(String key, FinancialYear year) {
    return get(key, year).map(Tally::amount);
  }

  public SortedMap<FinancialYear, Tally> years(String key) {
    return FigureKey.parse(key)
        .map(this::years)
        .orElseGet(() -> Collections.unmodifiableSortedMap(new TreeMap<>()));
  }

  public boolean has(String key) {
    return FigureKey.parse(key).map(this::has).orElse(false);
  }

  /** The figures under a prefix such as {@code income.bySource.}, by item, in order. */
  public Map<String, SortedMap<FinancialYear, Tally>> under(String prefix) {
    for (FigureKey.Kind kind : FigureKey.Kind.values()) {
      if (kind.itemised() && prefix.equals(kind.text() + ".")) {
        return under(kind);
      }
    }
    return Map.of();
  }

  /** Every figure by its key as text. */
  public Map<String, SortedMap<FinancialYear, Tally>> all() {
    Map<String, SortedMap<FinancialYear, Tally>> result = new LinkedHashMap<>();
    byKey.forEach(
        (key, years) -> result.put(key.toString(), Collections.unmodifiableSortedMap(years)));
    return Collections.unmodifiableMap(result);
  }
}
