package bcf.finance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bcf.analysis.PlanAnalysis;
import bcf.finance.monitoring.MonitoringEntry.Kind;
import bcf.finance.monitoring.RiskShareAgreement.Basis;
import bcf.golden.Examples;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monitoring rules on Warwickshire's 2017-19 plan, each with figures worked by hand. */
class MonitoringEngineTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2017-18");
  private static final PlanAnalysis PLAN = Examples.analyse("warwickshire-2017-19");
  private final MonitoringEngine engine = new MonitoringEngine();

  private MonitoringPosition position(List<MonitoringEntry> entries, RiskShareAgreement... shares) {
    return position(entries, new MonitoringTerms(List.of(shares), List.of(), List.of(), List.of()));
  }

  private MonitoringPosition position(List<MonitoringEntry> entries, MonitoringTerms terms) {
    return engine.position(
        PLAN.plan(),
        PLAN.summary(),
        PLAN.round().paymentForPerformanceTerms(),
        YEAR,
        entries,
        terms);
  }

  private static MonitoringEntry entry(
      String period, Kind kind, String scheme, String partner, String amount) {
    return new MonitoringEntry(Period.parse(period), kind, scheme, "", partner, Money.of(amount));
  }

  private static RiskShareAgreement agreement(
      Basis basis, Map<String, BigDecimal> shares, Map<String, Money> caps, String restTo) {
    return new RiskShareAgreement(
        "Section 75", basis, List.of("reablement"), shares, null, null, caps, restTo);
  }

  /** Reablement (budget £4,638,000): Q1 to Q3 actual, Q4 forecast, £100,001 over in all. */
  private static final List<MonitoringEntry> OVERSPEND =
      List.of(
          entry("2017-18 Q1", Kind.ACTUAL, "reablement", "wcc", "1159500"),
          entry("2017-18 Q2", Kind.ACTUAL, "reablement", "wcc", "1159500"),
          entry("2017-18 Q3", Kind.ACTUAL, "reablement", "wcc", "1259501"),
          entry("2017-18 Q3", Kind.FORECAST, "reablement", "wcc", "1000000"),
          entry("2017-18 Q4", Kind.FORECAST, "reablement", "wcc", "1159500"));

  @Test
  void outturn_takes_the_actual_where_there_is_one_and_the_forecast_for_the_rest() {
    MonitoringPosition.Line reablement =
        MonitoringGoldenTest.line(position(OVERSPEND).schemes(), "reablement");
    assertThat(reablement.actualToDate()).isEqualTo(Money.of(3_578_501));
    assertThat(reablement.forecastOutturn()).isEqualTo(Money.of(4_738_001));
    assertThat(reablement.variance()).isEqualTo(Money.of(100_001));
    // 100,001 / 4,638,000 = 2.1561...% -> 2.2%
    assertThat(reablement.variancePercent()).contains(new BigDecimal("2.2"));
    assertThat(position(OVERSPEND).reportedTo()).contains(Period.parse("2017-18 Q3"));
  }

  @Test
  void a_scheme_with_no_figures_is_taken_at_budget_and_a_zero_budget_has_no_per_cent() {
    MonitoringPosition position = position(OVERSPEND);
    MonitoringPosition.Line falls =
        MonitoringGoldenTest.line(position.schemes(), "falls-prevention");
    assertThat(falls.reported()).isFalse();
    assertThat(falls.forecastOutturn()).isEqualTo(Money.of(150_000));
    assertThat(position.total().variance()).isEqualTo(Money.of(100_001));
    assertThat(MonitoringRounding.percent(Money.of(5), Money.ZERO)).isEmpty();
    assertThat(MonitoringRounding.percent(Money.of(-1), Money.of(40)))
        .contains(new BigDecimal("-2.5"));
  }

  @Test
  void fixed_shares_split_the_variance_and_the_odd_penny_goes_to_the_largest_share() {
    MonitoringPosition p =
        position(
            OVERSPEND,
            agreement(
                Basis.FIXED,
                Map.of("wcc", new BigDecimal("0.5"), "swccg", new BigDecimal("0.5")),
                null,
                null));
    assertThat(p.riskShares().get(0).shares())
        .extracting(s -> s.partner() + " " + s.bears())
        .containsExactlyInAnyOrder("swccg £50,000.50", "wcc £50,000.50");
    MonitoringPosition thirds =
        position(
            OVERSPEND,
            agreement(
                Basis.FIXED,
                Map.of(
                    "wcc", new BigDecimal("0.34"),
                    "swccg", new BigDecimal("0.33"),
                    "wnccg", new BigDecimal("0.33")),
                null,
                null));
    Money sum =
        thirds.riskShares().get(0).shares().stream()
            .map(MonitoringPosition.PartnerShare::bears)
            .reduce(Money.ZERO, Money::plus);
    assertThat(sum).isEqualTo(Money.of(100_001));
  }

  @Test
  void a_split_gives_the_pennies_of_rounding_to_the_largest_share_so_the_parts_add_up() {
    java.util.LinkedHashMap<String, BigDecimal> weights = new java.util.LinkedHashMap<>();
    weights.put("a", BigDecimal.ONE);
    weights.put("b", BigDecimal.valueOf(2));
    weights.put("c", BigDecimal.ONE);
    // £100.03 x 1/4 = £25.0075 -> £25.01 twice, x 2/4 = £50.015 -> £50.02: a penny too many,
    // taken back from b, the largest share
    assertThat(MonitoringEngine.split(Money.of("100.03"), weights, BigDecimal.valueOf(4)))
        .containsExactly(
            Map.entry("a", Money.of("25.01")),
            Map.entry("b", Money.of("50.01")),
            Map.entry("c", Money.of("25.01")));
    Map<String, Money> thirds =
        MonitoringEngine.split(
            Money.of(100),
            new java.util.TreeMap<>(
                Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE, "c", BigDecimal.ONE)),
            BigDecimal.valueOf(3));
    assertThat(thirds)
        .containsExactly(
            Map.entry("a", Money.of("33.34")),
            Map.entry("b", Money.of("33.33")),
            Map.entry("c", Money.of("33.33")));
  }

  @Test
  void shares_that_do_not_add_up_to_the_whole_are_refused_in_words() {
    assertThatThrownBy(
            () ->
                position(
                    OVERSPEND,
                    agreement(
                        Basis.FIXED,
                        Map.of("wcc", new BigDecimal("0.5"), "swccg", new BigDecimal("0.4")),
                        null,
                        null)))
        .isInstanceOf(MonitoringRefused.class)
        .hasMessage(
            "The shares of the risk share 'Section 75' add up to 90%, not 100%: the partners'"
                + " shares must add up to the whole.")
        .extracting(e -> ((MonitoringRefused) e).rule())
        .isEqualTo(MonitoringRefused.SHARES_NOT_WHOLE);
  }

  @Test
  void an_unknown_partner_is_refused() {
    assertThatThrownBy(
            () ->
                position(
                    OVERSPEND, agreement(Basis.FIXED, Map.of("acme", BigDecimal.ONE), null, null)))
        .hasMessageContaining("names a partner the plan does not have: acme");
  }

  @Test
  void pro_rata_shares_follow_each_partners_contribution_to_the_year() {
    MonitoringPosition p = position(OVERSPEND, agreement(Basis.PRO_RATA, null, null, null));
    var shares = p.riskShares().get(0).shares();
    Money sum =
        shares.stream().map(MonitoringPosition.PartnerShare::bears).reduce(Money.ZERO, Money::plus);
    assertThat(sum).isEqualTo(Money.of(100_001));
    // wcc contributes £60,896,584 of £117,601,234 (the plan's income for 2017/18).
    assertThat(
            shares.stream()
                .filter(s -> s.partner().equals("wcc"))
                .findFirst()
                .orElseThrow()
                .bears())
        .isEqualTo(
            MonitoringRounding.share(
                Money.of(100_001), new BigDecimal("60896584"), new BigDecimal("117601234")));
  }

  @Test
  void the_contracting_partner_bears_its_schemes_variance() {
    MonitoringPosition p =
        position(
            OVERSPEND,
            new RiskShareAgreement(
                "Section 75", Basis.CONTRACTING_PARTNER, List.of(), null, null, null, null, null));
    assertThat(p.riskShares().get(0).shares())
        .extracting(s -> s.partner() + " " + s.bears())
        .containsExactly("wcc £100,001");
  }

  @Test
  void a_cap_limits_a_partners_exposure_and_the_rest_goes_where_the_agreement_says() {
    MonitoringPosition p =
        position(
            OVERSPEND,
            agreement(
                Basis.FIXED,
                Map.of("wcc", new BigDecimal("0.5"), "swccg", new BigDecimal("0.5")),
                Map.of("swccg", Money.of(20_000)),
                "wcc"));
    assertThat(p.riskShares().get(0).shares())
        .extracting(s -> s.partner() + " " + s.bears() + " " + s.capped())
        .containsExactlyInAnyOrder("swccg £20,000 true", "wcc £80,001 false");
    assertThatThrownBy(
            () ->
                position(
                    OVERSPEND,
                    agreement(
                        Basis.FIXED,
                        Map.of("wcc", new BigDecimal("0.5"), "swccg", new BigDecimal("0.5")),
                        Map.of("swccg", Money.of(20_000)),
                        null)))
        .hasMessageContaining("does not say who bears the £30,000.50 over the cap")
        .extracting(e -> ((MonitoringRefused) e).rule())
        .isEqualTo(MonitoringRefused.CAP_WITHOUT_REST);
  }

  @Test
  void an_underspend_of_a_scheme_carried_forward_goes_into_the_next_year() {
    List<MonitoringEntry> under =
        List.of(entry("2017-18 Q1", Kind.FORECAST, "falls-prevention", "wcc", "120000"));
    MonitoringPosition p =
        position(
            under,
            new MonitoringTerms(List.of(), List.of(), List.of(), List.of("falls-prevention")));
    assertThat(p.carriedForward())
        .extracting(c -> c.item() + " " + c.to().display() + " " + c.amount())
        .contains("falls-prevention 2018/19 £30,000");
  }

  @Test
  void a_retention_is_judged_by_a_schemes_outturn_against_its_ceiling() {
    PlanAnalysis dorset = Examples.analyse("dorset-2015-16");
    FinancialYear y = FinancialYear.parse("2015-16");
    List<MonitoringEntry> spend =
        List.of(
            new MonitoringEntry(
                Period.parse("2015-16 Q1"),
                Kind.FORECAST,
                "maintaining-independence",
                "",
                "",
                Money.of(9_200_000)));
    MonitoringTerms held =
        new MonitoringTerms(
            List.of(),
            List.of(
                new MonitoringTerms.Retention(
                    "chc-risk-share", null, "maintaining-independence", Money.of(9_171_000))),
            List.of(),
            List.of());
    MonitoringPosition p =
        engine.position(
            dorset.plan(),
            dorset.summary(),
            dorset.round().paymentForPerformanceTerms(),
            y,
            spend,
            held);
    assertThat(p.retentions().get(0).conditionMet()).contains(false);
    assertThat(p.retentions().get(0).retained()).isEqualTo(Money.of("1666666.67"));
  }

  @Test
  void a_year_outside_the_plan_is_refused() {
    assertThatThrownBy(
            () ->
                engine.position(
                    PLAN.plan(),
                    PLAN.summary(),
                    PLAN.round().paymentForPerformanceTerms(),
                    FinancialYear.parse("2020-21"),
                    List.of(),
                    MonitoringTerms.NONE))
        .hasMessage("The plan has no year 2020/21: it covers 2017/18, 2018/19.");
  }
}
