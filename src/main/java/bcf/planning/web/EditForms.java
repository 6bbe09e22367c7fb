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
import bcf.round.NarrativeSectionDefinition;
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
                    field("", "source/notes").multiline(),
                    field("", "source/partial")
                        .multiline()
                        .titled("Detail the source leaves out (if it gives only part of it)")),
                false,
                false));
        // An HWB comes from England's list when the plan is started: its name and council are
        // shown, its code is not typed here.
        sections.add(
            new Section(
                "/hwbs",
                "Health and Wellbeing Boards",
                "HWB",
                List.of(
                    field("/hwbs", "name"),
                    field("/hwbs", "localAuthority")
                        .choosing(organisationOptions(plan))
                        .titled("Upper-tier council"),
                    field("/hwbs", "region"),
                    field("/hwbs", "boundaryNotes").multiline()),
                true,
                false));
        {
          List<Column> columns = new ArrayList<>();
          columns.add(field("/organisations", "name"));
          columns.add(field("/organisations", "type").choosing(ORGANISATION_TYPES));
          columns.addAll(populationShares(plan));
          columns.add(field("/organisations", "notes").multiline());
          sections.add(
              new Section("/organisations", "Organisations", "Organisation", columns, true, true)
                  .identifiedBy("name"));
        }
        sections.add(
            new Section(
                "/dates",
                "Dates",
                "Date",
                List.of(
                    field("/dates", "event").choosing(events(round)),
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
          columns.add(field(rows, "organisation").choosing(organisationOptions(plan)));
          columns.add(field(rows, "stream").choosing(streamOptions(round)));
          columns.add(field(rows, "description"));
          columns.add(field(rows, "year").choosing(yearOptions));
          columns.add(field(rows, "minimum"));
          columns.add(field(rows, "actual"));
          columns.add(field(rows, "notes"));
          sections.add(new Section(rows, "Contributions", "Contribution", columns, false, true));
          break;
        }
      case SCHEMES:
        sections.add(schemes(plan, round, years));
        break;
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
          List<Option> subItems = new ArrayList<>();
          for (ConditionDefinition condition : round.nationalConditions()) {
            for (ConditionDefinition.SubItem item : condition.subItems()) {
              subItems.add(new Option(item.code(), name(condition) + ": " + item.name()));
            }
          }
          columns.add(field(rows, "subItem").choosing(subItems).titled("Part of the condition"));
          hwbColumn(plan, rows).ifPresent(columns::add);
          columns.add(field(rows, "status"));
          columns.add(field(rows, "evidence").multiline());
          columns.add(field(rows, "expectedDate"));
          columns.add(field(rows, "expectedDateText"));
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
          hwbColumn(plan, rows).ifPresent(columns::add);
          columns.add(field(rows, "description").multiline());
          columns.add(field(rows, "likelihood").listed(ONE_TO_FIVE).titled("Likelihood (1 to 5)"));
          columns.add(field(rows, "impact").listed(ONE_TO_FIVE).titled("Impact (1 to 5)"));
          columns.add(field(rows, "score"));
          columns.add(picklist(round, Round.RISK_RATING, field(rows, "rating")));
          columns.add(field(rows, "mitigation").multiline());
          columns.add(field(rows, "owner"));
          columns.add(field(rows, "level").choosing(RISK_LEVELS));
          columns.add(field(rows, "reviewDate"));
          sections.add(
              new Section(rows, "Risks", "Risk", columns, true, true).identifiedBy("description"));
          break;
        }
      case NARRATIVE:
        {
          // The round's sections are offered by title, with their keys, so a section counts as
          // written once its text is typed; a plan may add sections of its own.
          String rows = "/narrative";
          Set<String> written = new java.util.HashSet<>();
          document.path("narrative").forEach(n -> written.add(n.path("key").asString("")));
          List<ObjectNode> starters = new ArrayList<>();
          for (NarrativeSectionDefinition definition : round.narrativeSections()) {
            if (!written.contains(definition.key())) {
              ObjectNode starter =
                  tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
              starter.put("key", definition.key());
              starter.put("title", definition.title());
              starters.add(starter);
            }
          }
          sections.add(
              new Section(
                      rows,
                      "Narrative sections",
                      "Section",
                      List.of(field(rows, "title"), field(rows, "text").multiline()),
                      true,
                      true)
                  .startingWith(starters));
          break;
        }
      default:
        throw new IllegalArgumentException("no edit form for " + part.code());
    }
    return sections;
  }

  /**
   * An ICB's or CCG's share of its population in each of the plan's HWBs: a percentage per HWB, the
   * HWB named, never typed (a share for an HWB outside the plan is kept as it is). Shown on the
   * rows whose type has shares, and on any row that holds some (an imported document's council), so
   * a stored share is never hidden.
   */
  private static List<Column> populationShares(Plan plan) {
    EditForm.ShownWhen sharing =
        new EditForm.ShownWhen(
            "type", Organisation.TYPES_WITH_POPULATION_SHARES, POPULATION_SHARES);
    return plan.hwbs().stream()
        .map(
            h ->
                Column.of(
                        POPULATION_SHARES + "/" + h.id(),
                        "Share of its population in " + name(h) + " (%)",
                        EditForm.Kind.PERCENT)
                    .shownWhen(sharing))
        .toList();
  }

  static final String POPULATION_SHARES = "populationShares";

  /**
   * What no single field can check, across the values of a row: an organisation's population shares
   * cannot add up to more than 100%. Errors by the pointer (into {@code document}) of the row's
   * first share.
   */
  public static java.util.Map<String, String> crossChecks(
      PlanPart part, Plan plan, ObjectNode document) {
    java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
    if (part != PlanPart.DETAILS || plan.hwbs().isEmpty()) {
      return errors;
    }
    tools.jackson.databind.JsonNode organisations = document.path("organisations");
    for (int i = 0; i < organisations.size(); i++) {
      tools.jackson.databind.JsonNode organisation = organisations.get(i);
      java.util.Map<String, java.math.BigDecimal> shares = new java.util.LinkedHashMap<>();
      for (var share : organisation.path(POPULATION_SHARES).properties()) {
        if (share.getValue().isNumber()) {
          shares.put(share.getKey(), share.getValue().decimalValue());
        }
      }
      java.math.BigDecimal total = bcf.plan.Organisation.populationShareTotal(shares);
      if (total.compareTo(java.math.BigDecimal.ONE) > 0) {
        // the error summary puts the organisation's name before it, as for any field of a row
        errors.put(
            "/organisations/" + i + "/" + POPULATION_SHARES + "/" + plan.hwbs().get(0).id(),
            "The shares of its population add up to "
                + total.movePointRight(2).stripTrailingZeros().toPlainString()
                + "%; they cannot add up to more than 100%");
      }
    }
    return errors;
  }

  /** The kinds of organisation a plan names, by name. */
  static final List<Option> ORGANISATION_TYPES =
      List.of(
          new Option("local-authority", "Local authority (upper tier)"),
          new Option("district-council", "District or borough council"),
          new Option("ccg", "Clinical commissioning group"),
          new Option("icb", "Integrated care board"),
          new Option("nhs-trust", "NHS trust"),
          new Option("voluntary", "Voluntary or community organisation"),
          new Option("other", "Other"));

  private static final List<Option> ONE_TO_FIVE =
      List.of(
          new Option("1", "1 (lowest)"),
          new Option("2", "2"),
          new Option("3", "3"),
          new Option("4", "4"),
          new Option("5", "5 (highest)"));

  private static final List<Option> RISK_LEVELS =
      List.of(
          new Option("project", "Project"),
          new Option("portfolio", "Portfolio"),
          new Option("programme", "Programme"));

  /** The dates a plan records, by name: the round's required ones and those the seeds print. */
  private static List<Option> events(Round round) {
    java.util.Set<String> codes =
        new java.util.LinkedHashSet<>(
            List.of("agreed-by-hwb", "approved-by-hwb", "agreed-by-programme-board", "submitted"));
    codes.addAll(round.requiredDates());
    List<Option> options = new ArrayList<>();
    for (String code : codes) {
      String name = bcf.plan.PlanDate.eventName(code);
      options.add(new Option(code, Character.toUpperCase(name.charAt(0)) + name.substring(1)));
    }
    return options;
  }

  /** The plan's organisations by name, their ids as values. */
  static List<Option> organisationOptions(Plan plan) {
    return plan.organisations().stream().map(o -> new Option(o.id(), name(o))).toList();
  }

  /** The round's funding streams by name, their codes as values. */
  static List<Option> streamOptions(Round round) {
    return round.fundingStreams().stream().map(s -> new Option(s.code(), name(s))).toList();
  }

  /**
   * The schemes: each edited on a page of its own ({@code SchemePages}), every coded value chosen
   * by name, its id made from its name when it is added.
   */
  static Section schemes(Plan plan, Round round, List<FinancialYear> years) {
    String rows = "/schemes";
    List<Column> columns = new ArrayList<>();
    columns.add(field(rows, "name"));
    hwbColumn(plan, rows).ifPresent(columns::add);
    columns.add(field(rows, "description").multiline());
    columns.add(field(rows, "theme"));
    columns.add(picklist(round, Round.SCHEME_TYPE, field(rows, "type")));
    columns.add(field(rows, "subType"));
    columns.add(field(rows, "source").choosing(streamOptions(round)));
    columns.add(
        field(rows, "leadProvider")
            .listed(plan.organisations().stream().map(o -> new Option(name(o), name(o))).toList()));
    columns.add(picklist(round, Round.PROVIDER_TYPE, field(rows, "providerType")));
    columns.add(picklist(round, Round.COMMISSIONER, field(rows, "commissioner")));
    columns.add(picklist(round, Round.AREA_OF_SPEND, field(rows, "areaOfSpend")));
    columns.add(field(rows, "newOrExisting"));
    columns.add(field(rows, "pooling"));
    columns.add(field(rows, "outputs").multiline());
    for (String group : List.of("spend", "benefits")) {
      for (FinancialYear year : years) {
        for (String split : SPLITS) {
          columns.add(field(rows, group + "/" + year + "/" + split));
        }
      }
    }
    return new Section(rows, "Schemes", "Scheme", columns, true, true).identifiedBy("name");
  }

  /** The parts of a year's amount, in the order a page shows them. */
  static final List<String> SPLITS = List.of("recurrent", "nonRecurrent", "total");

  /** A field as the plan's schema describes it (title, kind, required, fixed choices). */
  private static Column field(String rows, String suffix) {
    return Column.described(rows, suffix);
  }

  /** Which HWB a row is for, chosen by name: only in a joint plan. */
  static java.util.Optional<Column> hwbColumn(Plan plan, String rows) {
    if (!plan.isJoint()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(field(rows, "hwb").choosing(hwbOptions(plan)));
  }

  /** The plan's HWBs by name, their ids as values. */
  static List<Option> hwbOptions(Plan plan) {
    return plan.hwbs().stream().map(h -> new Option(h.id(), name(h))).toList();
  }

  /** A text field chosen from one of the round's picklists, where the round has that list. */
  static Column picklist(Round round, String list, Column field) {
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
