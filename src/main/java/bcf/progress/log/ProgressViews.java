package bcf.progress.log;

import bcf.kernel.FinancialYear;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What is derived from a progress log and never stored: each commitment's history of status
 * changes, the count of commitments by RAG per quarter, and the "what we aimed to achieve / what we
 * achieved" tables of a year.
 */
public final class ProgressViews {

  private ProgressViews() {}

  /**
   * The changes of status of a commitment, quarter by quarter: the first status recorded, then each
   * quarter whose RAG differs from the quarter before (a quarter with the same RAG is no change).
   */
  public static List<StatusChange> history(String theme, Commitment commitment) {
    List<StatusChange> changes = new ArrayList<>();
    Rag previous = null;
    for (QuarterStatus status : commitment.statusesInOrder()) {
      if (status.rag() != previous) {
        changes.add(
            new StatusChange(
                theme,
                commitment.name(),
                status.quarter(),
                previous,
                status.rag(),
                status.reason()));
      }
      previous = status.rag();
    }
    return changes;
  }

  /** Every commitment's changes, theme by theme. */
  public static List<StatusChange> history(ProgressLog log) {
    List<StatusChange> changes = new ArrayList<>();
    for (Theme theme : log.themes()) {
      for (Commitment commitment : theme.commitments()) {
        changes.addAll(history(theme.name(), commitment));
      }
    }
    return changes;
  }

  /** How many commitments were red, amber and green in a quarter. */
  public record RagCount(Quarter quarter, Map<Rag, Integer> counts) {
    public int of(Rag rag) {
      return counts.getOrDefault(rag, 0);
    }

    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** The counts by RAG of each quarter that has a status, in quarter order. */
  public static List<RagCount> countsByQuarter(ProgressLog log) {
    Map<Quarter, Map<Rag, Integer>> byQuarter = new TreeMap<>();
    log.commitments()
        .flatMap(c -> c.statuses().stream())
        .forEach(
            s ->
                byQuarter
                    .computeIfAbsent(s.quarter(), q -> zeroes())
                    .merge(s.rag(), 1, Integer::sum));
    return byQuarter.entrySet().stream()
        .map(e -> new RagCount(e.getKey(), Map.copyOf(e.getValue())))
        .toList();
  }

  private static Map<Rag, Integer> zeroes() {
    Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
    for (Rag rag : Rag.values()) {
      counts.put(rag, 0);
    }
    return counts;
  }

  /** A row of a look back: an activity, what was aimed and what was achieved (null: not yet). */
  public record AimedAchieved(String commitment, String aimed, String achieved) {}

  /** A theme's look back at one year. */
  public record Retrospective(FinancialYear year, String theme, List<AimedAchieved> rows) {}

  /** The years commitments were aimed for, in order. */
  public static List<FinancialYear> years(ProgressLog log) {
    TreeSet<FinancialYear> years = new TreeSet<>();
    log.commitments().filter(c -> c.year() != null).forEach(c -> years.add(c.year()));
    return List.copyOf(years);
  }

  /** The "what we aimed to achieve / what we achieved" table of each theme for a year. */
  public static List<Retrospective> retrospective(ProgressLog log, FinancialYear year) {
    List<Retrospective> tables = new ArrayList<>();
    for (Theme theme : log.themes()) {
      List<AimedAchieved> rows =
          theme.commitments().stream()
              .filter(c -> year.equals(c.year()))
              .map(c -> new AimedAchieved(c.name(), c.aim(), c.achieved()))
              .toList();
      if (!rows.isEmpty()) {
        tables.add(new Retrospective(year, theme.name(), rows));
      }
    }
    return tables;
  }
}
