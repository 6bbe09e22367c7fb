package bcf.planning;

import tools.jackson.databind.JsonNode;

/**
 * One changed value of a plan document: where (a JSON pointer such as {@code
 * /contributions/3/actual}), the old and the new value ({@code null} when absent).
 */
public record Change(String path, JsonNode oldValue, JsonNode newValue) {

  /** The part of the plan the change belongs to. */
  public String part() {
    return PlanPart.ofPath(path).map(PlanPart::code).orElse("plan");
  }
}
