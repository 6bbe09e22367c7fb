package bcf.platform.web;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the navigation bar shows the person reading a page. The layout asks for it itself ({@code
 * ${@navigation.current()}}), so every page has it, error pages too, and no controller computes it
 * for an answer that is not a page: a model attribute of a controller advice was also invoked for
 * every API request, a twentieth of an API read's processor time.
 */
@Component("navigation")
public class Navigation {

  /** The navigation bar's needs: who is signed in, and the links their roles give. */
  public record Nav(boolean anonymous, String user, boolean national, boolean users) {}

  public Nav current() {
    return of(CurrentActor.get());
  }

  /**
   * A page's title as GOV.UK sets it: "Error: " before it when the page shows errors (a map of
   * field errors that is not empty), unless the title already says so; " – bcf" after it. Worked
   * out here rather than in the layout's expression, which every page evaluates.
   */
  public String title(Object title, Object errors) {
    String text = String.valueOf(title);
    boolean error =
        errors instanceof java.util.Map<?, ?> map && !map.isEmpty() && !text.startsWith("Error: ");
    return (error ? "Error: " : "") + text + " – bcf";
  }

  static Nav of(Actor actor) {
    return new Nav(
        actor.isAnonymous(),
        actor.isAnonymous() ? null : actor.displayName(),
        PlanAccess.seesNationalView(actor),
        PlanAccess.managesUsers(actor));
  }
}
