package bcf.finance;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.ConditionAnswer;
import bcf.plan.ContingencyLine;
import bcf.plan.Contribution;
import bcf.plan.DeclaredFigure;
import bcf.plan.Dfg;
import bcf.plan.Explanation;
import bcf.plan.Hwb;
import bcf.plan.Ibcf;
import bcf.plan.MetricAmbition;
import bcf.plan.NarrativeSection;
import bcf.plan.Organisation;
import bcf.plan.OutOfHospital;
import bcf.plan.PaymentForPerformance;
import bcf.plan.Plan;
import bcf.plan.PlanDate;
import bcf.plan.PooledBudget;
import bcf.plan.Risk;
import bcf.plan.Scheme;
import bcf.plan.SignOff;
import bcf.plan.SocialCareMaintenance;
import bcf.plan.Split;
import bcf.plan.YearAmounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds plans for tests in the business's words: {@code aPlan().forRound("2017-19")...}. A plan
 * starts with one HWB ({@code h}, "Anyshire HWB"), figures in pounds, a title and nothing else.
 */
public final class PlanBuilder {

  private String round = "2017-19";
  private String title = "Test plan";
  private Plan.StatedIn statedIn = Plan.StatedIn.POUNDS;
  private Plan.Source source;
  private final List<FinancialYear> years = new ArrayList<>();
  private final List<Hwb> hwbs =
      new ArrayList<>(List.of(new Hwb("h", "Anyshire HWB", null, null, null)));
  private final List<Organisation> organisations = new ArrayList<>();
  private final List<PlanDate> dates = new ArrayList<>();
  private String pooledBudgetHost;
  private final List<PooledBudget.RiskShare> riskShares = new ArrayList<>();
  private final List<Ibcf.Purpose> unnamedIbcfPurposes = new ArrayList<>();
  private final List<Contribution> contributions = new ArrayList<>();
  private final Map<String, Scheme> schemes = new LinkedHashMap<>();
  private final List<Dfg.PassThrough> dfgPassThrough = new ArrayList<>();
  private final List<Dfg.Allocation> dfgAllocation = new ArrayList<>();
  private final Map<FinancialYear, Money> dfgCarriedForward = new TreeMap<>();
  private final Map<String, Map<FinancialYear, Money>> ibcfPurposes = new LinkedHashMap<>();
  private final Map<String, Map<FinancialYear, Money>> outOfHospitalSpend = new LinkedHashMap<>();
  private final Map<FinancialYear, Money> ringFence = new TreeMap<>();
  private final Map<FinancialYear, Money> socialCareBaseline = new TreeMap<>();
  private final Map<FinancialYear, Money> socialCarePlanned = new TreeMap<>();
  private final TreeMap<FinancialYear, BigDecimal> socialCareUplift = new TreeMap<>();
  private final List<ContingencyLine> contingency = new ArrayList<>();
  private PaymentForPerformance paymentForPerformance;
  private final List<ConditionAnswer> conditions = new ArrayList<>();
  private final List<MetricAmbition> metrics = new ArrayList<>();
  private final List<Risk> risks = new ArrayList<>();
  private final List<SignOff> signOffs = new ArrayList<>();
  private final List<NarrativeSection> narrative = new ArrayList<>();
  private final List<DeclaredFigure> declared = new ArrayList<>();
  private final List<Explanation> explanations = new ArrayList<>();

  public static PlanBuilder aPlan() {
    return new PlanBuilder();
  }

  /** A joint plan: two HWBs, {@code north} and {@code south}, and no other. */
  public static PlanBuilder aJointPlan() {
    PlanBuilder builder = new PlanBuilder();
    builder.hwbs.clear();
    builder.hwbs.add(new Hwb("north", "Northshire HWB", null, null, null));
    builder.hwbs.add(new Hwb("south", "Southshire HWB", null, null, null));
    return builder;
  }

  public static FinancialYear year(String text) {
    return FinancialYear.parse(text);
  }

  public static Money pounds(long pounds) {
    return Money.of(pounds);
  }

  public static Money pounds(String pounds) {
    return Money.of(pounds);
  }

  public PlanBuilder forRound(String round) {
    this.round = round;
    return this;
  }

  /** The plan's own years; without them the plan covers its round's years. */
  public PlanBuilder coveringYears(String... years) {
    Arrays.stream(years).map(FinancialYear::parse).forEach(this.years::add);
    return this;
  }

  public PlanBuilder titled(String title) {
    this.title = title;
    return this;
  }

  public PlanBuilder statedInThousands() {
    this.statedIn = Plan.StatedIn.THOUSANDS;
    return this;
  }

  public PlanBuilder statedInMillions() {
    this.statedIn = Plan.StatedIn.MILLIONS;
    return this;
  }

  public PlanBuilder withNoHwb() {
    hwbs.clear();
    return this;
  }

  public PlanBuilder withHwb(String id, String name) {
    hwbs.add(new Hwb(id, name, null, null, null));
    return this;
  }

  public PlanBuilder withOrganisation(String id, String type) {
    organisations.add(new Organisation(id, id.toUpperCase(), type, List.of("h"), Map.of(), null));
    return this;
  }

  public PlanBuilder withOrganisation(String id, String name, String type) {
    organisations.add(new Organisation(id, name, type, List.of(), Map.of(), null));
    return this;
  }

  /** A CCG or ICB spanning HWBs, with its share of its population in each. */
  public PlanBuilder withPopulationShares(String id, String name, Map<String, BigDecimal> shares) {
    organisations.add(
        new Organisation(id, name, "ccg", List.copyOf(shares.keySet()), shares, null));
    return this;
  }

  public PlanBuilder hostedBy(String organisation) {
    this.pooledBudgetHost = organisation;
    return this;
  }

  /** Money at risk under a risk share of the pooled budget. */
  public PlanBuilder sharingRisk(PooledBudget.RiskShare share) {
    riskShares.add(share);
    return this;
  }

  public PlanBuilder withDate(String event, LocalDate date, String asPrinted) {
    dates.add(new PlanDate(event, date, asPrinted));
    return this;
  }

  /** A contribution with its minimum; a negative amount is left blank. */
  public PlanBuilder withContribution(
      String organisation, String stream, String year, long minimum, long actual) {
    return withContribution(
        null,
        organisation,
        stream,
        year,
        minimum < 0 ? null : Money.of(minimum),
        actual < 0 ? null : Money.of(actual));
  }

  public PlanBuilder withContribution(
      String organisation, String stream, String year, long actual) {
    return withContribution(organisation, stream, year, -1, actual);
  }

  public PlanBuilder withContribution(
      String hwb, String organisation, String stream, String year, Money minimum, Money actual) {
    contributions.add(
        new Contribution(
            hwb, organisation, stream, null, FinancialYear.parse(year), minimum, actual, null));
    return this;
  }

  public PlanBuilder withScheme(String id, String theme, String source, String year, long spend) {
    scheme(id, null, theme, source).spend().put(year(year), new Split(null, null, pounds(spend)));
    return this;
  }

  /** A scheme in one HWB's part of a joint plan. */
  public PlanBuilder withSchemeFor(String hwb, String id, String source, String year, long spend) {
    scheme(id, hwb, null, source).spend().put(year(year), new Split(null, null, pounds(spend)));
    return this;
  }

  /** A scheme's spend in a year, split into recurrent, non-recurrent and total (any blank). */
  public PlanBuilder withSchemeSpend(String id, String year, Split spend) {
    scheme(id, null, null, null).spend().put(year(year), spend);
    return this;
  }

  public PlanBuilder withSchemeBenefits(String id, String year, Split benefits) {
    scheme(id, null, null, null).benefits().put(year(year), benefits);
    return this;
  }

  /** A scheme as the plan states it, whole. */
  public PlanBuilder withScheme(Scheme scheme) {
    schemes.put(scheme.id() + "#" + schemes.size(), scheme);
    return this;
  }

  private Scheme scheme(String id, String hwb, String theme, String source) {
    return schemes.computeIfAbsent(
        id,
        k ->
            new Scheme(
                id,
                "Scheme " + id,
                hwb,
                theme,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                source,
                null,
                null,
                new TreeMap<>(),
                new TreeMap<>(),
                null));
  }

  public PlanBuilder passingDfgThrough(String district, String year, long amount) {
    dfgPassThrough.add(new Dfg.PassThrough(null, year(year), district, pounds(amount)));
    return this;
  }

  /** DFG passed through in one HWB's part of a joint plan. */
  public PlanBuilder passingDfgThroughFor(String hwb, String district, String year, long amount) {
    dfgPassThrough.add(new Dfg.PassThrough(hwb, year(year), district, pounds(amount)));
    return this;
  }

  /** What the agency allocates to a district in one HWB's part of a joint plan. */
  public PlanBuilder allocatingDfgFor(String hwb, String district, String year, long total) {
    dfgAllocation.add(
        new Dfg.Allocation(hwb, year(year), district, pounds(total), pounds(total), Money.ZERO));
    return this;
  }

  /** What the home improvement agency allocates to a district: total, DFG and other money. */
  public PlanBuilder allocatingDfg(
      String district, String year, Money total, Money dfg, Money other) {
    dfgAllocation.add(new Dfg.Allocation(null, year(year), district, total, dfg, other));
    return this;
  }

  public PlanBuilder carryingDfgForward(String year, long amount) {
    dfgCarriedForward.put(year(year), pounds(amount));
    return this;
  }

  public PlanBuilder withIbcfPurpose(String purpose, String year, long amount) {
    ibcfPurposes.computeIfAbsent(purpose, p -> new TreeMap<>()).put(year(year), pounds(amount));
    return this;
  }

  /** An iBCF purpose the plan gives no id, only its wording. */
  public PlanBuilder withIbcfPurposeWithoutId(String purpose, String year, long amount) {
    unnamedIbcfPurposes.add(
        new Ibcf.Purpose(null, purpose, null, YearAmounts.of(Map.of(year(year), pounds(amount)))));
    return this;
  }

  public PlanBuilder withOutOfHospitalSpend(String areaOfSpend, String year, long amount) {
    outOfHospitalSpend
        .computeIfAbsent(areaOfSpend, a -> new TreeMap<>())
        .put(year(year), pounds(amount));
    return this;
  }

  public PlanBuilder withOutOfHospitalRingFence(String year, long amount) {
    ringFence.put(year(year), pounds(amount));
    return this;
  }

  public PlanBuilder withSocialCareBaseline(String year, Money amount) {
    socialCareBaseline.put(year(year), amount);
    return this;
  }

  public PlanBuilder withSocialCarePlanned(String year, Money amount) {
    socialCarePlanned.put(year(year), amount);
    return this;
  }

  public PlanBuilder statingSocialCareUplift(String year, String fraction) {
    socialCareUplift.put(year(year), new BigDecimal(fraction));
    return this;
  }

  /** A line of the contingency plan; blank amounts are null. */
  public PlanBuilder withContingency(String period, Money plannedSavings, Money maximumSupport) {
    contingency.add(new ContingencyLine(null, period, plannedSavings, maximumSupport));
    return this;
  }

  public PlanBuilder payingForPerformance(
      Money valuePerAvoidedAdmission, PaymentForPerformance.HwbReduction... byHwb) {
    paymentForPerformance = new PaymentForPerformance(valuePerAvoidedAdmission, List.of(byHwb));
    return this;
  }

  /** The payment schedule as the plan's source prints it: payment, share, payment, share... */
  public PlanBuilder withPaymentSchedule(String... paymentsAndShares) {
    List<PaymentForPerformance.Payment> schedule = new java.util.ArrayList<>();
    for (int i = 0; i < paymentsAndShares.length; i += 2) {
      schedule.add(
          new PaymentForPerformance.Payment(
              paymentsAndShares[i], new BigDecimal(paymentsAndShares[i + 1]), null));
    }
    PaymentForPerformance current =
        paymentForPerformance == null
            ? new PaymentForPerformance(null, List.of())
            : paymentForPerformance;
    paymentForPerformance =
        new PaymentForPerformance(
            current.valuePerAvoidedAdmission(), current.byHwb(), List.copyOf(schedule));
    return this;
  }

  public PlanBuilder answering(ConditionAnswer answer) {
    conditions.add(answer);
    return this;
  }

  public PlanBuilder withMetric(MetricAmbition metric) {
    metrics.add(metric);
    return this;
  }

  public PlanBuilder withRisk(Risk risk) {
    risks.add(risk);
    return this;
  }

  public PlanBuilder signedBy(SignOff signOff) {
    signOffs.add(signOff);
    return this;
  }

  public PlanBuilder withNarrative(String key, String text) {
    narrative.add(new NarrativeSection(key, key, text, null));
    return this;
  }

  /** A summary figure the plan declares, such as {@code income.total}. */
  public PlanBuilder declaring(String figure, String year, Money amount) {
    return declaring(
        new DeclaredFigure(figure, year == null ? null : year(year), null, amount, null, null));
  }

  public PlanBuilder declaring(DeclaredFigure figure) {
    declared.add(figure);
    return this;
  }

  /** The plan's explanation of what a rule flags (in a year and at a place, where given). */
  public PlanBuilder explaining(String rule, String year, String where, String text) {
    explanations.add(new Explanation(rule, year == null ? null : year(year), where, text));
    return this;
  }

  /** A source that gives only part of the plan's detail, leaving out what is said. */
  public PlanBuilder fromASourceLeavingOut(String missing) {
    source =
        new Plan.Source(
            "Monitoring report", source == null ? null : source.date(), null, null, missing);
    return this;
  }

  /** The source document's date, as given. */
  public PlanBuilder fromASourceDated(String date) {
    source = new Plan.Source("Plan", date, null, null, source == null ? null : source.partial());
    return this;
  }

  public Plan build() {
    return new Plan(
        "test-plan",
        round,
        List.copyOf(years),
        title,
        false,
        statedIn,
        source,
        List.copyOf(hwbs),
        List.copyOf(organisations),
        List.copyOf(dates),
        pooledBudgetHost == null && riskShares.isEmpty()
            ? PooledBudget.NONE
            : new PooledBudget(pooledBudgetHost, null, null, List.of(), List.copyOf(riskShares)),
        List.copyOf(contributions),
        List.copyOf(schemes.values()),
        new Dfg(
            List.copyOf(dfgPassThrough),
            List.copyOf(dfgAllocation),
            YearAmounts.of(dfgCarriedForward)),
        new Ibcf(
            java.util.stream.Stream.concat(
                    ibcfPurposes.entrySet().stream()
                        .map(
                            e ->
                                new Ibcf.Purpose(
                                    e.getKey(), e.getKey(), null, YearAmounts.of(e.getValue())))
                        .toList()
                        .stream(),
                    unnamedIbcfPurposes.stream())
                .toList()),
        new OutOfHospital(
            outOfHospitalSpend.entrySet().stream()
                .map(e -> new OutOfHospital.AreaSpend(e.getKey(), YearAmounts.of(e.getValue())))
                .toList(),
            YearAmounts.of(ringFence)),
        new SocialCareMaintenance(
            YearAmounts.of(socialCareBaseline),
            YearAmounts.of(socialCarePlanned),
            new TreeMap<>(socialCareUplift)),
        List.copyOf(contingency),
        paymentForPerformance,
        List.copyOf(conditions),
        List.copyOf(metrics),
        List.copyOf(risks),
        List.copyOf(signOffs),
        List.copyOf(narrative),
        List.of(),
        List.copyOf(declared),
        List.copyOf(explanations));
  }
}
