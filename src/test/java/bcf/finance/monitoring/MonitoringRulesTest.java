package bcf.finance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalysis;
import bcf.finance.FinanceEngine;
import bcf.finance.monitoring.MonitoringEntry.Kind;
import bcf.finance.monitoring.MonitoringPosition.AgreementResult;
import bcf.finance.monitoring.MonitoringPosition.Line;
import bcf.finance.monitoring.MonitoringPosition.Month;
import bcf.finance.monitoring.RiskShareAgreement.Basis;
import bcf.golden.Examples;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The monitoring rules one at a time: which figures count for the year, actual before forecast, the
 * months, each basis of a risk share with its refusals, caps at and over their limit, retention at
 * its ceiling, carry-forward and payment for performance. Warwickshire 2017-19 and Dorset 2015-16,
 * figures worked by hand.
 */
class MonitoringRulesTest {

  private static final FinancialYear YEAR = FinancialYear.parse("2017-18");
  private static final PlanAnalysis WARWICKSHIRE = Examples.analyse("warwickshire-2017-19");
  private static final PlanAnalysis DORSET = Examples.analyse("dorset-2015-16");
  private final MonitoringEngine engine = new MonitoringEngine();

  private MonitoringPosition position(List<MonitoringEntry> entries, MonitoringTerms terms) {
    return engine.position(
        WARWICKSHIRE.plan(),
        WARWICKSHIRE.summary(),
        WARWICKSHIRE.round().paymentForPerformanceTerms(),
        YEAR,
        entries,
        terms);
  }

  private MonitoringPosition position(List<MonitoringEntry> entries) {
    return position(entries, MonitoringTerms.NONE);
  }

  private MonitoringPosition dorset(List<MonitoringEntry> entries, MonitoringTerms terms) {
    return engine.position(
        DORSET.plan(),
        DORSET.summary(),
        DORSET.round().paymentForPerformanceTerms(),
        FinancialYear.parse("2015-16"),
        entries,
        terms);
  }

  private static MonitoringEntry entry(
      String period, Kind kind, String scheme, String source, String partner, String amount) {
    return new MonitoringEntry(
        Period.parse(period), kind, scheme, source, partner, Money.of(amount));
  }

  private static MonitoringEntry entry(String period, Kind kind, String scheme, String amount) {
    return entry(period, kind, scheme, "", "wcc", amount);
  }

  private static Line line(List<Line> lines, String key) {
    return MonitoringGoldenTest.line(lines, key);
  }

  private static Line scheme(String key, long budget, long outturn) {
    return new Line(key, Money.of(budget), Money.ZERO, Money.of(outturn), true);
  }

  private static Line partner(String key, long budget) {
    return new Line(key, Money.of(budget), Money.ZERO, Money.of(budget), false);
  }

  private static AgreementResult apply(
      RiskShareAgreement agreement, List<Line> schemes, List<Line> partners) {
    return apply(agreement, schemes, partners, List.of());
  }

  private static AgreementResult apply(
      RiskShareAgreement agreement,
      List<Line> schemes,
      List<Line> partners,
      List<MonitoringEntry> chosen) {
    return MonitoringEngine.apply(WARWICKSHIRE.plan(), agreement, schemes, partners, chosen);
  }

  private static RiskShareAgreement agreement(
      Basis basis,
      List<String> schemes,
      Map<String, BigDecimal> shares,
      String bearer,
      Map<String, String> contracting,
      Map<String, Money> caps,
      String restTo) {
    return new RiskShareAgreement(
        "Pool", basis, schemes, shares, bearer, contracting, caps, restTo);
  }

  private static List<String> bears(AgreementResult result) {
    return result.shares().stream()
        .map(s -> s.partner() + " " + s.beforeCaps() + " " + s.bears() + " " + s.capped())
        .toList();
  }

  private static String refusal(Runnable call) {
    try {
      call.run();
    } catch (MonitoringRefused e) {
      return e.rule() + ": " + e.getMessage();
    }
    throw new AssertionError("not refused");
  }

  // ---- figures of the year ---------------------------------------------------------------------

  @Test
  void figures_of_another_year_do_not_count() {
    MonitoringPosition p =
        position(
            List.of(
                entry("2017-18 Q1", Kind.ACTUAL, "reablement", "100"),
                entry("2018-19 Q1", Kind.ACTUAL, "reablement", "5000")));
    assertThat(line(p.schemes(), "reablement").actualToDate()).isEqualTo(Money.of(100));
    assertThat(p.months()).extracting(Month::period).containsExactly(Period.parse("2017-18 Q1"));
  }

  @Test
  void an_actual_wins_over_a_forecast_for_the_same_period_whichever_comes_first() {
    MonitoringPosition p =
        position(
            List.of(
                entry("2017-18 Q1", Kind.FORECAST, "reablement", "900"),
                entry("2017-18 Q1", Kind.ACTUAL, "reablement", "1000"),
                entry("2017-18 Q2", Kind.FORECAST, "reablement", "300")));
    Line reablement = line(p.schemes(), "reablement");
    assertThat(reablement.actualToDate()).isEqualTo(Money.of(1000));
    assertThat(reablement.forecastOutturn()).isEqualTo(Money.of(1300));
    assertThat(reablement.reported()).isTrue();
    assertThat(reablement.budget()).isEqualTo(Money.of(4_638_000));
  }

  @Test
  void the_months_hold_actual_and_forecast_apart_in_period_order() {
    MonitoringPosition p =
        position(
            List.of(
                entry("2017-18 Q3", Kind.FORECAST, "reablement", "30"),
                entry("2017-18 Q1", Kind.ACTUAL, "reablement", "10"),
                entry("2017-18 Q1", Kind.ACTUAL, "falls-prevention", "5"),
                entry("2017-18 Q3", Kind.ACTUAL, "reablement", "20")));
    assertThat(p.months())
        .containsExactly(
            new Month(Period.parse("2017-18 Q1"), Money.of(15), Money.ZERO),
            new Month(Period.parse("2017-18 Q3"), Money.of(20), Money.of(30)));
    assertThat(p.reportedTo()).contains(Period.parse("2017-18 Q3"));
  }

  @Test
  void the_position_is_reported_to_the_latest_actual_only() {
    assertThat(
            position(
                    List.of(
                        entry("2017-18 Q2", Kind.ACTUAL, "reablement", "10"),
                        entry("2017-18 Q1", Kind.ACTUAL, "reablement", "10"),
                        entry("2017-18 Q4", Kind.FORECAST, "reablement", "10")))
                .reportedTo())
        .contains(Period.parse("2017-18 Q2"));
    assertThat(
            position(List.of(entry("2017-18 Q4", Kind.FORECAST, "reablement", "10"))).reportedTo())
        .isEmpty();
  }

  @Test
  void figures_without_a_source_or_partner_count_as_unspecified() {
    MonitoringPosition p =
        position(
            List.of(
                entry("2017-18 Q1", Kind.ACTUAL, "reablement", "", "", "10"),
                entry("2017-18 Q2", Kind.ACTUAL, "reablement", "  ", " ", "5")));
    Line source = line(p.sources(), FinanceEngine.UNSPECIFIED);
    assertThat(source.actualToDate()).isEqualTo(Money.of(15));
    assertThat(source.budget()).isEqualTo(Money.ZERO);
    assertThat(source.reported()).isTrue();
    assertThat(line(p.partners(), FinanceEngine.UNSPECIFIED).forecastOutturn())
        .isEqualTo(Money.of(15));
  }

  @Test
  void the_total_is_reported_when_any_scheme_is() {
    assertThat(position(List.of()).total().reported()).isFalse();
    MonitoringPosition p = position(List.of(entry("2017-18 Q1", Kind.ACTUAL, "reablement", "10")));
    assertThat(p.total().reported()).isTrue();
    assertThat(p.total().key()).isEqualTo("total");
    assertThat(p.total().actualToDate()).isEqualTo(Money.of(10));
    assertThat(p.year()).isEqualTo(YEAR);
  }

  // ---- agreements ------------------------------------------------------------------------------

  @Test
  void an_agreement_naming_a_scheme_the_plan_lacks_is_refused() {
    assertThat(
            refusal(
                () ->
                    position(
                        List.of(),
                        new MonitoringTerms(
                            List.of(
                                agreement(
                                    Basis.HOST,
                                    List.of("reablement", "nope"),
                                    null,
                                    "wcc",
                                    null,
                                    null,
                                    null)),
                            List.of(),
                            List.of(),
                            List.of()))))
        .isEqualTo(
            MonitoringRefused.UNKNOWN_SCHEME
                + ": The risk share 'Pool' names a scheme the plan does not have: nope.");
  }

  @Test
  void an_agreement_shares_only_the_variance_of_the_schemes_it_covers_or_all_when_it_names_none() {
    List<Line> schemes = List.of(scheme("a", 100, 150), scheme("b", 100, 80));
    List<Line> partners = List.of(partner("wcc", 1));
    assertThat(
            apply(
                    agreement(Basis.HOST, List.of("a"), null, "wcc", null, null, null),
                    schemes,
                    partners)
                .variance())
        .isEqualTo(Money.of(50));
    AgreementResult all =
        apply(agreement(Basis.HOST, List.of(), null, "wcc", null, null, null), schemes, partners);
    assertThat(all.variance()).isEqualTo(Money.of(30));
    assertThat(all.name()).isEqualTo("Pool");
    assertThat(all.basis()).isEqualTo(Basis.HOST);
    assertThat(bears(all)).containsExactly("wcc £30 £30 false");
  }

  @Test
  void a_negative_fixed_share_is_refused_and_a_share_of_nought_is_allowed() {
    List<Line> schemes = List.of(scheme("a", 100, 200));
    assertThat(
            refusal(
                () ->
                    apply(
                        agreement(
                            Basis.FIXED,
                            List.of(),
                            Map.of("wcc", new BigDecimal("1.5"), "swccg", new BigDecimal("-0.5")),
                            null,
                            null,
                            null,
                            null),
                        schemes,
                        List.of())))
        .isEqualTo(
            MonitoringRefused.SHARES_NOT_WHOLE
                + ": The risk share 'Pool' gives swccg a negative share: each share is between 0%"
                + " and 100%.");
    assertThat(
            bears(
                apply(
                    agreement(
                        Basis.FIXED,
                        List.of(),
                        Map.of("wcc", BigDecimal.ONE, "swccg", BigDecimal.ZERO),
                        null,
                        null,
                        null,
                        null),
                    schemes,
                    List.of())))
        .containsExactly("swccg £0 £0 false", "wcc £100 £100 false");
  }

  @Test
  void fixed_shares_over_the_whole_are_refused_too() {
    assertThat(
            refusal(
                () ->
                    apply(
                        agreement(
                            Basis.FIXED,
                            List.of(),
                            Map.of("wcc", new BigDecimal("0.6"), "swccg", new BigDecimal("0.45")),
                            null,
                            null,
                            null,
                            null),
                        List.of(scheme("a", 1, 2)),
                        List.of())))
        .isEqualTo(
            MonitoringRefused.SHARES_NOT_WHOLE
                + ": The shares of the risk share 'Pool' add up to 105%, not 100%: the partners'"
                + " shares must add up to the whole.");
  }

  @Test
  void pro_rata_leaves_out_partners_with_no_contribution_and_the_unspecified() {
    AgreementResult result =
        apply(
            agreement(Basis.PRO_RATA, List.of(), null, null, null, null, null),
            List.of(scheme("a", 1000, 1400)),
            List.of(
                partner("wcc", 300),
                partner(FinanceEngine.UNSPECIFIED, 500),
                partner("swccg", 0),
                partner("wnccg", 100)));
    assertThat(bears(result)).containsExactly("wcc £300 £300 false", "wnccg £100 £100 false");
  }

  @Test
  void pro_rata_without_any_contribution_is_refused() {
    assertThat(
            refusal(
                () ->
                    apply(
                        agreement(Basis.PRO_RATA, List.of(), null, null, null, null, null),
                        List.of(scheme("a", 1000, 1400)),
                        List.of(partner("swccg", 0), partner(FinanceEngine.UNSPECIFIED, 9)))))
        .isEqualTo(
            MonitoringRefused.NO_BEARER
                + ": The risk share 'Pool' is pro rata to contributions, but the plan gives no"
                + " partner's contribution for the year.");
  }

  @Test
  void the_host_must_be_named_by_the_agreement_or_the_plan_and_be_a_partner() {
    List<Line> schemes = List.of(scheme("a", 100, 90));
    assertThat(
            refusal(
                () ->
                    apply(
                        agreement(Basis.HOST, List.of(), null, null, null, null, null),
                        schemes,
                        List.of())))
        .isEqualTo(
            MonitoringRefused.NO_BEARER
                + ": The risk share 'Pool' says the host bears it, but neither it nor the plan"
                + " names the host.");
    assertThat(
            refusal(
                () ->
                    apply(
                        agreement(Basis.HOST, List.of(), null, " ", null, null, null),
                        schemes,
                        List.of())))
        .startsWith(MonitoringRefused.NO_BEARER);
    assertThat(
            refusal(
                () ->
                    apply(
                        agreement(Basis.HOST, List.of(), null, "acme", null, null, null),
                        schemes,
                        List.of())))
        .isEqualTo(
            MonitoringRefused.UNKNOWN_PARTNER
                + ": The risk share 'Pool' names a partner the plan does not have: acme.");
    // a partner of the figures, not of the plan's organisations, is known too
    assertThat(
            bears(
                apply(
                    agreement(Basis.HOST, List.of(), null, "acme", null, null, null),
                    schemes,
                    List.of(partner("acme", 0)))))
        .containsExactly("acme -£10 -£10 false");
  }

  @Test
  void a_dorset_agreement_on_a_scheme_outside_the_ices_pool_finds_no_host() {
    RiskShareAgreement chc =
        new RiskShareAgreement(
            "CHC", Basis.HOST, List.of("maintaining-independence"), null, null, null, null, null);
    assertThat(
            refusal(
                () ->
                    dorset(
                        List.of(),
                        new MonitoringTerms(List.of(chc), List.of(), List.of(), List.of()))))
        .startsWith(MonitoringRefused.NO_BEARER);
  }

  @Test
  void the_contracting_partner_is_the_agreements_or_the_one_its_figures_name() {
    List<Line> schemes =
        List.of(scheme("a", 100, 150), scheme("b", 100, 90), scheme("c", 100, 100));
    List<MonitoringEntry> chosen =
        List.of(
            entry("2017-18 Q1", Kind.ACTUAL, "b", "", "swccg", "90"),
            entry("2017-18 Q2", Kind.ACTUAL, "b", "", "", "0"),
            entry("2017-18 Q1", Kind.ACTUAL, "a", "", "wnccg", "150"));
    AgreementResult result =
        apply(
            agreement(
                Basis.CONTRACTING_PARTNER, List.of(), null, null, Map.of("a", "wcc"), null, null),
            schemes,
            List.of(),
            chosen);
    // a by the agreement; b by its figures; c has no variance and needs no partner
    assertThat(bears(result)).containsExactly("wcc £50 £50 false", "swccg -£10 -£10 false");
  }

  @Test
  void a_scheme_whose_figures_name_no_partner_or_several_is_refused() {
    List<Line> schemes = List.of(scheme("b", 100, 90));
    RiskShareAgreement contracting =
        agreement(Basis.CONTRACTING_PARTNER, List.of(), null, null, null, null, null);
    assertThat(
            refusal(
                () ->
                    apply(
                        contracting,
                        schemes,
                        List.of(),
                        List.of(entry("2017-18 Q1", Kind.ACTUAL, "b", "", "", "90")))))
        .isEqualTo(
            MonitoringRefused.NO_BEARER
                + ": The risk share 'Pool' puts each scheme's variance on its contracting partner,"
                + " but the figures for the scheme b name no partner: say which partner contracts"
                + " for it.");
    assertThat(
            refusal(
                () ->
                    apply(
                        contracting,
                        schemes,
                        List.of(),
                        List.of(
                            entry("2017-18 Q1", Kind.ACTUAL, "b", "", "wcc", "50"),
                            entry("2017-18 Q2", Kind.ACTUAL, "b", "", "swccg", "40")))))
        .contains("the figures for the scheme b name several partners");
  }

  @Test
  void a_cap_reached_exactly_holds_and_an_underspend_over_its_cap_goes_to_the_rest() {
    Map<String, BigDecimal> halves =
        Map.of("wcc", new BigDecimal("0.5"), "swccg", new BigDecimal("0.5"));
    AgreementResult exactly =
        apply(
            agreement(
                Basis.FIXED, List.of(), halves, null, null, Map.of("swccg", Money.of(50)), null),
            List.of(scheme("a", 100, 200)),
            List.of());
    assertThat(bears(exactly)).containsExactly("swccg £50 £50 false", "wcc £50 £50 false");
    AgreementResult under =
        apply(
            agreement(
                Basis.FIXED,
                List.of(),
                halves,
                null,
                null,
                Map.of("swccg", Money.of(-20)),
                "wnccg"),
            List.of(scheme("a", 200, 100)),
            List.of());
    assertThat(bears(under))
        .containsExactly("swccg -£50 -£20 true", "wcc -£50 -£50 false", "wnccg £0 -£30 false");
  }

  @Test
  void a_cap_needs_a_known_partner_and_a_rest_to_partner_that_is_not_blank() {
    Map<String, BigDecimal> whole = Map.of("wcc", BigDecimal.ONE);
    assertThat(
            refusal(
                () ->
                    apply(
                        agreement(
                            Basis.FIXED,
                            List.of(),
                            whole,
                            null,
                            null,
                            Map.of("acme", Money.of(1)),
                            null),
                        List.of(scheme("a", 100, 200)),
                        List.of())))
        .startsWith(MonitoringRefused.UNKNOWN_PARTNER);
    assertThat(
            refusal(
                () ->
                    apply(
                        agreement(
                            Basis.FIXED,
                            List.of(),
                            whole,
                            null,
                            null,
                            Map.of("wcc", Money.of(40)),
                            " "),
                        List.of(scheme("a", 100, 200)),
                        List.of())))
        .isEqualTo(
            MonitoringRefused.CAP_WITHOUT_REST
                + ": The risk share 'Pool' caps wcc but does not say who bears the £60 over the cap.");
    assertThat(
            refusal(
                () ->
                    apply(
                        agreement(
                            Basis.FIXED,
                            List.of(),
                            whole,
                            null,
                            null,
                            Map.of("wcc", Money.of(40)),
                            "acme"),
                        List.of(scheme("a", 100, 200)),
                        List.of())))
        .startsWith(MonitoringRefused.UNKNOWN_PARTNER);
  }

  @Test
  void a_split_with_equal_weights_gives_the_pennies_to_the_first_and_an_exact_split_is_untouched() {
    java.util.LinkedHashMap<String, BigDecimal> weights = new java.util.LinkedHashMap<>();
    weights.put("b", BigDecimal.ONE);
    weights.put("a", BigDecimal.valueOf(2));
    weights.put("c", BigDecimal.valueOf(2));
    // £1 x 1/5 = 20p, x 2/5 = 40p twice: exact
    assertThat(MonitoringEngine.split(Money.of(1), weights, BigDecimal.valueOf(5)))
        .containsExactly(
            Map.entry("b", Money.of("0.20")),
            Map.entry("a", Money.of("0.40")),
            Map.entry("c", Money.of("0.40")));
    // £0.01 x 1/5 = 0, x 2/5 = 0: the penny goes to a, the first of the largest
    assertThat(MonitoringEngine.split(Money.of("0.01"), weights, BigDecimal.valueOf(5)))
        .containsExactly(
            Map.entry("b", Money.ZERO),
            Map.entry("a", Money.of("0.01")),
            Map.entry("c", Money.ZERO));
    assertThat(MonitoringEngine.split(Money.of(5), new java.util.LinkedHashMap<>(), BigDecimal.ONE))
        .isEmpty();
  }

  // ---- retention, carry forward, payment -----------------------------------------------------

  private static MonitoringTerms retention(MonitoringTerms.Retention r) {
    return new MonitoringTerms(List.of(), List.of(r), List.of(), List.of());
  }

  private static List<MonitoringEntry> chcSpend(String amount) {
    return List.of(
        new MonitoringEntry(
            Period.parse("2015-16 Q1"),
            Kind.FORECAST,
            "maintaining-independence",
            "",
            "",
            Money.of(amount)));
  }

  @Test
  void spend_held_exactly_at_the_ceiling_meets_the_condition_and_nothing_is_retained() {
    var r =
        dorset(
                chcSpend("9171000"),
                retention(
                    new MonitoringTerms.Retention(
                        "chc-risk-share", null, "maintaining-independence", Money.of(9_171_000))))
            .retentions()
            .get(0);
    assertThat(r.conditionMet()).contains(true);
    assertThat(r.retained()).isEqualTo(Money.ZERO);
    assertThat(r.riskShare()).isEqualTo("chc-risk-share");
    assertThat(r.condition())
        .isEqualTo(
            "One third (£1.67m) retained by the CCG if total CHC spend in 2015/16 is not pegged at"
                + " 2014/15 levels.");
    assertThat(r.description()).startsWith("Continuing Health Care (CHC) risk share");
  }

  @Test
  void a_retention_without_a_ceiling_or_scheme_or_for_another_risk_share_is_not_judged() {
    for (MonitoringTerms.Retention r :
        List.of(
            new MonitoringTerms.Retention("chc-risk-share", null, "maintaining-independence", null),
            new MonitoringTerms.Retention("chc-risk-share", null, null, Money.of(1)),
            new MonitoringTerms.Retention("other", false, null, null),
            new MonitoringTerms.Retention("chc-risk-share", null, "no-such-scheme", Money.of(1)))) {
      var result = dorset(chcSpend("9900000"), retention(r)).retentions().get(0);
      assertThat(result.conditionMet()).isEmpty();
      assertThat(result.retained()).isEqualTo(Money.ZERO);
    }
  }

  @Test
  void only_an_underspend_of_a_carry_forward_scheme_is_carried() {
    MonitoringTerms carry =
        new MonitoringTerms(
            List.of(), List.of(), List.of(), List.of("falls-prevention", "reablement"));
    MonitoringPosition p =
        position(
            List.of(
                entry("2017-18 Q1", Kind.FORECAST, "falls-prevention", "150000"),
                entry("2017-18 Q1", Kind.FORECAST, "reablement", "5000000"),
                entry("2017-18 Q1", Kind.FORECAST, "d2a-beds", "1")),
            carry);
    // falls prevention exactly at budget, reablement over it, d2a beds not named
    assertThat(p.carriedForward())
        .extracting(c -> c.item())
        .containsExactly("Disabled Facilities Grant");
    assertThat(p.carriedForward().get(0).fromPlan()).isTrue();
    MonitoringPosition under =
        position(List.of(entry("2017-18 Q1", Kind.FORECAST, "falls-prevention", "100000")), carry);
    var carried = under.carriedForward().get(1);
    assertThat(carried.item()).isEqualTo("falls-prevention");
    assertThat(carried.from()).isEqualTo(YEAR);
    assertThat(carried.to()).isEqualTo(FinancialYear.parse("2018-19"));
    assertThat(carried.amount()).isEqualTo(Money.of(50_000));
    assertThat(carried.fromPlan()).isFalse();
  }

  @Test
  void a_plan_without_payment_for_performance_has_none_in_year() {
    assertThat(position(List.of()).payment()).isEmpty();
  }

  @Test
  void a_negative_reduction_is_paid_as_none_and_an_hwb_not_reported_gets_nothing() {
    MonitoringTerms achieved =
        new MonitoringTerms(
            List.of(),
            List.of(),
            List.of(new MonitoringTerms.Achieved("dorset", BigDecimal.valueOf(-40))),
            List.of());
    var p = dorset(List.of(), achieved).payment().orElseThrow();
    assertThat(p.byHwb())
        .extracting(h -> h.hwb() + " " + h.achieved() + " " + h.paidFor() + " " + h.released())
        .containsExactly("bournemouth-poole Optional.empty 0 £0", "dorset Optional[-40] 0 £0");
    assertThat(p.byHwb().get(1).maximum()).isEqualTo(Money.of(539_070));
    assertThat(p.byHwb().get(1).toAcuteSector()).isEqualTo(Money.of(539_070));
    assertThat(p.points())
        .extracting(pp -> pp.share() + " " + pp.toAcuteSector())
        .containsExactly("0.25 £244,997.50", "0.25 £244,997.50", "0.50 £489,995");
    assertThat(p.points().get(2).payment())
        .isEqualTo("October 2015: Further progress against all the national and local metrics");
  }

  @Test
  void the_refusals_are_unusable_input_and_a_bad_year_a_bad_request() {
    MonitoringRefused refused = new MonitoringRefused(MonitoringRefused.NO_BEARER, "No one.");
    assertThat(refused.kind()).isEqualTo(bcf.kernel.Refusal.Kind.UNUSABLE);
    var bad = new MonitoringRefused.BadYear("17/18");
    assertThat(bad.kind()).isEqualTo(bcf.kernel.Refusal.Kind.BAD_REQUEST);
    assertThat(bad.rule()).isEqualTo("monitoring-bad-year");
    assertThat(bad.getMessage())
        .isEqualTo("'17/18' is not a financial year: write it like 2017-18.");
    assertThat(MonitoringEntry.Kind.FORECAST.code()).isEqualTo("forecast");
    assertThat(MonitoringEntry.Kind.ACTUAL.code()).isEqualTo("actual");
  }

  @Test
  void a_percent_is_rounded_half_up_to_one_place() {
    assertThat(MonitoringRounding.percent(Money.of(1), Money.of(16)))
        .contains(new BigDecimal("6.3"));
    assertThat(MonitoringRounding.share(Money.of(1), BigDecimal.ONE, BigDecimal.valueOf(8)))
        .isEqualTo(Money.of("0.13"));
  }
}
