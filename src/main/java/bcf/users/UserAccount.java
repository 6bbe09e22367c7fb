package bcf.users;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.access.Scope;
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
    String organisation) {

  public Actor actor() {
    return new Actor(username, displayName, roles, scopes, organisation);
  }
}
