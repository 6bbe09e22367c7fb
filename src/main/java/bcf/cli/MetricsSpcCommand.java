package bcf.cli;

import bcf.csv.CsvException;
import bcf.kernel.Polarity;
import bcf.statistics.spc.SpcOptions;
import bcf.statistics.spc.SpcPoint;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.spc.SpcSegment;
import bcf.statistics.spc.SpcWords;
import bcf.statistics.tools.ParameterException;
import bcf.statistics.tools.SpcCsv;
import bcf.statistics.tools.SpcCsv.Series;
import bcf.statistics.tools.StatisticsDocument;
import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bcf metrics spc FILE.csv}: an XmR chart of a series, with its special causes and the
 * Making Data Count variation and assurance icons ({@link SpcCsv} has the columns and the
 * calculation), as text or as JSON ({@link StatisticsDocument}).
 */
@Command(
    name = "spc",
    description = {
      "An XmR (SPC) chart of the value column (optional period): mean, process limits, each"
          + " point's special cause, rule and type, the variation and assurance icons."
    },
    customSynopsis = {
      "bcf metrics spc FILE.csv [--polarity up|down|neutral] [--target X]",
      "       [--no-screening] [--fix-after N] [--rebase-at PERIOD[,PERIOD]]",
      "       [--format text|json]"
    })
final class MetricsSpcCommand extends CliCommand {

  @Parameters(paramLabel = "FILE.csv", description = "The CSV file (UTF-8, a header row).")
  String file;

  @Option(
      names = "--polarity",
      paramLabel = "up|down|neutral",
      converter = Options.PolarityOption.class,
      description = "Which direction is better (default neutral).")
  Polarity polarity;

  @Option(
      names = "--target",
      paramLabel = "X",
      converter = Options.Target.class,
      description = "The target, for the assurance icon.")
  Double target;

  @Option(names = "--no-screening", description = "Do not screen out large moving ranges.")
  boolean noScreening;

  @Option(
      names = "--fix-after",
      paramLabel = "N",
      converter = Options.FixAfter.class,
      description = "Fix the limits after the first N points (at least 12).")
  Integer fixAfter;

  @Option(
      names = "--rebase-at",
      paramLabel = "PERIOD[,PERIOD]",
      converter = Options.RebaseAt.class,
      description = "Start new limits at these periods (or point numbers).")
  String rebaseAt;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    boolean json = output.json();
    SpcOptions options = options();
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
      result = SpcCsv.chart(series, options, "--rebase-at", rebaseAt);
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

  private SpcOptions options() {
    SpcOptions options = SpcOptions.defaults();
    if (polarity != null) {
      options = options.withPolarity(polarity);
    }
    if (target != null) {
      options = options.withTarget(target);
    }
    if (noScreening) {
      options = options.withScreening(false);
    }
    if (fixAfter != null) {
      options = options.withFixAfter(fixAfter);
    }
    return options;
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
