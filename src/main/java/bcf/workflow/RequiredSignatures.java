package bcf.workflow;

import bcf.plan.Organisation;
import bcf.plan.Plan;
import bcf.round.Round;
import bcf.round.SignatoryRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who must sign a plan: for each requirement of the round (a role for each CCG, council or HWB),
 * one signature per party of that kind in the plan.
 */
public final class RequiredSignatures {

  private RequiredSignatures() {}

  /** One signature the round requires: a role, on behalf of a party (organisation or HWB). */
  public record Required(String role, String roleName, String party, String partyName) {
    public String describe() {
      return partyName + " (" + roleName + ")";
    }
  }

  public static List<Required> of(Plan plan, Round round) {
    List<Required> required = new ArrayList<>();
    for (SignatoryRequirement requirement : round.signatories()) {
      parties(plan, requirement.forEach())
          .forEach(
              (id, name) ->
                  required.add(new Required(requirement.role(), requirement.name(), id, name)));
    }
    return required;
  }

  /** The parties (id to name) a requirement applies to. */
  public static Map<String, String> parties(Plan plan, String forEach) {
    Map<String, String> parties = new LinkedHashMap<>();
    switch (forEach) {
      case "hwb" -> plan.hwbs().forEach(h -> parties.put(h.id(), h.name()));
      case "ccg" -> organisations(plan, Set.of("ccg", "icb"), parties);
      case "local-authority" -> organisations(plan, Set.of("local-authority"), parties);
      case "partner" -> organisations(plan, Set.of("ccg", "icb", "local-authority"), parties);
      default -> throw new IllegalArgumentException("unknown signatory kind " + forEach);
    }
    return parties;
  }

  private static void organisations(Plan plan, Set<String> types, Map<String, String> parties) {
    for (Organisation organisation : plan.organisations()) {
      if (organisation.type() != null && types.contains(organisation.type())) {
        parties.put(organisation.id(), organisation.name());
      }
    }
  }
}
