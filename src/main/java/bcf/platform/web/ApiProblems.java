package bcf.platform.web;

import bcf.csv.CsvException;
import bcf.json.Json;
import bcf.kernel.Refusal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The one place where refusals become HTTP answers for the API: a JSON problem document (RFC 9457)
 * with the status, a {@code rule} id and a {@code detail} for people, never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  /** A path the API does not have (an unknown part, say). */
  public static final class NotFound extends RuntimeException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** A request body that is not JSON of the expected shape. */
  public static final class Unreadable extends RuntimeException {
    public Unreadable(JacksonException cause) {
      super(describe(cause), cause);
    }

    private static String describe(JacksonException e) {
      String message = Json.reason(e);
      if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
        // Name the field and the known ones, not the Java class behind them.
        message =
            "unknown field '"
                + unknown.getPropertyName()
                + "' (known: "
                + String.join(
                    ", ",
                    unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList())
                + ")";
      }
      var location = e.getLocation();
      String where =
          location == null || location.getLineNr() < 0
              ? ""
              : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
      return "The body is not usable JSON: " + where + message;
    }
  }

  /**
   * Every refusal of every feature: its kind decides the status, its rule and words the problem,
   * its details the further properties (the location in a document, the changes that conflict).
   */
  @ExceptionHandler(Refusal.class)
  ResponseEntity<ProblemDetail> refused(Refusal e) {
    HttpStatus status = statusOf(e.kind());
    ProblemDetail problem = problem(status, e.rule(), e.describe());
    e.details().forEach(problem::setProperty);
    ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
    if (status == HttpStatus.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"bcf\"");
    }
    return response.body(problem);
  }

  /** The HTTP status of each kind of refusal, for the API and the pages alike. */
  public static HttpStatus statusOf(Refusal.Kind kind) {
    return switch (kind) {
      case SIGN_IN_REQUIRED -> HttpStatus.UNAUTHORIZED;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case VERSION_REQUIRED -> HttpStatus.PRECONDITION_REQUIRED;
      case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
      case UNUSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
    };
  }

  /** A CSV file that cannot be used: every problem, with its row and column; nothing was saved. */
  @ExceptionHandler(CsvException.class)
  ResponseEntity<ProblemDetail> csv(CsvException e) {
    return invalidCsv(e, "nothing was imported");
  }

  /**
   * 422 with every problem of a CSV file as {@code errors}, each with its row, column and reason;
   * {@code outcome} says what did not happen because of them.
   */
  public static ResponseEntity<ProblemDetail> invalidCsv(CsvException e, String outcome) {
    ProblemDetail problem =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "invalid-csv",
            e.total()
                + (e.total() == 1 ? " problem" : " problems")
                + (e.total() > e.problems().size()
                    ? " in the file (the first " + e.problems().size() + " listed); "
                    : " in the file; ")
                + outcome
                + ".");
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(
                p -> {
                  Map<String, Object> error = new LinkedHashMap<>();
                  error.put("row", p.row());
                  error.put("column", p.column());
                  error.put("reason", p.reason());
                  return error;
                })
            .toList());
    return ResponseEntity.unprocessableContent().body(problem);
  }

  /** A body that is not CSV at all. */
  @ExceptionHandler(CsvBody.NotCsv.class)
  ResponseEntity<ProblemDetail> notCsv(CsvBody.NotCsv e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "not-csv", e.getMessage()));
  }

  /** A CSV body above the limit. */
  @ExceptionHandler(CsvBody.TooLarge.class)
  ResponseEntity<ProblemDetail> tooLarge(CsvBody.TooLarge e) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", e.getMessage()));
  }

  @ExceptionHandler(Unreadable.class)
  ResponseEntity<ProblemDetail> unreadable(Unreadable e) {
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "unreadable-body", e.getMessage()));
  }

  @ExceptionHandler(NotFound.class)
  ResponseEntity<ProblemDetail> notFound(NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    LOG.error("unexpected failure", e);
    return ResponseEntity.internalServerError()
        .body(
            problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Something went wrong on our side; nothing was changed. It has been logged."));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // Spring's own refusals (missing parameter, wrong method, bad type): a problem with a rule id.
    ProblemDetail problem =
        body instanceof ProblemDetail given
            ? given
            : ProblemDetail.forStatusAndDetail(status, ex.getMessage());
    problem.setProperty("rule", "bad-request");
    if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
      // A body of the other kind the API takes (CSV to a JSON endpoint, or the reverse).
      problem.setProperty("rule", "unsupported-media-type");
      problem.setDetail(
          "This endpoint takes "
              + String.join(
                  " or ",
                  unsupported.getSupportedMediaTypes().stream()
                      .map(t -> "Content-Type: " + t.getType() + "/" + t.getSubtype())
                      .toList())
              + ".");
    }
    return ResponseEntity.status(status).headers(headers).body(problem);
  }

  static ProblemDetail problem(HttpStatus status, String rule, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("about:blank"));
    problem.setProperty("rule", rule);
    return problem;
  }
}
