package bcf.national.web;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.Role;
import bcf.access.Scope;
import bcf.document.DocumentHistory;
import bcf.document.DocumentStore;
import bcf.national.Desk;
import bcf.national.DeskRefusal;
import bcf.national.Stocktake;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanningException;
import bcf.reference.HwbDirectory;
import bcf.round.Round;
import bcf.workflow.PlanStatus;
import bcf.workflow.WorkflowAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national view: a round's plans that the caller may assure (every plan, for admins), in one
 * NHS England region or all the caller's, with their findings and figures (the cached analyses),
 * how far the region's or England's HWBs have got, the queue awaiting assurance, and the
 * national-conditions stocktake across them.
 */
@Service
public class NationalService {

  private final PlanService plans;
  private final HwbDirectory directory;
  private final DocumentStore documents;

  public NationalService(PlanService plans, HwbDirectory directory, DocumentStore documents) {
    this.plans = plans;
    this.directory = directory;
    this.documents = documents;
  }

  /**
   * A round's desk in the caller's scope.
   *
   * @param regions the NHS England regions the caller may choose from
   * @param region the region chosen, or null for all the caller's
   * @param areas the HWBs in view, by name
   * @param known every HWB of the reference list, by id (a joint plan's partner may be in another
   *     region)
   * @param entries the plans in view, by title
   * @param listings the same plans as the plan service lists them
   */
  public record NationalView(
      Round round,
      List<String> regions,
      String region,
      List<Desk.Area> areas,
      Map<String, Desk.Area> known,
      List<Desk.Entry> entries,
      List<PlanService.Listing> listings,
      Desk.Coverage coverage,
      List<Desk.Entry> queue,
      List<Stocktake.ConditionCount> conditions) {}

  public NationalView national(Actor actor, String roundId) {
    return national(actor, roundId, null);
  }

  @Transactional(readOnly = true)
  public NationalView national(Actor actor, String roundId, String regionAsked) {
    actor.requireSignedIn();
    if (!PlanAccess.seesNationalView(actor)) {
      throw new PlanningException.AccessRefused(
          "The national view is for NHS England assurers and admins.");
    }
    Round round = plans.round(roundId);
    Set<String> allRegions = directory.regions();
    List<String> offered = regionsOf(actor, allRegions);
    String region = chosenRegion(regionAsked, allRegions, offered);
    Set<String> inView = region == null ? Set.copyOf(offered) : Set.of(region);

    Map<String, Desk.Area> known = new LinkedHashMap<>();
    for (HwbDirectory.HwbEntry hwb : directory.hwbs()) {
      known.put(hwb.id(), new Desk.Area(hwb.id(), hwb.code(), hwb.name(), hwb.region()));
    }
    List<Desk.Area> areas =
        known.values().stream().filter(a -> inView.contains(a.region())).toList();
    List<PlanService.Listing> listings =
        plans.currentListings(
            r ->
                r.round().equals(round.id())
                    && (actor.has(Role.ADMIN) || PlanAccess.assures(actor, r.facts()))
                    && (region == null || r.regions().contains(region)));
    Map<String, DocumentHistory.TransitionEntry> submissions =
        documents.latestTransitions(WorkflowAction.SUBMIT.code());
    List<Desk.Entry> entries = new ArrayList<>();
    for (PlanService.Listing listing : listings) {
      entries.add(entry(listing, submissions.get(listing.record().id())));
    }
    return new NationalView(
        round,
        offered,
        region,
        areas,
        known,
        List.copyOf(entries),
        listings,
        Desk.coverage(areas, entries),
        Desk.queue(entries),
        Stocktake.count(round, listings.stream().map(l -> l.analysis().plan()).toList()));
  }

  /** The round of a plan the caller may see (a plan they may not see does not exist for them). */
  public String roundOf(Actor actor, String planId) {
    return plans.view(actor, planId).record().round();
  }

  /** The regions the caller may look at: all for admins and national assurers, else their own. */
  private static List<String> regionsOf(Actor actor, Set<String> allRegions) {
    if (actor.has(Role.ADMIN) || actor.scopes().contains(Scope.NATIONAL)) {
      return List.copyOf(allRegions);
    }
    Set<String> own = new TreeSet<>();
    for (Scope scope : actor.scopes()) {
      if (scope.kind() == Scope.Kind.REGION) {
        own.add(scope.value());
      }
    }
    return List.copyOf(own);
  }

  private static String chosenRegion(String asked, Set<String> allRegions, List<String> offered) {
    if (asked == null || asked.isBlank()) {
      return null;
    }
    String region = asked.strip();
    if (!allRegions.contains(region)) {
      throw new DeskRefusal.UnknownRegion(region, allRegions);
    }
    if (!offered.contains(region)) {
      throw new DeskRefusal.RegionNotAssured(region, offered);
    }
    return region;
  }

  private Desk.Entry entry(PlanService.Listing listing, DocumentHistory.TransitionEntry submit) {
    PlanRecord r = listing.record();
    boolean submitted = r.status() == PlanStatus.SUBMITTED || r.status() == PlanStatus.ASSURED;
    String names =
        listing.analysis().plan().hwbs().stream()
            .map(h -> h.name() == null || h.name().isBlank() ? h.id() : h.name())
            .collect(Collectors.joining("; "));
    return new Desk.Entry(
        r.id(),
        r.title(),
        r.hwbs(),
        names.isEmpty() ? String.join("; ", r.hwbs()) : names,
        r.status(),
        r.status().label() + (r.outcome() == null ? "" : ": " + r.outcome().label()),
        submitted && submit != null ? submit.at() : null,
        submitted && submit != null ? blankToNull(submit.overrideReason()) : null,
        listing.errors(),
        listing.warnings(),
        listing.analysis().plan().schemes().size(),
        listing.analysis().summary().figures());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public List<Round> rounds() {
    return plans.rounds();
  }
}
