package bcf.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request before anything else reads it, so that what cannot be read is a 400 or 415
 * with a page or a problem document rather than a failure deep inside (a Content-Type that cannot
 * be parsed, a query or form that is not percent-encoded UTF-8 used to answer 500), and so that the
 * API cannot be written to by a form on another site.
 *
 * <p>A browser sends the HTTP Basic password it has saved for bcf with any request to bcf, a form
 * posted by another site's page included. Such a cross-site request can only carry a "simple" body
 * ({@code text/plain}, {@code application/x-www-form-urlencoded}, {@code multipart/form-data}) or
 * none; anything else needs the browser to ask bcf first (CORS), which bcf never allows. So every
 * write to the API ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api/})
 * must say its body is JSON or CSV; each endpoint then takes only its own one ({@code consumes}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the character encoding filter, before security
public class RequestChecks extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /** What the API's writes take. */
  private static final Set<MediaType> API_BODIES =
      Set.of(
          MediaType.APPLICATION_JSON,
          MediaType.valueOf("text/csv"),
          // a workbook or a zip of them (bcf.workbook.web): not "simple" either, so as safe
          MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          MediaType.valueOf("application/zip"));

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean api = api(request);
    String header = request.getContentType();
    MediaType type = null;
    if (header != null) {
      try {
        type = MediaType.parseMediaType(header);
        // A charset Java does not know could not be decoded later either.
        type.getCharset();
      } catch (IllegalArgumentException e) { // InvalidMediaTypeException, or an unknown charset
        refuse(
            request,
            response,
            api,
            415,
            "Unsupported Media Type",
            "unsupported-media-type",
            "The Content-Type header cannot be read; "
                + (api ? "send application/json or text/csv." : "send the form again."));
        return;
      }
    }
    if (!decodes(request.getQueryString())) {
      refuse(
          request,
          response,
          api,
          400,
          "Bad Request",
          "bad-query",
          "The address has characters that are not percent-encoded UTF-8 text.");
      return;
    }
    if (api && !SAFE_METHODS.contains(request.getMethod()) && !apiBody(type)) {
      refuse(
          request,
          response,
          true,
          415,
          "Unsupported Media Type",
          "unsupported-media-type",
          (type == null ? "The request says no Content-Type" : "The body is " + essence(type))
              + ": the API takes JSON (Content-Type: application/json) and, where an endpoint"
              + " takes a file, CSV (Content-Type: text/csv; with curl: --data-binary @FILE.csv"
              + " -H 'Content-Type: text/csv'), or a workbook's or zip's own type where it takes"
              + " those. Form and plain-text bodies are refused, so that a"
              + " page on another site cannot make a browser write with a saved password.");
      return;
    }
    if (type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
      // Files are uploaded to pages with POST; the container would try to read the parts of any
      // other request too, and fail on them.
      if (api || !"POST".equals(request.getMethod())) {
        refuse(
            request,
            response,
            api,
            415,
            "Unsupported Media Type",
            "unsupported-media-type",
            "A multipart form is taken only by the upload pages.");
        return;
      }
      int status = partsProblem(request);
      if (status != 0) {
        refuse(
            request,
            response,
            false,
            status,
            status == 413 ? "Content Too Large" : "Bad Request",
            "bad-form",
            "The uploaded form cannot be read.");
        return;
      }
    }
    if (!api
        && type != null
        && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)
        && !formDecodes(request)) {
      refuse(
          request,
          response,
          false,
          400,
          "Bad Request",
          "bad-form",
          "The form is not percent-encoded UTF-8 text.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean api(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.equals("/api") || uri.startsWith("/api/");
  }

  private static boolean apiBody(MediaType type) {
    return type != null && API_BODIES.stream().anyMatch(t -> t.isCompatibleWith(type));
  }

  private static String essence(MediaType type) {
    return type.getType() + "/" + type.getSubtype();
  }

  /** The container reads the form on the first parameter asked for; a failure is stored. */
  private static boolean formDecodes(HttpServletRequest request) {
    try {
      request.getParameterMap();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * 0 when the container can read the parts of the multipart form, 413 when they are over its
   * limits (which are decided elsewhere), 400 when they are not a multipart form at all.
   */
  private static int partsProblem(HttpServletRequest request) {
    try {
      request.getParts();
      return 0;
    } catch (IOException | ServletException | RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
            || cause.getClass().getSimpleName().contains("SizeException")) {
          return 413;
        }
      }
      return 400;
    }
  }

  /** Whether every {@code %XX} of the text is well formed and the bytes are UTF-8. */
  static boolean decodes(String query) {
    if (query == null || query.isEmpty()) {
      return true;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%') {
        if (i + 2 >= query.length()
            || Character.digit(query.charAt(i + 1), 16) < 0
            || Character.digit(query.charAt(i + 2), 16) < 0) {
          return false;
        }
        bytes.write(
            Character.digit(query.charAt(i + 1), 16) * 16
                + Character.digit(query.charAt(i + 2), 16));
        i += 2;
      } else if (c > 0x7f) {
        return false; // the container has already read the request line as bytes
      } else {
        bytes.write(c);
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The API answers a problem document; a page the service's error page, through the container's
   * error dispatch.
   */
  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      boolean api,
      int status,
      String title,
      String rule,
      String detail)
      throws IOException {
    if (api) {
      ProblemJson.write(response, status, title, rule, detail);
    } else {
      response.sendError(status);
    }
  }
}
