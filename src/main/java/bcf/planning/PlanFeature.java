package bcf.planning;

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
}
