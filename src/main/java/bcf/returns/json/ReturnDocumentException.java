package bcf.returns.json;

import bcf.kernel.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A return document that cannot be used: not JSON, or with values of the wrong kind (a forecast
 * that is not a number, a date that is not a date). Lists each problem with where it is and why;
 * nothing of such a document is saved.
 */
public class ReturnDocumentException extends Refusal {

  /** One problem: a path into the document such as {@code incomeAndExpenditure.expenditure[1]}. */
  public record Problem(String where, String reason) {
    public String describe() {
      return where == null || where.isEmpty() ? reason : where + ": " + reason;
    }
  }

  private final List<Problem> problems;

  public ReturnDocumentException(List<Problem> problems) {
    super(
        Kind.UNUSABLE,
        "invalid-return-document",
        problems.isEmpty() ? "the return cannot be read" : problems.get(0).describe());
    this.problems = List.copyOf(problems);
  }

  public ReturnDocumentException(String where, String reason) {
    this(List.of(new Problem(where, reason)));
  }

  public List<Problem> problems() {
    return problems;
  }

  @Override
  public String describe() {
    StringBuilder text = new StringBuilder();
    for (Problem problem : problems) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(problem.describe());
    }
    return text.toString();
  }

  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    if (!problems.isEmpty()) {
      details.put("where", problems.get(0).where());
    }
    details.put(
        "problems",
        problems.stream().map(p -> Map.of("where", p.where(), "reason", p.reason())).toList());
    return details;
  }
}
