package bcf.round;

import bcf.kernel.FinancialYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quarterly and end-of-year returns a round asks for, as data: which returns for which
 * financial year (with the end of the period each reports on and, where the sources give it, the
 * date it is due), the sections a return has, the High Impact Change Model where the round has it,
 * and the rule settings that check a return. A round without returns has {@link #NONE}.
 */
public record ReturnsDefinition(
    List<ReturnPeriod> periods,
    List<String> sections,
    Hicm hicm,
    String notes,
    List<RuleSetting> rules) {

  public static final ReturnsDefinition NONE =
      new ReturnsDefinition(List.of(), List.of(), null, null, List.of());

  public ReturnsDefinition {
    periods = List.copyOf(periods);
    sections = List.copyOf(sections);
    rules = List.copyOf(rules);
  }

  /**
   * One return of the round: {@code Q1}..{@code Q4} or {@code year-end} of a financial year, the
   * last day it reports on and, when known, when it is due.
   */
  public record ReturnPeriod(
      FinancialYear year, String quarter, String name, LocalDate periodEnd, LocalDate due) {

    public Optional<LocalDate> dueDate() {
      return Optional.ofNullable(due);
    }
  }

  /**
   * The High Impact Change Model for managing transfers of care: its changes and the maturity
   * levels in order, the lowest first; {@code establishedLevel} is the level from which a change
   * counts as established or better.
   */
  public record Hicm(
      List<Change> changes, List<String> levels, String establishedLevel, String source) {

    public Hicm {
      changes = List.copyOf(changes);
      levels = List.copyOf(levels);
    }

    public record Change(String code, String name) {}

    public Optional<Change> change(String code) {
      return changes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Whether {@code level} is established or better; false for a level the model lacks. */
    public boolean establishedOrBetter(String level) {
      int at = levels.indexOf(level);
      return at >= 0 && at >= levels.indexOf(establishedLevel);
    }
  }

  public boolean any() {
    return !periods.isEmpty();
  }

  public Optional<ReturnPeriod> period(FinancialYear year, String quarter) {
    return periods.stream()
        .filter(p -> p.year().equals(year) && p.quarter().equals(quarter))
        .findFirst();
  }

  public Optional<Hicm> highImpactChangeModel() {
    return Optional.ofNullable(hicm);
  }

  public boolean hasSection(String section) {
    return sections.contains(section);
  }

  public Optional<RuleSetting> rule(String rule) {
    return rules.stream().filter(r -> r.rule().equals(rule)).findFirst();
  }

  /** The rule settings by rule id. */
  public Map<String, RuleSetting> rulesById() {
    return rules.stream()
        .collect(java.util.stream.Collectors.toMap(RuleSetting::rule, r -> r, (a, b) -> a));
  }
}
