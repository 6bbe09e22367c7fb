package bcf.plan.json;

import bcf.kernel.Refusal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plan document that cannot be read: not JSON, malformed, too large, or with a value of the wrong
 * kind. Says where (a path into the document, or a line and column) and why.
 */
public class PlanDocumentException extends Refusal {

  private final String where;
  private final int line;
  private final int column;

  public PlanDocumentException(String where, String reason) {
    this(where, reason, -1, -1);
  }

  public PlanDocumentException(String where, String reason, int line, int column) {
    super(Kind.UNUSABLE, "invalid-plan-document", reason);
    this.where = where;
    this.line = line;
    this.column = column;
  }

  /**
   * A path into the document such as {@code schemes[3].spend.2015-16}, or empty for the whole file.
   */
  public String where() {
    return where;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The reason and the place, for people. */
  @Override
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (line > 0) {
      text.append("line ").append(line).append(", column ").append(column).append(": ");
    }
    if (where != null && !where.isEmpty()) {
      text.append(where).append(": ");
    }
    return text.append(getMessage()).toString();
  }

  /** Where, as a path and a JSON pointer, and the line and column when known. */
  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    if (where != null && !where.isEmpty()) {
      details.put("where", where);
      details.put("pointer", DocumentPaths.toPointer(where));
    }
    if (line > 0) {
      details.put("line", line);
      details.put("column", column);
    }
    return details;
  }
}
