package bcf.progress.log;

import bcf.kernel.FinancialYear;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Something the plan commits to, under a theme: its name (an activity such as "HomeFirst"), the
 * plan's scheme it is delivered by (by name, when it is one), the year it was aimed for, since when
 * it stands, "what we aimed to achieve", "what we achieved" once looked back on, its milestones and
 * its status quarter by quarter. Its {@code id} is bcf's, never typed or shown: pages and the API
 * address the commitment by it, so a row removed or moved meanwhile is never mistaken for another
 * (null until {@link ProgressIds#assign} gives one).
 */
public record Commitment(
    String id,
    String name,
    String scheme,
    FinancialYear year,
    When since,
    String aim,
    String achieved,
    List<Milestone> milestones,
    List<QuarterStatus> statuses) {

  public Commitment {
    milestones = List.copyOf(milestones);
    statuses = List.copyOf(statuses);
  }

  /** A commitment without an id yet (a new one, or one read from a document that has none). */
  public Commitment(
      String name,
      String scheme,
      FinancialYear year,
      When since,
      String aim,
      String achieved,
      List<Milestone> milestones,
      List<QuarterStatus> statuses) {
    this(null, name, scheme, year, since, aim, achieved, milestones, statuses);
  }

  /** The same commitment with other milestones. */
  public Commitment withMilestones(List<Milestone> others) {
    return new Commitment(id, name, scheme, year, since, aim, achieved, others, statuses);
  }

  /** The same commitment with other statuses. */
  public Commitment withStatuses(List<QuarterStatus> others) {
    return new Commitment(id, name, scheme, year, since, aim, achieved, milestones, others);
  }

  /** The milestone with that id. */
  public Optional<Milestone> milestone(String milestoneId) {
    return milestones.stream()
        .filter(m -> m.id() != null && m.id().equals(milestoneId))
        .findFirst();
  }

  /** The statuses in quarter order. */
  public List<QuarterStatus> statusesInOrder() {
    return statuses.stream().sorted(Comparator.comparing(QuarterStatus::quarter)).toList();
  }

  /** The latest status recorded. */
  public Optional<QuarterStatus> latest() {
    return statuses.stream().max(Comparator.comparing(QuarterStatus::quarter));
  }

  public Optional<QuarterStatus> in(Quarter quarter) {
    return statuses.stream().filter(s -> s.quarter().equals(quarter)).findFirst();
  }
}
