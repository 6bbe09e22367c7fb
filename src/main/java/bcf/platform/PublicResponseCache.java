package bcf.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Caches what anonymous visitors read (the plan list, published plans' pages, summaries, findings
 * and documents). These answers depend only on the stored plans, so each is kept with a stamp of
 * the documents table (how many documents, when one last changed), read from PostgreSQL on every
 * request: a change made through any instance makes every cached answer stale at once. Signed-in
 * users are never served from the cache (their pages depend on their roles and scope).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PublicResponseCache extends OncePerRequestFilter {

  private static final Pattern CACHEABLE =
      Pattern.compile(
          "/plans|/plans/[A-Za-z0-9._-]+|/api/v1/plans|/api/v1/plans/[A-Za-z0-9._-]+"
              + "(/summary|/validation|/document)?");
  private static final int CAPACITY = 500;

  private record Answer(String stamp, int status, String contentType, byte[] body) {}

  private final JdbcClient jdbc;
  private final Map<String, Answer> answers =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
          return size() > CAPACITY;
        }
      };

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
    Answer cached;
    synchronized (answers) {
      cached = answers.get(key);
    }
    if (cached != null && cached.stamp().equals(stamp)) {
      response.setStatus(cached.status());
      response.setContentType(cached.contentType());
      response.setContentLength(cached.body().length);
      response.getOutputStream().write(cached.body());
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() == 200 && wrapper.getContentType() != null && anonymous()) {
      Answer answer =
          new Answer(stamp, 200, wrapper.getContentType(), wrapper.getContentAsByteArray());
      synchronized (answers) {
        answers.put(key, answer);
      }
    }
    wrapper.copyBodyToResponse();
  }

  private String stamp() {
    return jdbc.sql(
            "select count(*) || '@' || coalesce(max(updated_at), 'epoch'::timestamptz) from documents")
        .query(String.class)
        .single();
  }

  private static boolean anonymous() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated();
  }
}
