package bcf.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Keeps the CSV body of the endpoints that take one ({@link CsvBody}) readable when a client labels
 * it as a form: {@code curl --data-binary @file.csv URL} sends {@code
 * application/x-www-form-urlencoded} unless told otherwise, and the servlet container would then
 * read the CSV as form fields (and fail on text that is not UTF-8). For those requests the
 * parameters come from the query string alone, and the body is left to be read as CSV.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CsvBodyFilter extends OncePerRequestFilter {

  private static final Pattern CSV_ENDPOINTS =
      Pattern.compile("/api/v1/(metrics/(compute|spc|spc-chart\\.svg)|plans/[^/]+/actuals)");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !"POST".equals(request.getMethod())
        || type == null
        || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(type))
        || !CSV_ENDPOINTS.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new QueryParameters(request), response);
  }

  /** A request whose parameters are those of its query string only. */
  private static final class QueryParameters extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    QueryParameters(HttpServletRequest request) {
      super(request);
      MultiValueMap<String, String> query =
          UriComponentsBuilder.newInstance()
              .query(request.getQueryString())
              .build()
              .getQueryParams();
      Map<String, String[]> decoded = new LinkedHashMap<>();
      query.forEach(
          (name, values) ->
              decoded.put(
                  decode(name),
                  values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
      this.parameters = Collections.unmodifiableMap(decoded);
    }

    private static String decode(String text) {
      return UriUtils.decode(text.replace("+", " "), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(List.copyOf(parameters.keySet()));
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
