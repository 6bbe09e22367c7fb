package bcf.round;

import java.util.List;

/**
 * The risk-register scale a round sets, as data: the likelihood and impact levels' labels (level n
 * is the n-th), the score bands (score = likelihood x impact) with the band from which a rating is
 * an exception, and the categories of a categorical rating (least severe first) with theirs. Each
 * part is optional: a round that gives only categories leaves the likelihood x impact scale to the
 * register's own default. A round without a register block has {@link #NONE}.
 */
public record RegisterDefinition(
    List<String> likelihood,
    List<String> impact,
    List<Band> bands,
    String threshold,
    List<String> categories,
    String categoryThreshold,
    String notes) {

  /** Scores {@code from} to {@code to}, both included, are the band {@code label}. */
  public record Band(String label, int from, int to) {

    public Band {
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("a register band needs a label");
      }
      if (from < 1 || to < from) {
        throw new IllegalArgumentException(
            "the register band '" + label + "' runs from " + from + " to " + to);
      }
    }
  }

  public static final RegisterDefinition NONE =
      new RegisterDefinition(List.of(), List.of(), List.of(), null, List.of(), null, null);

  public RegisterDefinition {
    likelihood = likelihood == null ? List.of() : List.copyOf(likelihood);
    impact = impact == null ? List.of() : List.copyOf(impact);
    bands = bands == null ? List.of() : List.copyOf(bands);
    categories = categories == null ? List.of() : List.copyOf(categories);
    if (likelihood.isEmpty() != impact.isEmpty() || likelihood.isEmpty() != bands.isEmpty()) {
      throw new IllegalArgumentException(
          "a register scale gives likelihood, impact and bands together, or none of them");
    }
    if (!bands.isEmpty() && bands.stream().noneMatch(b -> b.label().equals(threshold))) {
      throw new IllegalArgumentException(
          "the register threshold '" + threshold + "' names none of the bands");
    }
    if (!categories.isEmpty() && !categories.contains(categoryThreshold)) {
      throw new IllegalArgumentException(
          "the register category threshold '" + categoryThreshold + "' is not a category");
    }
  }

  /** Whether the round sets a likelihood x impact scale. */
  public boolean hasScores() {
    return !bands.isEmpty();
  }

  /** Whether the round sets categories for a categorical rating. */
  public boolean hasCategories() {
    return !categories.isEmpty();
  }

  /** Whether the round sets any part of a scale. */
  public boolean any() {
    return hasScores() || hasCategories();
  }
}
