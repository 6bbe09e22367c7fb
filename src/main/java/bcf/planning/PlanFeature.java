package bcf.planning;

import java.util.List;
import java.util.Optional;

/**
 * Something a plan has beyond its document, run through the year by a feature that builds on
 * planning: its quarterly returns, the monitoring of its pooled budget, its risk register, its
 * progress against aims. The plan's page lists each feature's link for the reader; an interface
 * here, implemented by each feature, so that planning does not depend on the features that depend
 * on it.
 */
public interface PlanFeature {

  /** Where the link stands among the others: lower first. */
  int order();

  /**
   * The feature's link on the plan's page for the reader of {@code view}, or none when there is
   * nothing there for them (an anonymous reader of a plan with no published register).
   */
  Optional<Link> link(PlanView view);

  /** A link in words: what it is ("Risk register") and a line on what is there. */
  record Link(String text, String href, String description) {}

  /**
   * What the plan's monitoring page shows of this feature for the reader of {@code view}: the
   * position now, in a few lines (conditions met, metrics on track, aims by status, the top risks).
   * None by default, and none when there is nothing to say yet.
   */
  default Optional<Summary> summary(PlanView view) {
    return Optional.empty();
  }

  /** A heading, lines in words, and where to read more. */
  record Summary(String heading, List<Line> lines, Link more) {
    public Summary {
      lines = List.copyOf(lines);
    }
  }

  /**
   * A line: what ("Non-elective admissions"), its value in words ("on track") and, where the value
   * is a status, the colour of its tag ({@code red}, {@code orange}, {@code green}, {@code grey}),
   * or null. The words always say what the colour does.
   */
  record Line(String label, String value, String colour) {}
}
