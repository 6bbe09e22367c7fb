package bcf.document;

import java.util.List;

/**
 * A kind of versioned document: the plan now; the quarterly return and the risk register next. The
 * store keeps every kind the same way (immutable versions, the audit trail, a conflict check per
 * part, sign-offs tied to a version, workflow transitions); the kind says what its parts are and
 * which edits make earlier sign-offs no longer count. Its lifecycle (statuses and moves) is its own
 * state machine, recorded by the store as transitions.
 */
public interface DocumentKind {

  /** Stored in the {@code kind} column, such as {@code plan}. */
  String code();

  /** The kind's name for people, such as {@code plan}. */
  String label();

  List<? extends DocumentPart> parts();

  /**
   * Whether saving a change to this part means that sign-offs of earlier versions no longer count.
   * A plan's partners sign the whole plan, so every edit does; a register reviewed every month may
   * say that a review does not.
   */
  boolean editInvalidatesSignOffs(DocumentPart part);
}
