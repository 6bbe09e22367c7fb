package bcf.workflow;

import java.util.Arrays;
import java.util.Locale;

/** Where a plan is in its life: the states of the workflow state machine ({@link Workflow}). */
public enum PlanStatus {
  DRAFT("Draft"),
  AGREED("Agreed by partners"),
  APPROVED("Approved by HWB"),
  SUBMITTED("Submitted"),
  ASSURED("Assured");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }

  /**
   * The colour of the status's tag on the pages, one per status so that a list can be read at a
   * glance (GOV.UK tag modifiers): a draft grey, agreed light blue, approved turquoise, submitted
   * blue, assured green.
   */
  public String tagColour() {
    return switch (this) {
      case DRAFT -> "grey";
      case AGREED -> "light-blue";
      case APPROVED -> "turquoise";
      case SUBMITTED -> "blue";
      case ASSURED -> "green";
    };
  }

  /** Plan content may change only before submission. */
  public boolean editable() {
    return this == DRAFT || this == AGREED || this == APPROVED;
  }

  public static PlanStatus of(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown status '" + code + "'"));
  }
}
