package bcf.csv;

import bcf.kernel.Refusal;
import java.util.List;
import java.util.stream.Collectors;

/** A CSV file that cannot be used, with every problem found, each with its row and column. */
public final class CsvException extends Refusal {

  private static final int SHOWN = 50;

  private final transient List<CsvProblem> problems;

  public CsvException(List<CsvProblem> problems) {
    super(Kind.UNUSABLE, "invalid-csv", describe(problems));
    this.problems = List.copyOf(problems);
  }

  public CsvException(CsvProblem problem) {
    this(List.of(problem));
  }

  public List<CsvProblem> problems() {
    return problems;
  }

  private static String describe(List<CsvProblem> problems) {
    String shown =
        problems.stream().limit(SHOWN).map(CsvProblem::toString).collect(Collectors.joining("\n"));
    return problems.size() > SHOWN
        ? shown + "\n... and " + (problems.size() - SHOWN) + " more problems"
        : shown;
  }
}
