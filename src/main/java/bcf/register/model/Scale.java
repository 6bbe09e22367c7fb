package bcf.register.model;

import bcf.round.RegisterDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The register's scale, as data: the likelihood and impact levels (level n is the n-th label), the
 * score bands (score = likelihood x impact) from Low to Very high, the band from which an entry is
 * an exception, and the ordered categories of a categorical rating with their exception threshold.
 */
public record Scale(
    List<String> likelihood,
    List<String> impact,
    List<Band> bands,
    String threshold,
    List<String> categories,
    String categoryThreshold) {

  /** Scores {@code from} to {@code to}, both included, are the band {@code label}. */
  public record Band(String label, int from, int to) {}

  public Scale {
    likelihood = likelihood == null ? List.of() : List.copyOf(likelihood);
    impact = impact == null ? List.of() : List.copyOf(impact);
    bands = bands == null ? List.of() : List.copyOf(bands);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  /** bcf's scale when the plan or round sets none: 1-5 x 1-5, four bands, Low / Medium / High. */
  public static final Scale DEFAULT =
      new Scale(
          List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
          List.of("Negligible", "Minor", "Moderate", "Major", "Catastrophic"),
          List.of(
              new Band("Low", 1, 4),
              new Band("Medium", 5, 9),
              new Band("High", 10, 14),
              new Band("Very high", 15, 25)),
          "High",
          List.of("Low", "Medium", "High"),
          "High");

  /**
   * The scale a round sets: its likelihood x impact levels, bands and threshold, and its
   * categories, each part the default's where the round gives none.
   */
  public static Scale of(RegisterDefinition round) {
    if (round == null || !round.any()) {
      return DEFAULT;
    }
    boolean scores = round.hasScores();
    boolean categorical = round.hasCategories();
    return new Scale(
        scores ? round.likelihood() : DEFAULT.likelihood,
        scores ? round.impact() : DEFAULT.impact,
        scores
            ? round.bands().stream().map(b -> new Band(b.label(), b.from(), b.to())).toList()
            : DEFAULT.bands,
        scores ? round.threshold() : DEFAULT.threshold,
        categorical ? round.categories() : DEFAULT.categories,
        categorical ? round.categoryThreshold() : DEFAULT.categoryThreshold);
  }

  public int likelihoodLevels() {
    return likelihood.size();
  }

  public int impactLevels() {
    return impact.size();
  }

  /** The band a score falls in, the first that holds it. */
  public Optional<Band> band(int score) {
    return bands.stream().filter(b -> score >= b.from() && score <= b.to()).findFirst();
  }

  /** The band of a rating: its score's band, or the band named as its category. */
  public Optional<String> bandLabel(Rating rating) {
    if (rating == null) {
      return Optional.empty();
    }
    Integer value = rating.value();
    if (value != null) {
      return band(value).map(Band::label);
    }
    return Optional.ofNullable(rating.category());
  }

  /**
   * How severe a rating is, comparable with another rating of the same form: the score, or the
   * category's place in the list (Low = 0). Empty when the rating cannot be placed.
   */
  public Optional<Integer> severity(Rating rating) {
    if (rating == null) {
      return Optional.empty();
    }
    Integer value = rating.value();
    if (value != null) {
      return Optional.of(value);
    }
    int at = categories.indexOf(rating.category());
    return at < 0 ? Optional.empty() : Optional.of(at);
  }

  /** Whether a rating is at or above the exception threshold. */
  public boolean aboveThreshold(Rating rating) {
    if (rating == null) {
      return false;
    }
    Integer value = rating.value();
    if (value != null) {
      return bands.stream()
          .filter(b -> b.label().equals(threshold))
          .findFirst()
          .map(b -> value >= b.from())
          .orElse(false);
    }
    int at = categories.indexOf(rating.category());
    int from = categories.indexOf(categoryThreshold);
    return at >= 0 && from >= 0 && at >= from;
  }
}
