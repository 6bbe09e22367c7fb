package bcf.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code bcf} command line, parsed by picocli: {@link BcfCommand} and its sub-commands. Usage
 * mistakes are exit 2 with one line saying what is wrong and the command's synopsis; a failure of
 * the command itself is exit 2 with the reason, never a stack trace.
 */
public final class Main {

  /** Exit codes: 0 fine, 1 the plan has error findings, 2 the input cannot be used. */
  public static final int OK = 0;

  public static final int FINDINGS = 1;
  public static final int UNUSABLE = 2;

  private final PrintStream out;
  private final PrintStream err;

  public Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int code = new Main(System.out, System.err).run(args);
    System.out.flush();
    System.exit(code);
  }

  public int run(String[] args) {
    CommandLine commandLine = commandLine();
    int code = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return code;
  }

  CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new BcfCommand());
    commandLine
        .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
        .setOverwrittenOptionsAllowed(true) // the last of a repeated option counts, as before
        .setParameterExceptionHandler(this::usageMistake)
        .setExecutionExceptionHandler(
            (e, failed, parsed) -> {
              err.println(failed.getCommandSpec().qualifiedName() + ": failed: " + reason(e));
              return UNUSABLE;
            });
    prepare(commandLine);
    return commandLine;
  }

  /**
   * Why a command failed, in words: the message of bcf's own refusals (which are written for the
   * person at the terminal), the exception itself for anything unexpected.
   */
  static String reason(Exception e) {
    boolean ours =
        e instanceof IllegalStateException
            || e instanceof IllegalArgumentException
            || e instanceof java.io.UncheckedIOException;
    return ours && e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /** Gives every command the output streams and the same synopsis heading. */
  private void prepare(CommandLine commandLine) {
    commandLine.getCommandSpec().usageMessage().synopsisHeading("usage: ");
    if (commandLine.getCommand() instanceof CliCommand command) {
      command.streams(out, err);
    }
    commandLine.getSubcommands().values().forEach(this::prepare);
  }

  private int usageMistake(ParameterException e, String[] args) {
    CommandLine at = e.getCommandLine();
    CommandSpec spec = at.getCommandSpec();
    err.println(spec.qualifiedName() + ": " + message(e));
    if (spec.subcommands().isEmpty()) {
      err.print(at.getHelp().synopsisHeading() + at.getHelp().synopsis(0));
      err.println("See '" + spec.qualifiedName() + " --help' for the options.");
    } else {
      at.usage(err);
    }
    return UNUSABLE;
  }

  /** What is wrong, in bcf's words: the option's own message where it has one. */
  static String message(ParameterException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof TypeConversionException) {
        return cause.getMessage();
      }
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      List<ArgSpec> specs = missing.getMissing();
      List<String> positional =
          specs.stream().filter(ArgSpec::isPositional).map(ArgSpec::paramLabel).toList();
      if (!positional.isEmpty()) {
        return "give " + String.join(" and ", positional);
      }
      OptionSpec option = (OptionSpec) specs.get(0);
      String own = ownMessage(option);
      return own != null ? own : "give " + option.longestName() + " " + option.paramLabel();
    }
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      if (unmatched.isUnknownOption()) {
        return "unknown option " + argument;
      }
      if (!e.getCommandLine().getSubcommands().isEmpty()) {
        return "unknown command '" + argument + "'";
      }
      return "unexpected argument '" + argument + "'";
    }
    return e.getMessage();
  }

  /** The message an option's converter gives for no value: what to give, in its own words. */
  private static String ownMessage(OptionSpec option) {
    for (ITypeConverter<?> converter : option.converters()) {
      try {
        converter.convert(null);
      } catch (TypeConversionException e) {
        return e.getMessage();
      } catch (Exception e) {
        return null;
      }
    }
    return null;
  }
}
