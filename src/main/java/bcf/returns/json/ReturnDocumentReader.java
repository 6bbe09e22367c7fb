package bcf.returns.json;

import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.returns.QuarterlyReturn;
import bcf.returns.QuarterlyReturn.Assurance;
import bcf.returns.QuarterlyReturn.BudgetArrangements;
import bcf.returns.QuarterlyReturn.ConditionStatus;
import bcf.returns.QuarterlyReturn.FinanceLine;
import bcf.returns.QuarterlyReturn.HicmMaturity;
import bcf.returns.QuarterlyReturn.HwbSignOff;
import bcf.returns.QuarterlyReturn.IncomeAndExpenditure;
import bcf.returns.QuarterlyReturn.MetricProgress;
import bcf.returns.QuarterlyReturn.Narrative;
import bcf.returns.QuarterlyReturn.PaymentForPerformanceReport;
import bcf.returns.QuarterlyReturn.SchemeArrangement;
import bcf.returns.QuarterlyReturn.Source;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a return document, collecting every value of the wrong kind with where it is and why, so a
 * person can fix them all at once; a document with any such problem is refused whole.
 */
public final class ReturnDocumentReader {

  /** The value of {@code kind} that marks a JSON document as a return. */
  public static final String KIND = "return";

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /**
   * The top-level fields of a return document (return.schema.json), in the order bcf writes them.
   */
  public static final List<String> ORDER =
      List.of(
          "documentVersion",
          "kind",
          "id",
          "plan",
          "round",
          "year",
          "quarter",
          "title",
          "asAt",
          "source",
          "hwbs",
          "budgetArrangements",
          "nationalConditions",
          "metrics",
          "incomeAndExpenditure",
          "paymentForPerformance",
          "highImpactChangeModel",
          "narrative",
          "signOffs",
          "assurance");

  /** The top-level fields of a return document (return.schema.json). */
  public static final java.util.Set<String> FIELDS = java.util.Set.copyOf(ORDER);

  private final List<ReturnDocumentException.Problem> problems = new ArrayList<>();

  /** Whether a parsed JSON document says it is a return (its {@code kind}). */
  public static boolean isReturn(JsonNode root) {
    return root != null && root.isObject() && KIND.equals(root.path("kind").asString(""));
  }

  public static QuarterlyReturn read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new ReturnDocumentException(
          "", "the file is larger than return documents may be (10 MB)");
    }
    return read(new String(bytes, StandardCharsets.UTF_8));
  }

  public static QuarterlyReturn read(String text) {
    if (text == null || text.isBlank()) {
      throw new ReturnDocumentException("", "the document is empty; a return is a JSON object");
    }
    JsonNode root;
    try {
      root = Json.read(text);
    } catch (JacksonException e) {
      throw new ReturnDocumentException("", "not valid JSON: " + Json.reason(e));
    }
    return read(root);
  }

  public static QuarterlyReturn read(JsonNode root) {
    return new ReturnDocumentReader().document(root);
  }

  private QuarterlyReturn document(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new ReturnDocumentException("", "a return document is a JSON object");
    }
    if (!isReturn(root)) {
      problem("kind", "a return document says \"kind\": \"return\"");
    }
    root.propertyNames()
        .forEach(
            name -> {
              if (!FIELDS.contains(name)) {
                problem(name, "is not a field of a return document");
              }
            });
    QuarterlyReturn ret =
        new QuarterlyReturn(
            required(root, "id", ""),
            required(root, "plan", ""),
            required(root, "round", ""),
            year(root, "year"),
            required(root, "quarter", ""),
            text(root, "title"),
            date(root, "asAt", ""),
            source(object(root, "source")),
            list(root, "hwbs", "", (n, at) -> stringValue(n, at)),
            budget(object(root, "budgetArrangements")),
            list(root, "nationalConditions", "", this::condition),
            list(root, "metrics", "", this::metric),
            finance(object(root, "incomeAndExpenditure")),
            payment(object(root, "paymentForPerformance")),
            list(root, "highImpactChangeModel", "", this::hicm),
            narrative(object(root, "narrative")),
            list(root, "signOffs", "", this::signOff),
            assurance(object(root, "assurance")));
    if (!problems.isEmpty()) {
      throw new ReturnDocumentException(problems);
    }
    return ret;
  }

  private Source source(JsonNode node) {
    if (absent(node)) {
      return null;
    }
    return new Source(
        text(node, "title"),
        text(node, "date"),
        text(node, "reference"),
        text(node, "notes"),
        text(node, "partial"));
  }

  private BudgetArrangements budget(JsonNode node) {
    if (absent(node)) {
      return null;
    }
    String at = "budgetArrangements";
    return new BudgetArrangements(
        bool(node, "section75InPlace", at),
        text(node, "notes"),
        list(
            node,
            "schemes",
            at + ".",
            (n, where) ->
                new SchemeArrangement(
                    required(n, "scheme", where + "."),
                    required(n, "arrangement", where + "."),
                    text(n, "host"),
                    text(n, "asDescribed"))));
  }

  private ConditionStatus condition(JsonNode n, String at) {
    return new ConditionStatus(
        text(n, "hwb"),
        required(n, "condition", at + "."),
        text(n, "subItem"),
        required(n, "status", at + "."),
        date(n, "expectedDate", at + "."),
        text(n, "expectedDateText"),
        text(n, "narrative"),
        number(n, "regionalShareMet", at + "."));
  }

  private MetricProgress metric(JsonNode n, String at) {
    return new MetricProgress(
        text(n, "hwb"),
        required(n, "metric", at + "."),
        text(n, "progress"),
        text(n, "narrative"),
        text(n, "latestPeriod"),
        number(n, "latestActual", at + "."),
        number(n, "target", at + "."),
        text(n, "rag"),
        text(n, "trend"));
  }

  private IncomeAndExpenditure finance(JsonNode node) {
    if (absent(node)) {
      return null;
    }
    String at = "incomeAndExpenditure";
    return new IncomeAndExpenditure(
        money(node, "fundTotal", at + "."),
        list(node, "income", at + ".", this::line),
        list(node, "expenditure", at + ".", this::line),
        text(node, "notes"));
  }

  private FinanceLine line(JsonNode n, String at) {
    return new FinanceLine(
        text(n, "hwb"),
        text(n, "scheme"),
        text(n, "source"),
        text(n, "organisation"),
        text(n, "description"),
        money(n, "plan", at + "."),
        money(n, "actualToDate", at + "."),
        money(n, "forecastOutturn", at + "."),
        text(n, "forecastNote"));
  }

  private PaymentForPerformanceReport payment(JsonNode node) {
    if (absent(node)) {
      return null;
    }
    String at = "paymentForPerformance";
    return new PaymentForPerformanceReport(
        money(node, "valuePerAvoidedAdmission", at + "."),
        list(
            node,
            "byHwb",
            at + ".",
            (n, where) ->
                new PaymentForPerformanceReport.HwbMaximum(
                    required(n, "hwb", where + "."),
                    whole(n, "maximumReduction", where + "."),
                    money(n, "maximumPayment", where + "."))),
        money(node, "maximumTotal", at + "."),
        bool(node, "paymentLikely", at),
        text(node, "judgement"));
  }

  private HicmMaturity hicm(JsonNode n, String at) {
    return new HicmMaturity(
        text(n, "hwb"),
        required(n, "change", at + "."),
        text(n, "current"),
        text(n, "planned"),
        text(n, "narrative"));
  }

  private Narrative narrative(JsonNode node) {
    if (absent(node)) {
      return null;
    }
    return new Narrative(
        text(node, "progress"), text(node, "challenges"), text(node, "supportNeeded"));
  }

  private HwbSignOff signOff(JsonNode n, String at) {
    return new HwbSignOff(
        required(n, "hwb", at + "."),
        required(n, "name", at + "."),
        text(n, "position"),
        date(n, "date", at + "."));
  }

  private Assurance assurance(JsonNode node) {
    if (absent(node)) {
      return null;
    }
    return new Assurance(
        text(node, "view"), text(node, "assurer"), date(node, "date", "assurance."));
  }

  // --- values -------------------------------------------------------------------------------

  /** A section that is an object: absent, or an object; anything else is a problem. */
  private JsonNode object(JsonNode root, String name) {
    JsonNode node = root.get(name);
    if (absent(node)) {
      return null;
    }
    if (!node.isObject()) {
      problem(name, "should be an object with the section's fields");
      return null;
    }
    return node;
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  private void problem(String where, String reason) {
    problems.add(new ReturnDocumentException.Problem(where, reason));
  }

  private String stringValue(JsonNode node, String at) {
    if (!node.isString()) {
      problem(at, "should be text");
      return null;
    }
    return node.stringValue();
  }

  private String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (absent(value)) {
      return null;
    }
    return value.isString() ? value.stringValue() : value.asString();
  }

  private String required(JsonNode node, String name, String at) {
    JsonNode value = node.get(name);
    if (absent(value) || !value.isString() || value.stringValue().isBlank()) {
      problem(at + name, "is required text");
      return null;
    }
    return value.stringValue();
  }

  private FinancialYear year(JsonNode node, String name) {
    String text = required(node, name, "");
    if (text == null) {
      return null;
    }
    try {
      return FinancialYear.parse(text);
    } catch (IllegalArgumentException e) {
      problem(name, e.getMessage());
      return null;
    }
  }

  private LocalDate date(JsonNode node, String name, String at) {
    JsonNode value = node.get(name);
    if (absent(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.asString());
    } catch (DateTimeParseException e) {
      problem(at + name, "'" + value.asString() + "' is not a date written like 2015-09-30");
      return null;
    }
  }

  private Boolean bool(JsonNode node, String name, String at) {
    JsonNode value = node.get(name);
    if (absent(value)) {
      return null;
    }
    if (!value.isBoolean()) {
      problem(at + "." + name, "should be true or false, not '" + value.asString() + "'");
      return null;
    }
    return value.booleanValue();
  }

  private BigDecimal number(JsonNode node, String name, String at) {
    JsonNode value = node.get(name);
    if (absent(value)) {
      return null;
    }
    if (!value.isNumber()) {
      problem(at + name, "'" + value.asString() + "' is not a number");
      return null;
    }
    return value.decimalValue();
  }

  private Integer whole(JsonNode node, String name, String at) {
    BigDecimal number = number(node, name, at);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      problem(at + name, "'" + number.toPlainString() + "' is not a whole number");
      return null;
    }
  }

  private Money money(JsonNode node, String name, String at) {
    JsonNode value = node.get(name);
    if (absent(value)) {
      return null;
    }
    if (!value.isNumber()) {
      problem(
          at + name, "'" + value.asString() + "' is not an amount of money (a number of pounds)");
      return null;
    }
    BigDecimal pounds = value.decimalValue();
    if (pounds.scale() > 2 && pounds.stripTrailingZeros().scale() > 2) {
      problem(at + name, "'" + pounds.toPlainString() + "' has fractions of a penny");
      return null;
    }
    return new Money(pounds);
  }

  private <T> List<T> list(
      JsonNode node, String name, String at, BiFunction<JsonNode, String, T> item) {
    JsonNode value = node.get(name);
    if (absent(value)) {
      return List.of();
    }
    if (!value.isArray()) {
      problem(at + name, "should be a list");
      return List.of();
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      String where = at + name + "[" + i + "]";
      if (!element.isObject() && !element.isString()) {
        problem(where, "should be an object");
        continue;
      }
      T made = item.apply(element, where);
      if (made != null) {
        items.add(made);
      }
    }
    return items;
  }
}
