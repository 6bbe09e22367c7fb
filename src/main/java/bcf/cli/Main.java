package bcf.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code bcf} command line. Each command is a class with a {@code run} method returning the
 * exit code; new commands (serve, import, ...) are new entries in {@link #commands}.
 */
public final class Main {

  /** Exit codes: 0 fine, 1 the plan has error findings, 2 the input cannot be used. */
  public static final int OK = 0;

  public static final int FINDINGS = 1;
  public static final int UNUSABLE = 2;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, Command> commands = new LinkedHashMap<>();

  public Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
    commands.put("validate", new ValidateCommand());
    commands.put("summary", new SummaryCommand());
    commands.put("rounds", new RoundsCommand());
    commands.put("format", new FormatCommand());
    commands.put("serve", new ServeCommand());
    commands.put("user", new UserCommand());
    commands.put("metrics", new MetricsCommand());
  }

  public static void main(String[] args) {
    int code = new Main(System.out, System.err).run(args);
    System.out.flush();
    System.exit(code);
  }

  public int run(String[] args) {
    if (args.length == 0 || Arrays.asList("help", "--help", "-h").contains(args[0])) {
      usage(out);
      return args.length == 0 ? UNUSABLE : OK;
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      err.println("bcf: unknown command '" + args[0] + "'");
      usage(err);
      return UNUSABLE;
    }
    try {
      return command.run(Arguments.parse(Arrays.copyOfRange(args, 1, args.length)), out, err);
    } catch (UsageException e) {
      err.println("bcf " + args[0] + ": " + e.getMessage());
      err.println("usage: bcf " + (e.usage() != null ? e.usage() : command.usage()));
      return UNUSABLE;
    } catch (RuntimeException e) {
      // Never a stack trace for a user: say what failed, and exit as "cannot use the input".
      err.println("bcf " + args[0] + ": failed: " + e);
      return UNUSABLE;
    }
  }

  private void usage(PrintStream stream) {
    stream.println("bcf: Better Care Fund planning, pooled budgets and performance");
    stream.println();
    stream.println("usage:");
    commands.values().forEach(c -> stream.println("  bcf " + c.usage()));
    stream.println();
    stream.println(
        "Exit codes: 0 no error findings; 1 error findings; 2 the input cannot be used.");
  }
}
