package bcf.returns;

import bcf.kernel.Refusal;
import bcf.validation.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request about a return that bcf refuses, each with its rule id and words. */
public class ReturnRefusal extends Refusal {

  private final Map<String, Object> details;

  private ReturnRefusal(Kind kind, String rule, String message, Map<String, Object> details) {
    super(kind, rule, message);
    this.details = details;
  }

  @Override
  public Map<String, Object> details() {
    return details;
  }

  public static ReturnRefusal notFound(String what) {
    return new ReturnRefusal(
        Kind.NOT_FOUND, "return-not-found", "There is no " + what + ".", Map.of());
  }

  public static ReturnRefusal forbidden(String message) {
    return new ReturnRefusal(Kind.FORBIDDEN, "return-access", message, Map.of());
  }

  public static ReturnRefusal signInRequired() {
    return new ReturnRefusal(
        Kind.SIGN_IN_REQUIRED,
        "sign-in-required",
        "Sign in to see or change this return.",
        Map.of());
  }

  public static ReturnRefusal conflict(String rule, String message) {
    return new ReturnRefusal(Kind.CONFLICT, rule, message, Map.of());
  }

  public static ReturnRefusal badRequest(String rule, String message) {
    return new ReturnRefusal(Kind.BAD_REQUEST, rule, message, Map.of());
  }

  public static ReturnRefusal versionRequired() {
    return new ReturnRefusal(
        Kind.VERSION_REQUIRED,
        "version-required",
        "Say which version of the return the change starts from (If-Match).",
        Map.of());
  }

  /** The return breaks rules of its round or plan: the first error's rule, every finding listed. */
  public static ReturnRefusal broken(List<Finding> findings) {
    Finding first =
        findings.stream()
            .filter(f -> f.severity() == bcf.validation.Severity.ERROR)
            .findFirst()
            .orElse(findings.get(0));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("where", first.where());
    details.put(
        "findings",
        findings.stream()
            .map(
                f ->
                    Map.of(
                        "rule", f.rule(),
                        "severity", f.severity().code(),
                        "where", f.where(),
                        "message", f.message()))
            .toList());
    return new ReturnRefusal(
        Kind.UNUSABLE, first.rule(), first.message() + " Nothing was saved.", details);
  }
}
