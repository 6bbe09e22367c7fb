package bcf.users;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.access.SigningAuthority;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates users with hashed passwords (bcrypt). Used by the server and by {@code bcf user add},
 * which works on the database without starting the web application.
 */
public final class UserAccounts {

  /** Passwords shorter than this are refused (see {@link PasswordPolicy}). */
  public static final int MINIMUM_PASSWORD_LENGTH = PasswordPolicy.MINIMUM_LENGTH;

  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserRepository users;
  private final PasswordEncoder encoder;

  public UserAccounts(UserRepository users, PasswordEncoder encoder) {
    this.users = users;
    this.encoder = encoder;
  }

  public static PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder(10);
  }

  /** A new user; refuses a taken name, a weak password, or a role without a fitting scope. */
  public void add(
      String username, String displayName, String password, Set<Role> roles, Set<Scope> scopes) {
    add(username, displayName, password, roles, scopes, List.<SigningAuthority>of());
  }

  /**
   * As {@link #add(String, String, String, Set, Set, List)}, with one organisation (or a plan's id
   * for it) the signatory signs for in any position.
   */
  public void add(
      String username,
      String displayName,
      String password,
      Set<Role> roles,
      Set<Scope> scopes,
      String organisation) {
    add(
        username,
        displayName,
        password,
        roles,
        scopes,
        organisation == null || organisation.isBlank()
            ? List.of()
            : List.of(new SigningAuthority(organisation, null)));
  }

  /**
   * As {@link #add(String, String, String, Set, Set)}, with what a signatory signs for:
   * organisations and positions.
   */
  public void add(
      String username,
      String displayName,
      String password,
      Set<Role> roles,
      Set<Scope> scopes,
      List<SigningAuthority> authorities) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
      throw new IllegalArgumentException(
          "a username is 2 to 64 letters, digits, '.', '_', '@' or '-'");
    }
    if (users.exists(username)) {
      throw new IllegalArgumentException("user '" + username + "' already exists");
    }
    PasswordPolicy.problem(username, password)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    rolesProblem(roles, scopes)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    users.insert(
        username,
        displayName == null || displayName.isBlank() ? username : displayName,
        encoder.encode(password),
        roles,
        scopes,
        authorities);
  }

  /**
   * What is wrong with these roles and scopes together, if anything: at least one role; an editor
   * or signatory needs an HWB; an assurer a region or national. The one rule for the command line
   * and the admin pages.
   */
  public static Optional<String> rolesProblem(Set<Role> roles, Set<Scope> scopes) {
    if (roles.isEmpty()) {
      return Optional.of("give at least one role");
    }
    boolean hwbRole = roles.contains(Role.EDITOR) || roles.contains(Role.SIGNATORY);
    boolean hasHwb = scopes.stream().anyMatch(s -> s.kind() == Scope.Kind.HWB);
    if (hwbRole && !hasHwb) {
      return Optional.of("an editor or signatory needs an HWB scope (hwb:ID)");
    }
    boolean hasRegion = scopes.stream().anyMatch(s -> s.kind() != Scope.Kind.HWB);
    if (roles.contains(Role.ASSURER) && !hasRegion) {
      return Optional.of("an assurer needs a region scope (region:NAME) or national");
    }
    return Optional.empty();
  }

  /**
   * Gives a user a new password (checked as a new one is) and ends their sessions; refuses an
   * unknown user.
   */
  public void resetPassword(String username, String password) {
    PasswordPolicy.problem(username, password)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
    if (!users.setPasswordHash(username, encoder.encode(password))) {
      throw new IllegalArgumentException("there is no user '" + username + "'");
    }
    users.endSessions(username);
  }

  /** A random password of 20 characters from an unambiguous alphabet (about 117 bits). */
  public static String randomPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
