package bcf.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;

/** After signing in, back to the page asked for ({@link SignInTarget}), or to the plans. */
final class SignInSuccess implements AuthenticationSuccessHandler {

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    // The new session's CSRF token is made now, in this one request, not lazily by the first pages
    // after it: two pages opened at once would both store it, and the second store fails.
    if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
      token.getToken();
    }
    response.sendRedirect(request.getContextPath() + SignInTarget.after(request));
  }
}
