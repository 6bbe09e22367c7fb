package bcf.register;

import bcf.kernel.Refusal;
import bcf.register.model.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The register's refusals, each with a stable rule id; the edges map their kind to a status. */
public class RegisterRefusal extends Refusal {

  RegisterRefusal(Kind kind, String rule, String message) {
    super(kind, rule, message);
  }

  /** The plan has no register (or the caller may not see the plan). */
  public static RegisterRefusal notFound(String planId) {
    return new RegisterRefusal(
        Kind.NOT_FOUND, "register-not-found", "The plan '" + planId + "' has no risk register.");
  }

  static RegisterRefusal planNotFound(String planId) {
    return new RegisterRefusal(Kind.NOT_FOUND, "plan-not-found", "No plan '" + planId + "'.");
  }

  static RegisterRefusal exists(String planId) {
    return new RegisterRefusal(
        Kind.CONFLICT,
        "register-exists",
        "The plan '" + planId + "' has a risk register already; edit that one.");
  }

  static RegisterRefusal mayNotEdit() {
    return new RegisterRefusal(
        Kind.FORBIDDEN,
        "register-edit-refused",
        "Only those who may edit the plan may change its risk register.");
  }

  static RegisterRefusal mayNotSign() {
    return new RegisterRefusal(
        Kind.FORBIDDEN,
        "register-sign-refused",
        "Only a signatory of the plan's HWB may sign its risk register.");
  }

  /** Nothing for this caller to sign: not a signatory of the plan, or every signature is given. */
  public static RegisterRefusal mayNotSignNow() {
    return new RegisterRefusal(
        Kind.FORBIDDEN,
        "register-sign-refused",
        "You have no signature to give for this register's current version.");
  }

  static RegisterRefusal notYourSignature(String who) {
    return new RegisterRefusal(
        Kind.FORBIDDEN,
        "not-your-signature",
        "You may not sign for "
            + who
            + ": you sign only for the organisations and positions an administrator gave you.");
  }

  static RegisterRefusal alreadySigned(String who, int version) {
    return new RegisterRefusal(
        Kind.CONFLICT,
        "already-signed",
        capital(who) + " has already signed version " + version + " of the register.");
  }

  private static String capital(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static RegisterRefusal versionRequired() {
    return new RegisterRefusal(
        Kind.VERSION_REQUIRED,
        "version-required",
        "Say which version of the register the change starts from (If-Match: \"3\").");
  }

  public static RegisterRefusal badRequest(String message) {
    return new RegisterRefusal(Kind.BAD_REQUEST, "bad-request", message);
  }

  public static RegisterRefusal notSigned(String planId) {
    return new RegisterRefusal(
        Kind.NOT_FOUND,
        "plan-not-signed",
        "The plan '"
            + planId
            + "' has no sign-off that still counts, or its register was started after it was"
            + " signed.");
  }

  public static RegisterRefusal forbidden() {
    return mayNotEdit();
  }

  public static RegisterRefusal entryNotFound(String entry) {
    return noEntry(entry);
  }

  static RegisterRefusal noEntry(String entry) {
    return new RegisterRefusal(
        Kind.NOT_FOUND, "entry-not-found", "The register has no entry '" + entry + "'.");
  }

  /** The register as it would be saved breaks its rules: nothing was saved. */
  public static final class Broken extends RegisterRefusal {

    private final List<Finding> findings;

    Broken(List<Finding> findings) {
      super(
          Kind.UNUSABLE,
          findings.get(0).rule(),
          String.join(" ", findings.stream().map(f -> f.describe()).toList())
              + " Nothing was saved.");
      this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
      return findings;
    }

    @Override
    public Map<String, Object> details() {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put(
          "findings",
          findings.stream()
              .map(
                  f -> {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("rule", f.rule());
                    one.put("severity", f.severity().code());
                    one.put("where", f.where());
                    one.put("place", f.place());
                    one.put("message", f.message());
                    return one;
                  })
              .toList());
      return details;
    }
  }
}
