package bcf.workbook.web;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.access.Role;
import bcf.access.SignInRequired;
import bcf.planning.PlanRecord;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.PlanningException;
import bcf.workbook.PlanWorkbooks;
import bcf.workbook.UnusableWorkbookException;
import bcf.workbook.layout.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A filled plan workbook uploaded on a page or the API: imported (every problem at its cell), then
 * saved through {@link PlanService} as a new version of a stored plan or as a new plan, with the
 * same access, conflict, audit and sign-off rules as the edit pages. A workbook whose cells cannot
 * all be read, or that does not make a plan, is refused with its problems and nothing is saved; the
 * plan's own findings (errors and warnings of validation) do not stop it, as they do not stop an
 * edit, and are shown with the result.
 */
@Component
class WorkbookUploads {

  private final PlanService plans;
  private final PlanWorkbooks workbooks;

  WorkbookUploads(PlanService plans, WorkbookDownloads downloads) {
    this.plans = plans;
    this.workbooks = downloads.workbooks();
  }

  /** A version saved from a workbook, and the plan's findings (with their cells). */
  record Saved(PlanService.ImportedVersion version, List<Problem> findings) {}

  /** A plan started from a workbook, and its findings (with their cells). */
  record Created(PlanRecord record, List<Problem> findings) {}

  /**
   * Refuses, before the file is read, a caller who may not upload a workbook to this plan: not
   * signed in, not an editor of its HWB, or a plan that cannot be edited now.
   */
  PlanView checkEditor(Actor actor, String id) {
    return checkEditor(actor, id, true);
  }

  /** As {@link #checkEditor(Actor, String)}; the state of the plan is checked only if asked. */
  PlanView checkEditor(Actor actor, String id, boolean state) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanView view = plans.view(actor, id);
    if (!PlanAccess.edits(actor, view.record().facts())) {
      throw new PlanningException.AccessRefused("You may not edit this plan.");
    }
    if (state && !view.record().status().editable()) {
      throw new PlanningException.PlanNotEditable(
          id, view.record().status().label().toLowerCase(java.util.Locale.ROOT));
    }
    return view;
  }

  /** Refuses, before the file is read, a caller who may add no plan at all. */
  void checkCreator(Actor actor) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    if (!actor.has(Role.EDITOR) && !actor.has(Role.ADMIN)) {
      throw new PlanningException.AccessRefused(
          "Only an editor of an HWB (or an administrator) may add a plan.");
    }
  }

  /**
   * Saves the workbook as the next version of plan {@code id}, based on {@code baseVersion} when
   * given (the API's If-Match), else on the version the workbook says it was downloaded at.
   */
  Saved intoPlan(Actor actor, String id, byte[] book, String name, Integer baseVersion) {
    PlanView view = checkEditor(actor, id);
    PlanWorkbooks.Imported imported = read(book, view.record().round(), name);
    Integer base = baseVersion != null ? baseVersion : imported.planVersion().orElse(null);
    if (base == null) {
      throw new NoVersion(name);
    }
    PlanService.ImportedVersion saved =
        plans.importVersion(actor, id, base, imported.plan().orElseThrow(), name);
    return new Saved(saved, imported.problems());
  }

  /** Adds the workbook's plan as a new plan (version 1, in draft). */
  Created newPlan(Actor actor, byte[] book, String name) {
    checkCreator(actor);
    PlanWorkbooks.Imported imported = read(book, null, name);
    String document = plans.write(imported.plan().orElseThrow());
    PlanRecord record =
        plans.create(
            actor, document.getBytes(StandardCharsets.UTF_8), "Started from the workbook " + name);
    return new Created(record, imported.problems());
  }

  /**
   * Imports the workbook; refuses one that is not a usable plan workbook, or whose cells could not
   * all be read, or that does not make a plan document.
   */
  private PlanWorkbooks.Imported read(byte[] book, String round, String name) {
    PlanWorkbooks.Imported imported;
    try {
      imported = workbooks.importWorkbook(new ByteArrayInputStream(book), round);
    } catch (UnusableWorkbookException e) {
      throw new WorkbookProblems.Unusable(
          name + " cannot be used: " + e.getMessage() + ". Nothing was saved.");
    }
    boolean unread =
        imported.problems().stream()
            .anyMatch(
                p ->
                    p.error()
                        && (p.rule().startsWith("workbook-") || p.rule().equals("plan-document")));
    if (unread || !imported.complete() || imported.plan().isEmpty()) {
      List<Problem> blocking =
          imported.problems().stream()
              .filter(p -> p.rule().startsWith("workbook-") || p.rule().equals("plan-document"))
              .toList();
      throw new WorkbookProblems.Refused(
          blocking.size()
              + (blocking.size() == 1 ? " cell" : " cells")
              + " of "
              + name
              + " could not be used, so the plan could not be read. Nothing was saved.",
          blocking);
    }
    return imported;
  }

  /** A workbook not downloaded from bcf, so no one can tell what changed since (428). */
  static final class NoVersion extends bcf.kernel.Refusal {
    NoVersion(String name) {
      super(
          Kind.VERSION_REQUIRED,
          "version-required",
          name
              + " does not say which version of the plan it was downloaded at (it was not"
              + " downloaded from bcf), so bcf cannot tell what others changed since. Download the"
              + " plan's workbook, copy your figures into it and upload that. Nothing was saved.");
    }
  }

  /** A file name as a message may say it: the name given, else "the workbook". */
  static String nameOf(String original) {
    if (original == null || original.isBlank()) {
      return "the workbook";
    }
    String name = original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    return bcf.kernel.Limits.excerpt(name);
  }
}
