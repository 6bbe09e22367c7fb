package bcf.national;

import static bcf.finance.FigureKey.Kind.*;

import bcf.finance.FigureKey;
import bcf.finance.Figures;
import bcf.finance.FinanceEngine;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.workflow.PlanStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The assurer's desk: how far England's HWBs (or a region's) have got with a round's plans, the
 * queue of plans awaiting assurance, the plans table with its sorting and totals, and a
 * side-by-side comparison of chosen plans. Plain Java over what the service gathered: the HWBs in
 * view, and each plan's header, submission and computed figures.
 *
 * <p>A figure a plan does not give (no contribution or spend line for that year) is absent, never
 * zero: "not given" on the pages, blank in the CSV, null in the API.
 */
public final class Desk {

  private Desk() {}

  /**
   * An HWB of the reference list: {@code id} is what plans name it by, {@code code} its ONS code.
   */
  public record Area(String id, String code, String name, String region) {}

  /**
   * A plan on the desk: its header, when it was last submitted and any reason given for submitting
   * it with errors, its findings and computed figures.
   */
  public record Entry(
      String id,
      String title,
      List<String> hwbs,
      String hwbNames,
      PlanStatus status,
      String statusLabel,
      Instant submittedAt,
      String overrideReason,
      long errors,
      long warnings,
      int schemes,
      Figures figures) {

    public Optional<Money> amount(FigureKey key, FinancialYear year) {
      return figures.amount(key, year);
    }
  }

  /**
   * How many HWBs in view have a plan in the round, by the furthest status any of their plans has
   * reached (a joint plan counts for each of its HWBs), and which have none.
   */
  public record Coverage(int hwbs, Map<PlanStatus, Integer> byStatus, List<Area> notStarted) {

    /** HWBs whose plan has been submitted: submitted and awaiting assurance, or assured. */
    public int submitted() {
      return byStatus.get(PlanStatus.SUBMITTED) + byStatus.get(PlanStatus.ASSURED);
    }

    public int started() {
      return hwbs - notStarted.size();
    }
  }

  public static Coverage coverage(List<Area> areas, List<Entry> entries) {
    Map<String, PlanStatus> furthest = new LinkedHashMap<>();
    for (Entry entry : entries) {
      for (String hwb : entry.hwbs()) {
        furthest.merge(hwb, entry.status(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
      }
    }
    Map<PlanStatus, Integer> byStatus = new EnumMap<>(PlanStatus.class);
    for (PlanStatus status : PlanStatus.values()) {
      byStatus.put(status, 0);
    }
    List<Area> notStarted = new ArrayList<>();
    for (Area area : areas) {
      PlanStatus status = furthest.get(area.id());
      if (status == null) {
        notStarted.add(area);
      } else {
        byStatus.merge(status, 1, Integer::sum);
      }
    }
    return new Coverage(areas.size(), byStatus, List.copyOf(notStarted));
  }

  /** Plans awaiting assurance: submitted, the longest waiting first. */
  public static List<Entry> queue(List<Entry> entries) {
    return entries.stream()
        .filter(e -> e.status() == PlanStatus.SUBMITTED)
        .sorted(
            Comparator.comparing(
                    Entry::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparing(Entry::title)
                .thenComparing(Entry::id))
        .toList();
  }

  /** A column of the plans table that can be sorted, as the page's links and the API name it. */
  public record Column(String name, String label, Comparator<Entry> order, FigureKey figure) {}

  /** The columns of the plans table for a round's years. */
  public static List<Column> columns(List<FinancialYear> years) {
    List<Column> columns = new ArrayList<>();
    columns.add(text("plan", "Plan", Entry::title));
    columns.add(text("hwb", "HWB", Entry::hwbNames));
    columns.add(new Column("status", "Status", Comparator.comparing(Entry::status), null));
    columns.add(
        new Column(
            "submitted",
            "Submitted",
            Comparator.comparing(
                Entry::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder())),
            null));
    columns.add(new Column("errors", "Errors", Comparator.comparingLong(Entry::errors), null));
    columns.add(
        new Column("warnings", "Warnings", Comparator.comparingLong(Entry::warnings), null));
    for (FinancialYear year : years) {
      columns.add(amount("income-" + year, "Income " + year.display(), INCOME_TOTAL.key(), year));
    }
    for (FinancialYear year : years) {
      columns.add(
          amount("spend-" + year, "Expenditure " + year.display(), EXPENDITURE_TOTAL.key(), year));
    }
    return List.copyOf(columns);
  }

  /** How the table is sorted: a column and a direction. */
  public record Sort(Column column, boolean descending) {

    public String direction() {
      return descending ? "descending" : "ascending";
    }
  }

  /**
   * The sort a request asks for: a column by its name (the plan's title when none is given) and
   * {@code asc} or {@code desc}; anything else is refused, naming what is accepted.
   */
  public static Sort sort(List<Column> columns, String name, String direction) {
    String wanted = name == null || name.isBlank() ? "plan" : name.strip();
    Column column =
        columns.stream()
            .filter(c -> c.name().equals(wanted))
            .findFirst()
            .orElseThrow(
                () ->
                    new DeskRefusal.UnknownSortColumn(
                        wanted, columns.stream().map(Column::name).toList()));
    boolean descending;
    if (direction == null || direction.isBlank() || direction.strip().equals("asc")) {
      descending = false;
    } else if (direction.strip().equals("desc")) {
      descending = true;
    } else {
      throw new DeskRefusal.UnknownSortDirection(direction.strip());
    }
    return new Sort(column, descending);
  }

  /**
   * The entries in the sort's order, the title then id breaking ties; a plan that does not give the
   * sorted figure (or was never submitted, when sorting by submission) comes last either way.
   */
  public static List<Entry> sorted(List<Entry> entries, Sort sort) {
    Comparator<Entry> order =
        sort.descending() ? sort.column().order().reversed() : sort.column().order();
    Column column = sort.column();
    Comparator<Entry> givenFirst = Comparator.comparing((Entry e) -> !given(column, e));
    return entries.stream()
        .sorted(
            givenFirst
                .thenComparing(
                    (a, b) -> given(column, a) && given(column, b) ? order.compare(a, b) : 0)
                .thenComparing(Entry::title)
                .thenComparing(Entry::id))
        .toList();
  }

  private static boolean given(Column column, Entry entry) {
    if (column.name().equals("submitted")) {
      return entry.submittedAt() != null;
    }
    if (column.figure() == null) {
      return true;
    }
    return entry.amount(column.figure(), yearOf(column)).isPresent();
  }

  /** The year of an amount column. */
  public static FinancialYear yearOf(Column column) {
    return FinancialYear.parse(column.name().substring(column.name().indexOf('-') + 1));
  }

  /** The total of an amount column over the plans that give it; empty when none does. */
  public record Total(Optional<Money> amount, int given) {}

  /** The totals row: plans, findings, and each amount column's total. */
  public record Totals(int plans, long errors, long warnings, List<Total> amounts) {}

  public static Totals totals(List<Column> columns, List<Entry> entries) {
    List<Total> amounts = new ArrayList<>();
    for (Column column : columns) {
      if (column.figure() == null) {
        continue;
      }
      FinancialYear year = yearOf(column);
      Money sum = Money.ZERO;
      int given = 0;
      for (Entry entry : entries) {
        Optional<Money> amount = entry.amount(column.figure(), year);
        if (amount.isPresent()) {
          sum = sum.plus(amount.get());
          given++;
        }
      }
      amounts.add(new Total(given == 0 ? Optional.empty() : Optional.of(sum), given));
    }
    return new Totals(
        entries.size(),
        entries.stream().mapToLong(Entry::errors).sum(),
        entries.stream().mapToLong(Entry::warnings).sum(),
        List.copyOf(amounts));
  }

  /** What is shown for an amount a plan may not give. */
  public static String show(Optional<Money> amount) {
    return amount.map(Money::format).orElse(NOT_GIVEN);
  }

  public static final String NOT_GIVEN = "not given";

  /** A line of the comparison: what it is (and the year), then each plan's value in words. */
  public record ComparisonLine(String figure, String year, List<String> values) {}

  /** The fewest and most plans a comparison takes. */
  public static final int COMPARE_MIN = 2;

  public static final int COMPARE_MAX = 10;

  /**
   * Chosen plans side by side: status, findings, schemes, and per year total income, minimum
   * contributions, the DFG, total spend and spend by theme and by area of spend (every theme or
   * area any of them gives); "not given" where a plan does not give the figure.
   */
  public static List<ComparisonLine> compare(List<Entry> entries, List<FinancialYear> years) {
    List<ComparisonLine> lines = new ArrayList<>();
    lines.add(new ComparisonLine("Status", "", values(entries, Entry::statusLabel)));
    lines.add(new ComparisonLine("HWB", "", values(entries, Entry::hwbNames)));
    lines.add(new ComparisonLine("Schemes", "", values(entries, e -> String.valueOf(e.schemes()))));
    lines.add(new ComparisonLine("Errors", "", values(entries, e -> String.valueOf(e.errors()))));
    lines.add(
        new ComparisonLine("Warnings", "", values(entries, e -> String.valueOf(e.warnings()))));
    for (ComparedFigure figure : comparedFigures(entries, years)) {
      lines.add(
          new ComparisonLine(
              figure.figure(),
              figure.year().display(),
              values(entries, e -> show(e.amount(figure.key(), figure.year())))));
    }
    return List.copyOf(lines);
  }

  /**
   * The plans chosen for a comparison, in the order asked, from the caller's desk: from {@value
   * #COMPARE_MIN} to {@value #COMPARE_MAX} of them (a plan named twice counts once).
   *
   * @throws DeskRefusal.BadComparison for too few or too many, or a plan not on the desk
   */
  public static List<Entry> chosen(
      List<Entry> desk, java.util.Collection<String> ids, String round) {
    java.util.Set<String> asked = new java.util.LinkedHashSet<>();
    for (String id : ids) {
      if (id != null && !id.isBlank()) {
        asked.add(id.strip());
      }
    }
    if (asked.size() < COMPARE_MIN || asked.size() > COMPARE_MAX) {
      throw new DeskRefusal.BadComparison(
          "Choose from "
              + COMPARE_MIN
              + " to "
              + COMPARE_MAX
              + " plans to compare; "
              + asked.size()
              + (asked.size() == 1 ? " was" : " were")
              + " chosen.");
    }
    List<Entry> entries = new ArrayList<>();
    for (String id : asked) {
      entries.add(
          desk.stream()
              .filter(e -> e.id().equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      new DeskRefusal.BadComparison(
                          "There is no plan '"
                              + id
                              + "' in round "
                              + round
                              + " among the plans you assure.")));
    }
    return entries;
  }

  /** A figure the comparison shows for a year: what it is in words, and its key. */
  public record ComparedFigure(String figure, FinancialYear year, FigureKey key) {}

  /**
   * The figures a comparison of these plans shows, in order: per year total income, minimum
   * contributions, the DFG, total spend, then spend by each theme and area of spend any of them
   * gives. The page shows them in words, the API as amounts.
   */
  public static List<ComparedFigure> comparedFigures(
      List<Entry> entries, List<FinancialYear> years) {
    List<ComparedFigure> figures = new ArrayList<>();
    figureLines(figures, years, "Total income", INCOME_TOTAL.key());
    figureLines(figures, years, "Minimum contributions", INCOME_MINIMUM.key());
    figureLines(figures, years, "Disabled Facilities Grant passed through", DFG_PASS_THROUGH.key());
    figureLines(figures, years, "Disabled Facilities Grant allocated", DFG_ALLOCATION.key());
    figureLines(figures, years, "Total spend", EXPENDITURE_TOTAL.key());
    for (String theme : items(entries, EXPENDITURE_BY_THEME)) {
      figureLines(
          figures,
          years,
          theme.equals(FinanceEngine.UNSPECIFIED)
              ? "Spend with no theme given"
              : "Spend on " + theme + " (theme)",
          EXPENDITURE_BY_THEME.key(theme));
    }
    for (String area : items(entries, EXPENDITURE_BY_AREA_OF_SPEND)) {
      figureLines(
          figures,
          years,
          area.equals(FinanceEngine.UNSPECIFIED)
              ? "Spend with no area of spend given"
              : "Spend on " + area + " (area of spend)",
          EXPENDITURE_BY_AREA_OF_SPEND.key(area));
    }
    return List.copyOf(figures);
  }

  private static void figureLines(
      List<ComparedFigure> figures, List<FinancialYear> years, String figure, FigureKey key) {
    for (FinancialYear year : years) {
      figures.add(new ComparedFigure(figure, year, key));
    }
  }

  private static Set<String> items(List<Entry> entries, FigureKey.Kind kind) {
    Set<String> items = new TreeSet<>();
    for (Entry entry : entries) {
      items.addAll(entry.figures().under(kind).keySet());
    }
    return items;
  }

  private static List<String> values(List<Entry> entries, Function<Entry, String> value) {
    return entries.stream().map(value).toList();
  }

  private static Column text(String name, String label, Function<Entry, String> value) {
    return new Column(
        name, label, Comparator.comparing(value, String.CASE_INSENSITIVE_ORDER), null);
  }

  private static Column amount(String name, String label, FigureKey key, FinancialYear year) {
    return new Column(
        name,
        label,
        Comparator.comparing((Entry e) -> e.amount(key, year).orElse(Money.ZERO)),
        key);
  }
}
