package bcf.plan;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.round.MetricDefinition;
import bcf.round.NarrativeSectionDefinition;
import bcf.round.Round;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Starts a new plan for a round: blank from the round and England's reference data (the HWBs, their
 * councils, the ICBs chosen), or carried forward from one of the HWBs' earlier plans. One builder
 * for the API, the pages and the command line; what is carried and what is dropped is written in
 * docs/decisions.md ("Starting a plan").
 */
public final class PlanStarter {

  private static final SocialCareMaintenance NO_SOCIAL_CARE_MAINTENANCE =
      new SocialCareMaintenance(YearAmounts.EMPTY, YearAmounts.EMPTY, new TreeMap<>());

  private PlanStarter() {}

  /** An HWB as the reference data gives it: the id plans and scopes use, name and region. */
  public record HwbFacts(String id, String name, String region) {}

  /** An integrated care board as the reference data gives it. */
  public record IcbFacts(String code, String name) {}

  /** The id of a new plan: the first HWB's id, lower case, and the round ("e06000001-2025-26"). */
  public static String planId(List<HwbFacts> hwbs, Round round) {
    return hwbs.get(0).id().toLowerCase(Locale.ROOT) + "-" + round.id();
  }

  /**
   * The name of an HWB's upper-tier council, which the reference data does not give: the HWB's name
   * and "Council", with the ONS names' ", City of" turned round ("Bristol, City of" is "Bristol
   * City Council") and ", County of" dropped ("Herefordshire Council"). The editor corrects it
   * where the council calls itself otherwise ("Hartlepool Borough Council").
   */
  public static String councilName(String hwbName) {
    String name = hwbName.strip();
    if (name.endsWith(", City of")) {
      return name.substring(0, name.length() - ", City of".length()) + " City Council";
    }
    if (name.endsWith(", County of")) {
      name = name.substring(0, name.length() - ", County of".length());
    }
    return name + " Council";
  }

  /** A blank plan for the round: the HWBs, their councils, the ICBs and the round's sections. */
  public static Plan blank(Round round, List<HwbFacts> hwbs, List<IcbFacts> icbs) {
    requireHwbs(hwbs);
    List<Organisation> organisations = new ArrayList<>();
    List<Hwb> planHwbs = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (HwbFacts h : hwbs) {
      Organisation council = council(h, ids);
      organisations.add(council);
      planHwbs.add(new Hwb(h.id(), h.name(), council.id(), h.region(), null));
    }
    organisations.addAll(icbs(icbs, hwbs, ids, List.of()));
    return new Plan(
        planId(hwbs, round),
        round.id(),
        round.years(),
        title(round, hwbs),
        false,
        Plan.StatedIn.POUNDS,
        null,
        planHwbs,
        organisations,
        requiredDates(round),
        PooledBudget.NONE,
        List.of(),
        List.of(),
        Dfg.NONE,
        Ibcf.NONE,
        OutOfHospital.NONE,
        NO_SOCIAL_CARE_MAINTENANCE,
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        narrative(round, List.of()),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * A plan for the round carried forward from an earlier plan: its organisations, schemes, risks,
   * narrative, pooled-budget arrangements and which metrics it measures, with every amount for a
   * year outside the new round dropped; its sign-offs, dates, status, declared figures, condition
   * answers, explanations, payment for performance, source and printed versions are not carried.
   */
  public static Plan carriedForward(
      Round round, List<HwbFacts> hwbs, List<IcbFacts> icbs, Plan previous) {
    requireHwbs(hwbs);
    Set<FinancialYear> years = Set.copyOf(round.years());
    List<Organisation> organisations = new ArrayList<>(previous.organisations());
    Set<String> ids = organisations.stream().map(Organisation::id).collect(Collectors.toSet());
    List<Hwb> planHwbs = new ArrayList<>();
    for (HwbFacts h : hwbs) {
      Hwb before = previous.hwb(h.id()).orElse(null);
      String council = before == null ? null : before.localAuthority();
      if (council == null || previous.organisation(council).isEmpty()) {
        Organisation made = council(h, ids);
        organisations.add(made);
        council = made.id();
      }
      planHwbs.add(
          new Hwb(
              h.id(),
              h.name(),
              council,
              h.region(),
              before == null ? null : before.boundaryNotes()));
    }
    organisations.addAll(icbs(icbs, hwbs, ids, organisations));
    return new Plan(
        planId(hwbs, round),
        round.id(),
        round.years(),
        title(round, hwbs),
        false,
        Plan.StatedIn.POUNDS,
        null,
        planHwbs,
        organisations,
        requiredDates(round),
        pooledBudget(previous.pooledBudget(), years),
        previous.contributions().stream().filter(c -> years.contains(c.year())).toList(),
        previous.schemes().stream().map(s -> scheme(s, years)).toList(),
        dfg(previous.dfg(), years),
        ibcf(previous.ibcf(), years),
        outOfHospital(previous.outOfHospital(), years),
        socialCare(previous.socialCareMaintenance(), years),
        List.of(),
        null,
        List.of(),
        metrics(previous.metrics(), round),
        previous.risks(),
        List.of(),
        narrative(round, previous.narrative()),
        List.of(),
        List.of(),
        List.of());
  }

  private static void requireHwbs(List<HwbFacts> hwbs) {
    if (hwbs.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one HWB");
    }
  }

  private static String title(Round round, List<HwbFacts> hwbs) {
    List<String> names = hwbs.stream().map(HwbFacts::name).toList();
    String joined =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    return round.name() + ": " + joined;
  }

  private static Organisation council(HwbFacts hwb, Set<String> ids) {
    String name = councilName(hwb.name());
    return new Organisation(
        unique(slug(name), ids), name, "local-authority", List.of(hwb.id()), null, null);
  }

  /** The ICBs chosen, each serving every HWB of the plan, unless the plan names it already. */
  private static List<Organisation> icbs(
      List<IcbFacts> icbs, List<HwbFacts> hwbs, Set<String> ids, List<Organisation> existing) {
    List<Organisation> made = new ArrayList<>();
    List<String> served = hwbs.stream().map(HwbFacts::id).toList();
    for (IcbFacts icb : icbs) {
      boolean named =
          existing.stream().anyMatch(o -> o.name().strip().equalsIgnoreCase(icb.name().strip()))
              || made.stream().anyMatch(o -> o.name().equals(icb.name()));
      if (!named) {
        made.add(
            new Organisation(
                unique(slug(shortIcbName(icb.name())) + "-icb", ids),
                icb.name(),
                "icb",
                served,
                null,
                null));
      }
    }
    return made;
  }

  private static String shortIcbName(String name) {
    return name.replaceFirst("^NHS ", "").replaceFirst(" Integrated Care Board$", "");
  }

  private static List<PlanDate> requiredDates(Round round) {
    return round.requiredDates().stream().map(e -> new PlanDate(e, null, null)).toList();
  }

  /** The earlier sections as they were, then each of the round's sections still missing, empty. */
  private static List<NarrativeSection> narrative(Round round, List<NarrativeSection> previous) {
    List<NarrativeSection> sections = new ArrayList<>(previous);
    for (NarrativeSectionDefinition d : round.narrativeSections()) {
      if (previous.stream().noneMatch(s -> d.key().equals(s.key()))) {
        sections.add(new NarrativeSection(d.key(), d.title(), "", null));
      }
    }
    return sections;
  }

  private static Scheme scheme(Scheme s, Set<FinancialYear> years) {
    return new Scheme(
        s.id(),
        s.name(),
        s.hwb(),
        s.theme(),
        s.type(),
        s.subType(),
        s.description(),
        s.leadProvider(),
        s.providerType(),
        s.commissioner(),
        s.areaOfSpend(),
        s.source(),
        s.newOrExisting(),
        s.pooling(),
        within(s.spend(), years),
        within(s.benefits(), years),
        s.outputs());
  }

  /**
   * Which metrics each HWB measures, with their names and any local definition; the values
   * (baseline, targets, trajectory, actuals) belong to the earlier plan's years. A metric of the
   * earlier round that the new round does not define, and that has no definition of its own, is not
   * carried: nothing could measure it.
   */
  private static List<MetricAmbition> metrics(List<MetricAmbition> previous, Round round) {
    Set<String> defined =
        round.metrics().stream().map(MetricDefinition::code).collect(Collectors.toSet());
    return previous.stream()
        .filter(m -> defined.contains(m.metric()) || m.definition() != null)
        .map(
            m ->
                new MetricAmbition(
                    m.hwb(),
                    m.metric(),
                    m.name(),
                    m.description(),
                    m.definition(),
                    null,
                    List.of(),
                    null,
                    List.of(),
                    m.notes()))
        .toList();
  }

  private static PooledBudget pooledBudget(PooledBudget p, Set<FinancialYear> years) {
    if (p == null) {
      return PooledBudget.NONE;
    }
    return new PooledBudget(
        p.host(),
        p.arrangement(),
        p.riskShare(),
        p.pools().stream()
            .map(
                pool ->
                    new PooledBudget.Pool(
                        pool.id(),
                        pool.name(),
                        pool.host(),
                        pool.hwbs(),
                        within(pool.amounts(), years),
                        pool.riskShare(),
                        pool.notes()))
            .toList(),
        p.riskShares().stream()
            .map(
                r ->
                    new PooledBudget.RiskShare(
                        r.id(),
                        r.description(),
                        within(r.amount(), years),
                        r.retainedShare(),
                        within(r.retained(), years),
                        r.condition()))
            .toList());
  }

  private static Dfg dfg(Dfg d, Set<FinancialYear> years) {
    if (d == null) {
      return Dfg.NONE;
    }
    return new Dfg(
        d.passThrough().stream().filter(p -> years.contains(p.year())).toList(),
        d.allocation().stream().filter(a -> years.contains(a.year())).toList(),
        within(d.carriedForward(), years));
  }

  private static Ibcf ibcf(Ibcf i, Set<FinancialYear> years) {
    if (i == null) {
      return Ibcf.NONE;
    }
    return new Ibcf(
        i.purposes().stream()
            .map(
                p ->
                    new Ibcf.Purpose(
                        p.id(), p.purpose(), p.objectives(), within(p.amounts(), years)))
            .toList());
  }

  private static OutOfHospital outOfHospital(OutOfHospital o, Set<FinancialYear> years) {
    if (o == null) {
      return OutOfHospital.NONE;
    }
    return new OutOfHospital(
        o.spend().stream()
            .map(a -> new OutOfHospital.AreaSpend(a.areaOfSpend(), within(a.amounts(), years)))
            .toList(),
        within(o.ringFence(), years));
  }

  private static SocialCareMaintenance socialCare(
      SocialCareMaintenance s, Set<FinancialYear> years) {
    if (s == null) {
      return NO_SOCIAL_CARE_MAINTENANCE;
    }
    return new SocialCareMaintenance(
        within(s.baseline(), years), within(s.planned(), years), within(s.uplift(), years));
  }

  private static YearAmounts within(YearAmounts amounts, Set<FinancialYear> years) {
    if (amounts == null) {
      return YearAmounts.EMPTY;
    }
    SortedMap<FinancialYear, Money> kept = within(amounts.values(), years);
    return new YearAmounts(kept);
  }

  private static <V> SortedMap<FinancialYear, V> within(
      Map<FinancialYear, V> values, Set<FinancialYear> years) {
    SortedMap<FinancialYear, V> kept = new TreeMap<>();
    if (values != null) {
      values.forEach(
          (year, value) -> {
            if (years.contains(year)) {
              kept.put(year, value);
            }
          });
    }
    return kept;
  }

  /**
   * Lower-case letters and digits joined by hyphens: "Bristol City Council" is
   * "bristol-city-council".
   */
  static String slug(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return slug.isEmpty() ? "organisation" : slug;
  }

  private static String unique(String wanted, Set<String> taken) {
    String id = wanted;
    for (int n = 2; taken.contains(id); n++) {
      id = wanted + "-" + n;
    }
    taken.add(id);
    return id;
  }
}
