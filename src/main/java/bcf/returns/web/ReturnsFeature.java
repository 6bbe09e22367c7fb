package bcf.returns.web;

import bcf.planning.PlanFeature;
import bcf.planning.PlanView;
import bcf.returns.QuarterlyReturn;
import bcf.returns.ReturnWords;
import bcf.returns.store.ReturnService;
import bcf.round.Round;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The plan page's link to its quarterly returns, and on the monitoring page the national conditions
 * as the latest return the reader may see reports them.
 */
@Component
class ReturnsFeature implements PlanFeature {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ReturnService returns;

  ReturnsFeature(ReturnService returns) {
    this.returns = returns;
  }

  @Override
  public int order() {
    return 15;
  }

  @Override
  public Optional<Link> link(PlanView view) {
    List<ReturnService.Shown> shown = returns.shown(view);
    if (shown.isEmpty() && !view.can().edit()) {
      return Optional.empty();
    }
    String id = view.record().id();
    if (shown.isEmpty()) {
      return Optional.of(
          new Link(
              "Quarterly returns",
              "/plans/" + id + "/returns",
              "No return yet: start the return for a quarter of the round"));
    }
    ReturnService.Shown latest = shown.get(shown.size() - 1);
    return Optional.of(
        new Link(
            "Quarterly returns",
            "/plans/" + id + "/returns",
            shown.size()
                + (shown.size() == 1 ? " return" : " returns")
                + "; the latest, for "
                + period(latest.content())
                + ", is "
                + latest.status().label().toLowerCase(Locale.UK)));
  }

  @Override
  public Optional<Summary> summary(PlanView view) {
    List<ReturnService.Shown> shown = returns.shown(view);
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    QuarterlyReturn latest = shown.get(shown.size() - 1).content();
    Round round = view.analysis().round();
    boolean joint = latest.hwbs().size() > 1;
    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            "As reported",
            period(latest) + (latest.asAt() == null ? "" : ", at " + DAY.format(latest.asAt())),
            null));
    for (QuarterlyReturn.ConditionStatus c : latest.nationalConditions()) {
      String name =
          round
              .condition(c.condition())
              .map(
                  d ->
                      c.subItem() == null
                          ? d.name()
                          : d.subItems().stream()
                              .filter(s -> s.code().equals(c.subItem()))
                              .map(s -> s.name())
                              .findFirst()
                              .orElse(d.name()))
              .orElse("A national condition");
      if (joint && c.hwb() != null) {
        name += " (" + view.plan().hwb(c.hwb()).map(h -> h.name()).orElse("an HWB") + ")";
      }
      String status = c.status() == null ? "not said" : ReturnWords.status(c.status());
      String expected =
          c.expectedDate() != null
              ? ", expected by " + DAY.format(c.expectedDate())
              : c.expectedDateText() != null ? ", expected " + c.expectedDateText() : "";
      lines.add(
          new Line(
              name,
              capitalised(status) + ("met".equals(c.status()) ? "" : expected),
              "met".equals(c.status()) ? "green" : c.status() == null ? "grey" : "orange"));
    }
    return Optional.of(
        new Summary(
            "National conditions",
            lines,
            new Link("The quarterly returns", "/plans/" + view.record().id() + "/returns", "")));
  }

  private static String period(QuarterlyReturn r) {
    return ReturnWords.quarter(r.quarter()) + " " + r.year().display();
  }

  private static String capitalised(String words) {
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
