package bcf.cli;

import picocli.CommandLine.Command;

/** {@code bcf metrics compute|spc|import}: the metric statistics and the import of actuals. */
@Command(
    name = "metrics",
    description = "The statistics of CSV files, and the import of actuals into a stored plan.",
    customSynopsis = "bcf metrics compute|spc|import ...",
    commandListHeading = "%nCommands:%n",
    subcommands = {
      MetricsComputeCommand.class,
      MetricsSpcCommand.class,
      MetricsImportCommand.class
    })
final class MetricsCommand extends CliCommand {

  @Override
  public Integer call() {
    throw usage("give compute, spc or import");
  }
}
