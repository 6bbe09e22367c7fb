package bcf.api;

import bcf.metric.csv.CsvException;
import bcf.metric.csv.ParameterException;
import bcf.plan.json.PlanDocumentException;
import bcf.planning.DocumentPaths;
import bcf.planning.EditConflict;
import bcf.planning.PlanningException;
import bcf.workflow.WorkflowRefused;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The one place where refusals become HTTP answers for the API: a JSON problem document (RFC 9457)
 * with the status, a {@code rule} id and a {@code detail} for people, never a stack trace.
 */
@RestControllerAdvice(basePackages = "bcf.api")
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  /** A path the API does not have (an unknown part, say). */
  static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  /** A request body that is not JSON of the expected shape. */
  static final class Unreadable extends RuntimeException {
    Unreadable(JacksonException cause) {
      super(describe(cause), cause);
    }

    private static String describe(JacksonException e) {
      String message = e.getOriginalMessage();
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

  @ExceptionHandler(PlanningException.class)
  ResponseEntity<ProblemDetail> planning(PlanningException e) {
    HttpStatus status = statusOf(e);
    ProblemDetail problem = problem(status, e.rule(), e.getMessage());
    if (e instanceof EditConflict conflict) {
      problem.setProperty("part", conflict.part().code());
      problem.setProperty("baseVersion", conflict.baseVersion());
      problem.setProperty("currentVersion", conflict.currentVersion());
      problem.setProperty("changes", conflict.changes());
    }
    ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
    if (status == HttpStatus.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"bcf\"");
    }
    return response.body(problem);
  }

  /** The HTTP status of each refusal. */
  public static HttpStatus statusOf(PlanningException e) {
    if (e instanceof PlanningException.PlanNotFound
        || e instanceof PlanningException.VersionNotFound
        || e instanceof PlanningException.HwbNotInPlan
        || e instanceof PlanningException.MetricNotInPlan) {
      return HttpStatus.NOT_FOUND;
    }
    if (e instanceof PlanningException.AccessRefused) {
      return HttpStatus.FORBIDDEN;
    }
    if (e instanceof PlanningException.SignInRequired) {
      return HttpStatus.UNAUTHORIZED;
    }
    if (e instanceof EditConflict
        || e instanceof PlanningException.PlanNotEditable
        || e instanceof PlanningException.PlanExists) {
      return HttpStatus.CONFLICT;
    }
    if (e instanceof PlanningException.VersionRequired) {
      return HttpStatus.PRECONDITION_REQUIRED;
    }
    return HttpStatus.BAD_REQUEST;
  }

  @ExceptionHandler(WorkflowRefused.class)
  ResponseEntity<ProblemDetail> workflow(WorkflowRefused e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(problem(HttpStatus.CONFLICT, e.rule(), e.getMessage()));
  }

  @ExceptionHandler(PlanDocumentException.class)
  ResponseEntity<ProblemDetail> document(PlanDocumentException e) {
    ProblemDetail problem =
        problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-plan-document", e.describe());
    if (e.where() != null && !e.where().isEmpty()) {
      problem.setProperty("where", e.where());
      problem.setProperty("pointer", DocumentPaths.toPointer(e.where()));
    }
    if (e.line() > 0) {
      problem.setProperty("line", e.line());
      problem.setProperty("column", e.column());
    }
    return ResponseEntity.unprocessableContent().body(problem);
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
  static ResponseEntity<ProblemDetail> invalidCsv(CsvException e, String outcome) {
    ProblemDetail problem =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "invalid-csv",
            e.problems().size()
                + (e.problems().size() == 1 ? " problem" : " problems")
                + " in the file; "
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

  /** A parameter of a calculation that cannot be used; the message names it. */
  @ExceptionHandler(ParameterException.class)
  ResponseEntity<ProblemDetail> parameter(ParameterException e) {
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "bad-parameter", e.getMessage()));
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
    return ResponseEntity.status(status).headers(headers).body(problem);
  }

  static ProblemDetail problem(HttpStatus status, String rule, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("about:blank"));
    problem.setProperty("rule", rule);
    return problem;
  }
}
