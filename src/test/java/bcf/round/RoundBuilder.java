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
 * aRoundLike("2014-16").withConditions(...).build()}.
 */
public final class RoundBuilder {

  private static final RoundCatalogue CATALOGUE = RoundCatalogue.load();

  private Round round;

  private RoundBuilder(Round round) {
    this.round = round;
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
    Round r = round;
    round =
        new Round(
            r.id(),
            r.name(),
            r.years(),
            r.notes(),
            r.fundingStreams(),
            List.of(conditions),
            r.metrics(),
            r.picklists(),
            r.narrativeSections(),
            r.signatories(),
            r.requiredDates(),
            r.deadlines(),
            r.paymentForPerformance(),
            r.socialCareUplift(),
            r.rules());
    return this;
  }

  public RoundBuilder withPaymentForPerformance(PaymentForPerformanceTerms terms) {
    Round r = round;
    round =
        new Round(
            r.id(),
            r.name(),
            r.years(),
            r.notes(),
            r.fundingStreams(),
            r.nationalConditions(),
            r.metrics(),
            r.picklists(),
            r.narrativeSections(),
            r.signatories(),
            r.requiredDates(),
            r.deadlines(),
            terms,
            r.socialCareUplift(),
            r.rules());
    return this;
  }

  /** The inflation uplift the round requires in a year, as a fraction: {@code 0.0179}. */
  public RoundBuilder withSocialCareUplift(String year, String fraction) {
    Round r = round;
    Map<FinancialYear, BigDecimal> uplift = new TreeMap<>(r.socialCareUplift());
    uplift.put(FinancialYear.parse(year), new BigDecimal(fraction));
    round =
        new Round(
            r.id(),
            r.name(),
            r.years(),
            r.notes(),
            r.fundingStreams(),
            r.nationalConditions(),
            r.metrics(),
            r.picklists(),
            r.narrativeSections(),
            r.signatories(),
            r.requiredDates(),
            r.deadlines(),
            r.paymentForPerformance(),
            uplift,
            r.rules());
    return this;
  }

  public RoundBuilder withSignatories(SignatoryRequirement... signatories) {
    Round r = round;
    round =
        new Round(
            r.id(),
            r.name(),
            r.years(),
            r.notes(),
            r.fundingStreams(),
            r.nationalConditions(),
            r.metrics(),
            r.picklists(),
            r.narrativeSections(),
            List.of(signatories),
            r.requiredDates(),
            r.deadlines(),
            r.paymentForPerformance(),
            r.socialCareUplift(),
            r.rules());
    return this;
  }

  public RoundBuilder withPicklist(String name, String... values) {
    Round r = round;
    Map<String, List<String>> picklists = new HashMap<>(r.picklists());
    picklists.put(name, List.of(values));
    round =
        new Round(
            r.id(),
            r.name(),
            r.years(),
            r.notes(),
            r.fundingStreams(),
            r.nationalConditions(),
            r.metrics(),
            Map.copyOf(picklists),
            r.narrativeSections(),
            r.signatories(),
            r.requiredDates(),
            r.deadlines(),
            r.paymentForPerformance(),
            r.socialCareUplift(),
            r.rules());
    return this;
  }

  /** The round with only this rule, at this severity and with these parameters. */
  public RoundBuilder applyingOnly(String rule, String severity, Map<String, String> parameters) {
    return applying(new RuleSetting(rule, severity, parameters));
  }

  /** The round applying these rules, in this order, and no other. */
  public RoundBuilder applying(RuleSetting... rules) {
    Round r = round;
    round =
        new Round(
            r.id(),
            r.name(),
            r.years(),
            r.notes(),
            r.fundingStreams(),
            r.nationalConditions(),
            r.metrics(),
            r.picklists(),
            r.narrativeSections(),
            r.signatories(),
            r.requiredDates(),
            r.deadlines(),
            r.paymentForPerformance(),
            r.socialCareUplift(),
            List.of(rules));
    return this;
  }

  public Round build() {
    return round;
  }
}
