package bcf.published;

import bcf.metric.Actual;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A release converted: the actuals, and the report of what was read per HWB, metric and period,
 * what was skipped and why, and which rows were not about the round's metrics at all.
 */
public record Conversion(
    String release,
    String period,
    List<Actual> actuals,
    List<Read> read,
    List<Skip> skipped,
    Map<String, Integer> ignored) {

  public Conversion {
    actuals = List.copyOf(actuals);
    read = List.copyOf(read);
    skipped = List.copyOf(skipped);
    ignored = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ignored));
  }

  /** Whether something was skipped that a reader should look at (suppressed, unknown codes). */
  public boolean warnings() {
    return skipped.stream().anyMatch(s -> s.reason().warns());
  }

  public List<Skip> warned() {
    return skipped.stream().filter(s -> s.reason().warns()).toList();
  }

  /** The report as text, for the command line. */
  public String report() {
    StringBuilder text = new StringBuilder();
    text.append(release).append(", ").append(period).append('\n');
    Map<String, Integer> perMetric = new TreeMap<>();
    for (Read r : read) {
      perMetric.merge(r.metric() + " " + r.period(), 1, Integer::sum);
    }
    text.append("Read ")
        .append(count(read.size(), "actual"))
        .append(perMetric.isEmpty() ? "" : ":")
        .append('\n');
    perMetric.forEach(
        (k, n) -> text.append("  ").append(k).append(": ").append(count(n, "area")).append('\n'));
    for (Read r : read) {
      text.append("  ")
          .append(r.hwbName())
          .append(" (")
          .append(r.hwb())
          .append("), ")
          .append(r.metric())
          .append(", ")
          .append(r.period())
          .append(": ")
          .append(r.numerator().toPlainString())
          .append(r.denominator() == null ? "" : " / " + r.denominator().toPlainString())
          .append(" (")
          .append(r.rows())
          .append(')')
          .append(r.note().isEmpty() ? "" : "; " + r.note())
          .append('\n');
    }
    List<Skip> warned = warned();
    if (!warned.isEmpty()) {
      text.append("Skipped, to look at (").append(warned.size()).append("):\n");
      for (Skip s : warned) {
        text.append("  row ")
            .append(s.row())
            .append(": ")
            .append(s.area())
            .append(s.code().isEmpty() ? "" : " (" + s.code() + ")")
            .append(s.metric().isEmpty() ? "" : ", " + s.metric())
            .append(": ")
            .append(s.reason().words())
            .append(": ")
            .append(s.why())
            .append('\n');
      }
    }
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (Skip s : skipped) {
      if (!s.reason().warns()) {
        expected.merge(s.why(), 1, Integer::sum);
      }
    }
    if (!expected.isEmpty()) {
      text.append("Skipped as expected:\n");
      expected.forEach(
          (why, n) ->
              text.append("  ").append(count(n, "area")).append(": ").append(why).append('\n'));
    }
    if (!ignored.isEmpty()) {
      text.append("Rows not about the round's metrics:\n");
      ignored.forEach(
          (why, n) ->
              text.append("  ").append(count(n, "row")).append(": ").append(why).append('\n'));
    }
    return text.toString();
  }

  static String count(int n, String noun) {
    return String.format(Locale.UK, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
  }

  /** Builds a conversion as a reader goes. */
  static final class Builder {
    final List<Actual> actuals = new ArrayList<>();
    final List<Read> read = new ArrayList<>();
    final List<Skip> skipped = new ArrayList<>();
    final Map<String, Integer> ignored = new LinkedHashMap<>();

    void ignore(String why) {
      ignored.merge(why, 1, Integer::sum);
    }

    Conversion build(String release, String period) {
      return new Conversion(release, period, actuals, read, skipped, ignored);
    }
  }
}
