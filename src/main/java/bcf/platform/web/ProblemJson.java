package bcf.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A problem document (RFC 9457) written by hand, for answers given before Spring MVC is reached (a
 * request refused by a filter, the container's own refusals), in the shape {@link ApiProblems}
 * gives: {@code type}, {@code title}, {@code status}, {@code rule}, {@code detail}.
 */
public final class ProblemJson {

  public static final String TYPE = "application/problem+json";

  private ProblemJson() {}

  public static String of(int status, String title, String rule, String detail) {
    return "{\"type\":\"about:blank\",\"title\":"
        + quote(title)
        + ",\"status\":"
        + status
        + ",\"rule\":"
        + quote(rule)
        + ",\"detail\":"
        + quote(detail)
        + "}";
  }

  public static void write(
      HttpServletResponse response, int status, String title, String rule, String detail)
      throws IOException {
    byte[] body = of(status, title, rule, detail).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(TYPE);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** A JSON string: quotes, backslashes and every control character escaped. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : (text == null ? "" : text).toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
