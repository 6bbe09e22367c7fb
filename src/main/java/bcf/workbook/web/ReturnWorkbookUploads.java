package bcf.workbook.web;

import bcf.access.Actor;
import bcf.kernel.Refusal;
import bcf.returns.store.ReturnService;
import bcf.workbook.ReturnWorkbooks;
import bcf.workbook.UnusableWorkbookException;
import bcf.workbook.layout.Problem;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A filled quarterly-return workbook uploaded on a page or the API: imported with the return's plan
 * (every problem and every finding at its cell), then saved through {@link
 * ReturnService#importVersion} as the return's next version, with the sections' access, conflict,
 * audit and sign-off rules. A workbook whose cells cannot all be read, that does not make a return,
 * or whose return breaks an error rule of its round or plan is refused with its problems at their
 * cells, and nothing is saved (a section's form refuses such a return too); warnings are shown with
 * the result.
 */
@Component
class ReturnWorkbookUploads {

  private final ReturnService returns;
  private final ReturnWorkbooks workbooks;

  ReturnWorkbookUploads(ReturnService returns, ReturnWorkbookDownloads downloads) {
    this.returns = returns;
    this.workbooks = downloads.workbooks();
  }

  /** A version saved from a workbook, and the return's warnings (with their cells). */
  record Saved(ReturnService.ImportedVersion version, List<Problem> findings) {}

  /**
   * Refuses, before the file is read, a caller who may not upload a workbook to this return: not
   * signed in, not an editor of its plan (403), or a return that can no longer be edited (409), as
   * the return's section pages are refused.
   */
  ReturnService.ReturnView editable(Actor actor, String id) {
    return returns.editable(actor, id);
  }

  /**
   * Saves the workbook as the next version of return {@code id}, based on {@code baseVersion} when
   * given (the API's If-Match), else on the version the workbook says it was downloaded at.
   */
  Saved intoReturn(Actor actor, String id, byte[] book, String name, Integer baseVersion) {
    ReturnService.ReturnView view = editable(actor, id);
    ReturnWorkbooks.Imported imported;
    try {
      imported =
          workbooks.importWorkbook(
              new ByteArrayInputStream(book), view.record().round(), Optional.of(view.plan()));
    } catch (UnusableWorkbookException e) {
      throw new WorkbookProblems.Unusable(
          name + " cannot be used: " + e.getMessage() + ". Nothing was saved.");
    }
    List<Problem> unread =
        imported.problems().stream()
            .filter(p -> p.rule().startsWith("workbook-") || p.rule().equals("return-document"))
            .toList();
    if (!unread.isEmpty() || !imported.complete()) {
      throw new WorkbookProblems.Refused(
          unread.size()
              + (unread.size() == 1 ? " cell" : " cells")
              + " of "
              + name
              + " could not be used, so the return could not be read. Nothing was saved.",
          unread);
    }
    List<Problem> errors = imported.problems().stream().filter(Problem::error).toList();
    if (!errors.isEmpty()) {
      throw new WorkbookProblems.Refused(
          "The return in "
              + name
              + " breaks "
              + (errors.size() == 1 ? "a rule" : errors.size() + " rules")
              + " of its round or plan, as a section's form would refuse it. Nothing was saved.",
          errors);
    }
    Integer base = baseVersion != null ? baseVersion : imported.returnVersion().orElse(null);
    if (base == null) {
      throw new NoVersion(name);
    }
    ReturnService.ImportedVersion saved =
        returns.importVersion(actor, id, base, imported.document(), name);
    return new Saved(saved, imported.problems());
  }

  /** Whether a refusal is one a page shows beside the form rather than as a page of its own. */
  static boolean shownOnForm(Refusal refusal) {
    return refusal.kind() != Refusal.Kind.FORBIDDEN
        && refusal.kind() != Refusal.Kind.NOT_FOUND
        && refusal.kind() != Refusal.Kind.SIGN_IN_REQUIRED;
  }

  /** A workbook not downloaded from bcf, so no one can tell what changed since (428). */
  static final class NoVersion extends Refusal {
    NoVersion(String name) {
      super(
          Kind.VERSION_REQUIRED,
          "version-required",
          name
              + " does not say which version of the return it was downloaded at (it was not"
              + " downloaded from bcf), so bcf cannot tell what others changed since. Download the"
              + " return's workbook, copy your figures into it and upload that. Nothing was saved.");
    }
  }
}
