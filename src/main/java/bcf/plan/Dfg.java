package bcf.plan;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import java.util.List;

/**
 * Disabled Facilities Grant: what is passed through to each housing authority, how the home
 * improvement agency will allocate it, and underspend carried forward.
 */
public record Dfg(
    List<PassThrough> passThrough, List<Allocation> allocation, YearAmounts carriedForward) {

  public static final Dfg NONE = new Dfg(List.of(), List.of(), YearAmounts.EMPTY);

  public record PassThrough(String hwb, FinancialYear year, String district, Money amount) {}

  public record Allocation(
      String hwb, FinancialYear year, String district, Money total, Money dfg, Money other) {}

  public boolean isEmpty() {
    return passThrough.isEmpty() && allocation.isEmpty() && carriedForward.isEmpty();
  }
}
