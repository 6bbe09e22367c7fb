package bcf.planning;

import java.util.regex.Pattern;

/**
 * What a plan's id may be: lower-case letters, digits and hyphens, starting with a letter or digit,
 * at most 80 characters ({@value #PATTERN}). The id is part of every address of the plan ({@code
 * /plans/{id}}, {@code /api/v1/plans/{id}/...}), of file names and of CSV rows, so it is held to
 * what needs no escaping anywhere: a space, quote, backslash, {@code %}, slash or a bare {@code .}
 * or {@code ..} would make a plan that is stored but cannot be opened. Every way of adding a plan
 * (the API, the pages, the command line, the demo plans) goes through {@link PlanService#create},
 * which checks it here.
 */
public final class PlanId {

  /** The ids bcf accepts. The seed plans' ids ({@code warwickshire-2017-19}) are of this form. */
  public static final String PATTERN = "^[a-z0-9][a-z0-9-]{0,79}$";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  private PlanId() {}

  public static boolean valid(String id) {
    return id != null && VALID.matcher(id).matches();
  }

  /**
   * @throws PlanningException.InvalidPlanId when the id is not of the accepted form
   */
  public static String check(String id) {
    if (!valid(id)) {
      throw new PlanningException.InvalidPlanId(id);
    }
    return id;
  }
}
