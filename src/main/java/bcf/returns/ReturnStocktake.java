package bcf.returns;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.returns.QuarterlyReturn.FinanceLine;
import bcf.round.ConditionDefinition;
import bcf.round.ReturnsDefinition;
import bcf.round.Round;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stocktake of one quarter's returns, per region and for all HWBs: how many HWBs submitted a
 * return and how many have not, how many reported each national condition (or part) met, metrics on
 * track, High Impact Changes at established or better, and spend against plan. Only submitted (or
 * assured) returns count; every HWB of the reference list counts in the totals, with a return or
 * without.
 */
public final class ReturnStocktake {

  private ReturnStocktake() {}

  /** An HWB of the reference list: its id (as plans name it) and region. */
  public record HwbRef(String id, String region) {}

  /** A condition (or one of its parts) as counted. */
  public record ConditionKey(String condition, String subItem, String name) {}

  public record Tally(
      String region,
      int hwbs,
      int submitted,
      int notSubmitted,
      List<Integer> conditionsMet,
      int metricsOnTrack,
      int metricsReported,
      int changesEstablished,
      int changesReported,
      Money expenditurePlan,
      Money expenditureForecast,
      Money expenditureActualToDate) {}

  public record Result(
      String round,
      FinancialYear year,
      String quarter,
      List<ConditionKey> conditions,
      List<Tally> regions,
      Tally total) {}

  /** A return with whether it counts (submitted or assured). */
  public record Entry(QuarterlyReturn content, boolean submitted) {}

  /**
   * The quarter a stocktake shows when none is asked for: the latest of {@code periods} that any
   * HWB has submitted a return for, so that an assurer arriving at the page sees figures rather
   * than a quarter nobody has reported yet; the last of them when nothing has been submitted.
   */
  public static ReturnsDefinition.ReturnPeriod defaultPeriod(
      List<ReturnsDefinition.ReturnPeriod> periods, List<Entry> returns) {
    for (int i = periods.size() - 1; i >= 0; i--) {
      ReturnsDefinition.ReturnPeriod p = periods.get(i);
      if (returns.stream().anyMatch(e -> e.submitted() && isFor(e.content(), p))) {
        return p;
      }
    }
    return periods.get(periods.size() - 1);
  }

  private static boolean isFor(QuarterlyReturn content, ReturnsDefinition.ReturnPeriod period) {
    return period.year().equals(content.year())
        && period.quarter().equalsIgnoreCase(content.quarter());
  }

  public static Result of(
      Round round, FinancialYear year, String quarter, List<HwbRef> hwbs, List<Entry> returns) {
    List<ConditionKey> keys = new ArrayList<>();
    for (ConditionDefinition c : round.nationalConditions()) {
      if (c.subItems().isEmpty()) {
        keys.add(new ConditionKey(c.code(), null, c.name()));
      } else {
        c.subItems().forEach(s -> keys.add(new ConditionKey(c.code(), s.code(), s.name())));
      }
    }
    Optional<ReturnsDefinition.Hicm> hicm = round.returns().highImpactChangeModel();
    Map<String, String> regionOf = new HashMap<>();
    hwbs.forEach(h -> regionOf.put(h.id(), h.region()));
    Map<String, Acc> byRegion = new TreeMap<>();
    hwbs.forEach(h -> byRegion.computeIfAbsent(h.region(), r -> new Acc(r, keys.size())).hwbs++);
    Acc total = new Acc("England", keys.size());
    total.hwbs = hwbs.size();
    Set<String> counted = new HashSet<>();
    for (Entry entry : returns) {
      QuarterlyReturn ret = entry.content();
      if (!entry.submitted()
          || !ret.year().equals(year)
          || !ret.quarter().equals(quarter)
          || !Objects.equals(ret.round(), round.id())) {
        continue;
      }
      for (String hwb : ret.hwbs()) {
        String region = regionOf.get(hwb);
        if (region == null || !counted.add(hwb)) {
          continue; // not an HWB of the list, or counted already
        }
        for (Acc acc : List.of(byRegion.get(region), total)) {
          acc.submitted++;
          for (int i = 0; i < keys.size(); i++) {
            ConditionKey key = keys.get(i);
            boolean met =
                ret.nationalConditions().stream()
                    .anyMatch(
                        c ->
                            (c.hwb() == null || c.hwb().equals(hwb))
                                && c.condition().equals(key.condition())
                                && Objects.equals(c.subItem(), key.subItem())
                                && "met".equals(c.status()));
            if (met) {
              acc.conditionsMet[i]++;
            }
          }
          for (var m : ret.metrics()) {
            if (m.hwb() == null || m.hwb().equals(hwb)) {
              acc.metricsReported++;
              if ("on-track".equals(m.progress())) {
                acc.metricsOnTrack++;
              }
            }
          }
          for (var c : ret.highImpactChangeModel()) {
            if (c.hwb() == null || c.hwb().equals(hwb)) {
              acc.changesReported++;
              if (hicm.isPresent() && hicm.get().establishedOrBetter(c.current())) {
                acc.changesEstablished++;
              }
            }
          }
          if (ret.incomeAndExpenditure() != null) {
            boolean first = hwb.equals(ret.hwbs().get(0));
            for (FinanceLine line : ret.incomeAndExpenditure().expenditure()) {
              // A line for all the return's HWBs counts once, with its first HWB.
              if (line.hwb() == null ? first : line.hwb().equals(hwb)) {
                acc.plan = add(acc.plan, line.plan());
                acc.forecast = add(acc.forecast, line.forecastOutturn());
                acc.actual = add(acc.actual, line.actualToDate());
              }
            }
          }
        }
      }
    }
    List<Tally> regions = byRegion.values().stream().map(Acc::tally).toList();
    return new Result(round.id(), year, quarter, keys, regions, total.tally());
  }

  private static Money add(Money sum, Money amount) {
    return amount == null ? sum : sum.plus(amount);
  }

  private static final class Acc {
    final String region;
    int hwbs;
    int submitted;
    final int[] conditionsMet;
    int metricsOnTrack;
    int metricsReported;
    int changesEstablished;
    int changesReported;
    Money plan = Money.ZERO;
    Money forecast = Money.ZERO;
    Money actual = Money.ZERO;

    Acc(String region, int conditions) {
      this.region = region;
      this.conditionsMet = new int[conditions];
    }

    Tally tally() {
      List<Integer> met = new ArrayList<>();
      for (int n : conditionsMet) {
        met.add(n);
      }
      return new Tally(
          region,
          hwbs,
          submitted,
          hwbs - submitted,
          List.copyOf(met),
          metricsOnTrack,
          metricsReported,
          changesEstablished,
          changesReported,
          plan,
          forecast,
          actual);
    }
  }
}
