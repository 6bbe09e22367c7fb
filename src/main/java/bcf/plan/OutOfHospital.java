package bcf.plan;

import java.util.List;

/**
 * NHS-commissioned out-of-hospital spend from the minimum contribution, by area of spend, and the
 * ring-fence it must reach (2016-19 rounds).
 */
public record OutOfHospital(List<AreaSpend> spend, YearAmounts ringFence) {

  public static final OutOfHospital NONE = new OutOfHospital(List.of(), YearAmounts.EMPTY);

  public record AreaSpend(String areaOfSpend, YearAmounts amounts) {}

  public boolean isEmpty() {
    return spend.isEmpty() && ringFence.isEmpty();
  }
}
