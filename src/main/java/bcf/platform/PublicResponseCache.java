package bcf.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Caches what anonymous visitors read (the plan list, published plans' pages, summaries, findings
 * and documents). These answers depend only on the stored plans and their imported actuals, so each
 * is kept with a stamp of the documents table (how many documents, when one last changed) and the
 * latest import of actuals, read from PostgreSQL on every request: a change made through any
 * instance makes every cached answer stale at once. Signed-in users are never served from the cache
 * (their pages depend on their roles and scope).
 *
 * <p>A cached answer is the whole answer: status, body, content type and language, and every header
 * the application set (the ETag above all, so a conditional request is answered 304 from the cache
 * as the controller would). Headers that belong to one exchange (cookies, lengths, dates) are never
 * kept.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PublicResponseCache extends OncePerRequestFilter {

  private static final Pattern CACHEABLE =
      Pattern.compile(
          "/plans|/plans/[A-Za-z0-9._-]+|/api/v1/plans|/api/v1/plans/[A-Za-z0-9._-]+"
              + "(/summary|/validation|/document)?");

  /** Answers range from a few kilobytes to plan documents of hundreds, so the bound is bytes. */
  private static final long MAXIMUM_BYTES = 32L * 1024 * 1024;

  /** Headers of one exchange, never replayed to another visitor. */
  private static final Set<String> NOT_KEPT = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    NOT_KEPT.addAll(
        List.of(
            HttpHeaders.SET_COOKIE,
            "Set-Cookie2",
            HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.TRANSFER_ENCODING,
            HttpHeaders.CONNECTION,
            "Keep-Alive",
            HttpHeaders.DATE));
  }

  private record Answer(
      String stamp,
      String contentType,
      Locale locale,
      Map<String, List<String>> headers,
      byte[] body) {

    String etag() {
      List<String> etags = headers.get(HttpHeaders.ETAG);
      return etags == null || etags.isEmpty() ? null : etags.get(0);
    }

    int weight() {
      int weight = body.length;
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        weight += header.getKey().length();
        for (String value : header.getValue()) {
          weight += value.length();
        }
      }
      return weight;
    }
  }

  private final JdbcClient jdbc;
  private final Cache<String, Answer> answers =
      Caffeine.newBuilder()
          .maximumWeight(MAXIMUM_BYTES)
          .weigher((String key, Answer answer) -> key.length() + answer.weight())
          .build();

  PublicResponseCache(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !CACHEABLE.matcher(request.getRequestURI()).matches()
        || request.getHeader("Authorization") != null
        || !anonymous();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    String stamp = stamp();
    Answer cached = answers.getIfPresent(key);
    if (cached != null && cached.stamp().equals(stamp)) {
      replay(cached, request, response);
      return;
    }
    Map<String, List<String>> before = headers(response);
    LocaleRecordingWrapper wrapper = new LocaleRecordingWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() == 200 && wrapper.getContentType() != null && anonymous()) {
      answers.put(
          key,
          new Answer(
              stamp,
              wrapper.getContentType(),
              wrapper.locale,
              added(before, headers(wrapper)),
              wrapper.getContentAsByteArray()));
    }
    wrapper.copyBodyToResponse();
  }

  /** The cached answer, or 304 with its headers when the visitor already has it (by ETag). */
  private static void replay(
      Answer cached, HttpServletRequest request, HttpServletResponse response) throws IOException {
    cached
        .headers()
        .forEach(
            (name, values) -> {
              response.setHeader(name, values.get(0));
              values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            });
    if (cached.locale() != null) {
      response.setLocale(cached.locale());
    }
    String etag = cached.etag();
    if (etag != null && new ServletWebRequest(request, response).checkNotModified(etag)) {
      return; // checkNotModified has set 304
    }
    response.setStatus(200);
    response.setContentType(cached.contentType());
    response.setContentLength(cached.body().length);
    response.getOutputStream().write(cached.body());
  }

  private static Map<String, List<String>> headers(HttpServletResponse response) {
    Map<String, List<String>> headers = new HashMap<>();
    for (String name : response.getHeaderNames()) {
      if (!NOT_KEPT.contains(name)) {
        Collection<String> values = response.getHeaders(name);
        headers.putIfAbsent(name, List.copyOf(values));
      }
    }
    return headers;
  }

  /** The headers set inside the chain: new ones, and those whose values it changed. */
  private static Map<String, List<String>> added(
      Map<String, List<String>> before, Map<String, List<String>> after) {
    Map<String, List<String>> added = new LinkedHashMap<>();
    after.forEach(
        (name, values) -> {
          if (!values.equals(before.get(name))) {
            added.put(name, new ArrayList<>(values));
          }
        });
    return Map.copyOf(added);
  }

  private String stamp() {
    return jdbc.sql(
            // Imported actuals too: published plans' pages show them to anonymous readers.
            "select count(*) || '@' || coalesce(max(updated_at), 'epoch'::timestamptz)"
                + " || '#' || (select coalesce(max(id), 0) from metric_imports) from documents")
        .query(String.class)
        .single();
  }

  private static boolean anonymous() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated();
  }

  /**
   * Keeps the body, and the locale the application chose (the servlet container sends it as
   * Content-Language, but lists it among the headers only once the answer is committed).
   */
  private static final class LocaleRecordingWrapper extends ContentCachingResponseWrapper {

    private Locale locale;

    LocaleRecordingWrapper(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setLocale(Locale locale) {
      super.setLocale(locale);
      this.locale = locale;
    }
  }
}
