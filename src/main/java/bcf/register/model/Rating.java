package bcf.register.model;

/**
 * A rating of an entry: likelihood x impact on the register's scale, a single score where the
 * source gives only the product (Warwickshire 2014-16), or a category such as {@code High} (Central
 * Lancashire). Exactly one form is given; which is checked by the rules, not here, so that a
 * document with a mistake can still be read and its mistake reported in words.
 */
public record Rating(Integer likelihood, Integer impact, Integer score, String category) {

  public static Rating of(int likelihood, int impact) {
    return new Rating(likelihood, impact, null, null);
  }

  public static Rating ofScore(int score) {
    return new Rating(null, null, score, null);
  }

  public static Rating ofCategory(String category) {
    return new Rating(null, null, null, category);
  }

  /** Likelihood and impact both given: the rating has a cell in the heat map. */
  public boolean onGrid() {
    return likelihood != null && impact != null;
  }

  public boolean categorical() {
    return category != null && likelihood == null && impact == null && score == null;
  }

  /** The score: likelihood x impact, or the score given; null for a categorical rating. */
  public Integer value() {
    if (onGrid()) {
      return likelihood * impact;
    }
    return score;
  }
}
