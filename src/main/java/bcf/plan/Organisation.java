package bcf.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A council, CCG/ICB, district council or provider named in the plan. A CCG that spans HWBs lists
 * each, with its population share where the plan states one.
 */
public record Organisation(
    String id,
    String name,
    String type,
    List<String> hwbs,
    Map<String, BigDecimal> populationShares,
    String notes) {

  /**
   * The kinds of organisation whose population is shared across HWBs: an ICB, and a CCG in the
   * rounds before ICBs. A council is one HWB's (or part of one), a trust or charity has no
   * population of its own.
   */
  public static final Set<String> TYPES_WITH_POPULATION_SHARES = Set.of("icb", "ccg");

  /**
   * The shares of its population the plan gives, added up (fractions: 1 is the whole). A CCG or ICB
   * cannot have more than all of its population across the HWBs it spans.
   */
  public BigDecimal populationShareTotal() {
    return populationShareTotal(populationShares);
  }

  /** Shares of a population by HWB, added up; none is nothing. */
  public static BigDecimal populationShareTotal(Map<String, BigDecimal> shares) {
    return shares == null
        ? BigDecimal.ZERO
        : shares.values().stream()
            .filter(java.util.Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
