package bcf.progress;

import bcf.kernel.Refusal;
import bcf.progress.log.Finding;
import java.util.List;
import java.util.Map;

/** Why a progress log was not saved; the edges map each kind to a status and page message. */
public class ProgressRefusal extends Refusal {

  private final List<Finding> findings;

  ProgressRefusal(Kind kind, String rule, String message, List<Finding> findings) {
    super(kind, rule, message);
    this.findings = List.copyOf(findings);
  }

  static ProgressRefusal notEditor() {
    return new ProgressRefusal(
        Kind.FORBIDDEN,
        "progress-not-editor",
        "Only an editor of the plan's HWB may record its progress.",
        List.of());
  }

  static ProgressRefusal versionRequired() {
    return new ProgressRefusal(
        Kind.VERSION_REQUIRED,
        "version-required",
        "Say which version of the progress log the change is based on (If-Match, or the form's"
            + " version), so that nobody's changes are overwritten.",
        List.of());
  }

  static ProgressRefusal staleVersion(int base, int current) {
    return new ProgressRefusal(
        Kind.CONFLICT,
        "edit-conflict",
        "The progress log changed after you opened version "
            + base
            + " (now version "
            + current
            + "). Nothing was saved; look at the log again and redo your change.",
        List.of());
  }

  static ProgressRefusal startedMeanwhile() {
    return new ProgressRefusal(
        Kind.CONFLICT,
        "edit-conflict",
        "Someone else started the progress log at the same time. Nothing was saved; look at the"
            + " log again and redo your change.",
        List.of());
  }

  static ProgressRefusal otherPlan(String named, String plan) {
    return new ProgressRefusal(
        Kind.UNUSABLE,
        "progress-other-plan",
        "The document is the progress log of '" + named + "', not of this plan ('" + plan + "').",
        List.of());
  }

  static ProgressRefusal broken(List<Finding> findings) {
    return new ProgressRefusal(
        Kind.UNUSABLE,
        findings.get(0).rule(),
        "Nothing was saved: "
            + findings.size()
            + (findings.size() == 1 ? " problem. " : " problems. ")
            + String.join(" ", findings.stream().map(f -> f.describe() + ".").toList()),
        findings);
  }

  /** The page names a commitment, milestone or performance row the log does not have (now). */
  /**
   * A commitment or milestone a page addressed by its id is no longer in the log: someone removed
   * it after the page was opened (or the address was never one bcf gave).
   */
  public static ProgressRefusal removedMeanwhile(String what) {
    return new ProgressRefusal(
        Kind.NOT_FOUND,
        "progress-removed",
        "That "
            + what
            + " has been removed since you opened the page. Look at the progress log again.",
        List.of());
  }

  public static ProgressRefusal notFound(String what) {
    return new ProgressRefusal(
        Kind.NOT_FOUND,
        "progress-not-found",
        "The progress log has no such "
            + what
            + ": it may have been removed. Look at the log again.",
        List.of());
  }

  public static ProgressRefusal badInput(String message) {
    return new ProgressRefusal(Kind.BAD_REQUEST, "progress-bad-input", message, List.of());
  }

  /** The broken rules, each with where and why. */
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public Map<String, Object> details() {
    return findings.isEmpty() ? Map.of() : Map.of("findings", findings);
  }
}
