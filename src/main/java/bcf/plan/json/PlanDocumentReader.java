package bcf.plan.json;

import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.ConditionAnswer;
import bcf.plan.ContingencyLine;
import bcf.plan.Contribution;
import bcf.plan.DeclaredFigure;
import bcf.plan.Dfg;
import bcf.plan.Explanation;
import bcf.plan.Hwb;
import bcf.plan.Ibcf;
import bcf.plan.MetricAmbition;
import bcf.plan.NarrativeSection;
import bcf.plan.Organisation;
import bcf.plan.OutOfHospital;
import bcf.plan.PaymentForPerformance;
import bcf.plan.Plan;
import bcf.plan.PlanDate;
import bcf.plan.PooledBudget;
import bcf.plan.Risk;
import bcf.plan.Scheme;
import bcf.plan.SignOff;
import bcf.plan.SocialCareMaintenance;
import bcf.plan.Split;
import bcf.plan.VersionEntry;
import bcf.plan.YearAmounts;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a plan document (JSON) into a {@link Plan}. Refuses what it cannot represent with a {@link
 * PlanDocumentException} that says where and why; content that can be represented but breaks a rule
 * (a year outside the round, an unknown picklist value) is left to validation.
 */
public final class PlanDocumentReader {

  /** Plan documents are a few hundred kilobytes; anything near this is not a plan. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public static final int DOCUMENT_VERSION = 1;

  private static final JsonMapper MAPPER = Json.MAPPER;

  public Plan read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new PlanDocumentException("", "the file is empty; a plan document is a JSON object");
    }
    if (bytes.length > MAX_BYTES) {
      throw new PlanDocumentException(
          "",
          String.format(
              Locale.UK,
              "the file is %.1f MB; plan documents are limited to %d MB",
              bytes.length / 1048576.0,
              MAX_BYTES / 1048576));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new PlanDocumentException(
          "",
          "the file is not UTF-8 text (is it a spreadsheet or a PDF?); a plan document is JSON");
    }
    return read(text);
  }

  public Plan read(String text) {
    if (text.isBlank()) {
      throw new PlanDocumentException("", "the file is empty; a plan document is a JSON object");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation location = e.getLocation();
      int line = location == null ? -1 : location.getLineNr();
      int column = location == null ? -1 : location.getColumnNr();
      throw new PlanDocumentException("", "not valid JSON: " + Json.reason(e), line, column);
    }
    return read(root);
  }

  public Plan read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new PlanDocumentException(
          "",
          "a plan document is a JSON object {...}, but this file holds "
              + JsonNodes.describe(root));
    }
    JsonNodes plan =
        JsonNodes.object(root, "")
            .only(
                Set.of(
                    "documentVersion",
                    "id",
                    "round",
                    "years",
                    "title",
                    "published",
                    "statedIn",
                    "source",
                    "hwbs",
                    "organisations",
                    "dates",
                    "pooledBudget",
                    "contributions",
                    "schemes",
                    "dfg",
                    "ibcf",
                    "outOfHospital",
                    "socialCareMaintenance",
                    "contingency",
                    "paymentForPerformance",
                    "nationalConditions",
                    "metrics",
                    "risks",
                    "signOffs",
                    "narrative",
                    "versions",
                    "declared",
                    "explanations"));
    Integer version = plan.integer("documentVersion");
    if (version != null && version != DOCUMENT_VERSION) {
      throw JsonNodes.error(
          "documentVersion",
          "version " + version + " is not supported; this bcf reads version " + DOCUMENT_VERSION);
    }
    List<FinancialYear> years =
        plan.strings("years").stream().map(y -> JsonNodes.parseYear(y, "years")).toList();
    return new Plan(
        plan.requiredString("id"),
        plan.requiredString("round"),
        years,
        plan.string("title"),
        plan.bool("published", false),
        statedIn(plan),
        source(plan.object("source")),
        plan.list("hwbs", PlanDocumentReader::hwb),
        plan.list("organisations", PlanDocumentReader::organisation),
        plan.list("dates", PlanDocumentReader::planDate),
        pooledBudget(plan.object("pooledBudget")),
        plan.list("contributions", PlanDocumentReader::contribution),
        plan.list("schemes", PlanDocumentReader::scheme),
        dfg(plan.object("dfg")),
        ibcf(plan.object("ibcf")),
        outOfHospital(plan.object("outOfHospital")),
        socialCareMaintenance(plan.object("socialCareMaintenance")),
        plan.list("contingency", PlanDocumentReader::contingency),
        paymentForPerformance(plan.object("paymentForPerformance")),
        plan.list("nationalConditions", PlanDocumentReader::condition),
        plan.list("metrics", PlanDocumentReader::metric),
        plan.list("risks", PlanDocumentReader::risk),
        plan.list("signOffs", PlanDocumentReader::signOff),
        plan.list("narrative", PlanDocumentReader::narrative),
        plan.list("versions", PlanDocumentReader::version),
        plan.list("declared", PlanDocumentReader::declared),
        plan.list("explanations", PlanDocumentReader::explanation));
  }

  private static Plan.StatedIn statedIn(JsonNodes plan) {
    String text = plan.string("statedIn");
    if (text == null) {
      return Plan.StatedIn.POUNDS;
    }
    return switch (text) {
      case "pounds" -> Plan.StatedIn.POUNDS;
      case "thousands" -> Plan.StatedIn.THOUSANDS;
      case "millions" -> Plan.StatedIn.MILLIONS;
      default ->
          throw JsonNodes.error(
              "statedIn", "'" + text + "' is not one of pounds, thousands, millions");
    };
  }

  private static Plan.Source source(JsonNodes node) {
    if (node == null) {
      return null;
    }
    node.only(Set.of("title", "date", "reference", "notes"));
    return new Plan.Source(
        node.string("title"), node.string("date"), node.string("reference"), node.string("notes"));
  }

  private static Hwb hwb(JsonNodes node) {
    node.only(Set.of("id", "name", "localAuthority", "region", "boundaryNotes"));
    return new Hwb(
        node.requiredString("id"),
        node.requiredString("name"),
        node.string("localAuthority"),
        node.string("region"),
        node.string("boundaryNotes"));
  }

  private static Organisation organisation(JsonNodes node) {
    node.only(Set.of("id", "name", "type", "hwbs", "populationShares", "notes"));
    return new Organisation(
        node.requiredString("id"),
        node.requiredString("name"),
        node.string("type"),
        node.strings("hwbs"),
        node.decimalsByKey("populationShares"),
        node.string("notes"));
  }

  private static PlanDate planDate(JsonNodes node) {
    node.only(Set.of("event", "date", "asPrinted"));
    return new PlanDate(node.requiredString("event"), node.date("date"), node.string("asPrinted"));
  }

  private static YearAmounts amounts(JsonNodes node, String name) {
    return new YearAmounts(node.byYear(name, JsonNodes::money));
  }

  private static PooledBudget pooledBudget(JsonNodes node) {
    if (node == null) {
      return PooledBudget.NONE;
    }
    node.only(Set.of("host", "arrangement", "riskShare", "pools", "riskShares"));
    return new PooledBudget(
        node.string("host"),
        node.string("arrangement"),
        node.string("riskShare"),
        node.list(
            "pools",
            pool -> {
              pool.only(Set.of("id", "name", "host", "hwbs", "amounts", "riskShare", "notes"));
              return new PooledBudget.Pool(
                  pool.string("id"),
                  pool.requiredString("name"),
                  pool.string("host"),
                  pool.strings("hwbs"),
                  amounts(pool, "amounts"),
                  pool.string("riskShare"),
                  pool.string("notes"));
            }),
        node.list(
            "riskShares",
            share -> {
              share.only(
                  Set.of("id", "description", "amount", "retainedShare", "retained", "condition"));
              return new PooledBudget.RiskShare(
                  share.string("id"),
                  share.string("description"),
                  amounts(share, "amount"),
                  share.share("retainedShare"),
                  amounts(share, "retained"),
                  share.string("condition"));
            }));
  }

  private static Contribution contribution(JsonNodes node) {
    node.only(
        Set.of(
            "hwb", "organisation", "stream", "description", "year", "minimum", "actual", "notes"));
    FinancialYear year = node.year("year");
    if (year == null) {
      throw JsonNodes.error(node.at("year"), "is required");
    }
    return new Contribution(
        node.string("hwb"),
        node.requiredString("organisation"),
        node.string("stream"),
        node.string("description"),
        year,
        node.money("minimum"),
        node.money("actual"),
        node.string("notes"));
  }

  private static Split split(JsonNode value, String where) {
    if (value == null || value.isNull()) {
      return null;
    }
    JsonNodes node =
        JsonNodes.object(value, where).only(Set.of("recurrent", "nonRecurrent", "total"));
    return new Split(node.money("recurrent"), node.money("nonRecurrent"), node.money("total"));
  }

  private static Scheme scheme(JsonNodes node) {
    node.only(
        Set.of(
            "id",
            "name",
            "hwb",
            "theme",
            "type",
            "subType",
            "description",
            "leadProvider",
            "providerType",
            "commissioner",
            "areaOfSpend",
            "source",
            "newOrExisting",
            "pooling",
            "spend",
            "benefits",
            "outputs"));
    return new Scheme(
        node.requiredString("id"),
        node.requiredString("name"),
        node.string("hwb"),
        node.string("theme"),
        node.string("type"),
        node.string("subType"),
        node.string("description"),
        node.string("leadProvider"),
        node.string("providerType"),
        node.string("commissioner"),
        node.string("areaOfSpend"),
        node.string("source"),
        node.string("newOrExisting"),
        node.string("pooling"),
        node.byYear("spend", PlanDocumentReader::split),
        node.byYear("benefits", PlanDocumentReader::split),
        node.string("outputs"));
  }

  private static Dfg dfg(JsonNodes node) {
    if (node == null) {
      return Dfg.NONE;
    }
    node.only(Set.of("passThrough", "allocation", "carriedForward"));
    return new Dfg(
        node.list(
            "passThrough",
            row -> {
              row.only(Set.of("hwb", "year", "district", "amount"));
              return new Dfg.PassThrough(
                  row.string("hwb"),
                  requiredYear(row),
                  row.requiredString("district"),
                  row.money("amount"));
            }),
        node.list(
            "allocation",
            row -> {
              row.only(Set.of("hwb", "year", "district", "total", "dfg", "other"));
              return new Dfg.Allocation(
                  row.string("hwb"),
                  requiredYear(row),
                  row.requiredString("district"),
                  row.money("total"),
                  row.money("dfg"),
                  row.money("other"));
            }),
        amounts(node, "carriedForward"));
  }

  private static FinancialYear requiredYear(JsonNodes row) {
    FinancialYear year = row.year("year");
    if (year == null) {
      throw JsonNodes.error(row.at("year"), "is required");
    }
    return year;
  }

  private static Ibcf ibcf(JsonNodes node) {
    if (node == null) {
      return Ibcf.NONE;
    }
    node.only(Set.of("purposes"));
    return new Ibcf(
        node.list(
            "purposes",
            row -> {
              row.only(Set.of("id", "purpose", "objectives", "amounts"));
              return new Ibcf.Purpose(
                  row.string("id"),
                  row.requiredString("purpose"),
                  row.string("objectives"),
                  amounts(row, "amounts"));
            }));
  }

  private static OutOfHospital outOfHospital(JsonNodes node) {
    if (node == null) {
      return OutOfHospital.NONE;
    }
    node.only(Set.of("spend", "ringFence"));
    return new OutOfHospital(
        node.list(
            "spend",
            row -> {
              row.only(Set.of("areaOfSpend", "amounts"));
              return new OutOfHospital.AreaSpend(
                  row.requiredString("areaOfSpend"), amounts(row, "amounts"));
            }),
        amounts(node, "ringFence"));
  }

  private static SocialCareMaintenance socialCareMaintenance(JsonNodes node) {
    if (node == null) {
      return new SocialCareMaintenance(
          YearAmounts.EMPTY, YearAmounts.EMPTY, new java.util.TreeMap<>());
    }
    node.only(Set.of("baseline", "planned", "uplift"));
    return new SocialCareMaintenance(
        amounts(node, "baseline"),
        amounts(node, "planned"),
        node.byYear("uplift", JsonNodes::decimal));
  }

  private static ContingencyLine contingency(JsonNodes node) {
    node.only(Set.of("hwb", "period", "plannedSavings", "maximumSupport"));
    return new ContingencyLine(
        node.string("hwb"),
        node.requiredString("period"),
        node.money("plannedSavings"),
        node.money("maximumSupport"));
  }

  private static PaymentForPerformance paymentForPerformance(JsonNodes node) {
    if (node == null) {
      return null;
    }
    node.only(Set.of("valuePerAvoidedAdmission", "byHwb"));
    return new PaymentForPerformance(
        node.money("valuePerAvoidedAdmission"),
        node.list(
            "byHwb",
            row -> {
              row.only(
                  Set.of(
                      "hwb", "baselineAdmissions", "plannedReduction", "plannedReductionPercent"));
              return new PaymentForPerformance.HwbReduction(
                  row.string("hwb"),
                  row.decimal("baselineAdmissions"),
                  row.decimal("plannedReduction"),
                  row.decimal("plannedReductionPercent"));
            }));
  }

  private static ConditionAnswer condition(JsonNodes node) {
    node.only(
        Set.of(
            "hwb",
            "condition",
            "subItem",
            "status",
            "answer",
            "evidence",
            "expectedDate",
            "explanation",
            "regionalPercentMet"));
    return new ConditionAnswer(
        node.string("hwb"),
        node.requiredString("condition"),
        node.string("subItem"),
        enumValue(node, "status", ConditionAnswer.Status.class, "met, not-met"),
        enumValue(node, "answer", ConditionAnswer.Answer.class, "yes, no"),
        node.string("evidence"),
        node.date("expectedDate"),
        node.string("explanation"),
        node.decimal("regionalPercentMet"));
  }

  private static <E extends Enum<E>> E enumValue(
      JsonNodes node, String name, Class<E> type, String allowed) {
    String text = node.string(name);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw JsonNodes.error(node.at(name), "'" + text + "' is not one of " + allowed);
    }
  }

  private static MetricAmbition metric(JsonNodes node) {
    node.only(
        Set.of(
            "hwb",
            "metric",
            "name",
            "description",
            "definition",
            "baseline",
            "targets",
            "trajectory",
            "actuals",
            "notes"));
    JsonNodes definition = node.object("definition");
    JsonNodes baseline = node.object("baseline");
    JsonNodes trajectory = node.object("trajectory");
    return new MetricAmbition(
        node.string("hwb"),
        node.requiredString("metric"),
        node.string("name"),
        node.string("description"),
        definition == null ? null : definition(definition),
        baseline == null ? null : observation(baseline),
        node.list("targets", PlanDocumentReader::observation),
        trajectory == null ? null : trajectory(trajectory),
        node.list("actuals", PlanDocumentReader::observation),
        node.string("notes"));
  }

  private static MetricAmbition.Definition definition(JsonNodes node) {
    node.only(Set.of("type", "multiplier", "polarity", "unit"));
    return new MetricAmbition.Definition(
        node.string("type"),
        node.decimal("multiplier"),
        node.string("polarity"),
        node.string("unit"));
  }

  private static MetricAmbition.Observation observation(JsonNodes node) {
    node.only(Set.of("period", "periodLabel", "payment", "numerator", "denominator", "value"));
    return new MetricAmbition.Observation(
        node.period("period"),
        node.string("periodLabel"),
        node.string("payment"),
        node.decimal("numerator"),
        node.decimal("denominator"),
        node.decimal("value"));
  }

  private static MetricAmbition.Trajectory trajectory(JsonNodes node) {
    node.only(Set.of("method", "from", "to", "startPeriod", "heldUntil", "values"));
    JsonNodes from = node.object("from");
    JsonNodes to = node.object("to");
    return new MetricAmbition.Trajectory(
        node.requiredString("method"),
        from == null ? null : point(from),
        to == null ? null : point(to),
        node.period("startPeriod"),
        node.period("heldUntil"),
        node.byPeriod("values", JsonNodes::decimal));
  }

  private static MetricAmbition.Point point(JsonNodes node) {
    node.only(Set.of("period", "value"));
    return new MetricAmbition.Point(node.period("period"), node.decimal("value"));
  }

  private static Risk risk(JsonNodes node) {
    node.only(
        Set.of(
            "id",
            "hwb",
            "description",
            "likelihood",
            "impact",
            "score",
            "rating",
            "mitigation",
            "owner",
            "level",
            "reviewDate"));
    return new Risk(
        node.string("id"),
        node.string("hwb"),
        node.requiredString("description"),
        node.integer("likelihood"),
        node.integer("impact"),
        node.integer("score"),
        node.string("rating"),
        node.string("mitigation"),
        node.string("owner"),
        node.string("level"),
        node.date("reviewDate"));
  }

  private static SignOff signOff(JsonNodes node) {
    node.only(
        Set.of(
            "id",
            "onBehalfOf",
            "onBehalfOfName",
            "role",
            "position",
            "name",
            "date",
            "asPrinted",
            "required"));
    return new SignOff(
        node.string("id"),
        node.string("onBehalfOf"),
        node.string("onBehalfOfName"),
        node.string("role"),
        node.string("position"),
        node.string("name"),
        node.date("date"),
        node.string("asPrinted"),
        node.bool("required", true));
  }

  private static NarrativeSection narrative(JsonNodes node) {
    node.only(Set.of("key", "title", "text", "hwb"));
    return new NarrativeSection(
        node.string("key"), node.string("title"), node.string("text"), node.string("hwb"));
  }

  private static VersionEntry version(JsonNodes node) {
    node.only(Set.of("version", "date", "author", "summary"));
    return new VersionEntry(
        node.string("version"), node.string("date"), node.string("author"), node.string("summary"));
  }

  private static DeclaredFigure declared(JsonNodes node) {
    node.only(Set.of("figure", "year", "hwb", "amount", "label", "asPrinted"));
    return new DeclaredFigure(
        node.requiredString("figure"),
        node.year("year"),
        node.string("hwb"),
        node.money("amount"),
        node.string("label"),
        node.string("asPrinted"));
  }

  private static Explanation explanation(JsonNodes node) {
    node.only(Set.of("rule", "year", "where", "text"));
    return new Explanation(
        node.requiredString("rule"),
        node.year("year"),
        node.string("where"),
        node.requiredString("text"));
  }

  /** Kept for callers that have an amount to check the same way the reader does. */
  static Money money(JsonNode value, String where) {
    return JsonNodes.money(value, where);
  }
}
