package bcf.register.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the programme board hears "by exception" on a given day: live entries rated at or above the
 * threshold, reviews overdue, ratings worsening (the latest rating worse than the one before), and
 * escalations awaiting a decision. Closed entries are left out.
 */
public record ExceptionReport(
    LocalDate today,
    List<Line> aboveThreshold,
    List<Line> reviewsOverdue,
    List<Line> worsening,
    List<Line> awaitingDecision) {

  /** One entry in one list, with why it is there in words. */
  public record Line(String entry, String name, String why) {}

  public int count() {
    return aboveThreshold.size()
        + reviewsOverdue.size()
        + worsening.size()
        + awaitingDecision.size();
  }

  public static ExceptionReport of(Register register, LocalDate today) {
    Scale scale = register.scale();
    List<Line> above = new ArrayList<>();
    List<Line> overdue = new ArrayList<>();
    List<Line> worse = new ArrayList<>();
    List<Line> awaiting = new ArrayList<>();
    for (Entry entry : register.entries()) {
      if (!entry.status().live() || entry.id() == null) {
        continue;
      }
      Optional<Rating> current = register.current(entry.id());
      if (current.isPresent() && scale.aboveThreshold(current.get())) {
        above.add(line(entry, "rated " + Words.rating(current.get(), scale)));
      }
      LocalDate due = register.reviewDue(entry.id()).orElse(null);
      if (due != null && due.isBefore(today)) {
        overdue.add(
            line(
                entry,
                "review was due on "
                    + Words.date(due)
                    + (entry.owner() == null ? "" : "; owner " + entry.owner())));
      }
      List<Review> history = register.history(entry.id());
      if (history.size() >= 2) {
        Rating before = history.get(history.size() - 2).rating();
        Rating latest = history.get(history.size() - 1).rating();
        Optional<Integer> was = scale.severity(before);
        Optional<Integer> now = scale.severity(latest);
        if (before != null
            && latest != null
            && (before.value() != null) == (latest.value() != null)
            && was.isPresent()
            && now.isPresent()
            && now.get() > was.get()) {
          worse.add(
              line(
                  entry,
                  "was " + Words.rating(before, scale) + ", now " + Words.rating(latest, scale)));
        }
      }
      if (entry.status() == EntryStatus.ESCALATED
          && (entry.escalation() == null || !entry.escalation().decided())) {
        Escalation e = entry.escalation();
        awaiting.add(
            line(
                entry,
                e == null
                    ? "escalated; no details given"
                    : "escalated to "
                        + e.to()
                        + (e.on() == null ? "" : " on " + Words.date(e.on()))
                        + "; decision awaited"));
      }
    }
    return new ExceptionReport(today, above, overdue, worse, awaiting);
  }

  private static Line line(Entry entry, String why) {
    return new Line(entry.id(), entry.name(), why);
  }
}
