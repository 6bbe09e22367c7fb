package bcf.plan;

import bcf.kernel.Share;
import java.util.List;

/** Who hosts the pooled budget, hosted pools within it, and risk shares. */
public record PooledBudget(
    String host,
    String arrangement,
    String riskShare,
    List<Pool> pools,
    List<RiskShare> riskShares) {

  public static final PooledBudget NONE = new PooledBudget(null, null, null, List.of(), List.of());

  /**
   * A pool managed by one partner on behalf of the others (Dorset's ICES, hosted by Bournemouth).
   */
  public record Pool(
      String id,
      String name,
      String host,
      List<String> hwbs,
      YearAmounts amounts,
      String riskShare,
      String notes) {}

  /**
   * Money at risk under a risk share: a {@code retainedShare} of {@code amount} is retained if the
   * {@code condition} is not met (Dorset: one third of £5m if CHC spend is not held at 2014/15).
   */
  public record RiskShare(
      String id,
      String description,
      YearAmounts amount,
      Share retainedShare,
      YearAmounts retained,
      String condition) {}
}
