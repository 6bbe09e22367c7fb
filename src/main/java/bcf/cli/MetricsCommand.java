package bcf.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code bcf metrics ACTION ...}: the metric statistics and the import of actuals. */
final class MetricsCommand implements Command {

  private final Map<String, Command> actions = new LinkedHashMap<>();

  MetricsCommand() {
    actions.put("compute", new MetricsComputeCommand());
    actions.put("spc", new MetricsSpcCommand());
    actions.put("import", new MetricsImportCommand());
  }

  @Override
  public String usage() {
    return actions.values().stream()
        .map(Command::usage)
        .collect(Collectors.joining("\n  bcf ", "", ""));
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) {
    if (arguments.positional().isEmpty()) {
      throw new UsageException("give one of " + actions.keySet());
    }
    String name = arguments.positional().get(0);
    Command action = actions.get(name);
    if (action == null) {
      throw new UsageException(
          "unknown metrics action '" + name + "' (one of " + actions.keySet() + ")");
    }
    List<String> rest = arguments.positional().subList(1, arguments.positional().size());
    try {
      return action.run(new Arguments(List.copyOf(rest), arguments.options()), out, err);
    } catch (UsageException e) {
      throw e.usage() != null ? e : new UsageException(e.getMessage(), action.usage());
    }
  }
}
