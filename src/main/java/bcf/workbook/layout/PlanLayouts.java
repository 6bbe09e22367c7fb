package bcf.workbook.layout;

import bcf.kernel.FinancialYear;
import bcf.plan.json.PlanSchema;
import bcf.round.ConditionDefinition;
import bcf.round.FundingStream;
import bcf.round.MetricDefinition;
import bcf.round.Round;
import bcf.round.RuleSetting;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a round's {@link PlanLayout} from the round's data (years, funding streams, conditions,
 * metrics, picklists, tolerance) and the plan's JSON Schema (headings, kinds of value, fixed
 * choices, required fields). Which fields sit on which sheet is the template's shape, the same for
 * every round; whatever a plan holds that no sheet has a cell for goes to the "Other details"
 * sheet, so nothing is lost.
 */
public final class PlanLayouts {

  /** Increase when the shape below changes: workbooks made before are then refused. */
  static final int SHAPE = 1;

  static final String FUNDING_STREAM = "fundingStream";
  static final String YEAR = "year";
  static final String METRIC = "metric";
  static final String CONDITION = "condition";
  static final String YES_NO = "yesNo";

  private final Round round;
  private final PlanSchema schema = PlanSchema.get();
  private final Map<String, Picklist> picklists = new LinkedHashMap<>();

  private PlanLayouts(Round round) {
    this.round = round;
  }

  /** The layout of the round's plan workbook. */
  public static PlanLayout forRound(Round round) {
    return new PlanLayouts(round).build();
  }

  private PlanLayout build() {
    List<String> years = round.years().stream().map(FinancialYear::toString).toList();
    picklists.put(
        FUNDING_STREAM,
        new Picklist(
            FUNDING_STREAM,
            round.fundingStreams().stream()
                .map((FundingStream s) -> new Picklist.Option(s.code(), s.name()))
                .toList()));
    picklists.put(YEAR, new Picklist(YEAR, years.stream().map(y -> option(y, y)).toList()));
    picklists.put(
        METRIC,
        new Picklist(
            METRIC,
            round.metrics().stream()
                .map((MetricDefinition m) -> option(m.code(), m.name()))
                .toList()));
    picklists.put(
        CONDITION,
        new Picklist(
            CONDITION,
            round.nationalConditions().stream()
                .map((ConditionDefinition c) -> option(c.code(), c.name()))
                .toList()));
    picklists.put(
        YES_NO, new Picklist(YES_NO, List.of(option("true", "Yes"), option("false", "No"))));
    round
        .picklists()
        .forEach(
            (name, values) ->
                picklists.put(
                    name, new Picklist(name, values.stream().map(v -> option(v, v)).toList())));

    List<Field> cover = new ArrayList<>();
    for (String path :
        List.of(
            "id",
            "round",
            "title",
            "published",
            "statedIn",
            "source/title",
            "source/date",
            "source/reference",
            "source/notes",
            "source/partial",
            "pooledBudget/host",
            "pooledBudget/arrangement",
            "pooledBudget/riskShare",
            "paymentForPerformance/valuePerAvoidedAdmission")) {
      Column c = column("", path, null);
      cover.add(
          new Field(
              c.header(),
              "/" + path,
              c.value(),
              path.equals("round") ? CellKind.PREFILLED : CellKind.INPUT,
              c.picklist(),
              c.required()));
    }

    List<Table> tables = new ArrayList<>();
    tables.add(
        table(
            "4. Income",
            "Income: contributions to the pooled budget",
            "/contributions",
            30,
            List.of("hwb", "organisation"),
            List.of(col("stream", FUNDING_STREAM), col("description", null), col("year", YEAR)),
            List.of("minimum", "actual", "notes")));
    List<String> perYear = new ArrayList<>();
    for (String group : List.of("spend", "benefits")) {
      for (String year : years) {
        for (String part : List.of("recurrent", "nonRecurrent", "total")) {
          perYear.add(group + "/" + year + "/" + part);
        }
      }
    }
    List<String[]> schemeColumns = new ArrayList<>();
    for (String name : List.of("id", "name", "hwb", "theme")) {
      schemeColumns.add(col(name, null));
    }
    schemeColumns.add(col("type", Round.SCHEME_TYPE));
    schemeColumns.add(col("subType", null));
    schemeColumns.add(col("description", null));
    schemeColumns.add(col("leadProvider", null));
    schemeColumns.add(col("providerType", Round.PROVIDER_TYPE));
    schemeColumns.add(col("commissioner", Round.COMMISSIONER));
    schemeColumns.add(col("areaOfSpend", Round.AREA_OF_SPEND));
    schemeColumns.add(col("source", FUNDING_STREAM));
    schemeColumns.add(col("newOrExisting", null));
    schemeColumns.add(col("pooling", null));
    for (String path : perYear) {
      schemeColumns.add(col(path, null));
    }
    schemeColumns.add(col("outputs", null));
    tables.add(
        table(
            "5. Expenditure",
            "Expenditure: schemes",
            "/schemes",
            40,
            List.of(),
            schemeColumns,
            List.of()));
    tables.add(
        table(
            "6. Metrics",
            "Metrics: baselines and ambitions",
            "/metrics",
            10,
            List.of("hwb"),
            List.<String[]>of(col("metric", METRIC)),
            List.of(
                "name",
                "description",
                "baseline/period",
                "baseline/periodLabel",
                "baseline/numerator",
                "baseline/denominator",
                "baseline/value",
                "notes")));
    tables.add(
        table(
            "7. National conditions",
            "National conditions",
            "/nationalConditions",
            round.nationalConditions().size() + 5,
            List.of("hwb"),
            List.<String[]>of(col("condition", CONDITION)),
            List.of(
                "subItem",
                "status",
                "answer",
                "evidence",
                "expectedDate",
                "expectedDateText",
                "explanation",
                "regionalPercentMet")));
    List<String[]> riskColumns = new ArrayList<>();
    for (String name : List.of("id", "hwb", "description", "likelihood", "impact", "score")) {
      riskColumns.add(col(name, null));
    }
    riskColumns.add(
        col("rating", round.picklist(Round.RISK_RATING).isEmpty() ? null : Round.RISK_RATING));
    for (String name : List.of("mitigation", "owner", "level", "reviewDate")) {
      riskColumns.add(col(name, null));
    }
    tables.add(table("8. Risks", "Risks", "/risks", 20, List.of(), riskColumns, List.of()));
    tables.add(
        table(
            "10. HWBs",
            "Health and Wellbeing Boards",
            "/hwbs",
            3,
            List.of("id", "name", "localAuthority", "region", "boundaryNotes"),
            List.of(),
            List.of()));
    tables.add(
        table(
            "11. Organisations",
            "Organisations",
            "/organisations",
            10,
            List.of("id", "name", "type", "notes"),
            List.of(),
            List.of()));
    tables.add(
        table(
            "12. Sign-off",
            "Contacts and sign-off",
            "/signOffs",
            10,
            List.of(
                "id",
                "onBehalfOf",
                "onBehalfOfName",
                "role",
                "position",
                "name",
                "date",
                "asPrinted",
                "required"),
            List.of(),
            List.of()));
    tables.add(
        table(
            "13. Dates",
            "Key dates",
            "/dates",
            5,
            List.of("event", "date", "asPrinted"),
            List.of(),
            List.of()));
    tables.add(
        table(
            "14. Narrative",
            "Narrative",
            "/narrative",
            round.narrativeSections().size() + 3,
            List.of("key", "title", "hwb", "text"),
            List.of(),
            List.of()));
    tables.add(
        table(
            "15. Declared figures",
            "Figures as the plan declares them",
            "/declared",
            20,
            List.of("figure", "year", "hwb", "amount", "label", "asPrinted"),
            List.of(),
            List.of()));

    BigDecimal tolerance =
        round.rules().stream()
            .filter(r -> r.rule().equals("income-equals-expenditure"))
            .findFirst()
            .map((RuleSetting r) -> new BigDecimal(r.parameter("roundingTolerance", "0")))
            .orElse(BigDecimal.ZERO);
    String provisional =
        describe(cover, tables, picklists, years) + "|" + tolerance.toPlainString();
    return new PlanLayout(
        round.id(),
        round.name(),
        SHAPE + "." + fingerprint(provisional),
        years,
        cover,
        tables,
        picklists,
        tolerance);
  }

  private static Picklist.Option option(String code, String title) {
    return new Picklist.Option(code, title);
  }

  private static String[] col(String path, String picklist) {
    return new String[] {path, picklist};
  }

  private Table table(
      String sheet,
      String title,
      String list,
      int blankRows,
      List<String> before,
      List<String[]> middle,
      List<String> after) {
    List<Column> columns = new ArrayList<>();
    before.forEach(p -> columns.add(column(list, p, null)));
    middle.forEach(p -> columns.add(column(list, p[0], p[1])));
    after.forEach(p -> columns.add(column(list, p, null)));
    return new Table(sheet, title, list, columns, blankRows);
  }

  /** A column (or cover field) described by the schema at {@code rows}/{@code path}. */
  private Column column(String rows, String path, String picklist) {
    PlanSchema.Field field = schema.field(rows, path);
    String list = picklist;
    if (list == null && !field.choices().isEmpty()) {
      list = "choice" + (rows + "/" + path).replaceAll("[^A-Za-z0-9]", "_");
      picklists.put(
          list,
          new Picklist(
              list,
              field.choices().stream()
                  .map(c -> option(c.value(), c.title().isEmpty() ? c.value() : c.title()))
                  .toList()));
    }
    ValueKind kind =
        switch (field.type()) {
          case MONEY -> ValueKind.MONEY;
          case DECIMAL, SHARE -> ValueKind.NUMBER;
          case WHOLE -> ValueKind.WHOLE;
          case TRUE_OR_FALSE -> ValueKind.TRUE_OR_FALSE;
          case DATE -> ValueKind.DATE;
          default -> ValueKind.TEXT;
        };
    if (kind == ValueKind.TRUE_OR_FALSE) {
      list = YES_NO;
    }
    return new Column(
        field.title(),
        "/" + path,
        kind,
        CellKind.INPUT,
        list,
        field.required() && !path.contains("/"));
  }

  private static String describe(
      List<Field> cover, List<Table> tables, Map<String, Picklist> picklists, List<String> years) {
    return cover + "|" + tables + "|" + picklists + "|" + years;
  }

  private static String fingerprint(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
