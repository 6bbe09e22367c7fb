package bcf.platform.security;

import bcf.users.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer TOKEN} on the API: a personal API token ({@link ApiTokens}), checked
 * by one indexed lookup and no password hashing. A good token makes the request its user's, with
 * their roles and scopes; a bad one is answered 401 with a problem document saying why (unknown,
 * expired, revoked, user disabled), never passed on as anonymous.
 */
final class BearerTokens extends OncePerRequestFilter {

  private static final String SCHEME = "Bearer";

  private final ApiTokens tokens;

  BearerTokens(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    String value = header == null ? "" : header.strip();
    boolean bearer =
        value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
            && (value.length() == SCHEME.length() || value.charAt(SCHEME.length()) == ' ');
    if (!bearer) {
      chain.doFilter(request, response);
      return;
    }
    // "Bearer" with no token is a wrong token, not an anonymous request.
    ApiTokens.Check check = tokens.check(value.substring(SCHEME.length()));
    if (check instanceof ApiTokens.Refused refused) {
      Unauthorized.write(
          response,
          "Bearer realm=\"bcf\", error=\"invalid_token\"",
          refused.rule(),
          refused.message());
      return;
    }
    SignedInUser user = new SignedInUser(((ApiTokens.Accepted) check).user());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
