package bcf.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to connect to bcf's database: as the application (reads and writes rows) and for migrations
 * (owns the schema). For the embedded database these are two roles, neither a superuser, with
 * generated passwords; for an external database given by URL both are that URL.
 *
 * @param user and {@code password}: null where the URL carries them
 */
public record DatabaseLogin(String url, String user, String password, Migrations migrations) {

  /** Who runs the migrations. */
  public record Migrations(String url, String user, String password) {}

  /** An external database: one URL, its user and password in it. */
  public static DatabaseLogin external(String url) {
    return new DatabaseLogin(url, null, null, new Migrations(url, null, null));
  }

  /**
   * The Spring properties that make the application connect so: the data source as the application,
   * Flyway as the schema's owner.
   */
  public Map<String, String> springProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", url);
    if (user != null) {
      properties.put("spring.datasource.username", user);
      properties.put("spring.datasource.password", password);
    }
    properties.put("spring.flyway.url", migrations.url());
    if (migrations.user() != null) {
      properties.put("spring.flyway.user", migrations.user());
      properties.put("spring.flyway.password", migrations.password());
    }
    return properties;
  }

  /** The same as command-line arguments ({@code --name=value}), which win over the defaults. */
  public String[] springArguments() {
    return springProperties().entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  /** The application's URL with its user and password in it, for a plain JDBC data source. */
  public String urlWithCredentials() {
    return withCredentials(url, user, password);
  }

  /** The owner's URL with its user and password in it. */
  public String migrationsUrlWithCredentials() {
    return withCredentials(migrations.url(), migrations.user(), migrations.password());
  }

  private static String withCredentials(String url, String user, String password) {
    if (user == null) {
      return url;
    }
    return url
        + (url.contains("?") ? "&" : "?")
        + "user="
        + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
  }

  /** Never the passwords. */
  @Override
  public String toString() {
    return "DatabaseLogin[" + url + " as " + user + "]";
  }
}
