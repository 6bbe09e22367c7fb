package bcf.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's 401 answer, written before Spring MVC is reached: a problem document with a {@code
 * rule}, and the {@code WWW-Authenticate} challenge of the scheme that was tried.
 */
final class Unauthorized {

  private Unauthorized() {}

  static void write(HttpServletResponse response, String challenge, String rule, String detail)
      throws IOException {
    byte[] body =
        ("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"rule\":"
                + quote(rule)
                + ",\"detail\":"
                + quote(detail)
                + "}")
            .getBytes(StandardCharsets.UTF_8);
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", challenge);
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : (text == null ? "" : text).toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
