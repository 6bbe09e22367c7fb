package bcf.progress.web;

import bcf.planning.PlanFeature;
import bcf.planning.PlanView;
import bcf.progress.ProgressService;
import bcf.progress.log.ProgressLog;
import bcf.progress.log.ProgressViews;
import bcf.progress.log.Rag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The plan page's link to its progress against aims: for editors always, for others once kept. */
@Component
class ProgressFeature implements PlanFeature {

  private final ProgressService progress;

  ProgressFeature(ProgressService progress) {
    this.progress = progress;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Optional<Link> link(PlanView view) {
    String id = view.record().id();
    boolean kept = progress.exists(id);
    if (!kept && !view.can().edit()) {
      return Optional.empty();
    }
    return Optional.of(
        new Link(
            "Progress against aims",
            "/plans/" + id + "/progress",
            kept
                ? "What the plan aims to achieve by theme, each quarter's red, amber or green"
                    + " status and why, and what has been achieved"
                : "Nothing recorded yet: record the plan's aims and each quarter's progress"));
  }

  /**
   * For the monitoring page: how many commitments were red, amber and green in the latest quarter
   * with a status, or how many there are when no quarter has one yet.
   */
  @Override
  public Optional<Summary> summary(PlanView view) {
    String id = view.record().id();
    Optional<ProgressLog> kept = progress.log(id);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    ProgressLog log = kept.get();
    long commitments = log.commitments().count();
    List<Line> lines = new ArrayList<>();
    List<ProgressViews.RagCount> counts = ProgressViews.countsByQuarter(log);
    if (counts.isEmpty()) {
      lines.add(
          new Line(
              "Commitments",
              commitments
                  + (commitments == 1 ? " commitment in " : " commitments in ")
                  + log.themes().size()
                  + (log.themes().size() == 1 ? " theme" : " themes")
                  + "; no quarter's status recorded yet",
              null));
    } else {
      ProgressViews.RagCount latest = counts.get(counts.size() - 1);
      lines.add(new Line("Quarter", latest.quarter().words(), null));
      for (Rag rag : Rag.values()) {
        lines.add(
            new Line(
                latest.of(rag) + " of " + latest.total() + " commitments",
                rag.label(),
                colour(rag)));
      }
    }
    return Optional.of(
        new Summary(
            "Progress against aims",
            lines,
            new Link("Progress against aims", "/plans/" + id + "/progress", "")));
  }

  private static String colour(Rag rag) {
    return switch (rag) {
      case RED -> "red";
      case AMBER -> "orange";
      case GREEN -> "green";
    };
  }
}
