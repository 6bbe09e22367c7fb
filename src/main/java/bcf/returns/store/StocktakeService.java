package bcf.returns.store;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.document.DocumentRecord;
import bcf.document.DocumentStore;
import bcf.planning.PlanService;
import bcf.reference.HwbDirectory;
import bcf.returns.QuarterlyReturn;
import bcf.returns.ReturnKind;
import bcf.returns.ReturnRefusal;
import bcf.returns.ReturnStatus;
import bcf.returns.ReturnStocktake;
import bcf.round.ReturnsDefinition.ReturnPeriod;
import bcf.round.Round;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stocktake of a quarter's returns for assurers and admins, out of every HWB of the reference
 * list. A return's content is read once per version (versions never change), so a warm stocktake
 * reads only the headers.
 */
@Service
public class StocktakeService {

  private final DocumentStore store;
  private final PlanService plans;
  private final HwbDirectory hwbs;
  private final bcf.document.ParsedVersions parsed;

  public StocktakeService(
      DocumentStore store,
      bcf.document.ParsedVersions parsed,
      PlanService plans,
      HwbDirectory hwbs) {
    this.parsed = parsed;
    this.store = store;
    this.plans = plans;
    this.hwbs = hwbs;
  }

  /** The stocktake and the periods of the round, for choosing another. */
  public record Stocktake(Round round, ReturnPeriod period, ReturnStocktake.Result result) {}

  @Transactional(readOnly = true)
  public Stocktake stocktake(Actor actor, String roundId, String quarter) {
    if (actor.isAnonymous()) {
      throw ReturnRefusal.signInRequired();
    }
    if (!PlanAccess.seesNationalView(actor)) {
      throw ReturnRefusal.forbidden("The stocktake of returns is for NHS England assurers.");
    }
    Round round =
        plans.rounds().stream()
            .filter(r -> r.id().equals(roundId))
            .findFirst()
            .orElseThrow(
                () ->
                    ReturnRefusal.badRequest(
                        "stocktake-round", "round: '" + roundId + "' is not a round bcf knows."));
    if (!round.returns().any()) {
      throw ReturnRefusal.badRequest(
          "stocktake-round", "round: the " + round.name() + " round asks for no returns.");
    }
    List<ReturnStocktake.HwbRef> all =
        hwbs.hwbs().stream().map(h -> new ReturnStocktake.HwbRef(h.id(), h.region())).toList();
    List<ReturnStocktake.Entry> entries =
        store.findAll(ReturnKind.RETURN).stream()
            .filter(r -> round.id().equals(r.round()))
            .map(r -> new ReturnStocktake.Entry(content(r), submitted(r)))
            .toList();
    ReturnPeriod period = period(round, quarter, entries);
    return new Stocktake(
        round, period, ReturnStocktake.of(round, period.year(), period.quarter(), all, entries));
  }

  /**
   * {@code 2015-16-Q2}; when none is given, the latest quarter any HWB has submitted a return for
   * ({@link ReturnStocktake#defaultPeriod}).
   */
  private static ReturnPeriod period(
      Round round, String quarter, List<ReturnStocktake.Entry> entries) {
    List<ReturnPeriod> periods = round.returns().periods();
    if (quarter == null || quarter.isBlank()) {
      return ReturnStocktake.defaultPeriod(periods, entries);
    }
    return periods.stream()
        .filter(p -> (p.year() + "-" + p.quarter()).equalsIgnoreCase(quarter.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                ReturnRefusal.badRequest(
                    "stocktake-quarter",
                    "quarter: '"
                        + quarter
                        + "' is not a return of the "
                        + round.name()
                        + " round; give one such as "
                        + periods.get(0).year()
                        + "-"
                        + periods.get(0).quarter()
                        + "."));
  }

  private static boolean submitted(DocumentRecord record) {
    return ReturnStatus.of(record.status())
        .map(s -> s == ReturnStatus.SUBMITTED || s == ReturnStatus.ASSURED)
        .orElse(false);
  }

  private QuarterlyReturn content(DocumentRecord record) {
    return parsed.read(record.id(), record.currentVersion(), ReturnService.READER);
  }
}
