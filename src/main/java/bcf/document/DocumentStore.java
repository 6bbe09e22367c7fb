package bcf.document;

import bcf.plan.Hwb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saving versions of a document of any kind, the same way for every kind: a new version is
 * immutable; an edit of one part is refused when someone else changed that part since the version
 * the edit started from (changes to other parts are kept); every changed value is recorded (path,
 * old, new, who, when); and sign-offs of earlier versions stop counting when the kind says an edit
 * of that part invalidates them. Callers (each kind's service) check access and read the content;
 * they call these methods inside their own transaction, holding the document's row lock.
 */
@Service
public class DocumentStore {

  private final DocumentRepository documents;

  public DocumentStore(DocumentRepository documents) {
    this.documents = documents;
  }

  /** What a save did: the version now current, the values it changed, sign-offs it ended. */
  public record Saved(int version, List<Change> changes, int signOffsInvalidated) {}

  /** A new document, as version 1 in its kind's first status. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void create(
      DocumentKind kind,
      String id,
      String round,
      String title,
      String status,
      List<Hwb> hwbs,
      String content,
      String by,
      String note,
      Instant at,
      boolean publish) {
    hwbs.forEach(documents::ensureHwb);
    documents.insertHeader(kind, id, round, title, status, at, publish ? 1 : null);
    documents.setHwbs(id, hwbs.stream().map(Hwb::id).toList());
    documents.insertVersion(id, 1, content, at, by, note);
  }

  /**
   * A filled workbook laid over the current version, the one merge plan and return uploads share:
   * each of {@code parts} (those the workbook changed since the version it was filled from) is
   * checked for an edit made since ({@link EditConflict}), then taken whole from the workbook;
   * every other part stays as it is now.
   *
   * @param treeOf a version's document (the current and the base version are asked for again)
   */
  public ObjectNode overlay(
      String id,
      int current,
      int baseVersion,
      IntFunction<ObjectNode> treeOf,
      List<? extends DocumentPart> parts,
      ObjectNode imported) {
    ObjectNode edited = treeOf.apply(current).deepCopy();
    for (DocumentPart part : parts) {
      checkConflict(id, current, part, baseVersion, treeOf::apply);
      for (String field : part.fields()) {
        JsonNode value = imported.get(field);
        if (value == null || value.isNull()) {
          edited.remove(field);
        } else {
          edited.set(field, value);
        }
      }
    }
    return edited;
  }

  /**
   * Refuses an edit of {@code part} that started from {@code baseVersion} when the part changed
   * between that version and the current one ({@code treeOf} gives a version's content).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void checkConflict(
      String id, int current, DocumentPart part, int baseVersion, IntFunction<JsonNode> treeOf) {
    if (baseVersion == current) {
      return;
    }
    boolean changed =
        JsonDiff.between(treeOf.apply(baseVersion), treeOf.apply(current)).stream()
            .anyMatch(c -> part.contains(c.path()));
    if (changed) {
      List<DocumentHistory.ChangeEntry> theirs =
          documents.changes(id, baseVersion).stream().filter(c -> part.contains(c.path())).toList();
      throw new EditConflict(part, baseVersion, current, theirs);
    }
  }

  /**
   * Saves {@code content} as the next version when it differs from {@code current}; records each
   * changed value and, when the kind says so for this part, ends the sign-offs of earlier versions.
   * Returns the current version unchanged (and no changes) when nothing differs.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Saved savePart(
      DocumentKind kind,
      String id,
      int currentVersion,
      DocumentPart part,
      JsonNode current,
      JsonNode content,
      String contentText,
      String title,
      String by,
      Instant at) {
    List<Change> changes = JsonDiff.between(current, content);
    if (changes.isEmpty()) {
      return new Saved(currentVersion, List.of(), 0);
    }
    int next = currentVersion + 1;
    documents.insertVersion(id, next, contentText, at, by, "Edited " + part.label());
    documents.insertChanges(id, next, at, by, changes);
    documents.updateHeader(id, title, next, at);
    int invalidated =
        kind.editInvalidatesSignOffs(part) ? documents.invalidateSignOffs(id, next, at) : 0;
    return new Saved(next, changes, invalidated);
  }

  public Optional<DocumentRecord> find(DocumentKind kind, String id) {
    return documents.find(kind, id);
  }

  /** The document's header, its row locked until the transaction ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<DocumentRecord> lock(DocumentKind kind, String id) {
    return documents.lock(kind, id);
  }

  public List<DocumentRecord> findAll(DocumentKind kind) {
    return documents.findAll(kind);
  }

  /**
   * Makes a document just created belong to a plan (a return reports against it, a register keeps
   * its risks); the link is never changed afterwards.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void linkToPlan(String id, String planId) {
    documents.linkToPlan(id, planId);
  }

  /** The documents of a kind that belong to a plan. */
  public List<DocumentRecord> findForPlan(DocumentKind kind, String planId) {
    return documents.findForPlan(kind, planId);
  }

  /** The plan a document belongs to. */
  public Optional<String> planOf(String id) {
    return documents.planOf(id);
  }

  /** Whether any document, of any kind, has this id. */
  public boolean exists(String id) {
    return documents.exists(id);
  }

  public Optional<String> content(String id, int version) {
    return documents.document(id, version);
  }

  public DocumentHistory history(String id) {
    return new DocumentHistory(
        documents.versions(id),
        documents.changes(id, 0),
        documents.transitions(id),
        documents.signOffs(id));
  }

  /** The latest transition by this action of each document that has one, by document id. */
  public Map<String, DocumentHistory.TransitionEntry> latestTransitions(String action) {
    return documents.latestTransitions(action);
  }

  public List<DocumentHistory.ChangeEntry> changesAfter(String id, int version) {
    return documents.changes(id, version);
  }

  public List<DocumentHistory.SignOffEntry> signOffs(String id) {
    return documents.signOffs(id);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void signOff(String id, DocumentHistory.SignOffEntry signOff) {
    documents.insertSignOff(id, signOff);
  }

  /** Records a move of the document's lifecycle and sets its state. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void move(
      String id,
      DocumentHistory.TransitionEntry transition,
      String status,
      String outcome,
      Integer publishedVersion,
      Instant at) {
    documents.insertTransition(id, transition.version(), transition);
    documents.updateStatus(id, status, outcome, publishedVersion, at);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void markSubmitted(String id, int version) {
    documents.markSubmitted(id, version);
  }

  /** Sets which HWBs the document belongs to, adding any the reference list lacks. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void setHwbs(String id, List<Hwb> hwbs) {
    hwbs.forEach(documents::ensureHwb);
    documents.setHwbs(id, hwbs.stream().map(Hwb::id).toList());
  }
}
