package bcf.planning.web;

import bcf.access.Actor;
import bcf.access.SignInRequired;
import bcf.plan.Plan;
import bcf.plan.json.PlanDocumentWriter;
import bcf.planning.PlanService;
import bcf.planning.PlanView;
import bcf.planning.PlanningException;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every edit page (a part, a scheme, an explanation) does first: open the plan for an editor
 * or refuse, read the version a form was based on, and give a version's document as a tree.
 */
final class EditablePlans {

  private static final PlanDocumentWriter WRITER = new PlanDocumentWriter();

  private EditablePlans() {}

  /** The plan's view for someone who may edit it; anyone else is sent to sign in or refused. */
  static PlanView editable(PlanService plans, Actor actor, String id) {
    if (actor.isAnonymous()) {
      throw new SignInRequired();
    }
    PlanView view = plans.view(actor, id);
    if (!view.can().edit()) {
      throw new PlanningException.AccessRefused("You may not edit this plan.");
    }
    return view;
  }

  /**
   * The plan document of a version as a tree for the form: the plan already in the view when the
   * version is the one shown (as it is unless someone saved in between), else that version's.
   */
  static ObjectNode document(PlanService plans, Actor actor, PlanView view, int version) {
    Plan plan =
        version == view.version()
            ? view.plan()
            : plans.view(actor, view.record().id(), version).plan();
    return WRITER.toJson(plan);
  }

  /** The version a form says it was based on, or a refusal in words. */
  static int baseVersion(String text) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new PlanningException.BadRequest(
          "The form did not say which version it was based on; open the page again.");
    }
  }
}
