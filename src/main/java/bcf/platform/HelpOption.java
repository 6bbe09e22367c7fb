package bcf.platform;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help}: the same help option on every command, whichever module the command is in
 * ({@code @Mixin HelpOption help;}).
 */
public final class HelpOption {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;
}
