package bcf.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Positional arguments, {@code --name value} options and the {@link #FLAGS}, options that never
 * take a value (so {@code --no-screening data.csv} leaves the file positional).
 */
record Arguments(List<String> positional, Map<String, String> options) {

  static final Set<String> FLAGS = Set.of("password-stdin", "no-demo", "write", "no-screening");

  static Arguments parse(String[] args) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value = null;
        int equals = name.indexOf('=');
        if (equals >= 0) {
          value = name.substring(equals + 1);
          name = name.substring(0, equals);
        } else if (!FLAGS.contains(name) && i + 1 < args.length && !args[i + 1].startsWith("--")) {
          value = args[++i];
        }
        options.put(name, value);
      } else {
        positional.add(arg);
      }
    }
    return new Arguments(positional, options);
  }

  String single(String what) {
    if (positional.size() != 1) {
      throw new UsageException(
          positional.isEmpty()
              ? "give " + what
              : "give one " + what + ", not " + positional.size());
    }
    return positional.get(0);
  }

  void allowOnly(Set<String> names) {
    for (String name : options.keySet()) {
      if (!names.contains(name)) {
        throw new UsageException("unknown option --" + name);
      }
    }
  }

  /** The output format: text (the default) or json. */
  boolean json() {
    String format = options.getOrDefault("format", "text");
    if (format == null || !Set.of("text", "json").contains(format)) {
      throw new UsageException("--format takes text or json");
    }
    return format.equals("json");
  }
}
