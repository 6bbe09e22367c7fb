package bcf.planning.web;

import bcf.analysis.PlanReport;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.Plan;
import bcf.plan.json.DocumentPaths;
import bcf.plan.json.PlanDocumentWriter;
import bcf.planning.PlanPart;
import bcf.planning.PlanView;
import bcf.validation.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The view model of a plan's overview page: figure tables and findings grouped by part. */
public record PlanOverview(
    List<String> years,
    List<FigureTable> tables,
    Map<String, List<FindingItem>> findingsByPart,
    long errors,
    long warnings,
    long infos) {

  /** The parts that have an edit page. */
  public static final Set<PlanPart> EDITABLE = EditForms.PARTS;

  private static final String NOT_STATED = "Not stated";

  public record FigureTable(String id, String title, List<Row> rows, Row total) {}

  public record Row(String label, List<String> amounts) {}

  /**
   * A finding as the page shows it: {@code place} says where it is in words, {@code where} keeps
   * the path for scripts (a data attribute, never shown).
   */
  public record FindingItem(
      String severity,
      String tag,
      String rule,
      String message,
      String where,
      String place,
      String link) {}

  /** The report's tables the overview shows, in order. */
  private static final List<String> TABLES =
      List.of("income-by-source", "income-by-organisation", "spend-by-theme", "spend-by-area");

  public static PlanOverview of(PlanView view) {
    return of(view, PlanReport.of(view.analysis()));
  }

  /** The overview of {@code view} from its report, built once for the page. */
  public static PlanOverview of(PlanView view, PlanReport report) {
    Plan plan = view.plan();
    List<FinancialYear> years = report.years();
    List<FigureTable> tables = new ArrayList<>();
    for (String id : TABLES) {
      PlanReport.Table table = report.table(id);
      tables.add(
          new FigureTable(
              table.id(),
              table.caption(),
              table.rows().stream()
                  .map(r -> new Row(r.notStated() ? NOT_STATED : r.label(), amounts(r, years)))
                  .toList(),
              new Row("Total", amounts(table.total(), years))));
    }
    Map<String, List<FindingItem>> byPart = new LinkedHashMap<>();
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    JsonNode document = report.findings().isEmpty() ? null : new PlanDocumentWriter().toJson(plan);
    for (Finding finding : report.findings()) {
      String pointer = DocumentPaths.toPointer(finding.where());
      PlanPart part = PlanPart.ofPath(pointer).orElse(null);
      String group = part == null ? "Whole plan" : part.label();
      String link =
          part != null && EDITABLE.contains(part) && view.can().edit()
              ? "/plans/"
                  + plan.id()
                  + SchemePages.editPath(part, pointer)
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
                  FindingPlace.of(finding.where(), plan, view.analysis().round(), document),
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

  /** Each year's amount, nothing shown as £0.00. */
  private static List<String> amounts(PlanReport.Row row, List<FinancialYear> years) {
    return years.stream().map(y -> row.amount(y).orElse(Money.ZERO).format()).toList();
  }
}
