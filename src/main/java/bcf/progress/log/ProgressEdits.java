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
          return new Commitment(
              c.name(),
              c.scheme(),
              c.year(),
              c.since(),
              c.aim(),
              c.achieved(),
              milestones,
              c.statuses());
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
          return new Commitment(
              c.name(),
              c.scheme(),
              c.year(),
              c.since(),
              c.aim(),
              c.achieved(),
              c.milestones(),
              statuses);
        });
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
