package bcf.workbook.layout;

import bcf.returns.ReturnRules;
import bcf.returns.ReturnWords;
import bcf.round.ConditionDefinition;
import bcf.round.ReturnsDefinition;
import bcf.round.Round;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a round's {@link ReturnLayout} from the round's data: its return periods (years and
 * quarters), sections (High Impact Change Model or payment for performance only where the round has
 * them), funding streams, conditions and their sub-items, metrics and the model's changes and
 * levels. Which fields sit on which sheet is the template's shape, the same for every round;
 * whatever a return holds that no sheet has a cell for goes to "Other details".
 */
public final class ReturnLayouts {

  /** Increase when the shape below changes: workbooks made before are then refused. */
  static final int SHAPE = 1;

  static final String YES_NO = "yesNo";
  static final String YEAR = "year";
  static final String QUARTER = "quarter";
  static final String CONDITION = "condition";
  static final String SUB_ITEM = "subItem";
  static final String STATUS = "conditionStatus";
  static final String METRIC = "metric";
  static final String PROGRESS = "progress";
  static final String FUNDING_STREAM = "fundingStream";
  static final String ARRANGEMENT = "arrangement";
  static final String CHANGE = "hicmChange";
  static final String LEVEL = "hicmLevel";

  private final Round round;
  private final Map<String, Picklist> picklists = new LinkedHashMap<>();

  private ReturnLayouts(Round round) {
    this.round = round;
  }

  /** The layout of the round's return workbook (a round without returns has one too: blank). */
  public static ReturnLayout forRound(Round round) {
    return new ReturnLayouts(round).build();
  }

  private ReturnLayout build() {
    ReturnsDefinition returns = round.returns();
    Set<String> years = new LinkedHashSet<>();
    Set<String> quarters = new LinkedHashSet<>();
    returns
        .periods()
        .forEach(
            p -> {
              years.add(p.year().toString());
              quarters.add(p.quarter());
            });
    list(YES_NO, List.of(option("true", "Yes"), option("false", "No")));
    list(YEAR, years.stream().map(y -> option(y, y)).toList());
    list(QUARTER, quarters.stream().map(q -> option(q, ReturnWords.quarter(q))).toList());
    list(
        CONDITION,
        round.nationalConditions().stream().map(c -> option(c.code(), c.name())).toList());
    Map<String, Picklist.Option> subItems = new LinkedHashMap<>();
    for (ConditionDefinition c : round.nationalConditions()) {
      c.subItems().forEach(s -> subItems.putIfAbsent(s.code(), option(s.code(), s.name())));
    }
    list(SUB_ITEM, List.copyOf(subItems.values()));
    list(
        STATUS,
        List.of(
            option("met", "Met"),
            option("not-met", "Not met"),
            option("partly-met", "Partly met")));
    list(METRIC, round.metrics().stream().map(m -> option(m.code(), m.name())).toList());
    list(PROGRESS, ReturnRules.PROGRESS.stream().map(ReturnLayouts::worded).toList());
    list(
        FUNDING_STREAM,
        round.fundingStreams().stream().map(s -> option(s.code(), s.name())).toList());
    list(ARRANGEMENT, ReturnRules.ARRANGEMENTS.stream().map(ReturnLayouts::worded).toList());
    boolean hicm =
        returns.hasSection("high-impact-change-model")
            && returns.highImpactChangeModel().isPresent();
    boolean payment = returns.hasSection("payment-for-performance");
    if (hicm) {
      ReturnsDefinition.Hicm model = returns.highImpactChangeModel().orElseThrow();
      list(CHANGE, model.changes().stream().map(c -> option(c.code(), c.name())).toList());
      list(LEVEL, model.levels().stream().map(ReturnLayouts::worded).toList());
    }

    List<Field> cover = new ArrayList<>();
    cover.add(text("Return id", "/id", true));
    cover.add(text("Plan id", "/plan", true));
    cover.add(new Field("Round", "/round", ValueKind.TEXT, CellKind.PREFILLED, null, true));
    cover.add(pick("Financial year", "/year", YEAR, true));
    cover.add(pick("Quarter", "/quarter", QUARTER, true));
    cover.add(text("Title", "/title", true));
    cover.add(field("Position as at", "/asAt", ValueKind.DATE, null, true));
    cover.add(text("Source: title", "/source/title", false));
    cover.add(text("Source: date", "/source/date", false));
    cover.add(text("Source: reference", "/source/reference", false));
    cover.add(text("Source: notes", "/source/notes", false));
    cover.add(text("Source: what it leaves out", "/source/partial", false));
    cover.add(
        pick(
            "Section 75 agreement in place",
            "/budgetArrangements/section75InPlace",
            YES_NO,
            false));
    cover.add(text("Budget arrangements: notes", "/budgetArrangements/notes", false));
    cover.add(
        field(
            "Total of the fund (£)",
            "/incomeAndExpenditure/fundTotal",
            ValueKind.MONEY,
            null,
            false));
    cover.add(text("Income and expenditure: notes", "/incomeAndExpenditure/notes", false));
    if (payment) {
      cover.add(
          field(
              "Payment for performance: value per avoided admission (£)",
              "/paymentForPerformance/valuePerAvoidedAdmission",
              ValueKind.MONEY,
              null,
              false));
      cover.add(
          field(
              "Payment for performance: most that could be paid (£)",
              "/paymentForPerformance/maximumTotal",
              ValueKind.MONEY,
              null,
              false));
      cover.add(
          pick(
              "Payment for performance: payment likely",
              "/paymentForPerformance/paymentLikely",
              YES_NO,
              false));
      cover.add(
          text("Payment for performance: judgement", "/paymentForPerformance/judgement", false));
    }
    cover.add(text("Assurer's view", "/assurance/view", false));
    cover.add(text("Assurer", "/assurance/assurer", false));
    cover.add(field("Date of the assurer's view", "/assurance/date", ValueKind.DATE, null, false));

    List<String> sheets = new ArrayList<>(List.of(ReturnLayout.GUIDANCE, ReturnLayout.COVER));
    List<ReturnLayout.Form> forms = new ArrayList<>();
    forms.add(new ReturnLayout.Form(ReturnLayout.COVER, "Cover", cover));
    List<Table> tables = new ArrayList<>();
    tables.add(
        table(
            sheets,
            "HWBs",
            "Health and Wellbeing Boards the return reports for",
            "/hwbs",
            3,
            List.of(col("Health and Wellbeing Board (id)", "", ValueKind.TEXT, null, true))));
    tables.add(
        table(
            sheets,
            "Budget arrangements",
            "Budget arrangements: how each scheme's money is held",
            "/budgetArrangements/schemes",
            10,
            List.of(
                col("Scheme (id)", "/scheme", ValueKind.TEXT, null, true),
                col("Arrangement", "/arrangement", ValueKind.TEXT, ARRANGEMENT, true),
                col("Host organisation (id)", "/host", ValueKind.TEXT, null, false),
                col("As described", "/asDescribed", ValueKind.TEXT, null, false))));
    tables.add(
        table(
            sheets,
            "National conditions",
            "National conditions: status as at the end of the quarter",
            "/nationalConditions",
            round.nationalConditions().size() + 5,
            List.of(
                col("HWB (id)", "/hwb", ValueKind.TEXT, null, false),
                col("Condition", "/condition", ValueKind.TEXT, CONDITION, true),
                col("Sub-item", "/subItem", ValueKind.TEXT, SUB_ITEM, false),
                col("Status", "/status", ValueKind.TEXT, STATUS, true),
                col("Expected to be met by", "/expectedDate", ValueKind.DATE, null, false),
                col(
                    "Expected date in the source's words",
                    "/expectedDateText",
                    ValueKind.TEXT,
                    null,
                    false),
                col("Narrative", "/narrative", ValueKind.TEXT, null, false),
                col(
                    "Share of the region's HWBs that met it",
                    "/regionalShareMet",
                    ValueKind.NUMBER,
                    null,
                    false))));
    tables.add(
        table(
            sheets,
            "Metrics",
            "Metrics: progress against the plan's ambitions",
            "/metrics",
            round.metrics().size() + 5,
            List.of(
                col("HWB (id)", "/hwb", ValueKind.TEXT, null, false),
                col("Metric", "/metric", ValueKind.TEXT, METRIC, true),
                col("Progress", "/progress", ValueKind.TEXT, PROGRESS, false),
                col("Narrative", "/narrative", ValueKind.TEXT, null, false),
                col("Latest period", "/latestPeriod", ValueKind.TEXT, null, false),
                col("Latest actual", "/latestActual", ValueKind.NUMBER, null, false),
                col("Target", "/target", ValueKind.NUMBER, null, false),
                col("RAG", "/rag", ValueKind.TEXT, null, false),
                col("Trend", "/trend", ValueKind.TEXT, null, false))));
    tables.add(
        table(
            sheets,
            "Income",
            "Income: by source, plan, actual to date and forecast outturn",
            "/incomeAndExpenditure/income",
            20,
            financeColumns(false)));
    tables.add(
        table(
            sheets,
            "Expenditure",
            "Expenditure: by scheme, plan, actual to date and forecast outturn",
            "/incomeAndExpenditure/expenditure",
            30,
            financeColumns(true)));
    if (hicm) {
      tables.add(
          table(
              sheets,
              "High Impact Change Model",
              "High Impact Change Model: maturity now and planned",
              "/highImpactChangeModel",
              returns.highImpactChangeModel().orElseThrow().changes().size() + 5,
              List.of(
                  col("HWB (id)", "/hwb", ValueKind.TEXT, null, false),
                  col("Change", "/change", ValueKind.TEXT, CHANGE, true),
                  col("Current maturity", "/current", ValueKind.TEXT, LEVEL, true),
                  col("Planned maturity", "/planned", ValueKind.TEXT, LEVEL, false),
                  col("Narrative", "/narrative", ValueKind.TEXT, null, false))));
    }
    if (payment) {
      tables.add(
          table(
              sheets,
              "Payment for performance",
              "Payment for performance: the most each HWB could be paid",
              "/paymentForPerformance/byHwb",
              3,
              List.of(
                  col("HWB (id)", "/hwb", ValueKind.TEXT, null, true),
                  col(
                      "Planned reduction in admissions",
                      "/maximumReduction",
                      ValueKind.WHOLE,
                      null,
                      false),
                  col(
                      "Most that could be paid (£)",
                      "/maximumPayment",
                      ValueKind.MONEY,
                      null,
                      false))));
    }
    String narrative = (sheets.size() + 1) + ". Narrative";
    sheets.add(narrative);
    forms.add(
        new ReturnLayout.Form(
            narrative,
            "Narrative",
            List.of(
                text("Progress", "/narrative/progress", false),
                text("Challenges", "/narrative/challenges", false),
                text("Support needed", "/narrative/supportNeeded", false))));
    tables.add(
        table(
            sheets,
            "Sign-off",
            "Contacts and sign-off by each HWB's board",
            "/signOffs",
            5,
            List.of(
                col("HWB (id)", "/hwb", ValueKind.TEXT, null, true),
                col("Name", "/name", ValueKind.TEXT, null, true),
                col("Position", "/position", ValueKind.TEXT, null, false),
                col("Date signed", "/date", ValueKind.DATE, null, false))));
    sheets.add((sheets.size() + 1) + ". Checklist");
    sheets.add((sheets.size() + 1) + ". Other details");
    sheets.add(ReturnLayout.LISTS);
    String described = forms + "|" + tables + "|" + picklists + "|" + sheets;
    return new ReturnLayout(
        round.id(),
        round.name(),
        SHAPE + "." + fingerprint(described),
        forms,
        tables,
        picklists,
        sheets);
  }

  private static List<Column> financeColumns(boolean expenditure) {
    List<Column> columns = new ArrayList<>();
    columns.add(col("HWB (id)", "/hwb", ValueKind.TEXT, null, false));
    if (expenditure) {
      columns.add(col("Scheme (id)", "/scheme", ValueKind.TEXT, null, false));
    }
    columns.add(col("Funding stream", "/source", ValueKind.TEXT, FUNDING_STREAM, false));
    columns.add(col("Organisation (id)", "/organisation", ValueKind.TEXT, null, false));
    columns.add(col("Description", "/description", ValueKind.TEXT, null, false));
    columns.add(col("Plan for the year (£)", "/plan", ValueKind.MONEY, null, false));
    columns.add(col("Actual to date (£)", "/actualToDate", ValueKind.MONEY, null, false));
    columns.add(col("Forecast outturn (£)", "/forecastOutturn", ValueKind.MONEY, null, false));
    columns.add(
        new Column(
            "Variance: forecast less plan (£)",
            VARIANCE,
            ValueKind.MONEY,
            CellKind.CALCULATED,
            null,
            false));
    columns.add(col("Forecast in words", "/forecastNote", ValueKind.TEXT, null, false));
    return columns;
  }

  /** The path of the calculated variance column: it is not part of the return document. */
  public static final String VARIANCE = "#variance";

  private void list(String name, List<Picklist.Option> options) {
    picklists.put(name, new Picklist(name, options));
  }

  private static Picklist.Option option(String code, String title) {
    return new Picklist.Option(code, title);
  }

  /** A code in words, first letter capital: {@code not-on-track} is "Not on track". */
  private static Picklist.Option worded(String code) {
    String words = ReturnWords.level(code);
    return option(
        code, words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1));
  }

  private static Field text(String label, String path, boolean required) {
    return field(label, path, ValueKind.TEXT, null, required);
  }

  private static Field pick(String label, String path, String list, boolean required) {
    return field(
        label,
        path,
        list.equals(YES_NO) ? ValueKind.TRUE_OR_FALSE : ValueKind.TEXT,
        list,
        required);
  }

  private static Field field(
      String label, String path, ValueKind kind, String list, boolean required) {
    return new Field(label, path, kind, CellKind.INPUT, list, required);
  }

  private static Column col(
      String header, String path, ValueKind kind, String list, boolean required) {
    return new Column(header, path, kind, CellKind.INPUT, list, required);
  }

  private static Table table(
      List<String> sheets,
      String name,
      String title,
      String list,
      int blankRows,
      List<Column> columns) {
    String sheet = (sheets.size() + 1) + ". " + name;
    sheets.add(sheet);
    return new Table(sheet, title, list, columns, blankRows);
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
