package bcf.monitoring.web;

import bcf.planning.PlanFeature;
import bcf.planning.PlanView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The plan page's link to the monitoring of its pooled budget, for every reader of the plan: the
 * budget is the plan's, so there is always something to show, and actuals come as they are
 * reported.
 */
@Component
class MonitoringFeature implements PlanFeature {

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<Link> link(PlanView view) {
    return Optional.of(
        new Link(
            "Monitoring",
            "/plans/" + view.record().id() + "/monitoring",
            "The pooled budget against actual and forecast spend, who bears an over- or"
                + " underspend, and the position on metrics, aims and risks"));
  }
}
