package bcf.platform.web;

import bcf.platform.security.SignInTarget;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form (Spring Security processes its post). */
@Controller
class LoginPage {

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String next,
      Model model) {
    // The page to return to after signing in, when it is one of this site's (else none).
    model.addAttribute("next", SignInTarget.safe(next).orElse(null));
    String message = null;
    if ("locked".equals(error)) {
      message = "Too many failed sign-ins. Wait a minute, then try again.";
    } else if (error != null) {
      message = "Enter a correct username and password.";
    }
    model.addAttribute("error", message);
    return "login";
  }
}
