package bcf.users;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.access.Scope;
import bcf.reference.HwbDirectory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts: add (with a random password shown once), disable and
 * enable, change roles and scopes, reset a password. Only admins; an admin cannot disable
 * themselves or drop their own admin role (there would be no one to undo it). A change of roles,
 * scopes or password, and disabling, ends the user's sessions: a session holds the roles it signed
 * in with. API tokens read the account afresh on every request.
 */
@Service
public class UserAdministration {

  private final UserRepository users;
  private final UserAccounts accounts;
  private final HwbDirectory directory;

  public UserAdministration(UserRepository users, UserAccounts accounts, HwbDirectory directory) {
    this.users = users;
    this.accounts = accounts;
    this.directory = directory;
  }

  /** Roles, scopes and organisation as an admin gives them. */
  public record Grant(Set<Role> roles, Set<Scope> scopes, String organisation) {}

  @Transactional(readOnly = true)
  public List<UserAccount> list(Actor admin) {
    requireAdmin(admin);
    return users.findAll();
  }

  @Transactional(readOnly = true)
  public UserAccount get(Actor admin, String username) {
    requireAdmin(admin);
    return find(username);
  }

  /** Adds a user; answers their random password, to be shown once. */
  @Transactional
  public String add(Actor admin, String username, String fullName, Grant grant) {
    requireAdmin(admin);
    if (username == null || !username.strip().matches("[A-Za-z0-9._@-]{2,64}")) {
      throw new AccountRefusals.BadInput(
          "username",
          "Enter a username of 2 to 64 letters, digits, full stops, hyphens, underscores or @.");
    }
    String name = username.strip();
    if (users.exists(name)) {
      throw new AccountRefusals.BadInput("username", "There is already a user '" + name + "'.");
    }
    if (fullName == null || fullName.isBlank()) {
      throw new AccountRefusals.BadInput("fullName", "Enter the person's full name.");
    }
    if (fullName.strip().length() > 200) {
      throw new AccountRefusals.BadInput("fullName", "The name must be 200 characters or fewer.");
    }
    Grant known = check(grant);
    String password = UserAccounts.randomPassword();
    accounts.add(
        name, fullName.strip(), password, known.roles(), known.scopes(), known.organisation());
    return password;
  }

  /** Replaces the user's roles, scopes and organisation; ends their sessions. */
  @Transactional
  public void change(Actor admin, String username, Grant grant) {
    requireAdmin(admin);
    UserAccount user = find(username);
    Grant known = check(grant);
    if (isSelf(admin, user) && !known.roles().contains(Role.ADMIN)) {
      throw new AccountRefusals.NotYourself(
          "You cannot remove your own administrator role: ask another administrator.");
    }
    users.replaceRolesAndScopes(user.id(), known.roles(), known.scopes(), known.organisation());
    users.endSessions(user.username());
  }

  /** Disables (signing them out everywhere; their tokens stop working) or enables a user. */
  @Transactional
  public void setDisabled(Actor admin, String username, boolean disabled) {
    requireAdmin(admin);
    UserAccount user = find(username);
    if (disabled && isSelf(admin, user)) {
      throw new AccountRefusals.NotYourself(
          "You cannot disable your own account: ask another administrator.");
    }
    users.setDisabled(user.username(), disabled);
    if (disabled) {
      users.endSessions(user.username());
    }
  }

  /** A new random password for the user (shown once), who is signed out everywhere. */
  @Transactional
  public String resetPassword(Actor admin, String username) {
    requireAdmin(admin);
    UserAccount user = find(username);
    String password = UserAccounts.randomPassword();
    accounts.resetPassword(user.username(), password);
    return password;
  }

  /** The grant with every scope one bcf knows (HWBs by their id, regions by their name). */
  private Grant check(Grant grant) {
    Set<Scope> known = new LinkedHashSet<>();
    for (Scope scope : grant.scopes()) {
      known.add(known(scope));
    }
    String organisation =
        grant.organisation() == null || grant.organisation().isBlank()
            ? null
            : grant.organisation().strip();
    if (organisation != null && organisation.length() > 200) {
      throw new AccountRefusals.BadInput(
          "organisation", "The organisation must be 200 characters or fewer.");
    }
    if (grant.roles().isEmpty()) {
      throw new AccountRefusals.BadInput("roles", "Select at least one role.");
    }
    UserAccounts.rolesProblem(grant.roles(), known)
        .ifPresent(
            problem -> {
              throw new AccountRefusals.BadInput(
                  "scopes",
                  problem.contains("assurer")
                      ? "Select an NHS England region, or all of England, for an assurer."
                      : "Select at least one HWB for an editor or signatory.");
            });
    return new Grant(Set.copyOf(grant.roles()), known, organisation);
  }

  private Scope known(Scope scope) {
    return switch (scope.kind()) {
      case HWB ->
          directory
              .hwb(scope.value())
              .map(h -> Scope.hwb(h.id()))
              .orElseThrow(
                  () ->
                      new AccountRefusals.BadInput(
                          "scopes",
                          "'"
                              + scope.value()
                              + "' is not a health and wellbeing board bcf knows: choose from"
                              + " the list."));
      case REGION ->
          directory.regions().stream()
              .filter(r -> r.equalsIgnoreCase(scope.value().strip()))
              .findFirst()
              .map(Scope::region)
              .orElseThrow(
                  () ->
                      new AccountRefusals.BadInput(
                          "scopes",
                          "'"
                              + scope.value()
                              + "' is not an NHS England region (the regions: "
                              + String.join(", ", directory.regions())
                              + ")."));
      case NATIONAL -> Scope.NATIONAL;
    };
  }

  private UserAccount find(String username) {
    return users
        .find(username)
        .orElseThrow(
            () -> new AccountRefusals.NotFound("user-not-found", "There is no such user."));
  }

  private static boolean isSelf(Actor admin, UserAccount user) {
    return admin.username() != null && admin.username().equalsIgnoreCase(user.username());
  }

  private static void requireAdmin(Actor actor) {
    actor.requireSignedIn();
    if (!actor.has(Role.ADMIN)) {
      throw new AccountRefusals.AdminOnly();
    }
  }
}
