package bcf.csv;

import bcf.kernel.Limits;
import bcf.kernel.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** A CSV file that cannot be used, with every problem found, each with its row and column. */
public final class CsvException extends Refusal {

  private static final int SHOWN = 50;

  private final transient List<CsvProblem> problems;
  private final int total;

  /**
   * Keeps the first {@link Limits#PROBLEMS_LISTED} problems and counts the rest, so that the answer
   * to a file with a problem on every row stays small.
   */
  public CsvException(List<CsvProblem> problems) {
    super(Kind.UNUSABLE, "invalid-csv", describe(problems));
    this.problems =
        List.copyOf(problems.subList(0, Math.min(problems.size(), Limits.PROBLEMS_LISTED)));
    this.total = problems.size();
  }

  public CsvException(CsvProblem problem) {
    this(List.of(problem));
  }

  /** The problems listed: the first {@link Limits#PROBLEMS_LISTED}. */
  public List<CsvProblem> problems() {
    return problems;
  }

  /** How many problems were found, listed or not. */
  public int total() {
    return total;
  }

  private static String describe(List<CsvProblem> problems) {
    String shown =
        problems.stream().limit(SHOWN).map(CsvProblem::toString).collect(Collectors.joining("\n"));
    return problems.size() > SHOWN
        ? shown + "\n... and " + (problems.size() - SHOWN) + " more problems"
        : shown;
  }
}
