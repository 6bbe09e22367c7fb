package bcf.analysis;

import static bcf.finance.FigureKey.Kind.*;

import bcf.finance.DeclaredCheck;
import bcf.finance.FigureKey;
import bcf.finance.Figures;
import bcf.finance.FinanceEngine;
import bcf.finance.FinancialSummary;
import bcf.finance.SourcesVsUses;
import bcf.finance.Tally;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import bcf.round.FundingStream;
import bcf.round.Round;
import bcf.validation.Finding;
import bcf.validation.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The report of a plan, built once from its analysis: sections of titled tables whose rows are
 * labelled amounts per year, the minimum contributions, the declared figures against the computed
 * ones, and the findings. Labels are resolved here (funding stream, organisation, scheme and
 * purpose names), amounts are exact; how to lay them out is each rendering's business: the text
 * report, the summary JSON and the overview page render this, and a PDF or workbook can.
 *
 * <p>Every figure of a section is here, whether or not a rendering shows it; renderings find rows
 * by {@link FigureKey} and tables by id.
 *
 * @param analysis the analysis it was built from, for what renderings show of the plan itself
 *     (conditions, metrics, risks, sign-offs, contingency, pooled budget)
 * @param byHwb for a joint plan, each HWB's income and expenditure sections, by HWB id
 */
public record PlanReport(
    PlanAnalysis analysis,
    String title,
    List<String> hwbNames,
    Optional<String> statedIn,
    List<FinancialYear> years,
    List<Section> sections,
    Map<String, List<Section>> byHwb,
    List<MinimumLine> minimumContributions,
    List<DeclaredLine> declared,
    List<Finding> findings) {

  public static final String INCOME = "income";
  public static final String EXPENDITURE = "expenditure";
  public static final String SOURCES_AND_USES = "sources-and-uses";
  public static final String DFG = "dfg";
  public static final String IBCF = "ibcf";
  public static final String OUT_OF_HOSPITAL = "out-of-hospital";

  /** The breakdowns in which the engine puts money the plan gives no source, theme or area for. */
  private static final Set<FigureKey.Kind> UNSTATED_KINDS =
      EnumSet.of(
          INCOME_BY_SOURCE,
          EXPENDITURE_BY_SOURCE,
          EXPENDITURE_BY_THEME,
          EXPENDITURE_BY_AREA_OF_SPEND);

  /** The id of the sources-and-uses row of spend less contributions. */
  public static final String DIFFERENCE = "difference";

  /** A part of the report: rows of figures and tables breaking them down. */
  public record Section(String id, String title, List<Row> rows, List<Table> tables) {

    public Row row(FigureKey key) {
      return row(key.toString());
    }

    public Row row(String id) {
      return rows.stream()
          .filter(r -> r.id().equals(id))
          .findFirst()
          .orElseThrow(() -> new NoSuchElementException(this.id + " has no row " + id));
    }

    public Table table(String id) {
      return tables.stream()
          .filter(t -> t.id().equals(id))
          .findFirst()
          .orElseThrow(() -> new NoSuchElementException(this.id + " has no table " + id));
    }
  }

  /**
   * A breakdown: one row per item, in the order the engine met them, and the total they break down.
   *
   * @param title its title within its section ("By source")
   * @param caption its title on its own ("Income by funding source")
   */
  public record Table(
      String id, String title, String caption, FigureKey.Kind kind, List<Row> rows, Row total) {}

  /**
   * A labelled figure per year.
   *
   * @param id the figure's key as text, or a name of its own for a figure without a key
   * @param key the figure it shows, empty for a derived figure (spend less contributions)
   * @param item for a breakdown's row, the item as the figures name it (a stream code, a theme)
   * @param amounts every year the figure has an amount for, in order (it may have years outside the
   *     plan's)
   * @param notStated the row of money the plan gives no source, theme or area of spend for
   */
  public record Row(
      String id,
      String label,
      Optional<FigureKey> key,
      Optional<String> item,
      SortedMap<FinancialYear, Money> amounts,
      boolean notStated) {

    public Optional<Money> amount(FinancialYear year) {
      return Optional.ofNullable(amounts.get(year));
    }

    public boolean isEmpty() {
      return amounts.isEmpty();
    }
  }

  /** An organisation's contribution against its minimum in a year. */
  public record MinimumLine(
      String organisation,
      String name,
      FinancialYear year,
      Money minimum,
      Money actual,
      Money surplus) {}

  /** A declared figure against its computed counterpart, with the label a reader sees. */
  public record DeclaredLine(String label, DeclaredCheck check) {}

  public Section section(String id) {
    return sections.stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no section " + id));
  }

  /** A table of any section, by its id (ids are unique across the report). */
  public Table table(String id) {
    return sections.stream()
        .flatMap(s -> s.tables().stream())
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no table " + id));
  }

  public Plan plan() {
    return analysis.plan();
  }

  public FinancialSummary summary() {
    return analysis.summary();
  }

  public long count(Severity severity) {
    return analysis.count(severity);
  }

  public static PlanReport of(PlanAnalysis analysis) {
    Plan plan = analysis.plan();
    Round round = analysis.round();
    FinancialSummary summary = analysis.summary();
    Labels labels = new Labels(plan, round);
    Figures figures = summary.figures();

    List<Section> sections = new ArrayList<>();
    sections.add(income(figures, labels));
    sections.add(expenditure(figures, labels));
    sections.add(sourcesAndUses(figures, summary.sourcesVsUses()));
    sections.add(
        new Section(
            DFG,
            "Disabled Facilities Grant",
            List.of(
                row(figures, DFG_PASS_THROUGH.key(), "Passed to housing authorities"),
                row(figures, DFG_ALLOCATION.key(), "Allocated by the home improvement agency"),
                row(figures, DFG_CARRIED_FORWARD.key(), "Carried forward")),
            List.of(
                table(
                    figures,
                    "dfg-pass-through-by-district",
                    "By district",
                    "DFG passed to housing authorities by district",
                    DFG_PASS_THROUGH_BY_DISTRICT,
                    plan::organisationName,
                    DFG_PASS_THROUGH.key()),
                table(
                    figures,
                    "dfg-allocation-by-district",
                    "Allocation by district",
                    "DFG allocated by district",
                    DFG_ALLOCATION_BY_DISTRICT,
                    plan::organisationName,
                    DFG_ALLOCATION.key()))));
    sections.add(
        new Section(
            IBCF,
            "iBCF",
            List.of(
                row(figures, INCOME_BY_SOURCE.key("ibcf"), "iBCF contribution"),
                row(figures, IBCF_TOTAL.key(), "Allocated to purposes")),
            List.of(
                table(
                    figures,
                    "ibcf-by-purpose",
                    "By purpose",
                    "iBCF by purpose",
                    IBCF_BY_PURPOSE,
                    labels::purpose,
                    IBCF_TOTAL.key()))));
    sections.add(
        new Section(
            OUT_OF_HOSPITAL,
            "NHS-commissioned out-of-hospital services",
            List.of(
                row(figures, OUT_OF_HOSPITAL_SPEND.key(), "Spend from the minimum contribution"),
                row(figures, OUT_OF_HOSPITAL_RING_FENCE.key(), "Ring-fence")),
            List.of(
                table(
                    figures,
                    "out-of-hospital-by-area",
                    "By area of spend",
                    "Out-of-hospital spend by area of spend",
                    OUT_OF_HOSPITAL_SPEND_BY_AREA,
                    Function.identity(),
                    OUT_OF_HOSPITAL_SPEND.key()))));

    Map<String, List<Section>> byHwb = new LinkedHashMap<>();
    summary
        .figuresByHwb()
        .forEach(
            (hwb, part) ->
                byHwb.put(hwb, List.of(income(part, labels), expenditure(part, labels))));

    List<MinimumLine> minimums =
        summary.minimumContributions().stream()
            .map(
                c ->
                    new MinimumLine(
                        c.organisation(),
                        plan.organisationName(c.organisation()),
                        c.year(),
                        c.minimum(),
                        c.actual().amount(),
                        c.surplus()))
            .toList();
    List<DeclaredLine> declared =
        summary.declared().stream()
            .map(
                check ->
                    new DeclaredLine(
                        (check.declared().label() != null
                                ? check.declared().label()
                                : check.declared().figure())
                            + (check.declared().year() != null
                                ? " " + check.declared().year()
                                : ""),
                        check))
            .toList();
    return new PlanReport(
        analysis,
        plan.title() != null ? plan.title() : plan.id(),
        plan.hwbs().stream().map(h -> h.name()).toList(),
        switch (plan.statedIn()) {
          case THOUSANDS -> Optional.of("£000");
          case MILLIONS -> Optional.of("£m");
          default -> Optional.empty();
        },
        summary.years(),
        List.copyOf(sections),
        Collections.unmodifiableMap(byHwb),
        minimums,
        declared,
        analysis.findings());
  }

  private static Section income(Figures figures, Labels labels) {
    Row total = row(figures, INCOME_TOTAL.key(), "Total contributions");
    return new Section(
        INCOME,
        "Income",
        List.of(total, row(figures, INCOME_MINIMUM.key(), "Total minimum contributions")),
        List.of(
            table(
                figures,
                "income-by-source",
                "By source",
                "Income by funding source",
                INCOME_BY_SOURCE,
                labels::stream,
                total.key().orElseThrow()),
            table(
                figures,
                "income-by-organisation",
                "By organisation",
                "Income by organisation",
                INCOME_BY_ORGANISATION,
                labels.plan::organisationName,
                total.key().orElseThrow()),
            table(
                figures,
                "income-by-hwb",
                "By HWB",
                "Income by HWB",
                INCOME_BY_HWB,
                Function.identity(),
                total.key().orElseThrow())));
  }

  private static Section expenditure(Figures figures, Labels labels) {
    Row total = row(figures, EXPENDITURE_TOTAL.key(), "Total spend");
    return new Section(
        EXPENDITURE,
        "Expenditure",
        List.of(
            total,
            row(figures, EXPENDITURE_RECURRENT.key(), "Recurrent spend"),
            row(figures, EXPENDITURE_NON_RECURRENT.key(), "Non-recurrent spend"),
            row(figures, BENEFITS_TOTAL.key(), "Benefits")),
        List.of(
            table(
                figures,
                "spend-by-theme",
                "By theme",
                "Spend by theme",
                EXPENDITURE_BY_THEME,
                Function.identity(),
                total.key().orElseThrow()),
            table(
                figures,
                "spend-by-area",
                "By area of spend",
                "Spend by area of spend",
                EXPENDITURE_BY_AREA_OF_SPEND,
                Function.identity(),
                total.key().orElseThrow()),
            table(
                figures,
                "spend-by-source",
                "By source",
                "Spend by funding source",
                EXPENDITURE_BY_SOURCE,
                labels::stream,
                total.key().orElseThrow()),
            table(
                figures,
                "spend-by-scheme",
                "By scheme",
                "Spend by scheme",
                EXPENDITURE_BY_SCHEME,
                labels::scheme,
                total.key().orElseThrow()),
            table(
                figures,
                "spend-by-hwb",
                "By HWB",
                "Spend by HWB",
                EXPENDITURE_BY_HWB,
                Function.identity(),
                total.key().orElseThrow())));
  }

  private static Section sourcesAndUses(Figures figures, SourcesVsUses sourcesVsUses) {
    SortedMap<FinancialYear, Money> differences = new TreeMap<>();
    for (SourcesVsUses.Balance balance : sourcesVsUses.byYear()) {
      balance.comparison().ifPresent(c -> differences.put(balance.year(), c.difference()));
    }
    return new Section(
        SOURCES_AND_USES,
        "Sources and uses",
        List.of(
            row(figures, INCOME_TOTAL.key(), "Contributions"),
            row(figures, EXPENDITURE_TOTAL.key(), "Spend"),
            new Row(
                DIFFERENCE,
                "Spend less contributions",
                Optional.empty(),
                Optional.empty(),
                Collections.unmodifiableSortedMap(differences),
                false)),
        List.of());
  }

  private static Row row(Figures figures, FigureKey key, String label) {
    return new Row(
        key.toString(),
        label,
        Optional.of(key),
        key.itemName(),
        amounts(figures.years(key)),
        false);
  }

  private static Table table(
      Figures figures,
      String id,
      String title,
      String caption,
      FigureKey.Kind kind,
      Function<String, String> label,
      FigureKey total) {
    return table(figures, id, title, caption, kind, label, row(figures, total, "Total"));
  }

  private static Table table(
      Figures figures,
      String id,
      String title,
      String caption,
      FigureKey.Kind kind,
      Function<String, String> label,
      Row total) {
    List<Row> rows = new ArrayList<>();
    figures
        .under(kind)
        .forEach(
            (item, years) -> {
              FigureKey key = kind.key(item);
              rows.add(
                  new Row(
                      key.toString(),
                      label.apply(item),
                      Optional.of(key),
                      Optional.of(item),
                      amounts(years),
                      UNSTATED_KINDS.contains(kind) && FinanceEngine.UNSPECIFIED.equals(item)));
            });
    return new Table(id, title, caption, kind, List.copyOf(rows), total);
  }

  private static SortedMap<FinancialYear, Money> amounts(SortedMap<FinancialYear, Tally> years) {
    SortedMap<FinancialYear, Money> amounts = new TreeMap<>();
    years.forEach((year, tally) -> amounts.put(year, tally.amount()));
    return Collections.unmodifiableSortedMap(amounts);
  }

  /** The names people read for the codes and ids figures are broken down by. */
  private record Labels(Plan plan, Round round) {

    String stream(String code) {
      return round.fundingStream(code).map(FundingStream::name).orElse(code);
    }

    String scheme(String id) {
      return plan.schemes().stream()
          .filter(s -> s.id().equals(id))
          .findFirst()
          .map(s -> s.name())
          .orElse(id);
    }

    String purpose(String id) {
      return plan.ibcf().purposes().stream()
          .filter(p -> id.equals(p.id()))
          .findFirst()
          .map(p -> p.purpose())
          .orElse(id);
    }
  }
}
