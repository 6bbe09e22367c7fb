package bcf.users.web;

import bcf.access.Actor;
import bcf.access.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The navigation's link to the users pages, for administrators. */
@ControllerAdvice(annotations = Controller.class)
class AccountNav {

  /** What the navigation needs from this feature. */
  record Links(boolean admin) {}

  @ModelAttribute("accountNav")
  Links accountNav(Actor actor) {
    return new Links(actor.has(Role.ADMIN));
  }
}
