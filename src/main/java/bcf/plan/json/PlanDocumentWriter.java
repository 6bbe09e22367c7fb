package bcf.plan.json;

import bcf.json.Json;
import bcf.plan.Plan;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Plan} as a plan document in canonical form: fields in the documented order (the
 * records' own), blank values and empty lists left out (except a year whose amount is blank, which
 * is kept as null), by the binding of {@link PlanModule}. Reading the output back gives the same
 * plan; writing it again gives the same text.
 */
public final class PlanDocumentWriter {

  public String write(Plan plan) {
    return Json.write(toJson(plan));
  }

  public ObjectNode toJson(Plan plan) {
    return PlanModule.MAPPER.valueToTree(plan);
  }
}
