package bcf.round;

import bcf.kernel.FinancialYear;
import bcf.round.json.RoundCatalogue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rounds for tests: one of the real round files, with the parts a test is about replaced: {@code
 * aRoundLike("2014-16").withConditions(...).build()}. Every other part, the returns and the
 * register included, is the round's own.
 */
public final class RoundBuilder {

  private static final RoundCatalogue CATALOGUE = RoundCatalogue.load();

  private final Round round;
  private List<FundingStream> fundingStreams;
  private List<ConditionDefinition> conditions;
  private List<MetricDefinition> metrics;
  private Map<String, List<String>> picklists;
  private List<SignatoryRequirement> signatories;
  private PaymentForPerformanceTerms paymentForPerformance;
  private Map<FinancialYear, BigDecimal> socialCareUplift;
  private List<RuleSetting> rules;
  private ReturnsDefinition returns;

  private RoundBuilder(Round round) {
    this.round = round;
    this.fundingStreams = round.fundingStreams();
    this.conditions = round.nationalConditions();
    this.metrics = round.metrics();
    this.picklists = round.picklists();
    this.signatories = round.signatories();
    this.paymentForPerformance = round.paymentForPerformance();
    this.socialCareUplift = round.socialCareUplift();
    this.rules = round.rules();
    this.returns = round.returns();
  }

  /** A round as its file in src/main/resources/rounds gives it. */
  public static Round theRound(String id) {
    return CATALOGUE.find(id).orElseThrow();
  }

  public static RoundBuilder aRoundLike(String id) {
    return new RoundBuilder(theRound(id));
  }

  /** Starts from a round already built. */
  public static RoundBuilder from(Round round) {
    return new RoundBuilder(round);
  }

  public RoundBuilder withConditions(ConditionDefinition... conditions) {
    return withConditions(List.of(conditions));
  }

  public RoundBuilder withConditions(List<ConditionDefinition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public RoundBuilder withFundingStreams(List<FundingStream> fundingStreams) {
    this.fundingStreams = fundingStreams;
    return this;
  }

  public RoundBuilder withMetrics(List<MetricDefinition> metrics) {
    this.metrics = metrics;
    return this;
  }

  public RoundBuilder withPaymentForPerformance(PaymentForPerformanceTerms terms) {
    this.paymentForPerformance = terms;
    return this;
  }

  /** The inflation uplift the round requires in a year, as a fraction: {@code 0.0179}. */
  public RoundBuilder withSocialCareUplift(String year, String fraction) {
    Map<FinancialYear, BigDecimal> uplift = new TreeMap<>(socialCareUplift);
    uplift.put(FinancialYear.parse(year), new BigDecimal(fraction));
    this.socialCareUplift = uplift;
    return this;
  }

  public RoundBuilder withSignatories(SignatoryRequirement... signatories) {
    this.signatories = List.of(signatories);
    return this;
  }

  public RoundBuilder withPicklist(String name, String... values) {
    Map<String, List<String>> changed = new HashMap<>(picklists);
    changed.put(name, List.of(values));
    this.picklists = Map.copyOf(changed);
    return this;
  }

  /** The round with these picklists, and no other. */
  public RoundBuilder withPicklists(Map<String, List<String>> picklists) {
    this.picklists = picklists;
    return this;
  }

  /** The round with only this rule, at this severity and with these parameters. */
  public RoundBuilder applyingOnly(String rule, String severity, Map<String, String> parameters) {
    return applying(new RuleSetting(rule, severity, parameters));
  }

  /** The round applying these rules, in this order, and no other. */
  public RoundBuilder applying(RuleSetting... rules) {
    return applying(List.of(rules));
  }

  /** The round applying these rules, in this order, and no other. */
  public RoundBuilder applying(List<RuleSetting> rules) {
    this.rules = rules;
    return this;
  }

  /** The round asking for these quarterly returns. */
  public RoundBuilder withReturns(ReturnsDefinition returns) {
    this.returns = returns;
    return this;
  }

  public Round build() {
    Round r = round;
    return new Round(
        r.id(),
        r.name(),
        r.years(),
        r.notes(),
        fundingStreams,
        conditions,
        metrics,
        picklists,
        r.narrativeSections(),
        signatories,
        r.requiredDates(),
        r.deadlines(),
        paymentForPerformance,
        socialCareUplift,
        rules,
        returns,
        r.register());
  }
}
