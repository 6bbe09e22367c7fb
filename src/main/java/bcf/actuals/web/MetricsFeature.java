package bcf.actuals.web;

import bcf.actuals.MetricsService;
import bcf.kernel.PeriodWords;
import bcf.metric.MetricAssessment;
import bcf.metric.Observed;
import bcf.metric.Rag;
import bcf.planning.PlanFeature;
import bcf.planning.PlanView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The monitoring page's "metrics on track": each metric's latest actual judged against the plan, in
 * words. The plan's page links to the metrics page itself, so there is no link here.
 */
@Component
class MetricsFeature implements PlanFeature {

  private final MetricsService metrics;

  MetricsFeature(MetricsService metrics) {
    this.metrics = metrics;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<Link> link(PlanView view) {
    return Optional.empty();
  }

  @Override
  public Optional<Summary> summary(PlanView view) {
    List<MetricAssessment> assessments = metrics.assessments(view);
    if (assessments.isEmpty()) {
      return Optional.empty();
    }
    boolean joint = view.plan().isJoint();
    List<Line> lines = new ArrayList<>();
    for (MetricAssessment a : assessments) {
      String name =
          (a.spec().name() == null ? "A local metric" : a.spec().name())
              + (joint
                  ? " (" + view.plan().hwb(a.hwb()).map(h -> h.name()).orElse("an HWB") + ")"
                  : "");
      Optional<Observed> latest = a.latest();
      if (latest.isEmpty()) {
        lines.add(new Line(name, "No actuals yet", "grey"));
      } else if (latest.get().rag() == null) {
        lines.add(
            new Line(
                name,
                "No plan to judge " + PeriodWords.of(latest.get().period()) + " against",
                "grey"));
      } else {
        Rag rag = latest.get().rag();
        lines.add(
            new Line(
                name + ", " + PeriodWords.of(latest.get().period()),
                rag.label(),
                switch (rag) {
                  case GREEN -> "green";
                  case AMBER -> "orange";
                  case RED -> "red";
                }));
      }
    }
    return Optional.of(
        new Summary(
            "Metrics on track",
            lines,
            new Link(
                "Metrics: baselines, plans, actuals and control charts",
                "/plans/" + view.record().id() + "/metrics",
                "")));
  }
}
