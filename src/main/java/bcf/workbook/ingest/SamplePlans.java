package bcf.workbook.ingest;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.ConditionAnswer;
import bcf.plan.Contribution;
import bcf.plan.Dfg;
import bcf.plan.NarrativeSection;
import bcf.plan.Organisation;
import bcf.plan.Plan;
import bcf.plan.PlanDate;
import bcf.plan.PlanStarter;
import bcf.plan.Scheme;
import bcf.plan.SignOff;
import bcf.plan.Split;
import bcf.plan.YearAmounts;
import bcf.round.ConditionDefinition;
import bcf.round.Round;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Plans for every HWB of England, varied by the HWB's place in the list, for the tests and the
 * benchmark of bulk ingest: each a blank plan of the round (one year) with three contributions,
 * three or four schemes that spend them exactly, and every national condition met. The amounts
 * follow from {@code n} (the HWB's place, from 0) so a test can say what the dataset must hold: NHS
 * minimum {@code 10,000,000 + 100,000 n}, Local Authority grant {@code 5,000,000 + 10,000 n}, DFG
 * {@code 2,000,000 + 1,000 n}.
 */
public final class SamplePlans {

  private SamplePlans() {}

  public static Money nhsMinimum(int n) {
    return Money.of(10_000_000L + 100_000L * n);
  }

  public static Money localAuthorityGrant(int n) {
    return Money.of(5_000_000L + 10_000L * n);
  }

  public static Money dfg(int n) {
    return Money.of(2_000_000L + 1_000L * n);
  }

  /**
   * The bed-based share of the NHS minimum: £1,000,000 for an HWB at an odd place, none at an even
   * one (whose whole NHS minimum is reablement).
   */
  public static Money bedBased(int n) {
    return n % 2 == 1 ? Money.of(1_000_000L) : Money.ZERO;
  }

  /** The plan of the HWB at place {@code n} for a one-year round (2025-26). */
  public static Plan plan(Round round, PlanStarter.HwbFacts hwb, int n) {
    Plan blank =
        PlanStarter.blank(
            round, List.of(hwb), List.of(new PlanStarter.IcbFacts("QWU", "NHS Sample ICB")));
    FinancialYear year = round.years().get(0);
    String council = blank.hwbs().get(0).localAuthority();
    String icb =
        blank.organisations().stream()
            .map(o -> o.id())
            .filter(id -> !id.equals(council))
            .findFirst()
            .orElse(council);
    List<Contribution> contributions =
        List.of(
            new Contribution(
                null, icb, "nhs-minimum", "NHS minimum", year, null, nhsMinimum(n), null),
            new Contribution(
                null,
                council,
                "la-bcf",
                "Local Authority Better Care Grant",
                year,
                null,
                localAuthorityGrant(n),
                null),
            new Contribution(
                null, council, "dfg", "Disabled Facilities Grant", year, null, dfg(n), null));
    List<Scheme> schemes = new ArrayList<>();
    Money bed = bedBased(n);
    if (bed.compareTo(Money.ZERO) > 0) {
      schemes.add(
          scheme(
              "bed",
              "Step-down beds",
              "Bed based intermediate care",
              "Community Health",
              "nhs-minimum",
              year,
              bed));
    }
    schemes.add(
        scheme(
            "reablement",
            "Reablement at home",
            "Reablement in a person's own home",
            "Social Care",
            "nhs-minimum",
            year,
            nhsMinimum(n).minus(bed)));
    schemes.add(
        scheme(
            "home-care",
            "Home care",
            "Home Care or Domiciliary Care",
            "Social Care",
            "la-bcf",
            year,
            localAuthorityGrant(n)));
    schemes.add(
        scheme("adaptations", "Adaptations", "DFG Related Schemes", "Other", "dfg", year, dfg(n)));
    List<ConditionAnswer> conditions = new ArrayList<>();
    for (ConditionDefinition c : round.nationalConditions()) {
      conditions.add(
          new ConditionAnswer(
              null,
              c.code(),
              null,
              ConditionAnswer.Status.MET,
              ConditionAnswer.Answer.YES,
              "Agreed by the board.",
              null,
              null,
              null));
    }
    LocalDate signed = year.lastMonth().atEndOfMonth().minusYears(1);
    List<SignOff> signOffs = new ArrayList<>();
    for (Organisation o : blank.organisations()) {
      signOffs.add(sign(o.id(), o.name(), "chief-executive", "Chief executive", signed));
      if (o.id().equals(council)) {
        signOffs.add(sign(o.id(), o.name(), "s151-officer", "Section 151 officer", signed));
      }
    }
    signOffs.add(sign(hwb.id(), hwb.name(), "hwb-chair", "Chair of the board", signed));
    List<PlanDate> dates =
        blank.dates().stream()
            .map(d -> new PlanDate(d.event(), d.date() == null ? signed : d.date(), d.asPrinted()))
            .toList();
    List<NarrativeSection> narrative =
        blank.narrative().stream()
            .map(
                s ->
                    new NarrativeSection(
                        s.key(), s.title(), "What the board agreed about this.", s.hwb()))
            .toList();
    Dfg dfg =
        new Dfg(
            List.of(new Dfg.PassThrough(null, year, hwb.name() + " housing", dfg(n))),
            List.of(),
            YearAmounts.EMPTY);
    return new Plan(
        blank.id(),
        blank.round(),
        blank.years(),
        blank.title(),
        blank.published(),
        blank.statedIn(),
        blank.source(),
        blank.hwbs(),
        blank.organisations(),
        dates,
        blank.pooledBudget(),
        contributions,
        schemes,
        dfg,
        blank.ibcf(),
        blank.outOfHospital(),
        blank.socialCareMaintenance(),
        blank.contingency(),
        blank.paymentForPerformance(),
        conditions,
        blank.metrics(),
        blank.risks(),
        signOffs,
        narrative,
        blank.versions(),
        blank.declared(),
        blank.explanations());
  }

  private static SignOff sign(
      String onBehalfOf, String name, String role, String position, LocalDate date) {
    return new SignOff(
        onBehalfOf + "-" + role, onBehalfOf, name, role, position, "A. Person", date, null, true);
  }

  private static Scheme scheme(
      String id,
      String name,
      String type,
      String area,
      String source,
      FinancialYear year,
      Money amount) {
    SortedMap<FinancialYear, Split> spend = new TreeMap<>();
    spend.put(year, new Split(null, null, amount));
    return new Scheme(
        id,
        name,
        null,
        null,
        type,
        null,
        null,
        null,
        null,
        null,
        area,
        source,
        null,
        null,
        spend,
        new TreeMap<>(),
        null);
  }
}
