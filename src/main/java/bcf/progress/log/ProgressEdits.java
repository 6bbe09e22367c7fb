package bcf.progress.log;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The edits the pages make to a log, each giving a new log (logs are immutable): add a commitment
 * under a theme (the theme added when new), add a milestone to a commitment, record a quarter's
 * status (replacing the status of that quarter when there is one). A commitment is found by its
 * theme and name.
 */
public final class ProgressEdits {

  private ProgressEdits() {}

  /** There is no commitment of that name under that theme. */
  public static final class NoSuchCommitment extends IllegalArgumentException {
    public NoSuchCommitment(String theme, String commitment) {
      super("there is no commitment '" + commitment + "' under the theme '" + theme + "'");
    }
  }

  public static ProgressLog addCommitment(ProgressLog log, String theme, Commitment commitment) {
    List<Theme> themes = new ArrayList<>(log.themes());
    int at = indexOf(themes, theme);
    if (at < 0) {
      themes.add(new Theme(theme, List.of(commitment)));
    } else {
      List<Commitment> commitments = new ArrayList<>(themes.get(at).commitments());
      commitments.add(commitment);
      themes.set(at, new Theme(theme, commitments));
    }
    return with(log, themes);
  }

  public static ProgressLog addMilestone(
      ProgressLog log, String theme, String commitment, Milestone milestone) {
    return change(
        log,
        theme,
        commitment,
        c -> {
          List<Milestone> milestones = new ArrayList<>(c.milestones());
          milestones.add(milestone);
          return c.withMilestones(milestones);
        });
  }

  public static ProgressLog recordStatus(
      ProgressLog log, String theme, String commitment, QuarterStatus status) {
    return change(
        log,
        theme,
        commitment,
        c -> {
          List<QuarterStatus> statuses = new ArrayList<>(c.statuses());
          statuses.removeIf(s -> s.quarter().equals(status.quarter()));
          statuses.add(status);
          statuses.sort(java.util.Comparator.comparing(QuarterStatus::quarter));
          return c.withStatuses(statuses);
        });
  }

  /**
   * Changes a commitment's own fields (name, scheme, since, aim, achieved), keeping its year,
   * milestones and statuses; a different theme moves it to the end of that theme (added when new),
   * and a theme left with no commitment goes.
   */
  public static ProgressLog changeCommitment(
      ProgressLog log, String theme, String commitment, String toTheme, Commitment fields) {
    Commitment[] found = new Commitment[1];
    ProgressLog changed =
        change(
            log,
            theme,
            commitment,
            c -> {
              found[0] =
                  new Commitment(
                      c.id(),
                      fields.name(),
                      fields.scheme(),
                      c.year(),
                      fields.since(),
                      fields.aim(),
                      fields.achieved(),
                      c.milestones(),
                      c.statuses());
              return found[0];
            });
    if (toTheme.equals(theme)) {
      return changed;
    }
    return addCommitment(removeCommitment(log, theme, commitment), toTheme, found[0]);
  }

  /** Removes a commitment, its milestones and statuses with it; an emptied theme goes too. */
  public static ProgressLog removeCommitment(ProgressLog log, String theme, String commitment) {
    List<Theme> themes = new ArrayList<>(log.themes());
    int at = indexOf(themes, theme);
    if (at >= 0) {
      List<Commitment> commitments = new ArrayList<>(themes.get(at).commitments());
      if (commitments.removeIf(c -> c.name().equals(commitment))) {
        if (commitments.isEmpty()) {
          themes.remove(at);
        } else {
          themes.set(at, new Theme(theme, commitments));
        }
        return with(log, themes);
      }
    }
    throw new NoSuchCommitment(theme, commitment);
  }

  /** A commitment found by its id, and the theme it is under. */
  public record Located(String theme, Commitment commitment) {}

  /** There is no commitment with that id: removed since the page was opened, or never there. */
  public static final class CommitmentGone extends IllegalArgumentException {
    public CommitmentGone(String id) {
      super("That commitment has been removed since you opened the page");
    }
  }

  /** There is no milestone with that id in the commitment. */
  public static final class MilestoneGone extends IllegalArgumentException {
    public MilestoneGone(String id) {
      super("That milestone has been removed since you opened the page");
    }
  }

  /** The commitment with that id and its theme. */
  public static Located locate(ProgressLog log, String commitmentId) {
    for (Theme theme : log.themes()) {
      for (Commitment c : theme.commitments()) {
        if (c.id() != null && c.id().equals(commitmentId)) {
          return new Located(theme.name(), c);
        }
      }
    }
    throw new CommitmentGone(commitmentId);
  }

  /** Where in its commitment the milestone with that id is (counted from 0). */
  public static int milestoneIndex(Commitment commitment, String milestoneId) {
    for (int i = 0; i < commitment.milestones().size(); i++) {
      String id = commitment.milestones().get(i).id();
      if (id != null && id.equals(milestoneId)) {
        return i;
      }
    }
    throw new MilestoneGone(milestoneId);
  }

  /** There is no milestone at that place of the commitment. */
  public static final class NoSuchMilestone extends IllegalArgumentException {
    public NoSuchMilestone(String commitment, int index) {
      super("the commitment '" + commitment + "' has no milestone " + (index + 1));
    }
  }

  /** Replaces the milestone at {@code index} (counted from 0) of a commitment. */
  public static ProgressLog changeMilestone(
      ProgressLog log, String theme, String commitment, int index, Milestone milestone) {
    return milestones(
        log, theme, commitment, index, m -> m.set(index, milestone.withId(m.get(index).id())));
  }

  /** Removes the milestone at {@code index} (counted from 0) of a commitment. */
  public static ProgressLog removeMilestone(
      ProgressLog log, String theme, String commitment, int index) {
    return milestones(log, theme, commitment, index, m -> m.remove(index));
  }

  private static ProgressLog milestones(
      ProgressLog log,
      String theme,
      String commitment,
      int index,
      java.util.function.Consumer<List<Milestone>> edit) {
    return change(
        log,
        theme,
        commitment,
        c -> {
          if (index < 0 || index >= c.milestones().size()) {
            throw new NoSuchMilestone(commitment, index);
          }
          List<Milestone> milestones = new ArrayList<>(c.milestones());
          edit.accept(milestones);
          return c.withMilestones(milestones);
        });
  }

  /**
   * Adds a row to the performance table of {@code year} (the table added, compared with {@code
   * comparedWith}, when the year has none), or replaces the row at {@code index} when it is not
   * negative. A table's comparison year, once set, is kept unless one is given.
   */
  public static ProgressLog putPerformanceRow(
      ProgressLog log,
      bcf.kernel.FinancialYear year,
      bcf.kernel.FinancialYear comparedWith,
      int index,
      PerformanceRow row) {
    List<PerformanceTable> tables = new ArrayList<>(log.performance());
    for (int i = 0; i < tables.size(); i++) {
      PerformanceTable table = tables.get(i);
      if (table.year().equals(year)) {
        List<PerformanceRow> rows = new ArrayList<>(table.rows());
        if (index < 0) {
          rows.add(row);
        } else if (index < rows.size()) {
          rows.set(index, row);
        } else {
          throw new NoSuchRow(year, index);
        }
        tables.set(
            i,
            new PerformanceTable(
                year, comparedWith == null ? table.comparedWith() : comparedWith, rows));
        return new ProgressLog(
            log.id(), log.plan(), log.title(), log.source(), log.partial(), log.themes(), tables);
      }
    }
    if (index >= 0) {
      throw new NoSuchRow(year, index);
    }
    tables.add(new PerformanceTable(year, comparedWith, List.of(row)));
    tables.sort(java.util.Comparator.comparing(PerformanceTable::year));
    return new ProgressLog(
        log.id(), log.plan(), log.title(), log.source(), log.partial(), log.themes(), tables);
  }

  /**
   * Removes the row at {@code index} of the performance table of {@code year}; a table left with no
   * rows goes too (a table exists only through its rows, as a theme through its commitments).
   */
  public static ProgressLog removePerformanceRow(
      ProgressLog log, bcf.kernel.FinancialYear year, int index) {
    List<PerformanceTable> tables = new ArrayList<>(log.performance());
    for (int i = 0; i < tables.size(); i++) {
      PerformanceTable table = tables.get(i);
      if (table.year().equals(year)) {
        if (index < 0 || index >= table.rows().size()) {
          throw new NoSuchRow(year, index);
        }
        List<PerformanceRow> rows = new ArrayList<>(table.rows());
        rows.remove(index);
        if (rows.isEmpty()) {
          tables.remove(i);
        } else {
          tables.set(i, new PerformanceTable(year, table.comparedWith(), rows));
        }
        return new ProgressLog(
            log.id(), log.plan(), log.title(), log.source(), log.partial(), log.themes(), tables);
      }
    }
    throw new NoSuchRow(year, index);
  }

  /** There is no row at that place of the year's performance table. */
  public static final class NoSuchRow extends IllegalArgumentException {
    public NoSuchRow(bcf.kernel.FinancialYear year, int index) {
      super("the performance table of " + year.display() + " has no row " + (index + 1));
    }
  }

  private static ProgressLog change(
      ProgressLog log, String theme, String commitment, UnaryOperator<Commitment> edit) {
    List<Theme> themes = new ArrayList<>(log.themes());
    int at = indexOf(themes, theme);
    if (at < 0) {
      throw new NoSuchCommitment(theme, commitment);
    }
    List<Commitment> commitments = new ArrayList<>(themes.get(at).commitments());
    for (int i = 0; i < commitments.size(); i++) {
      if (commitments.get(i).name().equals(commitment)) {
        commitments.set(i, edit.apply(commitments.get(i)));
        themes.set(at, new Theme(theme, commitments));
        return with(log, themes);
      }
    }
    throw new NoSuchCommitment(theme, commitment);
  }

  private static int indexOf(List<Theme> themes, String name) {
    for (int i = 0; i < themes.size(); i++) {
      if (themes.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static ProgressLog with(ProgressLog log, List<Theme> themes) {
    return new ProgressLog(
        log.id(), log.plan(), log.title(), log.source(), log.partial(), themes, log.performance());
  }
}
