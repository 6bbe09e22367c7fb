package bcf.users;

import bcf.access.Actor;
import bcf.access.Role;
import bcf.access.Scope;
import bcf.access.SigningAuthority;
import bcf.reference.HwbDirectory;
import java.util.ArrayList;
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
  private final SigningChoices choices;

  public UserAdministration(
      UserRepository users, UserAccounts accounts, HwbDirectory directory, SigningChoices choices) {
    this.users = users;
    this.accounts = accounts;
    this.directory = directory;
    this.choices = choices;
  }

  /**
   * Roles, scopes and signing authorities as an admin gives them (organisations by name, positions
   * by a round's role).
   */
  public record Grant(Set<Role> roles, Set<Scope> scopes, List<SigningAuthority> authorities) {
    public Grant {
      authorities = authorities == null ? List.of() : List.copyOf(authorities);
    }
  }

  /** The positions a signatory may be given (every round's signatory roles). */
  public List<SigningChoices.Position> positions() {
    return choices.positions();
  }

  /** The organisations a signatory of these HWBs may be given. */
  @Transactional(readOnly = true)
  public List<SigningChoices.Organisation> organisations(Set<Scope> scopes) {
    Set<String> hwbs = new LinkedHashSet<>();
    for (Scope scope : scopes) {
      if (scope.kind() == Scope.Kind.HWB) {
        directory.hwb(scope.value()).ifPresent(h -> hwbs.add(h.id()));
      }
    }
    return choices.organisations(hwbs);
  }

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
    Grant known = check(grant, List.of());
    String password = UserAccounts.randomPassword();
    accounts.add(
        name, fullName.strip(), password, known.roles(), known.scopes(), known.authorities());
    return password;
  }

  /** Replaces the user's roles, scopes and organisation; ends their sessions. */
  @Transactional
  public void change(Actor admin, String username, Grant grant) {
    requireAdmin(admin);
    UserAccount user = find(username);
    Grant known = check(grant, user.authorities());
    if (isSelf(admin, user) && !known.roles().contains(Role.ADMIN)) {
      throw new AccountRefusals.NotYourself(
          "You cannot remove your own administrator role: ask another administrator.");
    }
    users.replaceRolesAndScopes(user.id(), known.roles(), known.scopes(), known.authorities());
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

  /**
   * The grant with every scope one bcf knows (HWBs by their id, regions by their name), and every
   * signing authority one the admin could choose: a position of a round, an organisation of the
   * chosen HWBs (by its name as the list gives it). An authority the user already holds is kept as
   * it is (one carried over from before positions were recorded has none). A signatory needs at
   * least one authority; nobody else may hold one.
   */
  private Grant check(Grant grant, List<SigningAuthority> held) {
    Set<Scope> known = new LinkedHashSet<>();
    for (Scope scope : grant.scopes()) {
      known.add(known(scope));
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
    List<SigningAuthority> authorities = authorities(grant, known, held);
    return new Grant(Set.copyOf(grant.roles()), known, authorities);
  }

  private List<SigningAuthority> authorities(
      Grant grant, Set<Scope> scopes, List<SigningAuthority> held) {
    boolean signatory = grant.roles().contains(Role.SIGNATORY);
    if (!signatory && !grant.authorities().isEmpty()) {
      throw new AccountRefusals.BadInput(
          "authorities",
          "Only a signatory signs plans: select the signatory role, or remove the organisations"
              + " they sign for.");
    }
    if (signatory && grant.authorities().isEmpty()) {
      throw new AccountRefusals.BadInput(
          "authorities",
          "Choose the organisation and position this signatory signs for: they sign for no"
              + " other.");
    }
    List<SigningChoices.Position> positions = choices.positions();
    List<SigningChoices.Organisation> organisations =
        grant.authorities().stream().allMatch(a -> holds(held, a))
            ? List.of()
            : organisations(scopes);
    List<SigningAuthority> known = new ArrayList<>();
    for (SigningAuthority authority : grant.authorities()) {
      SigningAuthority checked =
          holds(held, authority) ? authority : known(authority, positions, organisations);
      if (!holds(known, checked)) {
        known.add(checked);
      }
    }
    return known;
  }

  /**
   * The authorities as the admin pages would take them for a signatory of these scopes (each
   * position a round's, each organisation one of the HWBs'), or a refusal naming the first that is
   * not: for {@code bcf user add}.
   */
  @Transactional(readOnly = true)
  public List<SigningAuthority> known(Set<Scope> scopes, List<SigningAuthority> authorities) {
    if (authorities.isEmpty()) {
      return List.of();
    }
    List<SigningChoices.Position> positions = choices.positions();
    List<SigningChoices.Organisation> organisations = organisations(scopes);
    List<SigningAuthority> known = new ArrayList<>();
    for (SigningAuthority authority : authorities) {
      SigningAuthority checked = known(authority, positions, organisations);
      if (!holds(known, checked)) {
        known.add(checked);
      }
    }
    return known;
  }

  private static SigningAuthority known(
      SigningAuthority authority,
      List<SigningChoices.Position> positions,
      List<SigningChoices.Organisation> organisations) {
    if (authority.position() == null
        || positions.stream().noneMatch(p -> p.code().equals(authority.position()))) {
      throw new AccountRefusals.BadInput(
          "authorities", "Choose the position they sign in from the list.");
    }
    return organisations.stream()
        .filter(o -> o.name().equalsIgnoreCase(authority.organisation()))
        .findFirst()
        .map(o -> new SigningAuthority(o.name(), authority.position()))
        .orElseThrow(
            () ->
                new AccountRefusals.BadInput(
                    "authorities",
                    "'"
                        + authority.organisation()
                        + "' is not an organisation of the HWBs chosen: choose the organisation"
                        + " from the list."));
  }

  private static boolean holds(List<SigningAuthority> authorities, SigningAuthority authority) {
    return authorities.stream().anyMatch(a -> a.sameAs(authority));
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
