package bcf.cli;

import java.io.PrintStream;

/** One command of the command line. */
interface Command {

  String usage();

  int run(Arguments arguments, PrintStream out, PrintStream err);
}
