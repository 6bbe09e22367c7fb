package bcf.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}: how a command prints its answer, the same for every command. */
final class FormatOption {

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      converter = Options.Format.class,
      description = "Print text (the default) or JSON.")
  String format;

  boolean json() {
    return format.equals("json");
  }
}
