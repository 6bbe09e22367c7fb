package bcf.cli;

import bcf.csv.CsvException;
import bcf.statistics.spc.SpcOptions;
import bcf.statistics.spc.SpcPoint;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.spc.SpcSegment;
import bcf.statistics.spc.SpcWords;
import bcf.statistics.tools.ParameterException;
import bcf.statistics.tools.Parameters;
import bcf.statistics.tools.SpcCsv;
import bcf.statistics.tools.SpcCsv.Series;
import bcf.statistics.tools.StatisticsDocument;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bcf metrics spc FILE.csv}: an XmR chart of a series, with its special causes and the
 * Making Data Count variation and assurance icons ({@link SpcCsv} has the columns and the
 * calculation), as text or as JSON ({@link StatisticsDocument}).
 */
final class MetricsSpcCommand implements Command {

  private static final Set<String> OPTIONS =
      Set.of("polarity", "target", "no-screening", "fix-after", "rebase-at", "format");

  @Override
  public String usage() {
    return "metrics spc FILE.csv [--polarity up|down|neutral] [--target X] [--no-screening]\n"
        + "       [--fix-after N] [--rebase-at PERIOD[,PERIOD]] [--format text|json]\n"
        + "                                        an XmR (SPC) chart of the value column:\n"
        + "                                        limits, special causes, icons";
  }

  @Override
  public int run(Arguments arguments, PrintStream out, PrintStream err) {
    arguments.allowOnly(OPTIONS);
    boolean json = arguments.json();
    String file = arguments.single("FILE.csv");
    SpcOptions options = options(arguments.options());
    Series series;
    try {
      series = Series.read(CsvFiles.read(file));
    } catch (UnreadableFileException e) {
      err.println("bcf: " + e.getMessage());
      return Main.UNUSABLE;
    } catch (CsvException e) {
      CsvFiles.report(file, e, err);
      return Main.UNUSABLE;
    }
    SpcResult result;
    try {
      result = SpcCsv.chart(series, options, "--rebase-at", arguments.options().get("rebase-at"));
    } catch (ParameterException e) {
      err.println("bcf: " + file + ": " + e.getMessage());
      return Main.UNUSABLE;
    }
    if (json) {
      out.println(Json.write(StatisticsDocument.spc(result, series)));
    } else {
      text(file, result, series, out);
    }
    return Main.OK;
  }

  /** The options as given; a value that cannot be used is a usage error. */
  static SpcOptions options(Map<String, String> given) {
    try {
      SpcOptions options = SpcOptions.defaults();
      if (given.containsKey("polarity")) {
        options = options.withPolarity(Parameters.polarity("--polarity", given.get("polarity")));
      }
      if (given.containsKey("target")) {
        options = options.withTarget(Parameters.number("--target", given.get("target")));
      }
      if (given.containsKey("no-screening")) {
        if (given.get("no-screening") != null) {
          throw new UsageException("--no-screening takes no value");
        }
        options = options.withScreening(false);
      }
      if (given.containsKey("fix-after")) {
        options = options.withFixAfter(Parameters.fixAfter("--fix-after", given.get("fix-after")));
      }
      if (given.containsKey("rebase-at") && given.get("rebase-at") == null) {
        throw new UsageException("--rebase-at takes periods (or point numbers), comma-separated");
      }
      return options;
    } catch (ParameterException e) {
      throw new UsageException(e.getMessage());
    }
  }

  static void text(String file, SpcResult result, Series series, PrintStream out) {
    SpcOptions options = result.options();
    out.println(
        "XmR chart of "
            + file
            + ": "
            + result.points().size()
            + " points, "
            + options.polarity().code()
            + (options.target() == null ? "" : ", target " + format(options.target()))
            + ", moving ranges "
            + (options.screening() ? "screened" : "not screened")
            + (options.fixAfter() == null
                ? ""
                : ", limits fixed after " + options.fixAfter() + " points"));
    boolean several = result.segments().size() > 1;
    for (SpcSegment segment : result.segments()) {
      out.println(
          (several
                  ? "From " + series.name(segment.start()) + " (" + segment.size() + " points): "
                  : "")
              + "mean "
              + format(segment.mean())
              + ", process limits "
              + format(segment.lowerProcessLimit())
              + " to "
              + format(segment.upperProcessLimit())
              + ", 2-sigma "
              + format(segment.lowerTwoSigma())
              + " to "
              + format(segment.upperTwoSigma())
              + " (average moving range "
              + format(segment.amr())
              + (segment.screenedOut() > 0 ? ", " + segment.screenedOut() + " screened out" : "")
              + (segment.basedOn() < segment.size()
                  ? ", from the first " + segment.basedOn() + " points"
                  : "")
              + ")");
    }
    out.println();
    int periodWidth = "period".length();
    for (SpcPoint point : result.points()) {
      if (point.label() != null) {
        periodWidth = Math.max(periodWidth, point.label().length());
      }
    }
    String header =
        String.format(
            Locale.UK,
            "%5s  %s%12s  %s",
            "point",
            series.periods() ? pad("period", periodWidth) + "  " : "",
            "value",
            "special cause");
    out.println(header.stripTrailing());
    for (SpcPoint point : result.points()) {
      String line =
          String.format(
              Locale.UK,
              "%5d  %s%12s  %s",
              point.index() + 1,
              series.periods() ? pad(point.label(), periodWidth) + "  " : "",
              format(point.value()),
              point.specialCause() ? "* " + point.rule() + " (" + point.type() + ")" : "");
      out.println(line.stripTrailing());
    }
    out.println();
    out.println(
        "Variation: " + SpcWords.variation(result.variation()) + " (" + result.variation() + ")");
    out.println(
        "Assurance: "
            + SpcWords.assurance(result)
            + (result.assurance() == null ? "" : " (" + result.assurance() + ")"));
  }

  private static String format(double value) {
    return SpcWords.number(value);
  }

  private static String pad(String text, int width) {
    return String.format(Locale.UK, "%-" + width + "s", text);
  }
}
