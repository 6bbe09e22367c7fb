package bcf.register.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a register must keep, each with a stable id and a located message in words: a scale
 * whose bands cover every score exactly once, ratings on the scale, a review date not before the
 * entry was raised, a target no worse than the current rating, details for every escalation, and
 * reviews of entries that exist.
 */
public final class RegisterRules {

  public static final String BANDS = "score-bands-do-not-cover-scale";
  public static final String THRESHOLD = "threshold-not-a-band";
  public static final String OUTSIDE_SCALE = "rating-outside-scale";
  public static final String INCOMPLETE = "rating-incomplete";
  public static final String REVIEW_BEFORE_RAISED = "review-before-raised";
  public static final String TARGET_WORSE = "target-worse-than-current";
  public static final String ESCALATION_MISSING = "escalation-details-missing";
  public static final String UNKNOWN_ENTRY = "review-of-unknown-entry";
  public static final String DUPLICATE_ENTRY = "duplicate-entry-id";
  public static final String UNNAMED = "entry-unnamed";

  private RegisterRules() {}

  public static List<Finding> check(Register register) {
    List<Finding> findings = new ArrayList<>();
    scale(register.scale(), findings);
    entries(register, findings);
    reviews(register, findings);
    return findings;
  }

  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::error);
  }

  private static void scale(Scale scale, List<Finding> findings) {
    int levels = scale.likelihoodLevels();
    int impacts = scale.impactLevels();
    if (levels == 0 || impacts == 0) {
      findings.add(
          error(
              BANDS,
              "scale",
              "The scale",
              "needs at least one likelihood level and one impact level."));
      return;
    }
    Set<Integer> scores = new java.util.TreeSet<>();
    for (int l = 1; l <= levels; l++) {
      for (int i = 1; i <= impacts; i++) {
        scores.add(l * i);
      }
    }
    List<Integer> uncovered = new ArrayList<>();
    List<Integer> twice = new ArrayList<>();
    for (int score : scores) {
      long holding =
          scale.bands().stream().filter(b -> score >= b.from() && score <= b.to()).count();
      if (holding == 0) {
        uncovered.add(score);
      } else if (holding > 1) {
        twice.add(score);
      }
    }
    if (!uncovered.isEmpty()) {
      findings.add(
          error(
              BANDS,
              "scale.bands",
              "The score bands",
              "do not cover the scores "
                  + join(uncovered)
                  + " of the "
                  + levels
                  + " x "
                  + impacts
                  + " scale; every score from 1 to "
                  + (levels * impacts)
                  + " that a rating can have needs a band."));
    }
    if (!twice.isEmpty()) {
      findings.add(
          error(
              BANDS,
              "scale.bands",
              "The score bands",
              "overlap: the scores " + join(twice) + " fall in more than one band."));
    }
    if (scale.threshold() != null
        && scale.bands().stream().noneMatch(b -> b.label().equals(scale.threshold()))) {
      findings.add(
          error(
              THRESHOLD,
              "scale.threshold",
              "The exception threshold",
              "'"
                  + scale.threshold()
                  + "' is not one of the score bands ("
                  + String.join(", ", scale.bands().stream().map(Scale.Band::label).toList())
                  + ")."));
    }
    if (scale.categoryThreshold() != null
        && !scale.categories().contains(scale.categoryThreshold())) {
      findings.add(
          error(
              THRESHOLD,
              "scale.categoryThreshold",
              "The exception threshold for categories",
              "'"
                  + scale.categoryThreshold()
                  + "' is not one of the categories ("
                  + String.join(", ", scale.categories())
                  + ")."));
    }
  }

  private static void entries(Register register, List<Finding> findings) {
    Set<String> ids = new HashSet<>();
    List<Entry> entries = register.entries();
    for (int n = 0; n < entries.size(); n++) {
      Entry entry = entries.get(n);
      String where = "entries[" + n + "]";
      String place = Words.entry(n, entry);
      if (entry.id() == null || entry.id().isBlank() || !ids.add(entry.id())) {
        findings.add(
            error(
                DUPLICATE_ENTRY,
                where + ".id",
                place,
                "needs a reference of its own; another entry already has this one."));
      }
      if (blank(entry.title()) && blank(entry.description())) {
        findings.add(error(UNNAMED, where + ".title", place, "needs a title or a description."));
      }
      if (entry.raised() != null
          && entry.review() != null
          && entry.review().isBefore(entry.raised())) {
        findings.add(
            error(
                REVIEW_BEFORE_RAISED,
                where + ".review",
                place,
                "the review date "
                    + Words.date(entry.review())
                    + " is before the date it was raised, "
                    + Words.date(entry.raised())
                    + "."));
      }
      if (entry.target() != null) {
        rating(register.scale(), entry.target(), where + ".target", place + ", target", findings);
        Optional<Rating> current =
            entry.id() == null ? Optional.empty() : register.current(entry.id());
        if (current.isPresent() && sameForm(current.get(), entry.target())) {
          Optional<Integer> now = register.scale().severity(current.get());
          Optional<Integer> target = register.scale().severity(entry.target());
          if (now.isPresent() && target.isPresent() && target.get() > now.get()) {
            findings.add(
                error(
                    TARGET_WORSE,
                    where + ".target",
                    place,
                    "the target rating after mitigation ("
                        + Words.rating(entry.target(), register.scale())
                        + ") is worse than its current rating ("
                        + Words.rating(current.get(), register.scale())
                        + ")."));
          }
        }
      }
      if (entry.status() == EntryStatus.ESCALATED
          && (entry.escalation() == null || !entry.escalation().complete())) {
        findings.add(
            error(
                ESCALATION_MISSING,
                where + ".escalation",
                place,
                "is escalated but does not say " + missing(entry.escalation()) + "."));
      }
    }
  }

  private static void reviews(Register register, List<Finding> findings) {
    List<Review> reviews = register.reviews();
    for (int n = 0; n < reviews.size(); n++) {
      Review review = reviews.get(n);
      String where = "reviews[" + n + "]";
      int at = indexOf(register, review.entry());
      if (at < 0) {
        findings.add(
            error(
                UNKNOWN_ENTRY,
                where + ".entry",
                "Review " + (n + 1),
                "rates an entry the register does not have ('" + review.entry() + "')."));
        continue;
      }
      Entry entry = register.entries().get(at);
      String place =
          Words.entry(at, entry)
              + (review.date() == null ? ", rating" : ", review on " + Words.date(review.date()));
      if (review.rating() == null) {
        findings.add(error(INCOMPLETE, where + ".rating", place, "gives no rating."));
      } else {
        rating(register.scale(), review.rating(), where + ".rating", place, findings);
      }
      if (review.date() != null
          && entry.raised() != null
          && review.date().isBefore(entry.raised())) {
        findings.add(
            error(
                REVIEW_BEFORE_RAISED,
                where + ".date",
                place,
                "is dated before the entry was raised on " + Words.date(entry.raised()) + "."));
      }
      if (review.date() != null && review.next() != null && review.next().isBefore(review.date())) {
        findings.add(
            error(
                REVIEW_BEFORE_RAISED,
                where + ".next",
                place,
                "the next review, "
                    + Words.date(review.next())
                    + ", is before this review's date."));
      }
    }
  }

  private static void rating(
      Scale scale, Rating rating, String where, String place, List<Finding> findings) {
    boolean numeric = rating.likelihood() != null || rating.impact() != null;
    int forms =
        (numeric ? 1 : 0) + (rating.score() != null ? 1 : 0) + (rating.category() != null ? 1 : 0);
    if (forms != 1 || (numeric && !rating.onGrid())) {
      findings.add(
          error(
              INCOMPLETE,
              where,
              place,
              "give either both a likelihood and an impact, or a score, or a category."));
      return;
    }
    if (rating.likelihood() != null) {
      outside(rating.likelihood(), scale.likelihoodLevels(), "likelihood", where, place, findings);
    }
    if (rating.impact() != null) {
      outside(rating.impact(), scale.impactLevels(), "impact", where, place, findings);
    }
    if (rating.score() != null) {
      outside(
          rating.score(),
          scale.likelihoodLevels() * scale.impactLevels(),
          "score",
          where,
          place,
          findings);
    }
    if (rating.category() != null && !scale.categories().contains(rating.category())) {
      findings.add(
          error(
              OUTSIDE_SCALE,
              where + ".category",
              place,
              "the rating '"
                  + rating.category()
                  + "' is not one of the register's ratings ("
                  + String.join(", ", scale.categories())
                  + ")."));
    }
  }

  private static void outside(
      int value, int top, String what, String where, String place, List<Finding> findings) {
    if (value < 1 || value > top) {
      findings.add(
          error(
              OUTSIDE_SCALE,
              where + "." + what,
              place,
              "the "
                  + what
                  + " "
                  + value
                  + " is outside the register's scale of 1 to "
                  + top
                  + "."));
    }
  }

  private static boolean sameForm(Rating a, Rating b) {
    return (a.value() != null) == (b.value() != null);
  }

  private static String missing(Escalation escalation) {
    if (escalation == null) {
      return "who escalated it, to whom, when or why";
    }
    List<String> missing = new ArrayList<>();
    if (blank(escalation.by())) {
      missing.add("who escalated it");
    }
    if (blank(escalation.to())) {
      missing.add("to whom");
    }
    if (escalation.on() == null) {
      missing.add("when");
    }
    if (blank(escalation.reason())) {
      missing.add("why");
    }
    return String.join(", ", missing.subList(0, Math.max(0, missing.size() - 1)))
        + (missing.size() > 1 ? " or " : "")
        + missing.get(missing.size() - 1);
  }

  private static int indexOf(Register register, String entryId) {
    for (int n = 0; n < register.entries().size(); n++) {
      if (register.entries().get(n).id() != null
          && register.entries().get(n).id().equals(entryId)) {
        return n;
      }
    }
    return -1;
  }

  private static String join(List<Integer> numbers) {
    return String.join(", ", numbers.stream().map(String::valueOf).toList());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static Finding error(String rule, String where, String place, String message) {
    return new Finding(rule, Finding.Severity.ERROR, where, place, message);
  }
}
