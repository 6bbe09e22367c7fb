package bcf.workflow;

import java.util.Arrays;

/** The result of NHS England's assurance of a submitted plan. */
public enum Outcome {
  APPROVED("approved", "Approved"),
  APPROVED_WITH_SUPPORT("approved-with-support", "Approved with support"),
  NOT_APPROVED("not-approved", "Not approved");

  private final String code;
  private final String label;

  Outcome(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Outcome of(String code) {
    return Arrays.stream(values())
        .filter(o -> o.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown outcome '"
                        + code
                        + "' (approved, approved-with-support or not-approved)"));
  }
}
