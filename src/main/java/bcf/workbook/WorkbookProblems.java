package bcf.workbook;

import bcf.validation.Finding;
import bcf.validation.Severity;
import bcf.workbook.layout.Problem;
import java.util.List;
import java.util.function.UnaryOperator;

/** What plan and return imports both say about the problems of an imported workbook. */
final class WorkbookProblems {

  private WorkbookProblems() {}

  /**
   * Adds the errors and warnings among the findings (not the notes), each at the cell of its place.
   *
   * @param cellOf the cell of a place in the document
   */
  static void addFindings(
      List<Problem> problems, List<Finding> findings, UnaryOperator<String> cellOf) {
    for (Finding finding : findings) {
      if (finding.severity() == Severity.INFO) {
        continue;
      }
      String where = finding.where() == null ? "" : finding.where();
      problems.add(
          new Problem(
              finding.rule(),
              finding.severity() == Severity.ERROR,
              cellOf.apply(where),
              where,
              finding.message()));
    }
  }

  static boolean hasErrors(List<Problem> problems) {
    return problems.stream().anyMatch(Problem::error);
  }

  /** Whether every cell could be read: no amount or value of the workbook was refused. */
  static boolean everyCellRead(List<Problem> problems) {
    return problems.stream()
        .noneMatch(p -> p.rule().equals("workbook-amount") || p.rule().equals("workbook-value"));
  }
}
