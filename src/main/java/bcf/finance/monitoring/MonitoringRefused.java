package bcf.finance.monitoring;

import bcf.kernel.Refusal;

/** Monitoring terms or figures that cannot be used, with the rule they break and why in words. */
public final class MonitoringRefused extends Refusal {

  public static final String SHARES_NOT_WHOLE = "risk-share-not-whole";
  public static final String UNKNOWN_PARTNER = "risk-share-unknown-partner";
  public static final String NO_BEARER = "risk-share-no-bearer";
  public static final String CAP_WITHOUT_REST = "risk-share-cap-without-rest";
  public static final String UNKNOWN_SCHEME = "monitoring-unknown-scheme";
  public static final String YEAR_NOT_IN_PLAN = "monitoring-year-not-in-plan";

  public MonitoringRefused(String rule, String message) {
    super(Kind.UNUSABLE, rule, message);
  }

  /** A year asked for that is not written like 2017-18. */
  public static final class BadYear extends Refusal {
    public BadYear(String year) {
      super(
          Kind.BAD_REQUEST,
          "monitoring-bad-year",
          "'"
              + bcf.kernel.Limits.excerpt(year)
              + "' is not a financial year: write it like 2017-18.");
    }
  }
}
