package bcf.national.web;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.Role;
import bcf.national.Stocktake;
import bcf.planning.PlanService;
import bcf.planning.PlanningException;
import bcf.round.Round;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The national view: a round's plans that the caller may assure (every plan, for admins), with
 * their findings and totals, and the national-conditions stocktake across them.
 */
@Service
public class NationalService {

  private final PlanService plans;

  public NationalService(PlanService plans) {
    this.plans = plans;
  }

  /** A round's plans in the caller's scope, and the stocktake of their national conditions. */
  public record NationalView(
      Round round, List<PlanService.Listing> plans, List<Stocktake.ConditionCount> conditions) {}

  public NationalView national(Actor actor, String roundId) {
    actor.requireSignedIn();
    if (!PlanAccess.seesNationalView(actor)) {
      throw new PlanningException.AccessRefused(
          "The national view is for NHS England assurers and admins.");
    }
    Round round = plans.round(roundId);
    List<PlanService.Listing> listings =
        plans.currentListings(
            r ->
                r.round().equals(round.id())
                    && (actor.has(Role.ADMIN) || PlanAccess.assures(actor, r.facts())));
    return new NationalView(
        round,
        listings,
        Stocktake.count(round, listings.stream().map(l -> l.analysis().plan()).toList()));
  }

  public List<Round> rounds() {
    return plans.rounds();
  }
}
