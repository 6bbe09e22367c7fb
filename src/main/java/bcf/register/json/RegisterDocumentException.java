package bcf.register.json;

import bcf.kernel.Refusal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A register document that cannot be read: not JSON, or a value of the wrong kind. Says where (a
 * path such as {@code entries[2].status}, or a line and column) and why.
 */
public class RegisterDocumentException extends Refusal {

  private final String where;
  private final int line;
  private final int column;

  public RegisterDocumentException(String where, String reason, int line, int column) {
    super(Kind.UNUSABLE, "invalid-register-document", reason);
    this.where = where;
    this.line = line;
    this.column = column;
  }

  public String where() {
    return where;
  }

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

  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    if (where != null && !where.isEmpty()) {
      details.put("where", where);
    }
    if (line > 0) {
      details.put("line", line);
      details.put("column", column);
    }
    return details;
  }
}
