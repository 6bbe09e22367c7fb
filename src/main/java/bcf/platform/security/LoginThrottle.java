package bcf.platform.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in (the form and HTTP Basic alike) through the {@link SignInThrottle}: a check is claimed
 * before any password hashing, and refused with how long to wait.
 */
final class LoginThrottle implements AuthenticationProvider {

  private final DaoAuthenticationProvider delegate;
  private final SignInThrottle throttle;

  LoginThrottle(DaoAuthenticationProvider delegate, SignInThrottle throttle) {
    this.delegate = delegate;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String username = authentication.getName();
    String address = address(authentication);
    Optional<SignInThrottle.Refusal> refused = throttle.claim(username, address);
    if (refused.isPresent()) {
      throw new LockedException(refused.get().message());
    }
    try {
      Authentication result = delegate.authenticate(authentication);
      throttle.succeeded(username, address);
      return result;
    } catch (BadCredentialsException e) {
      throttle.failed(username, address);
      throw e;
    } catch (RuntimeException e) {
      throttle.abandoned(username);
      throw e;
    }
  }

  private static String address(Authentication authentication) {
    if (authentication.getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      return details.getRemoteAddress();
    }
    return "unknown";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
