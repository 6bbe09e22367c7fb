package bcf.finance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.analysis.PlanAnalysis;
import bcf.finance.monitoring.MonitoringPosition.InYearPayment;
import bcf.finance.monitoring.MonitoringPosition.RetentionResult;
import bcf.golden.Examples;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every monitoring figure the seeds give, to the penny: Dorset's governing-body report of 2015/16
 * (seed 002: the CHC risk share with one third retained, payment for performance at £755 per
 * avoided admission capped at 584 and 714 admissions, the ICES pool hosted by Bournemouth) and
 * Warwickshire's 2017-19 plan (seed 001: the £784k 2016/17 DFG underspend carried into 2017/18).
 */
class MonitoringGoldenTest {

  private static final FinancialYear Y2015 = FinancialYear.parse("2015-16");
  private static final FinancialYear Y2017 = FinancialYear.parse("2017-18");
  private final MonitoringEngine engine = new MonitoringEngine();

  private MonitoringPosition position(
      String id, FinancialYear year, List<MonitoringEntry> entries, MonitoringTerms terms) {
    PlanAnalysis a = Examples.analyse(id);
    return engine.position(
        a.plan(), a.summary(), a.round().paymentForPerformanceTerms(), year, entries, terms);
  }

  @Test
  void dorset_retains_one_third_of_the_5m_chc_risk_share_when_chc_spend_is_not_held() {
    MonitoringTerms notHeld =
        new MonitoringTerms(
            List.of(),
            List.of(new MonitoringTerms.Retention("chc-risk-share", false, null, null)),
            List.of(),
            List.of());
    RetentionResult r = position("dorset-2015-16", Y2015, List.of(), notHeld).retentions().get(0);
    assertThat(r.atRisk()).isEqualTo(Money.of(5_000_000));
    assertThat(r.share().toString()).isEqualTo("1/3");
    assertThat(r.retained()).isEqualTo(Money.of("1666666.67"));
    // The report prints the third as £1.67m: the exact third rounds to it.
    assertThat(r.retained().pounds().setScale(-4, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("1670000");
  }

  @Test
  void dorset_retains_nothing_when_chc_spend_is_held_or_not_yet_judged() {
    MonitoringTerms held =
        new MonitoringTerms(
            List.of(),
            List.of(new MonitoringTerms.Retention("chc-risk-share", true, null, null)),
            List.of(),
            List.of());
    assertThat(position("dorset-2015-16", Y2015, List.of(), held).retentions().get(0).retained())
        .isEqualTo(Money.ZERO);
    RetentionResult unjudged =
        position("dorset-2015-16", Y2015, List.of(), MonitoringTerms.NONE).retentions().get(0);
    assertThat(unjudged.conditionMet()).isEmpty();
    assertThat(unjudged.retained()).isEqualTo(Money.ZERO);
  }

  @Test
  void dorset_payment_for_performance_maximums_and_no_payment_likely() {
    InYearPayment p =
        position("dorset-2015-16", Y2015, List.of(), MonitoringTerms.NONE).payment().orElseThrow();
    assertThat(p.valuePerAvoidedAdmission()).isEqualTo(Money.of(755));
    assertThat(p.byHwb())
        .extracting(h -> h.hwb() + " " + h.plannedReduction() + " " + h.maximum())
        .containsExactly("bournemouth-poole 584 £440,920", "dorset 714 £539,070");
    assertThat(p.maximum()).isEqualTo(Money.of(979_990));
    // "Current performance indicates that there is unlikely to be any P4P payments due for
    // 2015/16": with no reduction achieved nothing is released and all stays with the acute sector.
    assertThat(p.released()).isEqualTo(Money.ZERO);
    assertThat(p.toAcuteSector()).isEqualTo(Money.of(979_990));
    // The round's payment points (25%, 25%, 50%) share the maximum.
    assertThat(p.points())
        .extracting(pp -> pp.maximum().toString())
        .containsExactly("£244,997.50", "£244,997.50", "£489,995");
  }

  @Test
  void dorset_payment_is_released_pro_rata_to_the_reduction_achieved_and_capped_at_the_plan() {
    MonitoringTerms achieved =
        new MonitoringTerms(
            List.of(),
            List.of(),
            List.of(
                new MonitoringTerms.Achieved("bournemouth-poole", BigDecimal.valueOf(292)),
                new MonitoringTerms.Achieved("dorset", BigDecimal.valueOf(800))),
            List.of());
    InYearPayment p =
        position("dorset-2015-16", Y2015, List.of(), achieved).payment().orElseThrow();
    assertThat(p.byHwb().get(0).released()).isEqualTo(Money.of(220_460)); // 292 x £755
    assertThat(p.byHwb().get(0).toAcuteSector()).isEqualTo(Money.of(220_460));
    assertThat(p.byHwb().get(1).paidFor()).isEqualByComparingTo("714"); // capped at the plan
    assertThat(p.byHwb().get(1).released()).isEqualTo(Money.of(539_070));
    assertThat(p.released()).isEqualTo(Money.of(759_530));
    assertThat(p.toAcuteSector()).isEqualTo(Money.of(220_460));
    assertThat(p.points().get(2).released()).isEqualTo(Money.of(379_765)); // half at October
  }

  @Test
  void dorset_ices_pool_over_or_underspend_falls_on_the_plans_host_bournemouth() {
    RiskShareAgreement ices =
        new RiskShareAgreement(
            "ICES", RiskShareAgreement.Basis.HOST, List.of("ices"), null, null, null, null, null);
    List<MonitoringEntry> entries =
        List.of(
            new MonitoringEntry(
                bcf.kernel.Period.parse("2015-16 Q1"),
                MonitoringEntry.Kind.FORECAST,
                "ices",
                "",
                "bournemouth-bc",
                Money.of(7_769_000)));
    MonitoringPosition position =
        position(
            "dorset-2015-16",
            Y2015,
            entries,
            new MonitoringTerms(List.of(ices), List.of(), List.of(), List.of()));
    assertThat(position.riskShares().get(0).shares())
        .extracting(s -> s.partner() + " " + s.bears())
        .containsExactly("bournemouth-bc £100,000");
  }

  @Test
  void warwickshire_carries_its_784k_2016_17_dfg_underspend_into_2017_18() {
    MonitoringPosition position =
        position("warwickshire-2017-19", Y2017, List.of(), MonitoringTerms.NONE);
    assertThat(position.carriedForward())
        .extracting(
            c -> c.item() + " " + c.from().display() + " " + c.to().display() + " " + c.amount())
        .containsExactly("Disabled Facilities Grant 2016/17 2017/18 £784,000");
    // The DFG scheme's budget for 2017/18 includes it: £4,632k.
    assertThat(line(position.schemes(), "district-and-borough-dfgs").budget())
        .isEqualTo(Money.of(4_632_000));
  }

  @Test
  void warwickshire_budget_for_2017_18_is_the_plans_spend_by_scheme_and_income_by_partner() {
    MonitoringPosition position =
        position("warwickshire-2017-19", Y2017, List.of(), MonitoringTerms.NONE);
    assertThat(position.schemes()).hasSize(18);
    assertThat(line(position.schemes(), "reablement").budget()).isEqualTo(Money.of(4_638_000));
    assertThat(position.total().budget()).isEqualTo(Money.of(117_601_000));
    assertThat(line(position.partners(), "wcc").budget())
        .isEqualTo(Money.of(60_896_584)); // £52,596,000 + iBCF £8,300,584
    assertThat(line(position.partners(), "swccg").budget())
        .isEqualTo(Money.of(30_271_650)); // £16,095,430 + £14,176,220
    assertThat(position.total().variance()).isEqualTo(Money.ZERO);
  }

  static MonitoringPosition.Line line(List<MonitoringPosition.Line> lines, String key) {
    return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
  }
}
