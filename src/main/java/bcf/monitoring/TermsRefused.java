package bcf.monitoring;

import bcf.kernel.Refusal;

/** A change of the monitoring terms that is refused because of the version it started from. */
public final class TermsRefused extends Refusal {

  public static final String CONFLICT = "monitoring-terms-conflict";
  public static final String VERSION_REQUIRED = "monitoring-terms-version-required";
  public static final String NOT_FOUND = "monitoring-terms-not-found";

  private TermsRefused(Kind kind, String rule, String message) {
    super(kind, rule, message);
  }

  /** Someone saved the terms after the version the change was based on: nothing is saved. */
  public static TermsRefused conflict(String updatedBy) {
    return new TermsRefused(
        Kind.CONFLICT,
        CONFLICT,
        "The monitoring terms were changed"
            + (updatedBy == null ? "" : " by " + updatedBy)
            + " after you opened them. Nothing was saved; look at the terms now and change them"
            + " again.");
  }

  /** The API must say which version of the terms a change is based on. */
  public static TermsRefused versionRequired() {
    return new TermsRefused(
        Kind.VERSION_REQUIRED,
        VERSION_REQUIRED,
        "Say which version of the terms this change is based on: send the ETag of"
            + " GET .../monitoring/terms as If-Match.");
  }

  /** An agreement or risk share asked for that the plan's terms do not have. */
  public static TermsRefused notFound(String message) {
    return new TermsRefused(Kind.NOT_FOUND, NOT_FOUND, message);
  }
}
