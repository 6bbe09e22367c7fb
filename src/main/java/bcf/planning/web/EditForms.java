package bcf.planning.web;

import bcf.kernel.FinancialYear;
import bcf.plan.Hwb;
import bcf.plan.Organisation;
import bcf.plan.Plan;
import bcf.planning.PlanPart;
import bcf.planning.web.EditForm.Column;
import bcf.planning.web.EditForm.Option;
import bcf.planning.web.EditForm.Section;
import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.Round;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
          PlanPart.FINANCE,
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
                    field("", "title"),
                    field("", "statedIn"),
                    field("", "source/title").multiline(),
                    field("", "source/date"),
                    field("", "source/reference"),
                    field("", "source/notes").multiline()),
                false,
                false));
        sections.add(
            new Section(
                "/hwbs",
                "Health and Wellbeing Boards",
                "HWB",
                List.of(
                    field("/hwbs", "id"),
                    field("/hwbs", "name"),
                    field("/hwbs", "localAuthority"),
                    field("/hwbs", "region"),
                    field("/hwbs", "boundaryNotes").multiline()),
                true,
                true));
        sections.add(
            new Section(
                "/organisations",
                "Organisations",
                "Organisation",
                List.of(
                    field("/organisations", "id"),
                    field("/organisations", "name"),
                    field("/organisations", "type")
                        .choosing(
                            List.of(
                                new Option("local-authority", "Local authority"),
                                new Option("ccg", "Clinical commissioning group"),
                                new Option("icb", "Integrated care board"),
                                new Option("other", "Other"))),
                    field("/organisations", "notes").multiline()),
                true,
                true));
        sections.add(
            new Section(
                "/dates",
                "Dates",
                "Date",
                List.of(
                    field("/dates", "event"),
                    field("/dates", "date"),
                    field("/dates", "asPrinted")),
                false,
                true));
        break;
      case CONTRIBUTIONS:
        {
          String rows = "/contributions";
          List<Column> columns = new ArrayList<>();
          hwbColumn(plan, rows).ifPresent(columns::add);
          columns.add(
              field(rows, "organisation")
                  .choosing(
                      plan.organisations().stream()
                          .map(o -> new Option(o.id(), name(o)))
                          .toList()));
          columns.add(
              field(rows, "stream")
                  .choosing(
                      round.fundingStreams().stream()
                          .map(s -> new Option(s.code(), name(s)))
                          .toList()));
          columns.add(field(rows, "description"));
          columns.add(field(rows, "year").choosing(yearOptions));
          columns.add(field(rows, "minimum"));
          columns.add(field(rows, "actual"));
          columns.add(field(rows, "notes"));
          sections.add(new Section(rows, "Contributions", "Contribution", columns, false, true));
          break;
        }
      case SCHEMES:
        {
          String rows = "/schemes";
          List<Column> columns = new ArrayList<>();
          columns.add(field(rows, "id"));
          columns.add(field(rows, "name"));
          hwbColumn(plan, rows).ifPresent(columns::add);
          columns.add(field(rows, "theme"));
          columns.add(picklist(round, Round.SCHEME_TYPE, field(rows, "type")));
          columns.add(field(rows, "subType"));
          columns.add(field(rows, "leadProvider"));
          columns.add(picklist(round, Round.PROVIDER_TYPE, field(rows, "providerType")));
          columns.add(picklist(round, Round.COMMISSIONER, field(rows, "commissioner")));
          columns.add(picklist(round, Round.AREA_OF_SPEND, field(rows, "areaOfSpend")));
          columns.add(field(rows, "source"));
          columns.add(field(rows, "newOrExisting"));
          for (FinancialYear year : years) {
            for (String part2 : List.of("recurrent", "nonRecurrent", "total")) {
              columns.add(field(rows, "spend/" + year + "/" + part2));
            }
          }
          sections.add(new Section(rows, "Schemes", "Scheme", columns, true, true));
          break;
        }
      case FINANCE:
        sections.addAll(FinanceForms.of(plan, round, years));
        break;
      case CONDITIONS:
        {
          String rows = "/nationalConditions";
          List<Column> columns = new ArrayList<>();
          columns.add(
              field(rows, "condition")
                  .choosing(
                      round.nationalConditions().stream()
                          .map(c -> new Option(c.code(), name(c)))
                          .toList()));
          columns.add(field(rows, "subItem"));
          hwbColumn(plan, rows).ifPresent(columns::add);
          columns.add(field(rows, "status"));
          columns.add(field(rows, "evidence").multiline());
          columns.add(field(rows, "expectedDate"));
          columns.add(field(rows, "explanation").multiline());
          sections.add(new Section(rows, "National conditions", "Condition", columns, true, true));
          break;
        }
      case METRICS:
        sections.addAll(MetricForms.of(plan, round, years, document));
        break;
      case RISKS:
        {
          String rows = "/risks";
          List<Column> columns = new ArrayList<>();
          columns.add(field(rows, "id"));
          hwbColumn(plan, rows).ifPresent(columns::add);
          columns.add(field(rows, "description").multiline());
          columns.add(field(rows, "likelihood"));
          columns.add(field(rows, "impact"));
          columns.add(field(rows, "score"));
          columns.add(picklist(round, Round.RISK_RATING, field(rows, "rating")));
          columns.add(field(rows, "mitigation").multiline());
          columns.add(field(rows, "owner"));
          columns.add(field(rows, "level"));
          columns.add(field(rows, "reviewDate"));
          sections.add(new Section(rows, "Risks", "Risk", columns, true, true));
          break;
        }
      case NARRATIVE:
        {
          String rows = "/narrative";
          sections.add(
              new Section(
                  rows,
                  "Narrative sections",
                  "Section",
                  List.of(
                      field(rows, "key"), field(rows, "title"), field(rows, "text").multiline()),
                  true,
                  true));
          break;
        }
      default:
        throw new IllegalArgumentException("no edit form for " + part.code());
    }
    return sections;
  }

  /** A field as the plan's schema describes it (title, kind, required, fixed choices). */
  private static Column field(String rows, String suffix) {
    return Column.described(rows, suffix);
  }

  private static java.util.Optional<Column> hwbColumn(Plan plan, String rows) {
    if (!plan.isJoint()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        field(rows, "hwb")
            .choosing(plan.hwbs().stream().map(h -> new Option(h.id(), name(h))).toList()));
  }

  /** A text field chosen from one of the round's picklists, where the round has that list. */
  private static Column picklist(Round round, String list, Column field) {
    List<String> values = round.picklist(list);
    if (values.isEmpty()) {
      return field;
    }
    return field.choosing(values.stream().map(v -> new Option(v, v)).toList());
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
