package bcf.document;

import bcf.kernel.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone else saved the same part of the document after the version this edit started from.
 * Nothing is saved; {@link #changes()} says what they changed, so the user can decide.
 */
public class EditConflict extends Refusal {

  private final DocumentPart part;
  private final int baseVersion;
  private final int currentVersion;
  private final List<DocumentHistory.ChangeEntry> changes;

  public EditConflict(
      DocumentPart part,
      int baseVersion,
      int currentVersion,
      List<DocumentHistory.ChangeEntry> changes) {
    super(
        Kind.CONFLICT,
        "edit-conflict",
        part.label()
            + " changed after you opened version "
            + baseVersion
            + " (now version "
            + currentVersion
            + "): "
            + changes.size()
            + (changes.size() == 1 ? " value was" : " values were")
            + " changed by "
            + String.join(
                ", ",
                changes.stream().map(DocumentHistory.ChangeEntry::changedBy).distinct().toList())
            + ". Nothing was saved; review their changes and save again.");
    this.part = part;
    this.baseVersion = baseVersion;
    this.currentVersion = currentVersion;
    this.changes = List.copyOf(changes);
  }

  public DocumentPart part() {
    return part;
  }

  public int baseVersion() {
    return baseVersion;
  }

  public int currentVersion() {
    return currentVersion;
  }

  public List<DocumentHistory.ChangeEntry> changes() {
    return changes;
  }

  /** The part, the version the edit started from, the current version and what changed since. */
  @Override
  public Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("part", part.code());
    details.put("baseVersion", baseVersion);
    details.put("currentVersion", currentVersion);
    details.put("changes", changes);
    return details;
  }
}
