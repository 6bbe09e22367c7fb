package bcf.progress.log;

import java.util.List;

/** A theme of the plan ("Integrated Care") and the commitments made under it. */
public record Theme(String name, List<Commitment> commitments) {

  public Theme {
    commitments = List.copyOf(commitments);
  }
}
