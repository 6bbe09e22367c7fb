package bcf.returns;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A return's lifecycle: drafted, signed off by the boards of all its HWBs, submitted to NHS
 * England, assured (the assurer's view given). An edit after sign-off takes it back to draft, as
 * the sign-offs no longer count.
 */
public enum ReturnStatus {
  DRAFT("draft", "Draft"),
  SIGNED_OFF("signed-off", "Signed off by the HWB"),
  SUBMITTED("submitted", "Submitted"),
  ASSURED("assured", "Assured");

  private final String code;
  private final String label;

  ReturnStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<ReturnStatus> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** A move of the lifecycle, and the statuses it may start from. */
  public enum Action {
    SIGN_OFF("sign-off", "sign off", Set.of(DRAFT), SIGNED_OFF),
    SUBMIT("submit", "submit", Set.of(SIGNED_OFF), SUBMITTED),
    ASSURE("assure", "give the assurer's view of", Set.of(SUBMITTED), ASSURED);

    private final String code;
    private final String words;
    private final Set<ReturnStatus> from;
    private final ReturnStatus to;

    Action(String code, String words, Set<ReturnStatus> from, ReturnStatus to) {
      this.code = code;
      this.words = words;
      this.from = from;
      this.to = to;
    }

    public String code() {
      return code;
    }

    public String words() {
      return words;
    }

    public ReturnStatus to() {
      return to;
    }

    public boolean allowedFrom(ReturnStatus status) {
      return from.contains(status);
    }

    public static Optional<Action> of(String code) {
      return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
  }

  /** Whether the return's content may be edited in this status. */
  public boolean editable() {
    return this == DRAFT || this == SIGNED_OFF;
  }
}
