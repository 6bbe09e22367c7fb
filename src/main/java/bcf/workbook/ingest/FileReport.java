package bcf.workbook.ingest;

import bcf.workbook.layout.Problem;
import java.util.List;

/**
 * What became of one file: its name, the HWB it is for (when that could be told), the outcome and
 * every problem at its cell. Only a {@code LOADED} or {@code LOADED_WITH_FINDINGS} file gives
 * figures to the national dataset. A joint plan's file also names the other HWBs whose rows its
 * lines fill ({@code jointWith}, empty for any other file).
 */
public record FileReport(
    String file,
    Board hwb,
    String round,
    Outcome outcome,
    List<Problem> problems,
    List<Board> jointWith) {

  public FileReport {
    jointWith = List.copyOf(jointWith);
  }

  public FileReport(String file, Board hwb, String round, Outcome outcome, List<Problem> problems) {
    this(file, hwb, round, outcome, problems, List.of());
  }

  /** The HWBs of the file, its own first; none when that could not be told. */
  public List<Board> hwbs() {
    return hwb == null
        ? List.of()
        : java.util.stream.Stream.concat(java.util.stream.Stream.of(hwb), jointWith.stream())
            .toList();
  }

  public enum Outcome {
    LOADED("loaded"),
    LOADED_WITH_FINDINGS("loaded with findings"),
    REFUSED("refused");

    private final String words;

    Outcome(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  public boolean loaded() {
    return outcome != Outcome.REFUSED;
  }

  public long errors() {
    return problems.stream().filter(Problem::error).count();
  }

  public long warnings() {
    return problems.size() - errors();
  }

  FileReport refused(Problem why) {
    return new FileReport(
        file,
        hwb,
        round,
        Outcome.REFUSED,
        java.util.stream.Stream.concat(problems.stream(), java.util.stream.Stream.of(why)).toList(),
        jointWith);
  }
}
