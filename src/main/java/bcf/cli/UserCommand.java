package bcf.cli;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.access.SigningAuthority;
import bcf.reference.HwbDirectory;
import bcf.users.AccountRefusals;
import bcf.users.UserAccount;
import bcf.users.UserAccounts;
import bcf.users.UserAdministration;
import bcf.users.UserRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf user add|list}: manages users on the same database {@code serve} uses. With the
 * embedded database it connects to the running server's PostgreSQL, or starts it briefly.
 */
@Command(
    name = "user",
    description = "Users of the web application and API, on the database serve uses.",
    customSynopsis = "bcf user add|list ...",
    commandListHeading = "%nCommands:%n",
    subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Password.class})
final class UserCommand extends CliCommand {

  @Override
  public Integer call() {
    throw usage("give add or list");
  }

  @Command(
      name = "add",
      description = {
        "Adds a user, and prints a random password unless one is given on standard input.",
        "Works while the server runs."
      },
      customSynopsis = {
        "bcf user add NAME --role R[,R] [--scope S[,S]] [--name \"Full name\"]",
        "       [--signs-for \"Organisation=position\"]... [--password-stdin] [--data-dir DIR]",
        "       [--database-url URL]"
      })
  static final class Add extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "The username.")
    String username;

    @Option(
        names = "--role",
        required = true,
        split = ",",
        paramLabel = "R",
        converter = Options.RoleOption.class,
        description = "editor, signatory, assurer, admin.")
    List<Role> roles;

    @Option(
        names = "--scope",
        split = ",",
        paramLabel = "S",
        converter = Options.ScopeOption.class,
        description = "hwb:ID, region:NAME, national.")
    List<Scope> scopes = List.of();

    @Option(names = "--name", paramLabel = "\"Full name\"", description = "The person's name.")
    String name;

    @Option(
        names = "--signs-for",
        paramLabel = "\"Organisation=position\"",
        description =
            "For a signatory, repeatable: an organisation of their HWBs (as plans and the reference"
                + " data name it, e.g. \"Gateshead Council\") and a position a round asks a"
                + " signature of (chief-executive, s151-officer, hwb-chair, council,"
                + " ccg-accountable-officer); they sign for no other.")
    List<String> signsFor = List.of();

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      Set<Role> roles = new LinkedHashSet<>(this.roles);
      Set<Scope> scopes = new LinkedHashSet<>(this.scopes);
      String password = passwordStdin ? readPassword(this) : UserAccounts.randomPassword();
      return CliDatabase.with(
          database.choose(),
          context -> {
            HwbDirectory directory = context.getBean(HwbDirectory.class);
            Set<Scope> known = new LinkedHashSet<>();
            for (Scope scope : scopes) {
              known.add(known(directory, scope));
            }
            List<SigningAuthority> authorities;
            try {
              authorities =
                  context.getBean(UserAdministration.class).known(known, authorities(roles));
            } catch (AccountRefusals.BadInput e) {
              throw usage("--signs-for: " + e.getMessage());
            }
            try {
              context
                  .getBean(UserAccounts.class)
                  .add(username, name, password, roles, known, authorities);
            } catch (IllegalArgumentException e) {
              throw usage(e.getMessage());
            }
            out.println(
                "bcf: added user '"
                    + username
                    + "' ("
                    + roles.stream().map(Role::code).collect(Collectors.joining(", "))
                    + (known.isEmpty() ? "" : "; " + known)
                    + ")");
            if (!passwordStdin) {
              out.println("password (shown only now): " + password);
            }
            return Main.OK;
          });
    }

    /**
     * The scope as stored: an HWB by the id plans use for it (an ONS code, or a seed plan's short
     * id, given either way), a region that is one of the NHS England regions; anything else refused
     * with what is known.
     */
    private Scope known(HwbDirectory directory, Scope scope) {
      switch (scope.kind()) {
        case HWB:
          return directory
              .hwb(scope.value())
              .map(h -> Scope.hwb(h.id()))
              .orElseThrow(
                  () ->
                      usage(
                          "unknown HWB '"
                              + scope.value()
                              + "': give its ONS code (E06000001 is Hartlepool; ./bcf user list"
                              + " and GET /api/v1/hwbs list them) or a seed plan's HWB id (known: "
                              + directory.hwbs().stream()
                                  .map(HwbDirectory.HwbEntry::id)
                                  .filter(id -> !id.matches("E\\d{8}"))
                                  .sorted()
                                  .toList()
                              + ")"));
        case REGION:
          Set<String> regions = directory.regions();
          return regions.stream()
              .filter(r -> r.equalsIgnoreCase(scope.value().strip()))
              .findFirst()
              .map(Scope::region)
              .orElseThrow(
                  () ->
                      usage(
                          "unknown region '"
                              + scope.value()
                              + "' (the NHS England regions: "
                              + String.join(", ", regions)
                              + ")"));
        default:
          return scope;
      }
    }

    /** The {@code --signs-for} pairs, refused unless each is "organisation=position". */
    private List<SigningAuthority> authorities(Set<Role> roles) {
      if (!signsFor.isEmpty() && !roles.contains(Role.SIGNATORY)) {
        throw usage("--signs-for is for a signatory: give --role signatory");
      }
      if (signsFor.isEmpty() && roles.contains(Role.SIGNATORY)) {
        throw usage(
            "a signatory signs only for an organisation in a position: give --signs-for"
                + " \"Organisation=position\" (more than once for more than one)");
      }
      List<SigningAuthority> authorities = new ArrayList<>();
      for (String pair : signsFor) {
        int equals = pair.lastIndexOf('=');
        if (equals <= 0 || equals == pair.length() - 1 || pair.substring(0, equals).isBlank()) {
          throw usage(
              "--signs-for: give an organisation and a position, as \"Gateshead"
                  + " Council=chief-executive\"");
        }
        authorities.add(
            new SigningAuthority(pair.substring(0, equals), pair.substring(equals + 1).strip()));
      }
      return authorities;
    }

    static String readPassword(CliCommand command) {
      try {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
          throw command.usage("--password-stdin: no password on standard input");
        }
        return line;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Command(
      name = "password",
      description = {
        "Gives a user a new password (a random one, printed, unless one is given on standard",
        "input) and signs them out everywhere. For a forgotten admin password: it needs the",
        "database's own credentials, so only the account that runs the server can use it."
      },
      customSynopsis =
          "bcf user password NAME [--password-stdin] [--data-dir DIR] [--database-url URL]")
  static final class Password extends CliCommand {

    @Parameters(paramLabel = "NAME", description = "The username.")
    String username;

    @Option(
        names = "--password-stdin",
        description = "Read the new password from the first line of standard input.")
    boolean passwordStdin;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      String password = passwordStdin ? Add.readPassword(this) : UserAccounts.randomPassword();
      return CliDatabase.with(
          database.choose(),
          context -> {
            try {
              context.getBean(UserAccounts.class).resetPassword(username, password);
            } catch (IllegalArgumentException e) {
              throw usage(e.getMessage());
            }
            out.println(
                "bcf: gave '" + username + "' a new password and signed them out everywhere");
            if (!passwordStdin) {
              out.println("password (shown only now): " + password);
            }
            return Main.OK;
          });
    }
  }

  @Command(
      name = "list",
      description = "Users with their roles, scopes and what signatories sign for.",
      customSynopsis = "bcf user list [--data-dir DIR] [--database-url URL]")
  static final class ListUsers extends CliCommand {

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() {
      return CliDatabase.with(
          database.choose(),
          context -> {
            for (UserAccount user : context.getBean(UserRepository.class).findAll()) {
              out.printf(
                  "%-24s %-28s %s%s%s%n",
                  user.username(),
                  user.roles().stream().map(Role::code).sorted().collect(Collectors.joining(",")),
                  user.scopes().stream()
                      .map(Scope::toString)
                      .sorted()
                      .collect(Collectors.joining(",")),
                  user.disabled() ? " (disabled)" : "",
                  user.authorities().isEmpty()
                      ? ""
                      : "  signs for "
                          + user.authorities().stream()
                              .map(
                                  a ->
                                      a.organisation()
                                          + "="
                                          + (a.position() == null ? "any position" : a.position()))
                              .collect(Collectors.joining("; ")));
            }
            return Main.OK;
          });
    }
  }
}
