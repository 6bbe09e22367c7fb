package bcf.finance.monitoring;

import bcf.kernel.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How partners share a forecast over- or underspend of some schemes (all of them when {@code
 * schemes} is empty), as a section 75 agreement says:
 *
 * <ul>
 *   <li>{@link Basis#FIXED}: fixed {@code shares} per partner (0.5 and 0.5 for 50:50), which must
 *       add up to exactly 1;
 *   <li>{@link Basis#PRO_RATA}: in proportion to each partner's contribution to the year's budget;
 *   <li>{@link Basis#HOST}: the host of the pooled budget bears it all ({@code bearer}, or the
 *       plan's host);
 *   <li>{@link Basis#CONTRACTING_PARTNER}: each scheme's variance falls on the partner that
 *       contracts for it ({@code contracting} by scheme, or the one partner its figures name).
 * </ul>
 *
 * {@code caps} limit a partner's exposure (either way); what is over a cap goes to {@code restTo}.
 */
public record RiskShareAgreement(
    String name,
    Basis basis,
    List<String> schemes,
    Map<String, BigDecimal> shares,
    String bearer,
    Map<String, String> contracting,
    Map<String, Money> caps,
    String restTo) {

  public enum Basis {
    FIXED,
    PRO_RATA,
    HOST,
    CONTRACTING_PARTNER
  }

  public RiskShareAgreement {
    schemes = schemes == null ? List.of() : List.copyOf(schemes);
    shares = shares == null ? Map.of() : Map.copyOf(shares);
    contracting = contracting == null ? Map.of() : Map.copyOf(contracting);
    caps = caps == null ? Map.of() : Map.copyOf(caps);
  }

  public boolean covers(String scheme) {
    return schemes.isEmpty() || schemes.contains(scheme);
  }
}
