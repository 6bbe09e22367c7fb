package bcf.access;

import java.util.Set;

/**
 * The one place that decides who may read and change a plan. HWB editors and signatories act on the
 * plans of their HWBs; assurers on the plans of their region (or all, when national); admins read
 * everything and manage users but do not write plan content; everyone, signed in or not, may read
 * the published version of a published plan.
 */
public final class PlanAccess {

  private PlanAccess() {}

  /** What the access decision needs to know about a plan. */
  public record PlanFacts(Set<String> hwbs, Set<String> regions, boolean published) {}

  /** May see the plan's working (current) version, drafts included. */
  public static boolean readsCurrent(Actor actor, PlanFacts plan) {
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    if ((actor.has(Role.EDITOR) || actor.has(Role.SIGNATORY)) && coversHwb(actor, plan)) {
      return true;
    }
    return actor.has(Role.ASSURER) && coversRegion(actor, plan);
  }

  /** May see the plan at all (its published version, at least). */
  public static boolean reads(Actor actor, PlanFacts plan) {
    return plan.published() || readsCurrent(actor, plan);
  }

  public static boolean edits(Actor actor, PlanFacts plan) {
    return actor.has(Role.EDITOR) && coversHwb(actor, plan);
  }

  public static boolean signs(Actor actor, PlanFacts plan) {
    return actor.has(Role.SIGNATORY) && coversHwb(actor, plan);
  }

  /**
   * May give NHS England's assurance: an assurer of the plan's region, who neither edits nor signs
   * for any of the plan's HWBs (separation of duties: nobody assures their own plan).
   */
  public static boolean assures(Actor actor, PlanFacts plan) {
    return actor.has(Role.ASSURER)
        && coversRegion(actor, plan)
        && !((actor.has(Role.EDITOR) || actor.has(Role.SIGNATORY)) && coversHwb(actor, plan));
  }

  /**
   * May change which HWBs a plan belongs to: an admin, or an editor of every HWB it belongs to
   * before the change and after it, so that nobody moves a plan into another HWB's scope or takes a
   * partner HWB off a joint plan.
   */
  public static boolean changesHwbs(Actor actor, Set<String> before, Set<String> after) {
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    return actor.has(Role.EDITOR)
        && !after.isEmpty()
        && java.util.stream.Stream.concat(before.stream(), after.stream())
            .allMatch(h -> actor.scopes().contains(Scope.hwb(h)));
  }

  /**
   * May give this required signature (a party, by id and name, in a round's role): a signatory
   * whose signing authorities include the party's organisation in that position (an authority with
   * no position, carried over from before positions were recorded, covers every position of its
   * organisation). A signatory with no authority recorded gives none: they may approve and read
   * what they sign, but a signature is always given for an organisation in a position someone has
   * linked them to (the admin pages and {@code bcf user add --signs-for} give every signatory at
   * least one).
   */
  public static boolean signsFor(Actor actor, String partyId, String partyName, String role) {
    return actor.authorities().stream().anyMatch(a -> a.covers(partyId, partyName, role));
  }

  /**
   * May make a workflow move that needs one of these roles: holds one of them, in the plan's scope.
   */
  public static boolean moves(Actor actor, Set<Role> rolesNeeded, PlanFacts plan) {
    return (rolesNeeded.contains(Role.EDITOR) && edits(actor, plan))
        || (rolesNeeded.contains(Role.SIGNATORY) && signs(actor, plan))
        || (rolesNeeded.contains(Role.ASSURER) && assures(actor, plan));
  }

  /**
   * May import metric actuals for this HWB of the plan: an editor of that HWB. Actuals are
   * monitoring data, not plan content, so the plan's workflow state does not matter. The benchmark
   * series ({@code hwb} null) may be imported by an editor of any of the plan's HWBs.
   */
  public static boolean recordsActuals(Actor actor, PlanFacts plan, String hwb) {
    if (!actor.has(Role.EDITOR)) {
      return false;
    }
    return hwb == null
        ? coversHwb(actor, plan)
        : plan.hwbs().contains(hwb) && actor.scopes().contains(Scope.hwb(hwb));
  }

  /** May add a new plan for these HWBs. */
  public static boolean creates(Actor actor, Set<String> hwbs) {
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    return actor.has(Role.EDITOR)
        && !hwbs.isEmpty()
        && hwbs.stream().allMatch(h -> actor.scopes().contains(Scope.hwb(h)));
  }

  /** May open the national view (every plan of a round in the actor's region or the country). */
  public static boolean seesNationalView(Actor actor) {
    return actor.has(Role.ASSURER) || actor.has(Role.ADMIN);
  }

  public static boolean managesUsers(Actor actor) {
    return actor.has(Role.ADMIN);
  }

  /** A joint plan belongs to each of its HWBs, so any one of them in scope will do. */
  private static boolean coversHwb(Actor actor, PlanFacts plan) {
    return plan.hwbs().stream().anyMatch(h -> actor.scopes().contains(Scope.hwb(h)));
  }

  private static boolean coversRegion(Actor actor, PlanFacts plan) {
    return actor.scopes().contains(Scope.NATIONAL)
        || plan.regions().stream().anyMatch(r -> actor.scopes().contains(Scope.region(r)));
  }
}
