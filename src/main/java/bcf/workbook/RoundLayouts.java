package bcf.workbook;

import bcf.round.Round;
import bcf.round.json.RoundCatalogue;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The workbook layout of each round bcf knows, made once a round: what plan and return workbooks
 * both need to find the layout a workbook or a document names.
 *
 * @param <L> the layout (a plan's or a return's)
 */
final class RoundLayouts<L> {

  private final RoundCatalogue rounds;
  private final Function<Round, L> make;
  private final Map<String, L> layouts = new ConcurrentHashMap<>();

  RoundLayouts(RoundCatalogue rounds, Function<Round, L> make) {
    this.rounds = rounds;
    this.make = make;
  }

  /** The layout of a round, or empty for a round this bcf does not know. */
  Optional<L> find(String round) {
    Optional<Round> found = rounds.find(round);
    return found.map(r -> layouts.computeIfAbsent(r.id(), id -> make.apply(r)));
  }

  /**
   * The layout of a round.
   *
   * @throws IllegalArgumentException for a round this bcf does not know
   */
  L known(String round) {
    return find(round)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "the round '" + round + "' is not one this bcf knows (bcf rounds lists them)"));
  }
}
