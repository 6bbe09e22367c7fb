package bcf.workbook.web;

import bcf.kernel.Limits;
import bcf.kernel.Refusal;
import bcf.workbook.layout.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workbook's problems as pages and the API show them: on a page, the sheet and cell in words
 * ("Sheet 4. Income, cell G5") and the message; on the API ({@link
 * WorkbookUploadsApi.ProblemItem}), each problem's rule, severity, cell as Excel writes it ({@code
 * '4. Income'!G5}), place in the plan and message.
 */
final class WorkbookProblems {

  private WorkbookProblems() {}

  /** A problem as a page lists it: where in words, what, and whether it stops the import. */
  record Row(String where, String message, boolean error) {}

  static List<Row> rows(List<Problem> problems) {
    return problems.stream()
        .limit(Limits.PROBLEMS_LISTED)
        .map(p -> new Row(where(p.cell()), p.message(), p.error()))
        .toList();
  }

  /** {@code '4. Income'!G5} as "Sheet 4. Income, cell G5"; empty for no cell. */
  static String where(String cell) {
    if (cell == null || cell.isBlank()) {
      return "";
    }
    int bang = cell.lastIndexOf('!');
    if (bang < 0) {
      return "Cell " + cell;
    }
    String sheet = cell.substring(0, bang);
    if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
      sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
    }
    return "Sheet " + sheet + ", cell " + cell.substring(bang + 1);
  }

  /**
   * A workbook that was read but cannot be saved: cells that could not be read, or a plan that
   * could not be made (422, every problem with its cell); nothing was saved.
   */
  static final class Refused extends Refusal {
    private final List<Problem> problems;

    Refused(String message, List<Problem> problems) {
      super(Kind.UNUSABLE, "workbook-problems", message);
      this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
      return problems;
    }

    @Override
    public Map<String, Object> details() {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("problems", WorkbookUploadsApi.ProblemItem.of(problems));
      if (problems.size() > Limits.PROBLEMS_LISTED) {
        details.put("problemsNotListed", problems.size() - Limits.PROBLEMS_LISTED);
      }
      return details;
    }
  }

  /** A file that is not a bcf plan workbook at all (422), with the reason. */
  static final class Unusable extends Refusal {
    Unusable(String message) {
      super(Kind.UNUSABLE, "unusable-workbook", message);
    }
  }
}
