package bcf.progress.log;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A plan's log of progress against its aims: commitments by theme with milestones and quarterly
 * statuses, and the performance tables the HWB reports. A document of its own, linked to the plan,
 * so that recording a quarter's progress never touches the signed plan.
 *
 * @param partial what the source leaves out, in words; null when the log is complete
 */
public record ProgressLog(
    String id,
    String plan,
    String title,
    String source,
    String partial,
    List<Theme> themes,
    List<PerformanceTable> performance) {

  public ProgressLog {
    themes = List.copyOf(themes);
    performance = List.copyOf(performance);
  }

  /** An empty log for a plan, before anything is recorded. */
  public static ProgressLog empty(String id, String plan, String title) {
    return new ProgressLog(id, plan, title, null, null, List.of(), List.of());
  }

  public Stream<Commitment> commitments() {
    return themes.stream().flatMap(t -> t.commitments().stream());
  }

  public Optional<Theme> theme(String name) {
    return themes.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
