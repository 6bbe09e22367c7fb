package bcf.progress.json;

import bcf.kernel.Refusal;
import java.util.Map;

/**
 * A progress document that cannot be read: not JSON, or a value of the wrong kind, with the place
 * (a JSON pointer, for the API and the command line) and the reason.
 */
public class ProgressDocumentException extends Refusal {

  private final String path;

  public ProgressDocumentException(String path, String reason) {
    super(
        Kind.UNUSABLE, "progress-document-unusable", (path.isEmpty() ? "/" : path) + ": " + reason);
    this.path = path.isEmpty() ? "/" : path;
  }

  public String path() {
    return path;
  }

  @Override
  public Map<String, Object> details() {
    return Map.of("path", path);
  }
}
