package bcf.planning.web;

import bcf.kernel.FinancialYear;
import bcf.plan.Hwb;
import bcf.plan.Organisation;
import bcf.plan.Plan;
import bcf.planning.PlanPart;
import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Kind;
import bcf.planning.web.EditForm.Option;
import bcf.planning.web.EditForm.Section;
import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The form of each editable part: its sections and columns, from the plan and its round. */
public final class EditForms {

  private EditForms() {}

  /** The parts that have an edit page. */
  public static final Set<PlanPart> PARTS =
      Set.of(
          PlanPart.DETAILS,
          PlanPart.CONTRIBUTIONS,
          PlanPart.SCHEMES,
          PlanPart.CONDITIONS,
          PlanPart.METRICS,
          PlanPart.RISKS,
          PlanPart.NARRATIVE);

  /**
   * The sections of a part's form. {@code document} is the stored document the form starts from (it
   * decides, for metrics, which target tables there are).
   */
  public static List<Section> of(
      PlanPart part, Plan plan, Round round, List<FinancialYear> years, ObjectNode document) {
    List<Option> yearOptions =
        years.stream().map(y -> new Option(y.toString(), y.display())).toList();
    List<Section> sections = new ArrayList<>();
    switch (part) {
      case DETAILS:
        sections.add(
            new Section(
                "",
                "Plan",
                "",
                List.of(
                    Column.of("title", "Title", Kind.TEXT),
                    Column.choice(
                        "statedIn",
                        "Figures stated in",
                        List.of(
                            new Option("pounds", "Pounds"),
                            new Option("thousands", "Thousands of pounds"),
                            new Option("millions", "Millions of pounds"))),
                    Column.of("source/title", "Source title", Kind.TEXTAREA),
                    Column.of("source/date", "Source date", Kind.TEXT),
                    Column.of("source/reference", "Source reference", Kind.TEXT),
                    Column.of("source/notes", "Source notes", Kind.TEXTAREA)),
                false,
                false));
        sections.add(
            new Section(
                "/hwbs",
                "Health and Wellbeing Boards",
                "HWB",
                List.of(
                    Column.of("id", "Id", Kind.TEXT).mandatory(),
                    Column.of("name", "Name", Kind.TEXT).mandatory(),
                    Column.of("localAuthority", "Local authority", Kind.TEXT),
                    Column.of("region", "Region", Kind.TEXT),
                    Column.of("boundaryNotes", "Boundary notes", Kind.TEXTAREA)),
                true,
                true));
        sections.add(
            new Section(
                "/organisations",
                "Organisations",
                "Organisation",
                List.of(
                    Column.of("id", "Id", Kind.TEXT).mandatory(),
                    Column.of("name", "Name", Kind.TEXT).mandatory(),
                    Column.choice(
                        "type",
                        "Type",
                        List.of(
                            new Option("local-authority", "Local authority"),
                            new Option("ccg", "Clinical commissioning group"),
                            new Option("icb", "Integrated care board"),
                            new Option("other", "Other"))),
                    Column.of("notes", "Notes", Kind.TEXTAREA)),
                true,
                true));
        sections.add(
            new Section(
                "/dates",
                "Dates",
                "Date",
                List.of(
                    Column.of("event", "Event", Kind.TEXT).mandatory(),
                    Column.of("date", "Date", Kind.DATE),
                    Column.of("asPrinted", "As printed", Kind.TEXT)),
                false,
                true));
        break;
      case CONTRIBUTIONS:
        {
          List<Column> columns = new ArrayList<>();
          hwbColumn(plan).ifPresent(columns::add);
          columns.add(
              Column.choice(
                      "organisation",
                      "Organisation",
                      plan.organisations().stream().map(o -> new Option(o.id(), name(o))).toList())
                  .mandatory());
          columns.add(
              Column.choice(
                  "stream",
                  "Funding stream",
                  round.fundingStreams().stream()
                      .map(s -> new Option(s.code(), name(s)))
                      .toList()));
          columns.add(Column.of("description", "Description", Kind.TEXT));
          columns.add(new Column("year", "Year", Kind.YEAR, yearOptions, true));
          columns.add(Column.of("minimum", "Minimum", Kind.MONEY));
          columns.add(Column.of("actual", "Actual", Kind.MONEY));
          columns.add(Column.of("notes", "Notes", Kind.TEXT));
          sections.add(
              new Section("/contributions", "Contributions", "Contribution", columns, false, true));
          break;
        }
      case SCHEMES:
        {
          List<Column> columns = new ArrayList<>();
          columns.add(Column.of("id", "Id", Kind.TEXT).mandatory());
          columns.add(Column.of("name", "Name", Kind.TEXT).mandatory());
          hwbColumn(plan).ifPresent(columns::add);
          columns.add(Column.of("theme", "Theme", Kind.TEXT));
          columns.add(picklist(round, Round.SCHEME_TYPE, "type", "Scheme type"));
          columns.add(Column.of("subType", "Sub-type", Kind.TEXT));
          columns.add(Column.of("leadProvider", "Lead provider", Kind.TEXT));
          columns.add(picklist(round, Round.PROVIDER_TYPE, "providerType", "Provider type"));
          columns.add(picklist(round, Round.COMMISSIONER, "commissioner", "Commissioner"));
          columns.add(picklist(round, Round.AREA_OF_SPEND, "areaOfSpend", "Area of spend"));
          columns.add(Column.of("source", "Source of funding", Kind.TEXT));
          columns.add(
              Column.choice(
                  "newOrExisting",
                  "New or existing",
                  List.of(new Option("new", "New"), new Option("existing", "Existing"))));
          for (FinancialYear year : years) {
            String y = year.toString();
            columns.add(Column.of("spend/" + y + "/recurrent", y + " recurrent", Kind.MONEY));
            columns.add(
                Column.of("spend/" + y + "/nonRecurrent", y + " non-recurrent", Kind.MONEY));
            columns.add(Column.of("spend/" + y + "/total", y + " total", Kind.MONEY));
          }
          sections.add(new Section("/schemes", "Schemes", "Scheme", columns, true, true));
          break;
        }
      case CONDITIONS:
        {
          List<Column> columns = new ArrayList<>();
          columns.add(
              Column.choice(
                      "condition",
                      "Condition",
                      round.nationalConditions().stream()
                          .map(c -> new Option(c.code(), name(c)))
                          .toList())
                  .mandatory());
          columns.add(Column.of("subItem", "Sub-item", Kind.TEXT));
          hwbColumn(plan).ifPresent(columns::add);
          columns.add(
              Column.choice(
                  "status",
                  "Status",
                  List.of(new Option("met", "Met"), new Option("not-met", "Not met"))));
          columns.add(Column.of("evidence", "Evidence", Kind.TEXTAREA));
          columns.add(Column.of("expectedDate", "Expected date", Kind.DATE));
          columns.add(Column.of("explanation", "Explanation", Kind.TEXTAREA));
          sections.add(
              new Section(
                  "/nationalConditions", "National conditions", "Condition", columns, true, true));
          break;
        }
      case METRICS:
        {
          sections.add(
              new Section(
                  "/metrics",
                  "Metric baselines",
                  "Metric",
                  List.of(
                      Column.of("metric", "Metric", Kind.READ_ONLY),
                      Column.of("baseline/period", "Baseline period", Kind.TEXT),
                      Column.of("baseline/numerator", "Baseline numerator", Kind.DECIMAL),
                      Column.of("baseline/denominator", "Baseline denominator", Kind.DECIMAL),
                      Column.of("baseline/value", "Baseline value", Kind.DECIMAL)),
                  false,
                  false));
          JsonNode metrics = document.path("metrics");
          for (int i = 0; i < metrics.size(); i++) {
            String code = metrics.get(i).path("metric").asString("");
            String name = round.metric(code).map(MetricDefinition::name).orElse(code);
            sections.add(
                new Section(
                    "/metrics/" + i + "/targets",
                    "Targets: " + name,
                    "Target",
                    List.of(
                        Column.of("period", "Period", Kind.TEXT),
                        Column.of("periodLabel", "Period as printed", Kind.TEXT),
                        Column.of("payment", "Payment", Kind.TEXT),
                        Column.of("numerator", "Numerator", Kind.DECIMAL),
                        Column.of("denominator", "Denominator", Kind.DECIMAL),
                        Column.of("value", "Value", Kind.DECIMAL)),
                    false,
                    true));
          }
          break;
        }
      case RISKS:
        {
          List<Column> columns = new ArrayList<>();
          columns.add(Column.of("id", "Id", Kind.TEXT));
          hwbColumn(plan).ifPresent(columns::add);
          columns.add(Column.of("description", "Description", Kind.TEXTAREA).mandatory());
          columns.add(Column.of("likelihood", "Likelihood", Kind.WHOLE));
          columns.add(Column.of("impact", "Impact", Kind.WHOLE));
          columns.add(Column.of("score", "Score", Kind.WHOLE));
          columns.add(picklist(round, Round.RISK_RATING, "rating", "Rating"));
          columns.add(Column.of("mitigation", "Mitigation", Kind.TEXTAREA));
          columns.add(Column.of("owner", "Owner", Kind.TEXT));
          columns.add(
              Column.of("level", "Managed at (project, portfolio or programme)", Kind.TEXT));
          columns.add(Column.of("reviewDate", "Review date", Kind.DATE));
          sections.add(new Section("/risks", "Risks", "Risk", columns, true, true));
          break;
        }
      case NARRATIVE:
        sections.add(
            new Section(
                "/narrative",
                "Narrative sections",
                "Section",
                List.of(
                    Column.of("key", "Key", Kind.TEXT),
                    Column.of("title", "Title", Kind.TEXT),
                    Column.of("text", "Text", Kind.TEXTAREA)),
                true,
                true));
        break;
      default:
        throw new IllegalArgumentException("no edit form for " + part.code());
    }
    return sections;
  }

  private static java.util.Optional<Column> hwbColumn(Plan plan) {
    if (!plan.isJoint()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Column.choice(
            "hwb", "HWB", plan.hwbs().stream().map(h -> new Option(h.id(), name(h))).toList()));
  }

  private static Column picklist(Round round, String list, String suffix, String label) {
    List<String> values = round.picklist(list);
    if (values.isEmpty()) {
      return Column.of(suffix, label, Kind.TEXT);
    }
    return Column.choice(suffix, label, values.stream().map(v -> new Option(v, v)).toList());
  }

  private static String name(Organisation o) {
    return o.name() == null ? o.id() : o.name();
  }

  private static String name(Hwb h) {
    return h.name() == null ? h.id() : h.name();
  }

  private static String name(FundingStream s) {
    return s.name() == null ? s.code() : s.name();
  }

  private static String name(ConditionDefinition c) {
    return c.name() == null ? c.code() : c.name();
  }
}
