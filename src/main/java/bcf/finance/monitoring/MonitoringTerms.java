package bcf.finance.monitoring;

import bcf.kernel.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What monitoring needs beyond the plan and the figures: the risk-share agreements, how each of the
 * plan's retention risk shares is judged, the reductions in emergency admissions achieved so far
 * (for payment for performance), and the schemes whose underspend is carried forward.
 */
public record MonitoringTerms(
    List<RiskShareAgreement> agreements,
    List<Retention> retentions,
    List<Achieved> achieved,
    List<String> carryForward) {

  public static final MonitoringTerms NONE =
      new MonitoringTerms(List.of(), List.of(), List.of(), List.of());

  public MonitoringTerms {
    agreements = agreements == null ? List.of() : List.copyOf(agreements);
    retentions = retentions == null ? List.of() : List.copyOf(retentions);
    achieved = achieved == null ? List.of() : List.copyOf(achieved);
    carryForward = carryForward == null ? List.of() : List.copyOf(carryForward);
  }

  /**
   * How a risk share of the plan (by its id) is judged: {@code conditionMet} when it is known, else
   * met when the forecast outturn of {@code scheme} is held at or below {@code ceiling} (Dorset:
   * CHC spend held at 2014/15 levels). Neither given: not yet judged, nothing retained.
   */
  public record Retention(String riskShare, Boolean conditionMet, String scheme, Money ceiling) {}

  /** The reduction in emergency admissions an HWB has achieved against its baseline. */
  public record Achieved(String hwb, BigDecimal reduction) {}
}
