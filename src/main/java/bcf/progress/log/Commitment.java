package bcf.progress.log;

import bcf.kernel.FinancialYear;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Something the plan commits to, under a theme: its name (an activity such as "HomeFirst"), the
 * plan's scheme it is delivered by (by name, when it is one), the year it was aimed for, since when
 * it stands, "what we aimed to achieve", "what we achieved" once looked back on, its milestones and
 * its status quarter by quarter.
 */
public record Commitment(
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
