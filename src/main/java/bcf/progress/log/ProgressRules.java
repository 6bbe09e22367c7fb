package bcf.progress.log;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a progress log keeps, each with a stable id and a message that says where and why.
 * "Today" is a parameter: a milestone cannot be done, nor a quarter reported, in the future.
 */
public final class ProgressRules {

  public static final String REASON_MISSING = "progress-reason-missing";
  public static final String QUARTER_OUTSIDE_PLAN = "progress-quarter-outside-plan";
  public static final String QUARTER_NOT_BEGUN = "progress-quarter-not-begun";
  public static final String QUARTER_TWICE = "progress-quarter-twice";
  public static final String DONE_BEFORE_COMMITMENT = "progress-done-before-commitment";
  public static final String DONE_IN_FUTURE = "progress-done-in-future";
  public static final String UNKNOWN_SCHEME = "progress-unknown-scheme";
  public static final String THEME_TWICE = "progress-theme-twice";
  public static final String COMMITMENT_TWICE = "progress-commitment-twice";
  public static final String PERFORMANCE_YEAR_ORDER = "progress-performance-years";

  private ProgressRules() {}

  public static List<Finding> check(ProgressLog log, PlanFacts plan, LocalDate today) {
    List<Finding> findings = new ArrayList<>();
    Set<String> themes = new HashSet<>();
    for (int t = 0; t < log.themes().size(); t++) {
      Theme theme = log.themes().get(t);
      String themePath = "/themes/" + t;
      if (!themes.add(theme.name())) {
        findings.add(
            new Finding(
                THEME_TWICE,
                "Theme " + theme.name(),
                "the theme is listed twice; put its commitments under one",
                themePath + "/name"));
      }
      Set<String> names = new HashSet<>();
      for (int c = 0; c < theme.commitments().size(); c++) {
        Commitment commitment = theme.commitments().get(c);
        String path = themePath + "/commitments/" + c;
        String where = theme.name() + ", " + commitment.name();
        if (!names.add(commitment.name())) {
          findings.add(
              new Finding(
                  COMMITMENT_TWICE,
                  where,
                  "the theme has two commitments of this name; give each its own name",
                  path + "/name"));
        }
        if (commitment.scheme() != null && !plan.schemes().contains(commitment.scheme())) {
          findings.add(
              new Finding(
                  UNKNOWN_SCHEME,
                  where,
                  "the plan has no scheme called '" + commitment.scheme() + "'",
                  path + "/scheme"));
        }
        milestones(commitment, where, path, today, findings);
        statuses(commitment, where, path, plan, today, findings);
      }
    }
    for (int p = 0; p < log.performance().size(); p++) {
      PerformanceTable table = log.performance().get(p);
      if (table.comparedWith() != null && table.comparedWith().compareTo(table.year()) >= 0) {
        findings.add(
            new Finding(
                PERFORMANCE_YEAR_ORDER,
                "Performance in " + table.year().display(),
                "growth is compared with "
                    + table.comparedWith().display()
                    + ", which is not an earlier year",
                "/performance/" + p + "/comparedWith"));
      }
    }
    return findings;
  }

  private static void milestones(
      Commitment commitment, String where, String path, LocalDate today, List<Finding> findings) {
    for (int m = 0; m < commitment.milestones().size(); m++) {
      Milestone milestone = commitment.milestones().get(m);
      if (!milestone.isDone()) {
        continue;
      }
      String at = where + ", milestone '" + milestone.what() + "'";
      String donePath = path + "/milestones/" + m + "/done";
      if (commitment.since() != null
          && milestone.done().latest().isBefore(commitment.since().earliest())) {
        findings.add(
            new Finding(
                DONE_BEFORE_COMMITMENT,
                at,
                "done "
                    + milestone.done().words()
                    + ", before the commitment was made ("
                    + commitment.since().words()
                    + ")",
                donePath));
      }
      if (milestone.done().earliest().isAfter(today)) {
        findings.add(
            new Finding(
                DONE_IN_FUTURE,
                at,
                "done " + milestone.done().words() + ", which is after today",
                donePath));
      }
    }
  }

  private static void statuses(
      Commitment commitment,
      String where,
      String path,
      PlanFacts plan,
      LocalDate today,
      List<Finding> findings) {
    Set<Quarter> seen = new HashSet<>();
    for (int s = 0; s < commitment.statuses().size(); s++) {
      QuarterStatus status = commitment.statuses().get(s);
      String at = where + ", " + status.quarter().words();
      String statusPath = path + "/statuses/" + s;
      if (!seen.add(status.quarter())) {
        findings.add(
            new Finding(
                QUARTER_TWICE,
                at,
                "there are two statuses for this quarter; keep one",
                statusPath + "/quarter"));
      }
      if (!plan.years().contains(status.quarter().year())) {
        findings.add(
            new Finding(
                QUARTER_OUTSIDE_PLAN,
                at,
                "the quarter is outside the plan's years ("
                    + plan.years().stream()
                        .map(y -> y.display())
                        .collect(Collectors.joining(" and "))
                    + ")",
                statusPath + "/quarter"));
      }
      if (firstDay(status.quarter()).isAfter(today)) {
        findings.add(
            new Finding(
                QUARTER_NOT_BEGUN,
                at,
                "the quarter has not begun yet, so it has no status to record",
                statusPath + "/quarter"));
      }
      if (status.rag().needsReason() && (status.reason() == null || status.reason().isBlank())) {
        findings.add(
            new Finding(
                REASON_MISSING,
                at,
                (status.rag() == Rag.AMBER ? "an amber" : "a red")
                    + " status needs a reason saying why",
                statusPath + "/reason"));
      }
    }
  }

  /** The first day of a quarter: quarter 1 starts in April. */
  static LocalDate firstDay(Quarter quarter) {
    return quarter.year().firstMonth().plusMonths(3L * (quarter.number() - 1)).atDay(1);
  }
}
