package bcf.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the form, saying whether the account is throttled. */
final class LoginFailureHandler implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String reason = exception instanceof LockedException ? "locked" : "failed";
    // The page asked for, if the form carried it, survives a wrong password.
    String next =
        SignInTarget.safe(request.getParameter("next"))
            .map(t -> "&next=" + URLEncoder.encode(t, StandardCharsets.UTF_8))
            .orElse("");
    response.sendRedirect(request.getContextPath() + "/login?error=" + reason + next);
  }
}
