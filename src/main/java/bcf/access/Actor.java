package bcf.access;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Who is asking: a signed-in user with roles and scopes, or an anonymous visitor.
 *
 * @param authorities what a signatory may sign for (organisation and position); empty where none is
 *     recorded
 */
public record Actor(
    String username,
    String displayName,
    Set<Role> roles,
    Set<Scope> scopes,
    List<SigningAuthority> authorities)
    implements Serializable {

  public Actor(String username, String displayName, Set<Role> roles, Set<Scope> scopes) {
    this(username, displayName, roles, scopes, List.of());
  }

  public static final Actor ANONYMOUS = new Actor(null, "Anonymous", Set.of(), Set.of());

  /** The installation itself, for loading demo data. */
  public static final Actor SYSTEM = new Actor("system", "bcf", Set.of(Role.ADMIN), Set.of());

  public Actor {
    roles = Set.copyOf(roles);
    scopes = Set.copyOf(scopes);
    authorities = authorities == null ? List.of() : List.copyOf(authorities);
  }

  public boolean isAnonymous() {
    return username == null;
  }

  /** Refuses an anonymous visitor: the caller must sign in first. */
  public void requireSignedIn() {
    if (isAnonymous()) {
      throw new SignInRequired();
    }
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The name recorded in the audit trail. */
  public String auditName() {
    return isAnonymous() ? "anonymous" : username;
  }
}
