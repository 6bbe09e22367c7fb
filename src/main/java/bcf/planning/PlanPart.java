package bcf.planning;

import bcf.document.DocumentPart;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a plan that are edited (and checked for conflicting edits) as a whole, each a set of
 * top-level fields of the plan document. {@code id}, {@code round} and {@code published} belong to
 * no part: they are set when the plan is created and by the workflow.
 */
public enum PlanPart implements DocumentPart {
  DETAILS(
      "details",
      "Plan details",
      List.of("title", "years", "statedIn", "source", "hwbs", "organisations", "dates")),
  CONTRIBUTIONS("contributions", "Contributions", List.of("contributions")),
  SCHEMES("schemes", "Schemes", List.of("schemes")),
  FINANCE(
      "finance",
      "Pooled budget and other finance",
      List.of(
          "pooledBudget",
          "dfg",
          "ibcf",
          "outOfHospital",
          "socialCareMaintenance",
          "contingency",
          "paymentForPerformance",
          "declared",
          "explanations")),
  CONDITIONS("conditions", "National conditions", List.of("nationalConditions")),
  METRICS("metrics", "Metrics", List.of("metrics")),
  RISKS("risks", "Risks", List.of("risks")),
  NARRATIVE("narrative", "Narrative", List.of("narrative")),
  RECORD("record", "Sign-offs and versions as printed", List.of("signOffs", "versions"));

  private final String code;
  private final String label;
  private final List<String> fields;

  PlanPart(String code, String label, List<String> fields) {
    this.code = code;
    this.label = label;
    this.fields = fields;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public List<String> fields() {
    return fields;
  }

  public static Optional<PlanPart> find(String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }

  /** The part holding a top-level document field. */
  public static Optional<PlanPart> ofField(String field) {
    return Arrays.stream(values()).filter(p -> p.fields.contains(field)).findFirst();
  }

  /** The part holding the value at a JSON pointer. */
  public static Optional<PlanPart> ofPath(String pointer) {
    String trimmed = pointer.startsWith("/") ? pointer.substring(1) : pointer;
    int slash = trimmed.indexOf('/');
    return ofField(slash < 0 ? trimmed : trimmed.substring(0, slash));
  }
}
