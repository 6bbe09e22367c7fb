package bcf.statistics.web;

import bcf.csv.CsvException;
import bcf.csv.CsvProblem;
import bcf.csv.CsvText;
import bcf.kernel.Polarity;
import bcf.statistics.Interval;
import bcf.statistics.chart.SpcChart;
import bcf.statistics.chart.SpcIcons;
import bcf.statistics.spc.SpcOptions;
import bcf.statistics.spc.SpcPoint;
import bcf.statistics.spc.SpcResult;
import bcf.statistics.spc.SpcSegment;
import bcf.statistics.spc.SpcWords;
import bcf.statistics.tools.IntervalsCsv;
import bcf.statistics.tools.IntervalsCsv.MetricType;
import bcf.statistics.tools.ParameterException;
import bcf.statistics.tools.Parameters;
import bcf.statistics.tools.SpcCsv;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The statistics tools as web pages, for anyone: confidence intervals of a CSV file's rows or
 * groups ({@code /tools/intervals}) and a control chart of a series ({@code /tools/spc}). The same
 * calculations as {@code bcf metrics compute}, {@code bcf metrics spc} and their API; the CSV is
 * pasted or uploaded, and nothing is kept.
 */
@Controller
class StatisticsPages {

  /** The fields of a tool's form, as submitted, to fill the form again. */
  public record Form(Map<String, String> values) {
    public String get(String name) {
      return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
      return "true".equals(values.get(name));
    }
  }

  /** One result row of the intervals tool, its figures as shown. */
  public record IntervalRow(
      String label,
      String numerator,
      String denominator,
      String n,
      String value,
      String lower,
      String upper,
      String method) {}

  /** One segment of a control chart, as shown. */
  public record SegmentRow(
      String from,
      int points,
      String mean,
      String lowerLimit,
      String upperLimit,
      String movingRange,
      String notes) {}

  /** A special-cause point, as shown. */
  public record SpecialCause(String where, String value, String rule, String type) {}

  @GetMapping("/tools/intervals")
  String intervals(Model model) {
    model.addAttribute(
        "form",
        new Form(Map.of("metricType", "proportion", "confidence", "0.95", "multiplier", "")));
    return "tools/intervals";
  }

  @PostMapping("/tools/intervals")
  String computeIntervals(
      @RequestParam(name = "csv", required = false) String csv,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "metricType", required = false) String metricType,
      @RequestParam(name = "multiplier", required = false) String multiplier,
      @RequestParam(name = "confidence", required = false) String confidence,
      Model model)
      throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("csv", csv == null ? "" : csv);
    values.put("metricType", blankToEmpty(metricType));
    values.put("multiplier", blankToEmpty(multiplier));
    values.put("confidence", blankToEmpty(confidence));
    model.addAttribute("form", new Form(values));
    Map<String, String> errors = new LinkedHashMap<>();
    MetricType type = null;
    if (blank(metricType) == null) {
      errors.put("metricType", "Choose the type of figure: rate, proportion, mean or dsr.");
    } else {
      type = field(errors, "metricType", () -> MetricType.parse("The type of figure", metricType));
    }
    Double perN =
        blank(multiplier) == null
            ? (type == null ? null : type.defaultMultiplier())
            : field(
                errors, "multiplier", () -> Parameters.multiplier("The multiplier", multiplier));
    Double level =
        blank(confidence) == null
            ? Double.valueOf(0.95)
            : field(
                errors, "confidence", () -> Parameters.level("The confidence level", confidence));
    String text = text(csv, file, errors);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "tools/intervals";
    }
    try {
      List<IntervalsCsv.Result> results = IntervalsCsv.compute(text, type, perN, level);
      model.addAttribute("caption", caption(type, perN, level));
      model.addAttribute("mean", type == MetricType.MEAN);
      model.addAttribute("grouped", !results.isEmpty() && results.get(0).group() != null);
      model.addAttribute("results", rows(type, perN, results));
    } catch (CsvException e) {
      problems(model, e, errors);
    }
    return "tools/intervals";
  }

  @GetMapping("/tools/spc")
  String spc(Model model) {
    model.addAttribute("form", new Form(Map.of("polarity", "no-judgement", "screening", "true")));
    return "tools/spc";
  }

  @PostMapping("/tools/spc")
  String chart(
      @RequestParam(name = "csv", required = false) String csv,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "title", required = false) String title,
      @RequestParam(name = "polarity", required = false) String polarity,
      @RequestParam(name = "target", required = false) String target,
      @RequestParam(name = "screening", required = false) String screening,
      @RequestParam(name = "fixAfter", required = false) String fixAfter,
      @RequestParam(name = "rebaseAt", required = false) String rebaseAt,
      Model model)
      throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("csv", csv == null ? "" : csv);
    values.put("title", blankToEmpty(title));
    values.put("polarity", blankToEmpty(polarity));
    values.put("target", blankToEmpty(target));
    values.put("screening", screening == null ? "false" : "true");
    values.put("fixAfter", blankToEmpty(fixAfter));
    values.put("rebaseAt", blankToEmpty(rebaseAt));
    model.addAttribute("form", new Form(values));
    Map<String, String> errors = new LinkedHashMap<>();
    Polarity direction =
        blank(polarity) == null
            ? null
            : field(errors, "polarity", () -> Parameters.polarity("The polarity", polarity));
    Double goal =
        blank(target) == null
            ? null
            : field(errors, "target", () -> Parameters.number("The target", target));
    Integer fixed =
        blank(fixAfter) == null
            ? null
            : field(errors, "fixAfter", () -> Parameters.fixAfter("Fix limits after", fixAfter));
    SpcOptions options = new SpcOptions(direction, goal, screening != null, fixed, List.of());
    String text = text(csv, file, errors);
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      return "tools/spc";
    }
    try {
      SpcCsv.Series series = SpcCsv.Series.read(text);
      SpcResult result =
          field(
              errors,
              "rebaseAt",
              () -> SpcCsv.chart(series, options, "Re-base at", blank(rebaseAt)));
      if (result == null) {
        model.addAttribute("errors", errors);
        return "tools/spc";
      }
      SpcChart chart =
          SpcChart.of(
              blank(title) == null ? "Statistical process control" : title.trim(), "", result);
      model.addAttribute("svg", chart.svg());
      model.addAttribute("table", chart.table());
      model.addAttribute("variation", SpcWords.variation(result.variation()));
      model.addAttribute("assurance", SpcWords.assurance(result));
      model.addAttribute("variationIcon", SpcIcons.variation(result.variation()));
      model.addAttribute("assuranceIcon", SpcIcons.assurance(result));
      model.addAttribute("segments", segments(result, series));
      model.addAttribute("specialCauses", specialCauses(result, series));
      model.addAttribute("pointCount", result.points().size());
    } catch (CsvException e) {
      problems(model, e, errors);
    }
    return "tools/spc";
  }

  /** The CSV: an uploaded file if one was chosen, else the pasted text. */
  private static String text(String csv, MultipartFile file, Map<String, String> errors)
      throws IOException {
    if (file != null && !file.isEmpty()) {
      try {
        return CsvText.decode(file.getBytes());
      } catch (CsvException e) {
        errors.put(
            "file", "The file is not UTF-8 text: save the CSV as UTF-8 and upload it again.");
        return null;
      }
    }
    if (csv == null || csv.isBlank()) {
      errors.put("csv", "Paste the CSV, or choose a CSV file to upload.");
      return null;
    }
    return csv;
  }

  private static void problems(Model model, CsvException e, Map<String, String> errors) {
    List<CsvProblem> problems = e.problems();
    errors.put(
        "csv",
        e.total()
            + (e.total() == 1 ? " problem" : " problems")
            + " in the CSV, listed by row under Problems in the file.");
    model.addAttribute("errors", errors);
    model.addAttribute("problems", problems);
  }

  private static String caption(MetricType type, double multiplier, double level) {
    String described = type.describe(multiplier);
    return Character.toUpperCase(described.charAt(0))
        + described.substring(1)
        + ", with "
        + BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString()
        + "% confidence intervals";
  }

  private static List<IntervalRow> rows(
      MetricType type, double multiplier, List<IntervalsCsv.Result> results) {
    List<IntervalRow> rows = new ArrayList<>(results.size());
    for (IntervalsCsv.Result r : results) {
      Interval interval = r.interval();
      int decimals = type.decimals(multiplier, interval.value());
      rows.add(
          new IntervalRow(
              r.group() != null ? r.group() : "Row " + r.row(),
              r.numerator() == null ? "" : IntervalsCsv.plain(r.numerator()),
              r.denominator() == null ? "" : IntervalsCsv.plain(r.denominator()),
              r.n() == null ? "" : String.valueOf(r.n()),
              IntervalsCsv.figure(interval.value(), decimals),
              IntervalsCsv.figure(interval.lower(), decimals),
              IntervalsCsv.figure(interval.upper(), decimals),
              interval.method() + (interval.note() == null ? "" : " (" + interval.note() + ")")));
    }
    return rows;
  }

  private static List<SegmentRow> segments(SpcResult result, SpcCsv.Series series) {
    List<SegmentRow> rows = new ArrayList<>();
    for (SpcSegment s : result.segments()) {
      List<String> notes = new ArrayList<>();
      if (s.screenedOut() > 0) {
        notes.add(
            s.screenedOut()
                + (s.screenedOut() == 1 ? " moving range" : " moving ranges")
                + " screened out");
      }
      if (s.basedOn() < s.size()) {
        notes.add("limits from the first " + s.basedOn() + " points");
      }
      rows.add(
          new SegmentRow(
              series.name(s.start()),
              s.size(),
              SpcWords.number(s.mean()),
              SpcWords.number(s.lowerProcessLimit()),
              SpcWords.number(s.upperProcessLimit()),
              SpcWords.number(s.amr()),
              String.join("; ", notes)));
    }
    return rows;
  }

  private static List<SpecialCause> specialCauses(SpcResult result, SpcCsv.Series series) {
    List<SpecialCause> causes = new ArrayList<>();
    for (SpcPoint p : result.points()) {
      if (p.specialCause()) {
        causes.add(
            new SpecialCause(
                series.name(p.index()),
                SpcWords.number(p.value()),
                p.rule().replace('-', ' '),
                p.type()));
      }
    }
    return causes;
  }

  /** The parsed value, or null after recording the field's problem. */
  private static <T> T field(Map<String, String> errors, String name, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ParameterException e) {
      errors.put(name, e.getMessage());
      return null;
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String blankToEmpty(String text) {
    return text == null ? "" : text;
  }
}
