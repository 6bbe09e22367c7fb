package bcf.finance;

import bcf.plan.DeclaredFigure;
import java.util.Optional;

/**
 * A figure the plan declares against its computed counterpart.
 *
 * @param key the figure the declaration names, empty when its text names none
 * @param computed the computed counterpart, empty when there is none
 * @param comparison the declared amount (expected) against the computed one, when both exist
 */
public record DeclaredCheck(
    DeclaredFigure declared,
    Optional<FigureKey> key,
    Optional<Tally> computed,
    Optional<Comparison> comparison) {

  /** The computed counterpart when the plan has detail behind it (at least one line). */
  public Optional<Tally> detail() {
    return computed.filter(t -> t.lines() > 0);
  }
}
