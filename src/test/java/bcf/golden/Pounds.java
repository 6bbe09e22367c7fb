package bcf.golden;

import bcf.kernel.Money;

/** Amounts as the seeds print them. */
final class Pounds {

  private Pounds() {}

  static Money pounds(long pounds) {
    return Money.of(pounds);
  }

  static Money thousands(long thousands) {
    return Money.thousands(thousands);
  }
}
