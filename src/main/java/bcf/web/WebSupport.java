package bcf.web;

import bcf.access.Actor;
import bcf.access.PlanAccess;
import bcf.api.ApiProblems;
import bcf.plan.json.PlanDocumentException;
import bcf.planning.PlanningException;
import bcf.platform.security.CurrentActor;
import bcf.workflow.WorkflowRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What every page shares: the navigation model, and the one place where refusals become pages (sign
 * in, not found, not allowed, conflict), never a stack trace.
 */
@ControllerAdvice(basePackages = "bcf.web")
public class WebSupport {

  private static final Logger LOG = LoggerFactory.getLogger(WebSupport.class);

  /** The navigation bar's needs. */
  public record Nav(boolean anonymous, String user, boolean national) {}

  @ModelAttribute("nav")
  Nav nav() {
    Actor actor = CurrentActor.get();
    return new Nav(
        actor.isAnonymous(),
        actor.isAnonymous() ? null : actor.displayName(),
        PlanAccess.seesNationalView(actor));
  }

  @ExceptionHandler(PlanningException.SignInRequired.class)
  String signIn(HttpServletRequest request) {
    return "redirect:/login";
  }

  @ExceptionHandler(PlanningException.class)
  String planning(PlanningException e, HttpServletResponse response, Model model) {
    // The API's mapping, so pages and endpoints agree.
    HttpStatus status = ApiProblems.statusOf(e);
    response.setStatus(status.value());
    return problem(model, heading(status), e.getMessage());
  }

  @ExceptionHandler(WorkflowRefused.class)
  String workflow(WorkflowRefused e, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.CONFLICT.value());
    return problem(model, "That cannot be done now", e.getMessage());
  }

  @ExceptionHandler(PlanDocumentException.class)
  String document(PlanDocumentException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return problem(model, "The plan document cannot be used", e.describe());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  String noPage(HttpServletResponse response, Model model) {
    response.setStatus(404);
    return problem(model, "Page not found", "There is no page at this address.");
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, HttpServletResponse response, Model model) {
    LOG.error("unexpected failure", e);
    response.setStatus(500);
    return problem(
        model,
        "Sorry, there is a problem with the service",
        "Nothing was changed. The problem has been logged.");
  }

  static String problem(Model model, String heading, String detail) {
    model.addAttribute("nav", new WebSupport().nav());
    model.addAttribute("heading", heading);
    model.addAttribute("detail", detail);
    return "errors/problem";
  }

  private static String heading(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "Page not found";
      case FORBIDDEN -> "You cannot do that";
      case CONFLICT -> "That cannot be done now";
      default -> "There is a problem";
    };
  }
}
