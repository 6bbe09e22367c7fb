package bcf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code bcf}: the top-level command; alone, it prints the usage and exits 2. */
@Command(
    name = "bcf",
    description = "Better Care Fund planning, pooled budgets and performance.",
    customSynopsis = "bcf COMMAND [OPTIONS]   (bcf COMMAND --help for a command's options)",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:fine; no error findings",
      "1:the plan has error findings (validate, summary)",
      "2:the input cannot be used, or the command was not used as documented"
    },
    subcommands = {
      ValidateCommand.class,
      SummaryCommand.class,
      RoundsCommand.class,
      FormatCommand.class,
      NewCommand.class,
      ServeCommand.class,
      UserCommand.class,
      MetricsCommand.class,
      bcf.progress.ProgressCommand.class,
      MonitoringCommand.class,
      RegisterCommand.class,
      bcf.workbook.WorkbookCommand.class,
      bcf.workbook.ImportCommand.class,
      bcf.published.cli.StatisticsCommand.class,
      bcf.workbook.ingest.command.IngestCommand.class,
      HelpCommand.class
    })
final class BcfCommand extends CliCommand {

  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return Main.UNUSABLE;
  }
}
