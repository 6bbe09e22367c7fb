package bcf.platform.security;

import bcf.users.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in with throttling: after {@link #MAX_FAILURES} failed attempts for one username within
 * {@link #WINDOW}, further attempts are refused (even with the right password) until the window has
 * passed. Failures are kept in PostgreSQL, so every instance behind a load balancer agrees.
 */
final class LoginThrottle implements AuthenticationProvider {

  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final DaoAuthenticationProvider delegate;
  private final UserRepository users;
  private final Clock clock;

  LoginThrottle(DaoAuthenticationProvider delegate, UserRepository users, Clock clock) {
    this.delegate = delegate;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = authentication.getName();
    Instant now = clock.instant();
    if (users.failuresSince(username, now.minus(WINDOW)) >= MAX_FAILURES) {
      throw new LockedException(
          "Too many failed sign-ins for this user. Try again in "
              + WINDOW.toMinutes()
              + " minutes.");
    }
    try {
      Authentication result = delegate.authenticate(authentication);
      users.clearFailures(username);
      return result;
    } catch (BadCredentialsException e) {
      users.forgetFailuresBefore(now.minus(WINDOW));
      users.recordFailure(username, null, now);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
