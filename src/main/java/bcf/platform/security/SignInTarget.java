package bcf.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where to go after signing in: the page a signed-out visitor asked for, remembered in their
 * session when they were sent to sign in, or given to the sign-in form as {@code next}. Only a path
 * of this site is followed ({@link #safe}): never another site ({@code //evil.example}, {@code
 * https://...}, {@code /\evil}), never the API (a browser has no use for its JSON), never the
 * sign-in page itself.
 */
public final class SignInTarget {

  /** The session attribute holding the remembered page. */
  static final String ATTRIBUTE = "bcf.signInTarget";

  /** Where a sign-in goes when no page was asked for. */
  static final String DEFAULT = "/plans";

  private SignInTarget() {}

  /** The target if it is a path of this site's pages, else empty. */
  public static Optional<String> safe(String target) {
    if (target == null
        || target.length() > 2000
        || !target.startsWith("/")
        || target.startsWith("//")
        || target.contains("\\")
        || target.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return Optional.empty();
    }
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    if (path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/login")
        || path.equals("/logout")) {
      return Optional.empty();
    }
    return Optional.of(target);
  }

  /** Remembers the page asked for (a GET only: a form post cannot be replayed after sign-in). */
  public static void remember(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return;
    }
    String query = request.getQueryString();
    String target =
        request.getRequestURI().substring(request.getContextPath().length())
            + (query == null ? "" : "?" + query);
    safe(target).ifPresent(t -> request.getSession(true).setAttribute(ATTRIBUTE, t));
  }

  /** The page to go to after a sign-in: the form's {@code next}, the remembered page, or plans. */
  static String after(HttpServletRequest request) {
    Optional<String> given = safe(request.getParameter("next"));
    HttpSession session = request.getSession(false);
    Object remembered = session == null ? null : session.getAttribute(ATTRIBUTE);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
    return given.or(() -> safe(remembered instanceof String s ? s : null)).orElse(DEFAULT);
  }
}
