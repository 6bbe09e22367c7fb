package bcf.progress.web;

import bcf.planning.PlanFeature;
import bcf.planning.PlanView;
import bcf.progress.ProgressService;
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
}
