package bcf.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding the controller method for a request without testing every mapping in full. Spring MVC
 * looks up a path with a variable ({@code /api/v1/plans/{id}/summary}) by testing each of bcf's
 * mappings in turn, each test parsing conditions (method, headers, accepted types) before the path:
 * a sixth of an API request's processor time. A mapping can only match a path that begins with its
 * pattern's literal start ({@code /api/v1/plans/}), so a mapping whose start the path does not have
 * is passed over at once; every other mapping is tested by Spring as before. A path with an escape
 * ({@code %}) or a matrix parameter ({@code ;}) is matched by Spring alone, since Spring compares
 * decoded segments. What matches, and the answers for a method or type not allowed, are unchanged.
 */
@Component
class PrefilteredMappings implements WebMvcRegistrations {

  @Override
  public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
    return new Mapping();
  }

  /** The literal start of a pattern: up to its first variable or wildcard. */
  static String literalStart(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{' || c == '*' || c == '?') {
        return pattern.substring(0, i);
      }
    }
    return pattern;
  }

  /** Whether a path could match a mapping whose patterns have these literal starts. */
  static boolean couldMatch(String path, List<String> starts) {
    if (starts.isEmpty() || path.indexOf('%') >= 0 || path.indexOf(';') >= 0) {
      return true;
    }
    for (String start : starts) {
      if (path.startsWith(start)) {
        return true;
      }
    }
    return false;
  }

  static final class Mapping extends RequestMappingHandlerMapping {

    private final Map<RequestMappingInfo, List<String>> starts = new ConcurrentHashMap<>();

    @Override
    protected void registerHandlerMethod(
        Object handler, Method method, RequestMappingInfo mapping) {
      super.registerHandlerMethod(handler, method, mapping);
      starts.put(mapping, startsOf(mapping));
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
      super.registerMapping(mapping, handler, method);
      starts.put(mapping, startsOf(mapping));
    }

    private static List<String> startsOf(RequestMappingInfo mapping) {
      if (mapping.getPathPatternsCondition() == null) {
        return List.of(); // no path patterns: tested in full
      }
      return mapping.getPathPatternsCondition().getPatterns().stream()
          .map(PathPattern::getPatternString)
          .map(PrefilteredMappings::literalStart)
          .toList();
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(
        RequestMappingInfo info, HttpServletRequest request) {
      List<String> known = starts.get(info);
      if (known != null && ServletRequestPathUtils.hasParsedRequestPath(request)) {
        RequestPath path = ServletRequestPathUtils.getParsedRequestPath(request);
        if (!couldMatch(path.pathWithinApplication().value(), known)) {
          return null;
        }
      }
      return super.getMatchingMapping(info, request);
    }
  }
}
