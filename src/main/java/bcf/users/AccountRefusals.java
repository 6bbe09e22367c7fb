package bcf.users;

import bcf.kernel.Refusal;
import java.util.Map;

/** The refusals of people and keys: each a named rule, mapped to a status at the edges. */
public final class AccountRefusals {

  private AccountRefusals() {}

  /** A field of a request that cannot be used; {@link #field()} names it. */
  public static final class BadInput extends Refusal {
    private final String field;

    public BadInput(String field, String message) {
      super(Kind.BAD_REQUEST, "invalid-field", message);
      this.field = field;
    }

    public String field() {
      return field;
    }

    @Override
    public String describe() {
      return field + ": " + getMessage();
    }

    @Override
    public Map<String, Object> details() {
      return Map.of("field", field);
    }
  }

  /** Only an administrator manages users. */
  public static final class AdminOnly extends Refusal {
    public AdminOnly() {
      super(Kind.FORBIDDEN, "admin-only", "Only an administrator can manage users.");
    }
  }

  /** An administrator may not lock themselves out (disable themselves, drop their admin role). */
  public static final class NotYourself extends Refusal {
    public NotYourself(String message) {
      super(Kind.CONFLICT, "not-yourself", message);
    }
  }

  /** No such user, or no such token of the caller's. */
  public static final class NotFound extends Refusal {
    public NotFound(String rule, String message) {
      super(Kind.NOT_FOUND, rule, message);
    }
  }
}
