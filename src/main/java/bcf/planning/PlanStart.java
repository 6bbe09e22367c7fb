package bcf.planning;

import bcf.plan.Plan;
import bcf.plan.PlanStarter;
import bcf.reference.HwbDirectory;
import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a start asks for, checked against the rounds and England's reference data, without storage
 * or a caller: the round, the HWBs (by ONS code or a seed's short id) and the ICBs (by ODS code),
 * each refused with what is known ({@link StartRefused}). {@link PlanService} checks with the
 * database's reference data, {@code bcf new} with the files the migration loads; both then start
 * the plan through {@link PlanStarter}.
 */
public record PlanStart(
    Round round, List<HwbDirectory.HwbEntry> hwbs, List<PlanStarter.IcbFacts> icbs) {

  /**
   * The start checked: {@code hwb} finds an HWB by code or id, {@code knownIcbs} are England's
   * ICBs.
   *
   * @throws StartRefused naming the field at fault
   */
  public static PlanStart of(
      PlanService.Start start,
      RoundCatalogue rounds,
      Function<String, Optional<HwbDirectory.HwbEntry>> hwb,
      List<HwbDirectory.IcbEntry> knownIcbs) {
    Round round = round(rounds, start.round());
    List<HwbDirectory.HwbEntry> hwbs = hwbs(start.hwbs(), hwb);
    return new PlanStart(round, hwbs, icbs(start.icbs(), knownIcbs));
  }

  /** The HWBs as {@link PlanStarter} takes them. */
  public List<PlanStarter.HwbFacts> facts() {
    return hwbs.stream().map(h -> new PlanStarter.HwbFacts(h.id(), h.name(), h.region())).toList();
  }

  /** A blank plan for the round and HWBs. */
  public Plan blank() {
    return PlanStarter.blank(round, facts(), icbs);
  }

  /** Whether {@code previous} is a plan of any of the HWBs named (what may be carried forward). */
  public boolean sharesAnHwbWith(Plan previous) {
    return previous.hwbs().stream()
        .anyMatch(p -> hwbs.stream().anyMatch(h -> h.id().equals(p.id())));
  }

  /** The plan carried forward from {@code previous}. */
  public Plan carriedForward(Plan previous) {
    return PlanStarter.carriedForward(round, facts(), icbs, previous);
  }

  static Round round(RoundCatalogue rounds, String roundId) {
    List<String> known = rounds.all().stream().map(Round::id).toList();
    if (blank(roundId)) {
      throw StartRefused.noRound(known);
    }
    return rounds
        .find(roundId.strip())
        .orElseThrow(() -> StartRefused.unknownRound(roundId, known));
  }

  static List<HwbDirectory.HwbEntry> hwbs(
      List<String> codes, Function<String, Optional<HwbDirectory.HwbEntry>> lookup) {
    if (codes.isEmpty() || codes.stream().allMatch(PlanStart::blank)) {
      throw StartRefused.noHwb();
    }
    List<HwbDirectory.HwbEntry> hwbs = new ArrayList<>();
    for (String code : codes) {
      if (blank(code)) {
        continue;
      }
      HwbDirectory.HwbEntry hwb =
          lookup
              .apply(code)
              .filter(h -> h.code() != null)
              .orElseThrow(() -> StartRefused.unknownHwb(code));
      if (hwbs.stream().anyMatch(h -> h.id().equals(hwb.id()))) {
        throw StartRefused.repeatedHwb(hwb.name());
      }
      hwbs.add(hwb);
    }
    return hwbs;
  }

  static List<PlanStarter.IcbFacts> icbs(List<String> codes, List<HwbDirectory.IcbEntry> known) {
    List<PlanStarter.IcbFacts> icbs = new ArrayList<>();
    for (String code : codes) {
      if (blank(code)) {
        continue;
      }
      HwbDirectory.IcbEntry icb =
          known.stream()
              .filter(i -> i.code().equalsIgnoreCase(code.strip()))
              .findFirst()
              .orElseThrow(() -> StartRefused.unknownIcb(code));
      if (icbs.stream().noneMatch(i -> i.code().equals(icb.code()))) {
        icbs.add(new PlanStarter.IcbFacts(icb.code(), icb.name()));
      }
    }
    return icbs;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
