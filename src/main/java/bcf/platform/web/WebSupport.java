package bcf.platform.web;

import bcf.kernel.Refusal;
import bcf.platform.security.SignInTarget;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What every page shares: the one place where refusals become pages (sign in, not found, not
 * allowed, conflict), never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class WebSupport {

  private static final Logger LOG = LoggerFactory.getLogger(WebSupport.class);

  /** A refusal of any feature, as a page: sign in when that is what it needs. */
  @ExceptionHandler(Refusal.class)
  String refused(Refusal e, HttpServletRequest request, HttpServletResponse response, Model model) {
    if (e.kind() == Refusal.Kind.SIGN_IN_REQUIRED) {
      SignInTarget.remember(request); // back here after signing in
      return "redirect:/login";
    }
    // The API's mapping, so pages and endpoints agree.
    HttpStatus status = ApiProblems.statusOf(e.kind());
    response.setStatus(status.value());
    return problem(model, heading(e.kind()), e.describe());
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
    model.addAttribute("heading", heading);
    model.addAttribute("detail", detail);
    return "errors/problem";
  }

  private static String heading(Refusal.Kind kind) {
    return switch (kind) {
      case NOT_FOUND -> "Page not found";
      case FORBIDDEN -> "You cannot do that";
      case CONFLICT -> "That cannot be done now";
      case UNUSABLE -> "The document cannot be used";
      default -> "There is a problem";
    };
  }
}
