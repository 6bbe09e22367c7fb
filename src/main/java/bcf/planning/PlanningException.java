package bcf.planning;

import bcf.kernel.Refusal;

/**
 * A refused request about a plan, with a stable rule id. Each subtype maps, in one place per
 * interface, to an HTTP status and a page message.
 */
public abstract class PlanningException extends Refusal {

  protected PlanningException(Kind kind, String rule, String message) {
    super(kind, rule, message);
  }

  /** The plan is not there, or the caller may not know it is there. */
  public static final class PlanNotFound extends PlanningException {
    public PlanNotFound(String id) {
      super(Kind.NOT_FOUND, "plan-not-found", "There is no plan '" + id + "' that you can see.");
    }
  }

  /** The caller is known but may not do this. */
  public static final class AccessRefused extends PlanningException {
    public AccessRefused(String message) {
      super(Kind.FORBIDDEN, "access-refused", message);
    }
  }

  /** The plan is submitted or assured; its content may not change until it returns to draft. */
  /**
   * A signature the signatory may not give: their signing authorities do not include the
   * organisation in that position.
   */
  public static final class NotYourSignature extends PlanningException {
    public NotYourSignature(String message) {
      super(Kind.FORBIDDEN, "not-your-signature", message);
    }
  }

  public static final class PlanNotEditable extends PlanningException {
    public PlanNotEditable(String id, String status) {
      super(
          Kind.CONFLICT,
          "plan-not-editable",
          "Plan '" + id + "' is " + status + "; it can be changed only after it returns to draft.");
    }
  }

  /** A plan with this id exists already. */
  public static final class PlanExists extends PlanningException {
    public PlanExists(String id) {
      super(Kind.CONFLICT, "plan-exists", "A plan with id '" + id + "' already exists.");
    }
  }

  /** An update must say which version it was based on. */
  public static final class VersionRequired extends PlanningException {
    public VersionRequired() {
      super(
          Kind.VERSION_REQUIRED,
          "version-required",
          "Say which version your change is based on (If-Match header with the plan's ETag).");
    }
  }

  /** The plan does not cover this HWB. */
  public static final class HwbNotInPlan extends PlanningException {
    public HwbNotInPlan(String id, String hwb) {
      super(
          Kind.NOT_FOUND,
          "hwb-not-in-plan",
          "Plan '" + id + "' does not cover an HWB '" + hwb + "'.");
    }
  }

  /** The plan measures no such metric for this HWB. */
  public static final class MetricNotInPlan extends PlanningException {
    public MetricNotInPlan(String id, String hwb, String metric) {
      super(
          Kind.NOT_FOUND,
          "metric-not-in-plan",
          "Plan '" + id + "' measures no metric '" + metric + "' for HWB '" + hwb + "'.");
    }
  }

  /** No such version of the plan. */
  public static final class VersionNotFound extends PlanningException {
    public VersionNotFound(String id, int version) {
      super(
          Kind.NOT_FOUND, "version-not-found", "Plan '" + id + "' has no version " + version + ".");
    }
  }

  /** A plan id that is not of the form every address of a plan can carry ({@link PlanId}). */
  public static final class InvalidPlanId extends PlanningException {
    public InvalidPlanId(String id) {
      super(
          Kind.BAD_REQUEST,
          "invalid-plan-id",
          "The plan id "
              + shown(id)
              + " cannot be used: use lower-case letters, digits and hyphens, starting with a"
              + " letter or digit, at most 80 characters (such as warwickshire-2017-19).");
    }

    /** The id as the message shows it: quoted, control characters visible, cut short. */
    private static String shown(String id) {
      if (id == null) {
        return "(none)";
      }
      String cut = id.length() > 80 ? id.substring(0, 80) + "..." : id;
      StringBuilder text = new StringBuilder("'");
      cut.codePoints()
          .forEach(
              c -> {
                if (Character.isISOControl(c)) {
                  text.append(String.format("\\u%04x", c));
                } else {
                  text.appendCodePoint(c);
                }
              });
      return text.append("'").toString();
    }
  }

  /** The request itself cannot be used (an unknown part, a missing field of a form). */
  public static final class BadRequest extends PlanningException {
    public BadRequest(String message) {
      super(Kind.BAD_REQUEST, "bad-request", message);
    }
  }
}
