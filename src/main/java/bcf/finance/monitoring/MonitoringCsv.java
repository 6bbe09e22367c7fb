package bcf.finance.monitoring;

import bcf.csv.CsvCells;
import bcf.csv.CsvException;
import bcf.csv.CsvProblem;
import bcf.csv.CsvTable;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.kernel.PeriodWords;
import bcf.plan.Contribution;
import bcf.plan.Plan;
import bcf.plan.Scheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads actuals and forecasts, one row per period, kind, scheme, source and partner:
 *
 * <pre>
 * period,kind,scheme,source,partner,amount
 * 2017-04,actual,reablement,,wcc,386500.00
 * 2017-18 Q4,forecast,reablement,,wcc,1159500
 * </pre>
 *
 * and checks every row against the plan: a month ({@code 2017-04}) or a quarter ({@code 2017-18
 * Q1}) of one of the plan's years; {@code actual} or {@code forecast}; a scheme of the plan (by
 * id); a funding source the plan has (or blank); a partner of the plan (or blank); an amount in
 * pounds and pence. No row twice, and no month inside a quarter given for the same scheme, source,
 * partner and kind. Every problem is reported with its row and column; one problem means nothing is
 * taken.
 */
public final class MonitoringCsv {

  static final String PERIOD = "period";
  static final String KIND = "kind";
  static final String SCHEME = "scheme";
  static final String SOURCE = "source";
  static final String PARTNER = "partner";
  static final String AMOUNT = "amount";

  public static final List<String> COLUMNS = List.of(PERIOD, KIND, SCHEME, SOURCE, PARTNER, AMOUNT);

  private MonitoringCsv() {}

  /**
   * The entries of the file, all checked; {@code years} are the plan's years (its own, else its
   * round's, as the finance summary gives them).
   *
   * @throws CsvException listing every problem, when there is any
   */
  public static List<MonitoringEntry> read(String text, Plan plan, List<FinancialYear> years) {
    CsvTable table = CsvTable.parse(text);
    table.require(PERIOD, KIND, SCHEME, AMOUNT);
    table.allowOnly(new LinkedHashSet<>(COLUMNS));
    List<CsvProblem> problems = new ArrayList<>();
    List<MonitoringEntry> entries = new ArrayList<>();
    List<Integer> entryRows = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    Set<String> schemes = new LinkedHashSet<>();
    plan.schemes().forEach(s -> schemes.add(s.id()));
    Set<String> sources = sources(plan);
    Set<String> partners = new LinkedHashSet<>();
    plan.organisations().forEach(o -> partners.add(o.id()));
    for (CsvTable.Row row : table.rows()) {
      int before = problems.size();
      MonitoringEntry entry = row(row, years, schemes, sources, partners, problems);
      if (entry == null || problems.size() > before) {
        continue;
      }
      String key =
          entry.kind() + "|" + entry.scheme() + "|" + entry.source() + "|" + entry.partner();
      Integer first = seen.putIfAbsent(key + "|" + entry.period(), row.number());
      if (first != null) {
        problems.add(
            new CsvProblem(
                row.number(),
                PERIOD,
                "the same period, kind, scheme, source and partner is already on row " + first));
        continue;
      }
      entries.add(entry);
      entryRows.add(row.number());
    }
    overlaps(entries, entryRows, problems);
    if (!problems.isEmpty()) {
      problems.sort(
          Comparator.comparingInt(CsvProblem::row)
              .thenComparing(p -> p.column() == null ? "" : p.column()));
      throw new CsvException(problems);
    }
    return List.copyOf(entries);
  }

  /** The funding sources a plan has: its contributions' streams and its schemes' sources. */
  public static Set<String> sources(Plan plan) {
    Set<String> sources = new TreeSet<>();
    for (Contribution c : plan.contributions()) {
      if (c.stream() != null && !c.stream().isBlank()) {
        sources.add(c.stream());
      }
    }
    for (Scheme s : plan.schemes()) {
      if (s.source() != null && !s.source().isBlank()) {
        sources.add(s.source());
      }
    }
    return sources;
  }

  private static MonitoringEntry row(
      CsvTable.Row row,
      List<FinancialYear> years,
      Set<String> schemes,
      Set<String> sources,
      Set<String> partners,
      List<CsvProblem> problems) {
    int number = row.number();
    boolean formula = false;
    for (String column : COLUMNS) {
      String text = row.text(column);
      if (CsvCells.formulaLike(text)) {
        problems.add(CsvCells.formulaProblem(number, column, text));
        formula = true;
      }
    }
    if (formula) {
      return null;
    }
    Period period = period(row, years, problems);
    MonitoringEntry.Kind kind = null;
    String kindText = row.text(KIND);
    if (kindText.equalsIgnoreCase("actual")) {
      kind = MonitoringEntry.Kind.ACTUAL;
    } else if (kindText.equalsIgnoreCase("forecast")) {
      kind = MonitoringEntry.Kind.FORECAST;
    } else {
      problems.add(
          new CsvProblem(
              number,
              KIND,
              kindText.isEmpty()
                  ? "say whether the amount is an actual or a forecast"
                  : "'" + excerpt(kindText) + "' is neither actual nor forecast"));
    }
    String scheme = row.text(SCHEME);
    if (scheme.isEmpty()) {
      problems.add(new CsvProblem(number, SCHEME, "the scheme is empty"));
    } else if (!schemes.contains(scheme)) {
      problems.add(
          new CsvProblem(
              number,
              SCHEME,
              "the plan has no scheme '"
                  + excerpt(scheme)
                  + "' (its schemes are "
                  + String.join(", ", schemes)
                  + ")"));
    }
    String source = row.text(SOURCE);
    if (!source.isEmpty() && !sources.contains(source)) {
      problems.add(
          new CsvProblem(
              number,
              SOURCE,
              "the plan has no funding source '"
                  + excerpt(source)
                  + "'"
                  + (sources.isEmpty()
                      ? " (it names none: leave the source blank)"
                      : " (its sources are " + String.join(", ", sources) + ")")));
    }
    String partner = row.text(PARTNER);
    if (!partner.isEmpty() && !partners.contains(partner)) {
      problems.add(
          new CsvProblem(
              number,
              PARTNER,
              "the plan has no partner '"
                  + excerpt(partner)
                  + "' (its partners are "
                  + String.join(", ", partners)
                  + ")"));
    }
    BigDecimal amount = CsvTable.number(row, AMOUNT, problems);
    Money money = null;
    if (amount != null) {
      if (amount.stripTrailingZeros().scale() > 2) {
        problems.add(
            new CsvProblem(
                number, AMOUNT, "an amount is in pounds and pence, with at most two decimals"));
      } else {
        money = new Money(amount);
      }
    }
    if (period == null || kind == null || money == null || !schemes.contains(scheme)) {
      return null;
    }
    return new MonitoringEntry(period, kind, scheme, source, partner, money);
  }

  private static Period period(
      CsvTable.Row row, List<FinancialYear> years, List<CsvProblem> problems) {
    String text = row.text(PERIOD);
    Period period;
    try {
      period = Period.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(
          new CsvProblem(
              row.number(),
              PERIOD,
              "'"
                  + excerpt(text)
                  + "' is not a month (2017-04) or a quarter of a financial year (2017-18 Q1)"));
      return null;
    }
    if (period.kind() != Period.Kind.MONTH && period.kind() != Period.Kind.QUARTER) {
      problems.add(
          new CsvProblem(
              row.number(),
              PERIOD,
              "give a month (2017-04) or a quarter (2017-18 Q1), not " + PeriodWords.of(period)));
      return null;
    }
    FinancialYear year = FinancialYear.containing(period.first());
    if (!years.contains(year)) {
      problems.add(
          new CsvProblem(
              row.number(),
              PERIOD,
              PeriodWords.of(period)
                  + " is outside the plan, which covers "
                  + String.join(", ", years.stream().map(FinancialYear::display).toList())));
      return null;
    }
    return period;
  }

  /** A month inside a quarter given for the same scheme, source, partner and kind is refused. */
  private static void overlaps(
      List<MonitoringEntry> entries, List<Integer> rows, List<CsvProblem> problems) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      MonitoringEntry e = entries.get(i);
      groups
          .computeIfAbsent(
              e.kind() + "|" + e.scheme() + "|" + e.source() + "|" + e.partner(),
              k -> new ArrayList<>())
          .add(i);
    }
    for (List<Integer> group : groups.values()) {
      for (int a = 0; a < group.size(); a++) {
        for (int b = a + 1; b < group.size(); b++) {
          Period p = entries.get(group.get(a)).period();
          Period q = entries.get(group.get(b)).period();
          if (p.kind() != q.kind()
              && !p.last().isBefore(q.first())
              && !q.last().isBefore(p.first())) {
            problems.add(
                new CsvProblem(
                    rows.get(group.get(b)),
                    PERIOD,
                    PeriodWords.of(q)
                        + " overlaps "
                        + PeriodWords.of(p)
                        + " on row "
                        + rows.get(group.get(a))
                        + " for the same scheme, source, partner and kind: give months or"
                        + " quarters, not both"));
          }
        }
      }
    }
  }

  private static String excerpt(String text) {
    return bcf.kernel.Limits.excerpt(text);
  }
}
