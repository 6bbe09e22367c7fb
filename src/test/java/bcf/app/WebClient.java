package bcf.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client for the web pages without JavaScript: keeps cookies, signs in with the
 * form, and posts forms with the CSRF token taken from the page.
 */
public final class WebClient {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final String base;
  private final HttpClient http;

  WebClient(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A page: status, body and where it redirects to. */
  public record Page(int status, String body, String location) {}

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Posts a form; the CSRF token comes from {@code tokenPage} (a page with a form on it). */
  public Page post(String path, Map<String, String> fields, String tokenPage) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (tokenPage != null) {
      all.put("_csrf", csrf(tokenPage));
    }
    return postRaw(path, all);
  }

  public Page postRaw(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Posts a multipart form with one file, as a browser uploads it; the CSRF token comes from {@code
   * tokenPage}.
   */
  public Page upload(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String content,
      String tokenPage) {
    return upload(
        path, fields, fileField, fileName, content.getBytes(StandardCharsets.UTF_8), tokenPage);
  }

  /** As above, with the file's bytes as they are (in another encoding, say). */
  public Page upload(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] content,
      String tokenPage) {
    String boundary = "----bcf" + System.nanoTime();
    StringBuilder head = new StringBuilder();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf(tokenPage));
    all.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(fileField)
        .append("\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: text/csv\r\n\r\n");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public Page signIn(String user, String password) {
    return post("/login", Map.of("username", user, "password", password), "/login");
  }

  public String csrf(String pagePath) {
    Page page = get(pagePath);
    Matcher matcher = CSRF.matcher(page.body());
    if (!matcher.find()) {
      throw new AssertionError("no CSRF token on " + pagePath + " (status " + page.status() + ")");
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }

  private Page send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
