package bcf.cli;

import bcf.access.Role;
import bcf.access.Scope;
import bcf.users.UserAccount;
import bcf.users.UserAccounts;
import bcf.users.UserRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bcf user add|list}: manages users on the same database {@code serve} uses. With the
 * embedded database it connects to the running server's PostgreSQL, or starts it briefly.
 */
final class UserCommand implements Command {

  @Override
  public String usage() {
    return "user add USERNAME --role R[,R] [--scope S[,S]] [--name NAME] [--password-stdin]\n"
        + "       [--data-dir DIR] [--database-url URL]   add a user (roles: editor, signatory,\n"
        + "                                        assurer, admin; scopes: hwb:ID, region:NAME,\n"
        + "                                        national); prints a random password unless\n"
        + "                                        --password-stdin\n"
        + "  bcf user list [--data-dir DIR] [--database-url URL]   list users, roles and scopes";
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) {
    if (arguments.positional().isEmpty()) {
      throw new UsageException("give add or list");
    }
    String action = arguments.positional().get(0);
    return switch (action) {
      case "add" -> add(arguments, out);
      case "list" -> list(arguments, out);
      default -> throw new UsageException("unknown user action '" + action + "' (add or list)");
    };
  }

  private int add(Arguments arguments, PrintStream out) {
    arguments.allowOnly(
        Set.of("role", "scope", "name", "password-stdin", "data-dir", "database-url"));
    if (arguments.positional().size() != 2) {
      throw new UsageException("give one username after 'add'");
    }
    String username = arguments.positional().get(1);
    Set<Role> roles = parse(arguments.options().get("role"), "--role", Role::of);
    Set<Scope> scopes = parse(arguments.options().get("scope"), "--scope", Scope::parse);
    boolean fromStdin = arguments.options().containsKey("password-stdin");
    String password = fromStdin ? readPassword() : UserAccounts.randomPassword();
    return withDatabase(
        arguments,
        users -> {
          Set<String> known = users.knownHwbs();
          for (Scope scope : scopes) {
            if (scope.kind() == Scope.Kind.HWB && !known.contains(scope.value())) {
              throw new UsageException(
                  "unknown HWB '" + scope.value() + "' (known: " + new TreeSet<>(known) + ")");
            }
          }
          try {
            new UserAccounts(users, UserAccounts.passwordEncoder())
                .add(username, arguments.options().get("name"), password, roles, scopes);
          } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
          }
          out.println(
              "bcf: added user '"
                  + username
                  + "' ("
                  + roles.stream().map(Role::code).collect(Collectors.joining(", "))
                  + (scopes.isEmpty() ? "" : "; " + scopes)
                  + ")");
          if (!fromStdin) {
            out.println("password (shown only now): " + password);
          }
          return Main.OK;
        });
  }

  private int list(Arguments arguments, PrintStream out) {
    arguments.allowOnly(Set.of("data-dir", "database-url"));
    return withDatabase(
        arguments,
        users -> {
          for (UserAccount user : users.findAll()) {
            out.printf(
                "%-24s %-28s %s%s%n",
                user.username(),
                user.roles().stream().map(Role::code).sorted().collect(Collectors.joining(",")),
                user.scopes().stream()
                    .map(Scope::toString)
                    .sorted()
                    .collect(Collectors.joining(",")),
                user.disabled() ? " (disabled)" : "");
          }
          return Main.OK;
        });
  }

  private static <T> Set<T> parse(String text, String option, Function<String, T> parser) {
    if (text == null || text.isBlank()) {
      if (option.equals("--role")) {
        throw new UsageException("give --role (editor, signatory, assurer or admin)");
      }
      return Set.of();
    }
    Set<T> values = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      try {
        values.add(parser.apply(part.strip()));
      } catch (IllegalArgumentException e) {
        throw new UsageException(option + ": " + e.getMessage());
      }
    }
    return values;
  }

  private static String readPassword() {
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (line == null) {
        throw new UsageException("--password-stdin: no password on standard input");
      }
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int withDatabase(Arguments arguments, Function<UserRepository, Integer> work) {
    return CliDatabase.with(
        arguments, source -> work.apply(new UserRepository(JdbcClient.create(source))));
  }
}
