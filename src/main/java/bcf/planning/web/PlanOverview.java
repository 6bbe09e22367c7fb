package bcf.planning.web;

import bcf.finance.FigureKey;
import bcf.finance.Figures;
import bcf.finance.Tally;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import bcf.plan.json.DocumentPaths;
import bcf.planning.PlanPart;
import bcf.planning.PlanView;
import bcf.round.FundingStream;
import bcf.round.Round;
import bcf.validation.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;

/** The view model of a plan's overview page: figure tables and findings grouped by part. */
public record PlanOverview(
    List<String> years,
    List<FigureTable> tables,
    Map<String, List<FindingItem>> findingsByPart,
    long errors,
    long warnings,
    long infos) {

  /** The parts that have an edit page. */
  public static final Set<PlanPart> EDITABLE =
      Set.of(
          PlanPart.DETAILS,
          PlanPart.CONTRIBUTIONS,
          PlanPart.SCHEMES,
          PlanPart.CONDITIONS,
          PlanPart.METRICS,
          PlanPart.RISKS,
          PlanPart.NARRATIVE);

  public record FigureTable(String id, String title, List<Row> rows, Row total) {}

  public record Row(String label, List<String> amounts) {}

  public record FindingItem(
      String severity, String tag, String rule, String message, String where, String link) {}

  public static PlanOverview of(PlanView view) {
    Plan plan = view.plan();
    Round round = view.analysis().round();
    Figures figures = view.analysis().summary().figures();
    List<FinancialYear> years = view.analysis().summary().years();
    List<FigureTable> tables = new ArrayList<>();
    tables.add(
        table(
            "income-by-source",
            "Income by funding source",
            figures,
            years,
            FigureKey.Kind.INCOME_BY_SOURCE,
            code -> round.fundingStream(code).map(FundingStream::name).orElse(label(code)),
            FigureKey.Kind.INCOME_TOTAL.key()));
    tables.add(
        table(
            "income-by-organisation",
            "Income by organisation",
            figures,
            years,
            FigureKey.Kind.INCOME_BY_ORGANISATION,
            plan::organisationName,
            FigureKey.Kind.INCOME_TOTAL.key()));
    tables.add(
        table(
            "spend-by-theme",
            "Spend by theme",
            figures,
            years,
            FigureKey.Kind.EXPENDITURE_BY_THEME,
            PlanOverview::label,
            FigureKey.Kind.EXPENDITURE_TOTAL.key()));
    tables.add(
        table(
            "spend-by-area",
            "Spend by area of spend",
            figures,
            years,
            FigureKey.Kind.EXPENDITURE_BY_AREA_OF_SPEND,
            PlanOverview::label,
            FigureKey.Kind.EXPENDITURE_TOTAL.key()));
    Map<String, List<FindingItem>> byPart = new LinkedHashMap<>();
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    for (Finding finding : view.analysis().findings()) {
      String pointer = DocumentPaths.toPointer(finding.where());
      PlanPart part = PlanPart.ofPath(pointer).orElse(null);
      String group = part == null ? "Whole plan" : part.label();
      String link =
          part != null && EDITABLE.contains(part) && view.can().edit()
              ? "/plans/"
                  + plan.id()
                  + "/edit/"
                  + part.code()
                  + "#"
                  + DocumentPaths.fieldId(pointer)
              : null;
      String severity = finding.severity().name().toLowerCase();
      switch (finding.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        default -> infos++;
      }
      byPart
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(
              new FindingItem(
                  severity,
                  switch (finding.severity()) {
                    case ERROR -> "govuk-tag--red";
                    case WARNING -> "govuk-tag--yellow";
                    default -> "govuk-tag--grey";
                  },
                  finding.rule(),
                  finding.message()
                      + (finding.explanation() == null
                          ? ""
                          : " The plan explains: " + finding.explanation()),
                  finding.where(),
                  link));
    }
    return new PlanOverview(
        years.stream().map(FinancialYear::display).toList(),
        tables,
        byPart,
        errors,
        warnings,
        infos);
  }

  private static FigureTable table(
      String id,
      String title,
      Figures figures,
      List<FinancialYear> years,
      FigureKey.Kind breakdown,
      Function<String, String> labels,
      FigureKey totalKey) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, SortedMap<FinancialYear, Tally>> entry :
        figures.under(breakdown).entrySet()) {
      rows.add(new Row(labels.apply(entry.getKey()), amounts(entry.getValue(), years)));
    }
    return new FigureTable(
        id, title, rows, new Row("Total", amounts(figures.years(totalKey), years)));
  }

  private static List<String> amounts(
      SortedMap<FinancialYear, Tally> byYear, List<FinancialYear> years) {
    return years.stream()
        .map(y -> byYear.containsKey(y) ? byYear.get(y).amount().format() : Money.ZERO.format())
        .toList();
  }

  private static String label(String code) {
    if (code == null || code.isEmpty() || code.equals("unspecified")) {
      return "Not stated";
    }
    return code;
  }
}
