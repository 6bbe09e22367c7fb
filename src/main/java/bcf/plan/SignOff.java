package bcf.plan;

import java.time.LocalDate;

/** A signature on the plan on behalf of an organisation or the HWB. */
public record SignOff(
    String id,
    String onBehalfOf,
    String onBehalfOfName,
    String role,
    String position,
    String name,
    LocalDate date,
    String asPrinted,
    boolean required) {

  public boolean isSigned() {
    return name != null && !name.isBlank() && date != null;
  }
}
