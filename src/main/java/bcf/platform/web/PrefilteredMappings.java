package bcf.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding the controller method for a request without testing every mapping in full. Spring MVC
 * looks up a path with a variable ({@code /api/v1/plans/{id}/summary}) by testing each of bcf's
 * mappings in turn, each test parsing conditions (method, headers, accepted types) before the path:
 * a sixth to a quarter of an API request's processor time. A mapping can only match a path with as
 * many segments as its pattern and the same literal segments in the same places ({@code api},
 * {@code v1}, {@code plans}, {@code summary}), so a mapping whose shape the path does not have is
 * passed over at once; every other mapping is tested by Spring as before. A path with an escape
 * ({@code %}), a matrix parameter ({@code ;}) or an empty segment, and a pattern with a
 * multi-segment wildcard, are matched by Spring alone (Spring compares decoded segments). What
 * matches, and the answers for a method or type not allowed, are unchanged.
 */
@Component
class PrefilteredMappings implements WebMvcRegistrations {

  @Override
  public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
    return new Mapping();
  }

  /**
   * A pattern's shape: its segments, each the literal it must be or null for a variable or
   * wildcard; null for a pattern this check leaves to Spring (a multi-segment wildcard).
   */
  static String[] shape(String pattern) {
    if (pattern.contains("**") || pattern.contains("{*")) {
      return null;
    }
    String[] segments = segments(pattern);
    if (segments == null) {
      return null;
    }
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (s.indexOf('{') >= 0 || s.indexOf('*') >= 0 || s.indexOf('?') >= 0) {
        segments[i] = null;
      }
    }
    return segments;
  }

  /**
   * A path's segments (a trailing separator ignored), or null when the path is one to leave to
   * Spring: an escape, a matrix parameter or an empty segment.
   */
  static String[] segments(String path) {
    if (path.indexOf('%') >= 0 || path.indexOf(';') >= 0 || !path.startsWith("/")) {
      return null;
    }
    String trimmed =
        path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (trimmed.equals("/")) {
      return new String[0];
    }
    String[] parts = trimmed.substring(1).split("/", -1);
    for (String part : parts) {
      if (part.isEmpty()) {
        return null;
      }
    }
    return parts;
  }

  /** Whether a path of these segments could match a pattern of one of these shapes. */
  static boolean couldMatch(String[] path, List<String[]> shapes) {
    if (path == null || shapes.isEmpty()) {
      return true;
    }
    for (String[] shape : shapes) {
      if (shape == null || fits(path, shape)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(String[] path, String[] shape) {
    if (path.length != shape.length) {
      return false;
    }
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] != null && !shape[i].equals(path[i])) {
        return false;
      }
    }
    return true;
  }

  static final class Mapping extends RequestMappingHandlerMapping {

    /** The segments of the path being looked up on this thread, or null. */
    private static final ThreadLocal<String[]> LOOKING_UP = new ThreadLocal<>();

    private final Map<RequestMappingInfo, List<String[]>> shapes = new ConcurrentHashMap<>();

    @Override
    protected void registerHandlerMethod(
        Object handler, Method method, RequestMappingInfo mapping) {
      super.registerHandlerMethod(handler, method, mapping);
      shapes.put(mapping, shapesOf(mapping));
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
      super.registerMapping(mapping, handler, method);
      shapes.put(mapping, shapesOf(mapping));
    }

    private static List<String[]> shapesOf(RequestMappingInfo mapping) {
      if (mapping.getPathPatternsCondition() == null) {
        return List.of(); // no path patterns: tested in full
      }
      return mapping.getPathPatternsCondition().getPatterns().stream()
          .map(PathPattern::getPatternString)
          .map(PrefilteredMappings::shape)
          .toList();
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
        throws Exception {
      String[] before = LOOKING_UP.get();
      LOOKING_UP.set(segments(lookupPath));
      try {
        return super.lookupHandlerMethod(lookupPath, request);
      } finally {
        if (before == null) {
          LOOKING_UP.remove();
        } else {
          LOOKING_UP.set(before);
        }
      }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(
        RequestMappingInfo info, HttpServletRequest request) {
      String[] path = LOOKING_UP.get();
      if (path != null) {
        List<String[]> known = shapes.get(info);
        if (known != null && !couldMatch(path, known)) {
          return null;
        }
      }
      return super.getMatchingMapping(info, request);
    }
  }
}
