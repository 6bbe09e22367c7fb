package bcf.plan;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * A key date of the plan; {@code date} is null where the source leaves it blank or a placeholder.
 */
public record PlanDate(String event, LocalDate date, String asPrinted) {

  /** The events the rounds require and the seeds print, in words. */
  private static final Map<String, String> EVENTS =
      Map.of(
          "agreed-by-hwb", "agreed by the Health and Wellbeing Board",
          "approved-by-hwb", "approved by the Health and Wellbeing Board",
          "agreed-by-programme-board", "agreed by the programme board",
          "submitted", "submitted to NHS England",
          "signed-off", "signed off");

  /**
   * What happened to the plan on a date, in words and in lower case ("agreed by the Health and
   * Wellbeing Board" for {@code agreed-by-hwb}): the one place an event code is said, for findings,
   * forms and history. An event no round or seed uses is said by its code's words.
   */
  public static String eventName(String event) {
    if (event == null || event.isBlank()) {
      return "dated";
    }
    String known = EVENTS.get(event.strip());
    if (known != null) {
      return known;
    }
    return event
        .strip()
        .replaceAll("(?i)\\bhwb\\b", "Health and Wellbeing Board")
        .replace('-', ' ')
        .toLowerCase(Locale.UK)
        .replace("health and wellbeing board", "Health and Wellbeing Board");
  }
}
