package bcf.platform.security;

import bcf.access.Actor;
import bcf.users.UserAccount;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: a user account seen through Spring Security. */
public final class SignedInUser implements UserDetails {

  @Serial private static final long serialVersionUID = 1L;

  private final String username;
  private final String passwordHash;
  private final boolean enabled;
  private final Actor actor;

  SignedInUser(UserAccount account) {
    this.username = account.username();
    this.passwordHash = account.passwordHash();
    this.enabled = !account.disabled();
    this.actor = account.actor();
  }

  public Actor actor() {
    return actor;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  List<String> roles() {
    return actor.roles().stream().map(r -> r.code()).toList();
  }
}
