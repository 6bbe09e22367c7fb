package bcf.workflow;

import bcf.plan.Organisation;
import bcf.plan.Plan;
import bcf.plan.SignOff;
import bcf.round.Round;
import bcf.round.SignatoryRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who must sign a plan: for each requirement of the round (a role for each CCG, council or HWB),
 * one signature per party of that kind in the plan; and the one place that decides whether each has
 * been given, for the workflow and for validation alike. For a plan in bcf's workflow the
 * signatures recorded there decide (a name typed into the document does not sign it); for a bare
 * document (the command line, an import) the sign-offs it prints decide.
 */
public final class RequiredSignatures {

  private RequiredSignatures() {}

  /** One signature the round requires: a role, on behalf of a party (organisation or HWB). */
  public record Required(String role, String roleName, String party, String partyName) {
    public String describe() {
      return partyName + " (" + roleName + ")";
    }
  }

  /** A signature recorded in the workflow for the version in question: party and role. */
  public record Recorded(String party, String role) {}

  /** How a required signature stands. */
  public enum Given {
    /** Recorded in the workflow for this version. */
    RECORDED,
    /** Printed in the document with a name and a date (the document alone decides). */
    PRINTED,
    /** Printed in the document without its name or date (the document alone decides). */
    PRINTED_INCOMPLETE,
    /** Not given. */
    NOT_GIVEN
  }

  /**
   * A required signature, how it stands, and the document's sign-off for the same party (its index
   * in {@code signOffs}, or -1), which a finding quotes.
   */
  public record Check(Required required, Given given, int printed) {
    public boolean signed() {
      return given == Given.RECORDED || given == Given.PRINTED;
    }
  }

  /**
   * Whether each required signature is given. {@code recorded} is the workflow's signatures for the
   * version, or empty for a document outside the workflow.
   */
  public static List<Check> check(Plan plan, Round round, Optional<List<Recorded>> recorded) {
    List<Check> checks = new ArrayList<>();
    for (Required required : of(plan, round)) {
      int printed = printedFor(plan, required.party());
      Given given;
      if (recorded.isPresent()) {
        given = isRecorded(required, recorded.get()) ? Given.RECORDED : Given.NOT_GIVEN;
      } else if (printed < 0) {
        given = Given.NOT_GIVEN;
      } else {
        given = plan.signOffs().get(printed).isSigned() ? Given.PRINTED : Given.PRINTED_INCOMPLETE;
      }
      checks.add(new Check(required, given, printed));
    }
    return checks;
  }

  /** The required signatures not recorded: what the workflow waits for. */
  public static List<Required> missing(List<Required> required, List<Recorded> recorded) {
    return required.stream().filter(r -> !isRecorded(r, recorded)).toList();
  }

  private static boolean isRecorded(Required required, List<Recorded> recorded) {
    return recorded.stream()
        .anyMatch(s -> s.party().equals(required.party()) && s.role().equals(required.role()));
  }

  private static int printedFor(Plan plan, String party) {
    for (int i = 0; i < plan.signOffs().size(); i++) {
      SignOff signOff = plan.signOffs().get(i);
      if (party.equals(signOff.onBehalfOf())) {
        return i;
      }
    }
    return -1;
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
