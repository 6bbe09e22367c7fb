package bcf.plan;

import bcf.kernel.Money;
import java.util.Optional;

/**
 * An amount split into recurrent and non-recurrent parts, or a {@code total} where the source gives
 * no split. Any part may be null (blank).
 */
public record Split(Money recurrent, Money nonRecurrent, Money total) {

  /** The amount: the stated total, else the sum of the parts given; empty when all are blank. */
  public Optional<Money> amount() {
    if (total != null) {
      return Optional.of(total);
    }
    if (recurrent == null && nonRecurrent == null) {
      return Optional.empty();
    }
    Money sum = Money.ZERO;
    if (recurrent != null) {
      sum = sum.plus(recurrent);
    }
    if (nonRecurrent != null) {
      sum = sum.plus(nonRecurrent);
    }
    return Optional.of(sum);
  }

  /** True when a total and parts are both given and do not agree. */
  public boolean partsDisagreeWithTotal() {
    if (total == null || (recurrent == null && nonRecurrent == null)) {
      return false;
    }
    Money parts = Money.ZERO;
    if (recurrent != null) {
      parts = parts.plus(recurrent);
    }
    if (nonRecurrent != null) {
      parts = parts.plus(nonRecurrent);
    }
    return parts.compareTo(total) != 0;
  }
}
