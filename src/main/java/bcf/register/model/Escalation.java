package bcf.register.model;

import java.time.LocalDate;

/**
 * An entry handed up a level: who raised it, to whom (a portfolio lead, the programme board, the
 * HWB executive), when and why, and whether the decision asked for has been made and what it was.
 */
public record Escalation(
    String by, String to, LocalDate on, String reason, Boolean decided, String decision) {

  /**
   * Left out ({@code null}) is not decided, so a document need not say {@code "decided": false}.
   */
  public Escalation {
    decided = Boolean.TRUE.equals(decided);
  }

  /** Who, to whom, when and why are all given. */
  public boolean complete() {
    return present(by) && present(to) && on != null && present(reason);
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
