package bcf.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The answer to a request that Tomcat refuses before the application sees it (an address with an
 * encoded slash or backslash, or bytes that are not UTF-8: {@code /plans/a%2Fb}): the API's problem
 * document, or a page in the service's style, instead of Tomcat's own page. Everything the
 * application answers itself is left alone.
 */
public class ContainerErrorPages extends ErrorReportValve {

  /** Puts this valve in the place of Tomcat's error report valve. */
  @Component
  static class Install implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context ->
              ((org.apache.catalina.core.StandardHost) context.getParent())
                  .setErrorReportValveClass(ContainerErrorPages.class.getName()));
    }
  }

  public ContainerErrorPages() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String uri = request.getRequestURI();
    boolean api = uri != null && (uri.equals("/api") || uri.startsWith("/api/"));
    String title = status == 404 ? "Page not found" : "There is a problem";
    String detail =
        status == 404
            ? "There is nothing at this address."
            : status >= 500
                ? "Something went wrong on our side; nothing was changed."
                : "The address or the request cannot be used.";
    String body;
    if (api) {
      response.setContentType(ProblemJson.TYPE);
      body =
          ProblemJson.of(status, title, status >= 500 ? "internal-error" : "bad-request", detail);
    } else {
      response.setContentType("text/html");
      body = page(title, detail);
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try {
      response.setCharacterEncoding("utf-8");
      response.setContentLength(bytes.length);
      OutputStream out = response.getOutputStream();
      out.write(bytes);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // The client has gone; there is no one to tell.
    }
  }

  /** The service's error page (templates/error.html), without the application to render it. */
  static String page(String title, String detail) {
    return "<!DOCTYPE html>\n<html lang=\"en\" class=\"govuk-template\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<title>bcf – "
        + title
        + "</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<link rel=\"stylesheet\" href=\"/govuk/govuk-frontend.min.css\">\n</head>\n"
        + "<body class=\"govuk-template__body\">\n<div class=\"govuk-width-container\">\n"
        + "<main class=\"govuk-main-wrapper\" id=\"main-content\" role=\"main\">\n"
        + "<h1 class=\"govuk-heading-l\">"
        + title
        + "</h1>\n<p class=\"govuk-body\" id=\"problem-detail\">"
        + detail
        + "</p>\n<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/plans\">Go to the plans"
        + "</a></p>\n</main>\n</div>\n</body>\n</html>\n";
  }
}
