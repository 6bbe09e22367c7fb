package bcf.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Spring's error page (for requests that reach no controller, and refusals made before one), with
 * two changes: {@code /error} asked for directly is a page that is not there (404, it used to be a
 * 500), and the JSON answer is a problem document ({@code application/problem+json}), as the API's
 * own refusals are. {@link ErrorDocuments} gives it the API's shape.
 */
@Controller
class ErrorPages extends BasicErrorController {

  ErrorPages(
      ErrorAttributes attributes, WebProperties web, List<ErrorViewResolver> errorViewResolvers) {
    super(attributes, web.getError(), errorViewResolvers);
  }

  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
      return HttpStatus.NOT_FOUND; // not an error dispatch: someone asked for /error
    }
    return super.getStatus(request);
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    ResponseEntity<Map<String, Object>> answer = super.error(request);
    return ResponseEntity.status(answer.getStatusCode())
        .headers(answer.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(answer.getBody());
  }
}
