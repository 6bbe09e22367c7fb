package bcf.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF token handling (the token masked afresh on every page, against BREACH),
 * except that a token is taken only from a request header or the form's body, never from the
 * address: an address ends up in browser history, proxy and server logs and, through links, in
 * other sites' hands, and a token there would let anyone who reads it post as the user. A request
 * whose query string names the token parameter at all is refused as having no token.
 */
final class BodyOnlyCsrfTokens implements CsrfTokenRequestHandler {

  private final XorCsrfTokenRequestAttributeHandler masked =
      new XorCsrfTokenRequestAttributeHandler();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
    masked.handle(request, response, token);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
    if (inQuery(request.getQueryString(), token.getParameterName())) {
      return null;
    }
    return masked.resolveCsrfTokenValue(request, token);
  }

  static boolean inQuery(String query, String parameter) {
    if (query == null || query.isEmpty()) {
      return false;
    }
    for (String pair : query.split("&")) {
      String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      try {
        if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals(parameter)) {
          return true;
        }
      } catch (IllegalArgumentException e) {
        return true; // cannot be read: not to be trusted either
      }
    }
    return false;
  }
}
