package bcf.users;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.access.Scope;
import bcf.access.SigningAuthority;
import java.util.List;
import java.util.Set;

/** A stored user: the password hash never leaves the users package and security. */
public record UserAccount(
    long id,
    String username,
    String displayName,
    String passwordHash,
    boolean disabled,
    Set<Role> roles,
    Set<Scope> scopes,
    List<SigningAuthority> authorities) {

  public UserAccount {
    authorities = authorities == null ? List.of() : List.copyOf(authorities);
  }

  public Actor actor() {
    return new Actor(username, displayName, roles, scopes, authorities);
  }
}
