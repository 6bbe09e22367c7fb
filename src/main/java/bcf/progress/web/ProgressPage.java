package bcf.progress.web;

import bcf.progress.ProgressService;
import bcf.progress.log.Commitment;
import bcf.progress.log.Milestone;
import bcf.progress.log.PerformanceRow;
import bcf.progress.log.PerformanceTable;
import bcf.progress.log.ProgressViews;
import bcf.progress.log.QuarterStatus;
import bcf.progress.log.Rag;
import bcf.progress.log.StatusChange;
import bcf.progress.log.Theme;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The progress page's content in words, ready to print: no codes, ids or JSON paths; RAG as a word
 * with its colour; quarters as "2017/18 quarter 1"; dates as "1 June 2017".
 */
record ProgressPage(
    String planTitle,
    String planId,
    int version,
    boolean canEdit,
    String source,
    String partial,
    List<String> findings,
    List<Counts> counts,
    List<ThemeView> themes,
    List<Table> performance,
    boolean empty) {

  /** A RAG as the page shows it: the word, and the GOV.UK tag colour beside it (never alone). */
  record Tag(String word, String colour) {
    static Tag of(Rag rag) {
      return rag == null
          ? new Tag("Not given", "grey")
          : new Tag(
              rag.label(),
              switch (rag) {
                case RED -> "red";
                case AMBER -> "orange";
                case GREEN -> "green";
              });
    }
  }

  record Counts(String quarter, int red, int amber, int green, int total) {}

  /** A milestone in words; its id only addresses the links to change or remove it. */
  record MilestoneView(String id, String what, String due, String done) {}

  record ChangeView(String quarter, String change, Tag to, String reason) {
    /** "Amber to green in 2017/18 quarter 3: all hubs open." */
    public String sentence() {
      String text = change + " in " + quarter;
      return reason == null ? text + "." : text + ": " + reason + (reason.endsWith(".") ? "" : ".");
    }
  }

  record StatusView(String quarter, Tag tag, String reason, String achieved) {}

  /** A commitment in words; its id only addresses the links to it. */
  record CommitmentView(
      String id,
      String name,
      String scheme,
      String year,
      String since,
      List<String> aim,
      List<String> achieved,
      Tag latest,
      String latestQuarter,
      List<MilestoneView> milestones,
      List<StatusView> statuses,
      List<ChangeView> history) {}

  record ThemeView(String name, List<CommitmentView> commitments) {}

  record Row(
      String metric,
      Tag rag,
      String weeklyVolume,
      String growth,
      String weeklyGrowth,
      String trend) {}

  record Table(String caption, String year, String comparedWith, List<Row> rows) {}

  static ProgressPage of(ProgressService.ProgressView view) {
    var log = view.log();
    List<ThemeView> themes = new ArrayList<>();
    for (Theme theme : log.themes()) {
      themes.add(
          new ThemeView(
              theme.name(),
              theme.commitments().stream().map(c -> commitment(theme.name(), c)).toList()));
    }
    return new ProgressPage(
        view.plan().record().title(),
        view.plan().record().id(),
        view.version(),
        view.canEdit(),
        log.source(),
        log.partial(),
        view.findings().stream().map(f -> f.describe() + ".").toList(),
        ProgressViews.countsByQuarter(log).stream()
            .map(
                c ->
                    new Counts(
                        c.quarter().words(),
                        c.of(Rag.RED),
                        c.of(Rag.AMBER),
                        c.of(Rag.GREEN),
                        c.total()))
            .toList(),
        themes,
        log.performance().stream().map(ProgressPage::table).toList(),
        log.themes().isEmpty() && log.performance().isEmpty());
  }

  private static CommitmentView commitment(String theme, Commitment c) {
    QuarterStatus latest = c.latest().orElse(null);
    return new CommitmentView(
        c.id(),
        c.name(),
        c.scheme(),
        c.year() == null ? null : c.year().display(),
        c.since() == null ? null : c.since().words(),
        paragraphs(c.aim()),
        paragraphs(c.achieved()),
        latest == null ? null : Tag.of(latest.rag()),
        latest == null ? null : latest.quarter().words(),
        c.milestones().stream().map(ProgressPage::milestone).toList(),
        c.statusesInOrder().stream()
            .map(
                s -> new StatusView(s.quarter().words(), Tag.of(s.rag()), s.reason(), s.achieved()))
            .toList(),
        ProgressViews.history(theme, c).stream().map(ProgressPage::change).toList());
  }

  private static MilestoneView milestone(Milestone m) {
    return new MilestoneView(
        m.id(),
        m.what(),
        m.due() == null ? "Not given" : m.due().words(),
        m.done() == null ? "Not done yet" : m.done().words());
  }

  private static ChangeView change(StatusChange c) {
    return new ChangeView(c.quarter().words(), c.words(), Tag.of(c.to()), c.reason());
  }

  private static Table table(PerformanceTable t) {
    return new Table(
        "Performance in " + t.year().display(),
        t.year().toString(),
        t.comparedWith() == null ? null : t.comparedWith().display(),
        t.rows().stream().map(ProgressPage::row).toList());
  }

  private static Row row(PerformanceRow r) {
    String growth =
        r.growthPercent() != null
            ? number(r.growthPercent()) + "%"
            : r.growthPercentagePoints() != null
                ? number(r.growthPercentagePoints()) + " percentage points"
                : "Not given";
    return new Row(
        r.metric(),
        Tag.of(r.rag()),
        r.weeklyVolume() == null ? "Not given" : number(r.weeklyVolume()),
        growth,
        r.weeklyGrowth() == null ? "Not given" : number(r.weeklyGrowth()),
        r.trend() == null ? "Not given" : r.trend().arrow() + " " + r.trend().label());
  }

  /** 1,234.5 — grouped, as many decimals as the figure has, a minus sign for a fall. */
  static String number(BigDecimal value) {
    DecimalFormat format =
        new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setParseBigDecimal(true);
    return format.format(value);
  }

  /** Text split at blank lines (and at single line breaks, as in a list of aims). */
  static List<String> paragraphs(String text) {
    if (text == null) {
      return List.of();
    }
    return List.of(text.split("\\n+")).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
