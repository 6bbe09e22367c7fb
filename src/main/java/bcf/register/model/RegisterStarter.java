package bcf.register.model;

import bcf.plan.Plan;
import bcf.plan.Risk;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A register started from a plan: one open risk per risk of the plan, with its description, owner,
 * level, review date and mitigation, and the plan's rating of it (likelihood x impact, a score, or
 * a category) kept as its first rating, dated as the plan is. Nothing the plan does not say is
 * added. The scale is the round's when it sets one, else bcf's default.
 */
public final class RegisterStarter {

  private RegisterStarter() {}

  /** A register on bcf's default scale. */
  public static Register from(Plan plan, String registerId) {
    return from(plan, registerId, Scale.DEFAULT);
  }

  /**
   * A register on the scale its round sets ({@link Scale#of}); the register may change its scale
   * afterwards, like any part.
   */
  public static Register from(Plan plan, String registerId, Scale scale) {
    List<Entry> entries = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    LocalDate dated = date(plan.source() == null ? null : plan.source().date());
    int n = 0;
    for (Risk risk : plan.risks()) {
      n++;
      String id = risk.id() == null || risk.id().isBlank() ? "risk-" + n : risk.id();
      List<Mitigation> mitigations =
          risk.mitigation() == null || risk.mitigation().isBlank()
              ? List.of()
              : List.of(new Mitigation(risk.mitigation(), null, null, null));
      entries.add(
          new Entry(
              id,
              EntryType.RISK,
              null,
              risk.description(),
              risk.owner(),
              risk.level() == null ? null : Level.of(risk.level()).orElse(null),
              EntryStatus.OPEN,
              null,
              risk.reviewDate(),
              null,
              mitigations,
              null));
      Rating rating = rating(risk);
      if (rating != null) {
        reviews.add(new Review(id, dated, rating, "As rated in the plan"));
      }
    }
    String title = (plan.title() == null ? plan.id() : plan.title()) + " – risk register";
    Source source =
        plan.source() == null
            ? null
            : new Source(
                plan.source().title(),
                plan.source().date(),
                plan.source().reference(),
                "Started from the plan's risks.",
                null);
    return new Register(registerId, plan.id(), title, source, List.of(), scale, entries, reviews);
  }

  private static Rating rating(Risk risk) {
    if (risk.likelihood() != null && risk.impact() != null) {
      return Rating.of(risk.likelihood(), risk.impact());
    }
    if (risk.score() != null) {
      return Rating.ofScore(risk.score());
    }
    if (risk.rating() != null && !risk.rating().isBlank()) {
      return Rating.ofCategory(risk.rating());
    }
    return null;
  }

  private static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
