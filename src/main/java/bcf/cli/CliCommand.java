package bcf.cli;

import bcf.platform.HelpOption;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * One command of the command line: picocli sets its options and parameters, {@link Main} its output
 * streams, and {@link #call} returns the exit code.
 */
abstract class CliCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  PrintStream out = System.out;
  PrintStream err = System.err;

  void streams(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** A usage mistake: exit 2 with the message and the command's synopsis. */
  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
