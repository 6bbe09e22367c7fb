package bcf.platform;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.context.request.WebRequest;

/**
 * Requests that reach no controller (an unknown path, a method a path does not have) are answered
 * by Spring's error page; this gives its JSON the same shape as the API's problem documents (a
 * {@code title}, {@code detail} and {@code rule}), and never a stack trace.
 */
@Component
class ErrorDocuments extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes =
        super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    Object status = attributes.get("status");
    int code = status instanceof Integer number ? number : 500;
    if (code == 999) {
      // No error status: /error was asked for directly; ErrorPages answers it as not found.
      code = 404;
      attributes.put("status", code);
      attributes.put("error", "Not Found");
    }
    attributes.put("type", "about:blank");
    attributes.put("title", attributes.getOrDefault("error", "Error"));
    attributes.put("rule", rule(code));
    attributes.put("detail", detail(code));
    if (getError(request) instanceof HttpMediaTypeNotSupportedException unsupported
        && !unsupported.getSupportedMediaTypes().isEmpty()) {
      // The body is of a type the API takes, but not the one this endpoint takes.
      attributes.put("rule", "unsupported-media-type");
      attributes.put(
          "detail",
          "This endpoint takes "
              + String.join(
                  " or ",
                  unsupported.getSupportedMediaTypes().stream()
                      .map(t -> "Content-Type: " + t.getType() + "/" + t.getSubtype())
                      .toList())
              + ".");
    }
    attributes.remove("trace");
    attributes.remove("exception");
    return attributes;
  }

  private static String rule(int status) {
    return switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 415 -> "unsupported-media-type";
      case 401 -> "sign-in-required";
      case 403 -> "access-refused";
      default -> status >= 500 ? "internal-error" : "bad-request";
    };
  }

  private static String detail(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept that method.";
      case 415 -> "This address does not accept that content type.";
      case 401 -> "Sign in to do this.";
      case 403 -> "You may not do this.";
      default ->
          status >= 500
              ? "Something went wrong on our side; nothing was changed."
              : "The request cannot be used.";
    };
  }
}
