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
