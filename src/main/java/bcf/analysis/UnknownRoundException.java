package bcf.analysis;

import bcf.round.Round;
import java.util.List;
import java.util.stream.Collectors;

/** A plan names a planning round that bcf has no round file for. */
public class UnknownRoundException extends RuntimeException {

  public UnknownRoundException(String round, List<Round> known) {
    super(
        "round '"
            + round
            + "' is unknown; bcf knows "
            + known.stream().map(Round::id).collect(Collectors.joining(", ")));
  }
}
