package bcf.kernel;

import java.util.Map;

/**
 * A request bcf refuses, for a reason a person can act on: a broken business rule with a stable id
 * ({@link #rule()}), a kind that says what sort of refusal it is, and a message in words. Each
 * feature names its own refusals as subtypes; the web and API edges map the kind, in one place
 * each, to an HTTP status and a page, so a new feature's refusals need no new mapping.
 */
public abstract class Refusal extends RuntimeException {

  /** What sort of refusal: decides the HTTP status and the page heading at the edges. */
  public enum Kind {
    /** Only a signed-in user may do this (401, or the sign-in page). */
    SIGN_IN_REQUIRED,
    /** The caller is known but may not do this (403). */
    FORBIDDEN,
    /** No such thing that the caller may see (404). */
    NOT_FOUND,
    /** Not now: the state of the thing does not allow it (409). */
    CONFLICT,
    /** The request must say which version it was based on (428). */
    VERSION_REQUIRED,
    /** The request itself cannot be used: a bad parameter or field (400). */
    BAD_REQUEST,
    /** A document or file that was read but cannot be used (422). */
    UNUSABLE
  }

  private final Kind kind;
  private final String rule;

  protected Refusal(Kind kind, String rule, String message) {
    super(message);
    this.kind = kind;
    this.rule = rule;
  }

  public final Kind kind() {
    return kind;
  }

  /** The stable id of the broken rule, such as {@code plan-not-editable}. */
  public final String rule() {
    return rule;
  }

  /** The reason for people, with the place where the problem is when there is one. */
  public String describe() {
    return getMessage();
  }

  /** Further facts for programs (problem-document properties), in the order they are shown. */
  public Map<String, Object> details() {
    return Map.of();
  }
}
